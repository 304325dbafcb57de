import { type Authenticator, isAuthenticatorError } from '@sesame/authenticator-core';
import { decodeQr, isProtocolError } from '@sesame/protocol';
import { format } from './i18n/catalogues';
import type { Messages } from './i18n/en';

/**
 * "Sésame app with QR code" (design §5, ADR 0006), the app's side: what a scanned text is, whether
 * its signature holds, and the failures as the user reads them. Everything here runs offline.
 */

/** What the scanner saw, told apart by the QR's kind byte (protocol qr/decode-qr.ts). */
export type ScannedQr =
  | { readonly kind: 'offline-challenge' }
  | { readonly kind: 'enrolment' }
  | { readonly kind: 'other'; readonly error: unknown };

export function classifyQr(text: string): ScannedQr {
  try {
    return { kind: decodeQr(text).kind };
  } catch (error) {
    return { kind: 'other', error };
  }
}

/** The application and account of a challenge whose server signature holds. */
export interface VerifiedRequest {
  readonly account: string;
  readonly relyingApp: string;
}

/**
 * Checks a scanned offline challenge before anything of it is shown: ERR_NOT_ENROLLED,
 * ERR_QR_FORGED, ERR_CHALLENGE_EXPIRED (AuthenticatorError) or a ProtocolError.
 */
export async function verifyOfflineQr(
  authenticator: Pick<Authenticator, 'inspectOfflineQr'>,
  text: string,
  now: Date,
): Promise<VerifiedRequest> {
  const { account, relyingApp } = await authenticator.inspectOfflineQr(text, now);
  return { account, relyingApp };
}

/** The code as shown: two groups of four, easier to read and type (8 digits, ADR 0006). */
export function groupCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

/** The code as a screen reader says it: digit by digit, not "twelve million…". */
export function spokenCode(code: string): string {
  return code.split('').join(' ');
}

export function remainingText(m: Messages, seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return format(m.code.remaining, { minutes: Math.floor(s / 60), seconds: s % 60 });
}

/** The account a QR names, read without trusting it (for "not registered in this app"). */
function namedAccount(text: string): string {
  try {
    const qr = decodeQr(text);
    return qr.kind === 'offline-challenge' ? qr.payload.account : '';
  } catch {
    return '';
  }
}

/**
 * Why a scanned QR gives no code, as the user must read it. A forged QR gets its own words: the
 * page that showed it is not Sésame's, and whatever it asks must not be typed (design §5).
 */
export function offlineCodeFailure(m: Messages, error: unknown, text: string): string {
  if (isAuthenticatorError(error)) {
    switch (error.code) {
      case 'ERR_QR_FORGED':
        return m.code.forged;
      case 'ERR_CHALLENGE_EXPIRED':
        return m.code.challengeExpired;
      case 'ERR_NOT_ENROLLED':
        return format(m.code.notEnrolled, { account: namedAccount(text) });
      case 'ERR_PIN_INVALID':
        return m.pin.incomplete;
      default:
        return m.code.failed;
    }
  }
  if (isProtocolError(error, 'ERR_QR_KIND_UNEXPECTED')) return m.code.enrolmentQr;
  if (isProtocolError(error, 'ERR_CHALLENGE_NOT_YET_VALID')) return m.code.notYetValid;
  if (isProtocolError(error, 'ERR_CHALLENGE_EXPIRED')) return m.code.challengeExpired;
  if (isProtocolError(error)) return m.code.notSignInQr;
  return m.code.failed;
}
