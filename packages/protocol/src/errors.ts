/**
 * Typed protocol errors with stable codes (the jose habit: a union a caller can `switch` over).
 * The server maps them to HTTP answers in one place; the app maps them to a screen. A message
 * never carries the rejected value, so an error can be logged without leaking a secret.
 */
export type ProtocolErrorCode =
  /** An OCRA suite string is not a valid RFC 6287 §6 suite (or not one we support). */
  | 'ERR_OCRA_SUITE_INVALID'
  /** OCRA inputs do not match the suite: missing or unexpected counter, bad question, … */
  | 'ERR_OCRA_INPUT_INVALID'
  /** A device API message does not match its schema; `field` and `reason` say where and why. */
  | 'ERR_MESSAGE_INVALID'
  /** A JWK is not a P-256 public key, or Web Crypto refused to import it. */
  | 'ERR_KEY_INVALID'
  /** A signed payload names a key id the verifier does not know. */
  | 'ERR_KEY_UNKNOWN'
  /** An ECDSA signature does not verify. */
  | 'ERR_SIGNATURE_INVALID'
  /** A challenge is past its expiry (beyond the clock tolerance). */
  | 'ERR_CHALLENGE_EXPIRED'
  /** A challenge is issued in the future (beyond the clock tolerance). */
  | 'ERR_CHALLENGE_NOT_YET_VALID'
  /** A QR text is not base64url, is truncated, has trailing bytes or a bad field. */
  | 'ERR_QR_MALFORMED'
  /** A QR payload carries a format version this code does not know. */
  | 'ERR_QR_VERSION_UNSUPPORTED'
  /** A QR payload carries a kind this code does not know. */
  | 'ERR_QR_KIND_UNKNOWN'
  /** A valid Sésame QR of another kind than expected (an enrolment QR scanned to sign in). */
  | 'ERR_QR_KIND_UNEXPECTED'
  /** A message template is not valid ICU MessageFormat (the subset of i18n/message-format.ts); `field` is `at <offset>`. */
  | 'ERR_MESSAGE_SYNTAX'
  /** HOTP/TOTP inputs out of range (short key, digits, counter), bad base32, or an otpauth label with a colon. */
  | 'ERR_OTP_INPUT_INVALID';

export type ProtocolErrorReason =
  | 'required'
  | 'malformed'
  | 'too_short'
  | 'too_long'
  | 'out_of_range'
  | 'unexpected'
  | 'not_allowed'
  | 'duplicate'
  | 'mismatch'
  | 'unsupported';

export interface ProtocolErrorDetails {
  /** Dotted path of the offending field (`publicKey.x`, `candidates[1]`, `dataInput`). */
  readonly field?: string;
  readonly reason?: ProtocolErrorReason;
}

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  constructor(
    readonly code: ProtocolErrorCode,
    readonly details: ProtocolErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(details.field ? `${code}: ${details.field} ${details.reason ?? ''}`.trim() : code, options);
  }
}

export function isProtocolError(error: unknown, code?: ProtocolErrorCode): error is ProtocolError {
  return error instanceof ProtocolError && (code === undefined || error.code === code);
}
