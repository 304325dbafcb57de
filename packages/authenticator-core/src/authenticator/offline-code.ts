import {
  computeOcra,
  decodeOfflineChallengeQr,
  isProtocolError,
  type OfflineChallenge,
  ocraTimestamp,
  SESAME_OFFLINE_OCRA_SUITE,
  SESAME_OFFLINE_OCRA_WINDOW,
  toOcraSuite,
  verifyOfflineChallengeQr,
} from '@sesame/protocol';
import { AuthenticatorError } from '../errors';
import { checkPin, withSecret } from '../secret/sealed-secret';
import { type AuthenticatorContext, epochSeconds } from './context';
import { type AccountRecord, loadEnrolledAccounts } from './state';

export interface OfflineCode {
  /** The 8 digits the user types in the browser. */
  readonly code: string;
  readonly account: string;
  readonly relyingApp: string;
  /** Seconds since the epoch after which the server no longer accepts this code. */
  readonly validUntil: number;
  readonly remainingSeconds: number;
}

const OFFLINE_TIME_STEP = toOcraSuite(SESAME_OFFLINE_OCRA_SUITE).timeStep!;

/** The account whose server signed the QR; a QR none of them signed is forged (or from a server we left). */
async function verify(
  qrText: string,
  accounts: readonly AccountRecord[],
  now: Date,
): Promise<{ account: AccountRecord; challenge: OfflineChallenge }> {
  for (const account of accounts) {
    try {
      return { account, challenge: await verifyOfflineChallengeQr(qrText, { keys: account.serverKeys, now }) };
    } catch (error) {
      if (isProtocolError(error, 'ERR_SIGNATURE_INVALID') || isProtocolError(error, 'ERR_KEY_UNKNOWN')) continue;
      if (isProtocolError(error, 'ERR_CHALLENGE_EXPIRED')) {
        throw new AuthenticatorError('ERR_CHALLENGE_EXPIRED', {}, { cause: error });
      }
      throw error;
    }
  }
  throw new AuthenticatorError('ERR_QR_FORGED');
}

/** What an offline QR asks, once its signature holds: shown before the PIN is asked. */
export interface OfflineRequest {
  readonly account: string;
  readonly relyingApp: string;
  /** Seconds since the epoch. */
  readonly expiresAt: number;
}

/**
 * The first half of "QR code", before the PIN (the protocol's rule: show nothing of a challenge
 * before its signature is checked): which account and application the scanned QR names, once
 * the account's server is found to have signed it. The same errors as offlineCode, no PIN used.
 */
export async function inspectOfflineQr(ctx: AuthenticatorContext, qrText: string, now: Date): Promise<OfflineRequest> {
  const { account: accountName } = decodeOfflineChallengeQr(qrText);
  const candidates = (await loadEnrolledAccounts(ctx.store)).filter((a) => a.account === accountName);
  if (candidates.length === 0) throw new AuthenticatorError('ERR_NOT_ENROLLED');
  const { challenge } = await verify(qrText, candidates, now);
  return { account: challenge.account, relyingApp: challenge.relyingApp, expiresAt: challenge.expiresAt };
}

/**
 * "QR code" (design §5), offline: checks the server's signature on the scanned challenge, then
 * shows OCRA(SESAME_OFFLINE_OCRA_SUITE, secret, question, T = minute of `now`). As for a push, a
 * wrong PIN gives a wrong code that only the server can tell. Errors: ProtocolError ERR_QR_* for
 * a QR that is not an offline challenge, ERR_NOT_ENROLLED when no account has the QR's account
 * name, ERR_QR_FORGED, ERR_CHALLENGE_EXPIRED (ProtocolError ERR_CHALLENGE_NOT_YET_VALID when the
 * phone's clock is far behind).
 */
export async function offlineCode(
  ctx: AuthenticatorContext,
  qrText: string,
  pin: string,
  now: Date,
): Promise<OfflineCode> {
  checkPin(pin);
  const { account: accountName } = decodeOfflineChallengeQr(qrText);
  const candidates = (await loadEnrolledAccounts(ctx.store)).filter((a) => a.account === accountName);
  if (candidates.length === 0) throw new AuthenticatorError('ERR_NOT_ENROLLED');
  const { account, challenge } = await verify(qrText, candidates, now);
  const timestamp = ocraTimestamp(SESAME_OFFLINE_OCRA_SUITE, now);
  const code = await withSecret(account.secret, pin, (secret) =>
    computeOcra(SESAME_OFFLINE_OCRA_SUITE, secret, { question: challenge.question, timestamp }),
  );
  // The server accepts the code of minute T while its own minute is at most T + pastSteps, and
  // never after the challenge's expiry.
  const validUntil = Math.min(
    challenge.expiresAt,
    (timestamp + SESAME_OFFLINE_OCRA_WINDOW.pastSteps + 1) * OFFLINE_TIME_STEP,
  );
  return {
    code,
    account: challenge.account,
    relyingApp: challenge.relyingApp,
    validUntil,
    remainingSeconds: Math.max(0, validUntil - epochSeconds(now)),
  };
}
