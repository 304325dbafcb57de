import { fromBase64Url, toBase64Url } from '../base64url';
import { ProtocolError } from '../errors';
import { type CanonicalFields, signCanonical, verifyCanonical } from './canonical';
import { at, base64url, displayText, epochSeconds, lifetime, literal, matching, record } from './fields';
import {
  ACCOUNT_PATTERN,
  KEY_ID_PATTERN,
  OFFLINE_CHALLENGE_MAX_LIFETIME,
  QUESTION_PATTERN,
  RELYING_APP_NAME_MAX_BYTES,
  SIGNATURE_BYTES,
} from './rules';

/**
 * Browser QR → app, the "QR code" (offline) challenge (design §5). The app scans it without
 * network, checks the server's signature with a key it received at registration, shows the
 * relying app, asks the PIN and shows OCRA(SESAME_OFFLINE_OCRA_SUITE, device secret, question,
 * T = current minute). The question is also the challenge's identity: 160 random bits, single
 * use, bound server-side to the browser's transaction — no separate id is needed in the QR.
 */
export interface OfflineChallenge {
  readonly type: 'offline-challenge';
  /** Key id of the server key that signed it. */
  readonly kid: string;
  /** Account the code is for (an app may hold several). */
  readonly account: string;
  readonly relyingApp: string;
  /** 40 lower-case hex digits: the OCRA question. */
  readonly question: string;
  readonly issuedAt: number;
  /** At most 5 minutes after issuedAt. */
  readonly expiresAt: number;
  /** ES256 over offlineChallengeSigningFields(…), base64url of r ‖ s. */
  readonly signature: string;
}

export type UnsignedOfflineChallenge = Omit<OfflineChallenge, 'signature'>;

export const OFFLINE_CHALLENGE_LABEL = 'sesame/offline-challenge/1';

function parseFields(obj: Record<string, unknown>, path: string): UnsignedOfflineChallenge {
  const challenge: UnsignedOfflineChallenge = {
    type: literal(obj.type, at(path, 'type'), ['offline-challenge']),
    kid: matching(obj.kid, at(path, 'kid'), KEY_ID_PATTERN),
    account: matching(obj.account, at(path, 'account'), ACCOUNT_PATTERN),
    relyingApp: displayText(obj.relyingApp, at(path, 'relyingApp'), RELYING_APP_NAME_MAX_BYTES),
    question: matching(obj.question, at(path, 'question'), QUESTION_PATTERN),
    issuedAt: epochSeconds(obj.issuedAt, at(path, 'issuedAt')),
    expiresAt: epochSeconds(obj.expiresAt, at(path, 'expiresAt')),
  };
  lifetime(challenge.issuedAt, challenge.expiresAt, at(path, 'expiresAt'), OFFLINE_CHALLENGE_MAX_LIFETIME);
  return challenge;
}

const FIELDS = ['type', 'kid', 'account', 'relyingApp', 'question', 'issuedAt', 'expiresAt'];

export function parseUnsignedOfflineChallenge(value: unknown, path = ''): UnsignedOfflineChallenge {
  return parseFields(record(value, path, FIELDS), path);
}

/** Shape only: the signature is checked by verifyOfflineChallenge (or qr/verifyOfflineChallengeQr). */
export function parseOfflineChallenge(value: unknown, path = ''): OfflineChallenge {
  const obj = record(value, path, [...FIELDS, 'signature']);
  const fields = parseFields(obj, path);
  return { ...fields, signature: base64url(obj.signature, at(path, 'signature'), SIGNATURE_BYTES) };
}

/**
 * Signed fields, in order: label, kid, account, relyingApp, question, issuedAt, expiresAt
 * (decimal). The label carries the kind and version, so the QR header is covered too.
 */
export function offlineChallengeSigningFields(challenge: UnsignedOfflineChallenge): CanonicalFields {
  return [
    OFFLINE_CHALLENGE_LABEL,
    challenge.kid,
    challenge.account,
    challenge.relyingApp,
    challenge.question,
    String(challenge.issuedAt),
    String(challenge.expiresAt),
  ];
}

/** Server side: validates the fields, then signs them with the key named by `kid`. */
export async function signOfflineChallenge(
  privateKey: CryptoKey,
  challenge: UnsignedOfflineChallenge,
): Promise<OfflineChallenge> {
  const checked = parseUnsignedOfflineChallenge(challenge);
  const signature = await signCanonical(privateKey, offlineChallengeSigningFields(checked));
  return { ...checked, signature: toBase64Url(signature) };
}

export async function verifyOfflineChallenge(publicKey: CryptoKey, challenge: OfflineChallenge): Promise<boolean> {
  return verifyCanonical(publicKey, offlineChallengeSigningFields(challenge), fromBase64Url(challenge.signature));
}

export interface ChallengeTimeOptions {
  /** Default: now. */
  readonly now?: Date;
  /** Allowed clock difference in seconds (an offline phone's clock). Default 60. */
  readonly clockToleranceSeconds?: number;
}

export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 60;

/**
 * Throws ERR_CHALLENGE_EXPIRED or ERR_CHALLENGE_NOT_YET_VALID. In the app this is a courtesy
 * (tell the user to refresh the page rather than type a dead code); the server's own record is
 * what decides.
 */
export function checkChallengeTime(
  challenge: { readonly issuedAt: number; readonly expiresAt: number },
  options: ChallengeTimeOptions = {},
): void {
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  if (!Number.isFinite(now) || !Number.isInteger(tolerance) || tolerance < 0) {
    throw new ProtocolError('ERR_MESSAGE_INVALID', { field: 'now', reason: 'out_of_range' });
  }
  if (now >= challenge.expiresAt + tolerance) throw new ProtocolError('ERR_CHALLENGE_EXPIRED');
  if (now < challenge.issuedAt - tolerance) throw new ProtocolError('ERR_CHALLENGE_NOT_YET_VALID');
}
