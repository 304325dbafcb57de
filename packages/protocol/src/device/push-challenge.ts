import { at, base64url, displayText, epochSeconds, fail, integer, lifetime, literal, matching, record } from './fields';
import { NUMBER_MATCH_CANDIDATES, NUMBER_MATCH_MAX, NUMBER_MATCH_MIN, type NumberCandidates } from './number-matching';
import {
  ACCOUNT_PATTERN,
  CONTEXT_TEXT_MAX_BYTES,
  OPAQUE_ID_PATTERN,
  PUSH_CHALLENGE_MAX_LIFETIME,
  RANDOM_MAX_BYTES,
  RANDOM_MIN_BYTES,
  RELYING_APP_NAME_MAX_BYTES,
} from './rules';

/**
 * What a Web Push message (or the event stream) carries: a handle, nothing secret. The app
 * fetches the envelope over its own authenticated channel (NIST SP 800-63B §3.1.3.1; our
 * reference/security.md §5: "the push payload must carry no authentication secret").
 */
export interface PushNotice {
  readonly type: 'push-notice';
  readonly deviceId: string;
  readonly challengeId: string;
}

/**
 * What a Web Push message (or the event stream) carries after a right PIN at enrolment (annex
 * step 10: "you will receive a notification of the app on your phone; tap it to accept your
 * phone"): the device's id only. The app holds the activation request from the PIN
 * confirmation's answer; tapping the notification opens it on the "accept" screen.
 */
export interface ActivationNotice {
  readonly type: 'activation-notice';
  readonly deviceId: string;
}

/** Every notice the server sends a device, by Web Push or on its event stream. */
export type DeviceNotice = PushNotice | ActivationNotice;

/**
 * Server → app: the "PIN code" challenge envelope (design §5). Everything the user needs to
 * decide: who asks (relying app), from where (browser, IP, approximate place), when, and the
 * three numbers to choose from. Bound server-side to the waiting browser's login transaction.
 */
export interface PushChallenge {
  readonly type: 'push-challenge';
  readonly deviceId: string;
  readonly account: string;
  /** Random handle, base64url of ≥ 16 bytes; single-use. */
  readonly challengeId: string;
  /** Random, base64url of ≥ 16 bytes (≥ 128 bits, design §10); enters the OCRA question and the signature. */
  readonly nonce: string;
  readonly relyingApp: string;
  /** e.g. "Firefox 128 on Windows". */
  readonly browser: string;
  /** The browser's IP address, IPv4 dotted or IPv6 text. */
  readonly ip: string;
  /** Approximate place of the IP ("Lyon, France"), absent when unknown. */
  readonly place?: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
  /** Three distinct numbers 10–99 in display order; the browser shows one of them. */
  readonly candidates: NumberCandidates;
}

export function parsePushNotice(value: unknown, path = ''): PushNotice {
  const obj = record(value, path, ['type', 'deviceId', 'challengeId']);
  return {
    type: literal(obj.type, at(path, 'type'), ['push-notice']),
    deviceId: matching(obj.deviceId, at(path, 'deviceId'), OPAQUE_ID_PATTERN),
    challengeId: base64url(obj.challengeId, at(path, 'challengeId'), RANDOM_MIN_BYTES, RANDOM_MAX_BYTES),
  };
}

export function parseActivationNotice(value: unknown, path = ''): ActivationNotice {
  const obj = record(value, path, ['type', 'deviceId']);
  return {
    type: literal(obj.type, at(path, 'type'), ['activation-notice']),
    deviceId: matching(obj.deviceId, at(path, 'deviceId'), OPAQUE_ID_PATTERN),
  };
}

/** A PushNotice or an ActivationNotice, told apart by `type`. */
export function parseDeviceNotice(value: unknown, path = ''): DeviceNotice {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return type === 'activation-notice' ? parseActivationNotice(value, path) : parsePushNotice(value, path);
}

const IPV4_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`);

/** IPv4 in dotted-decimal, or IPv6 text that the WHATWG URL parser accepts. */
function ipAddress(value: unknown, path: string): string {
  if (value === undefined) fail(path, 'required');
  if (typeof value !== 'string' || value.length > 45) fail(path, 'malformed');
  if (IPV4.test(value)) return value;
  if (value.includes(':') && /^[0-9A-Fa-f:.]+$/.test(value)) {
    try {
      new URL(`http://[${value}]/`);
      return value;
    } catch {
      // falls through to the failure below
    }
  }
  fail(path, 'malformed');
}

function numberCandidates(value: unknown, path: string): NumberCandidates {
  if (value === undefined) fail(path, 'required');
  if (!Array.isArray(value)) fail(path, 'malformed');
  if (value.length !== NUMBER_MATCH_CANDIDATES) {
    fail(path, value.length < NUMBER_MATCH_CANDIDATES ? 'too_short' : 'too_long');
  }
  const numbers = value.map((n, i) => integer(n, at(path, i), NUMBER_MATCH_MIN, NUMBER_MATCH_MAX));
  numbers.forEach((n, i) => {
    if (numbers.indexOf(n) !== i) fail(at(path, i), 'duplicate');
  });
  return numbers as unknown as NumberCandidates;
}

export function parsePushChallenge(value: unknown, path = ''): PushChallenge {
  const obj = record(
    value,
    path,
    [
      'type',
      'deviceId',
      'account',
      'challengeId',
      'nonce',
      'relyingApp',
      'browser',
      'ip',
      'issuedAt',
      'expiresAt',
      'candidates',
    ],
    ['place'],
  );
  const challenge: PushChallenge = {
    type: literal(obj.type, at(path, 'type'), ['push-challenge']),
    deviceId: matching(obj.deviceId, at(path, 'deviceId'), OPAQUE_ID_PATTERN),
    account: matching(obj.account, at(path, 'account'), ACCOUNT_PATTERN),
    challengeId: base64url(obj.challengeId, at(path, 'challengeId'), RANDOM_MIN_BYTES, RANDOM_MAX_BYTES),
    nonce: base64url(obj.nonce, at(path, 'nonce'), RANDOM_MIN_BYTES, RANDOM_MAX_BYTES),
    relyingApp: displayText(obj.relyingApp, at(path, 'relyingApp'), RELYING_APP_NAME_MAX_BYTES),
    browser: displayText(obj.browser, at(path, 'browser'), CONTEXT_TEXT_MAX_BYTES),
    ip: ipAddress(obj.ip, at(path, 'ip')),
    ...(obj.place === undefined ? {} : { place: displayText(obj.place, at(path, 'place'), CONTEXT_TEXT_MAX_BYTES) }),
    issuedAt: epochSeconds(obj.issuedAt, at(path, 'issuedAt')),
    expiresAt: epochSeconds(obj.expiresAt, at(path, 'expiresAt')),
    candidates: numberCandidates(obj.candidates, at(path, 'candidates')),
  };
  lifetime(challenge.issuedAt, challenge.expiresAt, at(path, 'expiresAt'), PUSH_CHALLENGE_MAX_LIFETIME);
  return challenge;
}
