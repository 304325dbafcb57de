import { at, base64url, displayText, epochSeconds, fail, literal, matching, record } from './fields';
import { ACCOUNT_PATTERN, DEVICE_NAME_MAX_BYTES, RANDOM_MIN_BYTES, SERVER_ORIGIN_MAX_LENGTH } from './rules';

/**
 * Enrolment QR → app (design §5, annex step 3). The portal shows it after "Add a mobile
 * device"; the app scans it, shows "You are connected to the account of {account}", asks the
 * PIN and registers with `token`. Not signed: the token is the authority, it is single-use,
 * short-lived and bound to the account server-side; the app only talks to `server`.
 */
export interface EnrolmentPayload {
  readonly type: 'enrolment';
  /** Origin of the Sésame server the app registers with: https, or http on a loopback host. */
  readonly server: string;
  readonly account: string;
  /**
   * Device name typed on the portal (annex step 2: no spaces); sent back at registration. Empty
   * when the user left it empty: the server then names the device from the phone's model, which
   * the app sends (DeviceRegistration.deviceModel; issue 11).
   */
  readonly deviceName: string;
  /** One-time enrolment token, base64url of 16–32 random bytes. */
  readonly token: string;
  readonly expiresAt: number;
}

export const ENROLMENT_TOKEN_MAX_BYTES = 32;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An origin: scheme, host and port only; https, or http for local development on a loopback host. */
function serverOrigin(value: unknown, path: string): string {
  if (value === undefined) fail(path, 'required');
  if (typeof value !== 'string') fail(path, 'malformed');
  if (value.length > SERVER_ORIGIN_MAX_LENGTH) fail(path, 'too_long');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(path, 'malformed');
  }
  if (url.origin !== value) fail(path, 'malformed');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) fail(path, 'not_allowed');
  return value;
}

/** A device name, or '' for "the phone proposes it" (issue 11). */
export function optionalDeviceName(value: unknown, path: string): string {
  if (value === '') return '';
  return displayText(value, path, DEVICE_NAME_MAX_BYTES, { noSpace: true });
}

export function parseEnrolmentPayload(value: unknown, path = ''): EnrolmentPayload {
  const obj = record(value, path, ['type', 'server', 'account', 'deviceName', 'token', 'expiresAt']);
  return {
    type: literal(obj.type, at(path, 'type'), ['enrolment']),
    server: serverOrigin(obj.server, at(path, 'server')),
    account: matching(obj.account, at(path, 'account'), ACCOUNT_PATTERN),
    deviceName: optionalDeviceName(obj.deviceName, at(path, 'deviceName')),
    token: base64url(obj.token, at(path, 'token'), RANDOM_MIN_BYTES, ENROLMENT_TOKEN_MAX_BYTES),
    expiresAt: epochSeconds(obj.expiresAt, at(path, 'expiresAt')),
  };
}
