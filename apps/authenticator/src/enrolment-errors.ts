import { isAuthenticatorError } from '@sesame/authenticator-core';
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
