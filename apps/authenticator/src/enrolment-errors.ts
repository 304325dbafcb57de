import { isAuthenticatorError } from '@sesame/authenticator-core';
import { format } from './i18n/catalogues';
import type { Messages } from './i18n/en';

/** What the enrolment screen does after a failure: ask the PIN again, or start over with a new QR. */
export interface EnrolmentFailure {
  readonly message: string;
  readonly retryPin: boolean;
}

/**
 * The enrolment's failures as the user must read them. The statuses are those of the device API
 * (authenticator-core api/http-contract.ts; apps/server http/error-map.ts): 404 a spent or expired
 * token (or an enrolment cancelled after too many wrong PINs), 409 DEVICE_ALREADY_ENROLLED ("one
 * account per device", design §5), 410 the PIN confirmation expired.
 */
export function enrolmentFailure(m: Messages, error: unknown): EnrolmentFailure {
  if (isAuthenticatorError(error)) {
    switch (error.code) {
      // The core kept the registration pending: the same QR retries the confirmation only.
      case 'ERR_PIN_REJECTED':
        // The last wrong PIN cancelled the enrolment on the server (core: pinConfirmationTries).
        if (error.details.triesLeft === 0) return { message: m.enrol.pinCancelled, retryPin: false };
        if (error.details.triesLeft !== undefined) {
          return {
            message: format(m.enrol.pinRejectedTries, { count: error.details.triesLeft }, m.meta.lang),
            retryPin: true,
          };
        }
        return { message: m.enrol.pinRejected, retryPin: true };
      case 'ERR_PIN_INVALID':
        return { message: m.pin.incomplete, retryPin: true };
      case 'ERR_NETWORK':
        return { message: m.enrol.network, retryPin: true };
      case 'ERR_ALREADY_ENROLLED':
        return { message: m.enrol.alreadyHere, retryPin: false };
      case 'ERR_SERVER':
        if (error.details.status === 409) return { message: m.enrol.oneAccount, retryPin: false };
        if (error.details.status === 404) return { message: m.enrol.qrSpent, retryPin: false };
        if (error.details.status === 410) return { message: m.enrol.pinExpired, retryPin: false };
        break;
      default:
        break;
    }
  }
  return { message: m.enrol.failed, retryPin: false };
}

/**
 * Why the acceptance of annex step 10 failed, and whether tapping "Accept" again may help. 404
 * or 410: the server no longer awaits it (expired, or the device was deleted meanwhile) — the
 * app has forgotten the account; add the device again on the portal.
 */
export function acceptanceFailure(m: Messages, error: unknown): { message: string; retryAccept: boolean } {
  if (isAuthenticatorError(error, 'ERR_NETWORK')) return { message: m.enrol.network, retryAccept: true };
  const gone =
    (isAuthenticatorError(error, 'ERR_SERVER') && (error.details.status === 404 || error.details.status === 410)) ||
    isAuthenticatorError(error, 'ERR_NOT_ENROLLED');
  if (gone) return { message: m.enrol.acceptExpired, retryAccept: false };
  return { message: m.enrol.failed, retryAccept: false };
}
