/**
 * Typed errors of the app's brain, with stable codes a screen can `switch` over (the jose habit).
 * The split with the protocol package: a ProtocolError says a message or QR is malformed
 * (ERR_QR_MALFORMED, ERR_MESSAGE_INVALID, …) and passes through unchanged; an AuthenticatorError
 * is a decision of this package about the device's own state or about what the server said.
 */
export type AuthenticatorErrorCode =
  /** `initialise()` has not been called on this installation. */
  | 'ERR_NOT_INITIALISED'
  /** No enrolled account for the operation (or for the account a QR names). */
  | 'ERR_NOT_ENROLLED'
  /** This account of this server is already on the device. */
  | 'ERR_ALREADY_ENROLLED'
  /** The PIN is not 4 digits. A shape check only: the device cannot tell a right PIN from a wrong one. */
  | 'ERR_PIN_INVALID'
  /**
   * Enrolment step 4: the server says this is not the PIN chosen on the portal; try again while
   * `triesLeft` (when the server tells) is above 0 — at 0 the enrolment is cancelled.
   */
  | 'ERR_PIN_REJECTED'
  /** No pending challenge with this id (answered elsewhere, withdrawn, or never sent). */
  | 'ERR_CHALLENGE_UNKNOWN'
  /** The challenge (push, PIN confirmation) is past its expiry. */
  | 'ERR_CHALLENGE_EXPIRED'
  /** The picked number is not one of the three the challenge offers. */
  | 'ERR_NUMBER_NOT_OFFERED'
  /** An offline QR whose signature does not verify with a key of the account's server. */
  | 'ERR_QR_FORGED'
  /** The server answered with an HTTP error; `status` says which. */
  | 'ERR_SERVER'
  /** The server could not be reached. */
  | 'ERR_NETWORK';

export interface AuthenticatorErrorDetails {
  /** HTTP status of ERR_SERVER. */
  readonly status?: number;
  /** ERR_PIN_REJECTED: the PIN tries left before the server cancels the enrolment, when it says. */
  readonly triesLeft?: number;
}

export class AuthenticatorError extends Error {
  override readonly name = 'AuthenticatorError';
  constructor(
    readonly code: AuthenticatorErrorCode,
    readonly details: AuthenticatorErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(details.status === undefined ? code : `${code}: HTTP ${details.status}`, options);
  }
}

export function isAuthenticatorError(error: unknown, code?: AuthenticatorErrorCode): error is AuthenticatorError {
  return error instanceof AuthenticatorError && (code === undefined || error.code === code);
}
