import { isAuthenticatorError } from '@sesame/authenticator-core';
import type { Messages } from './i18n/en';

/**
 * A push answer's failures (authenticator-core api/http-contract.ts): 403 the device is blocked
 * (design §5: 5 wrong answers in a row), 404 the challenge is unknown or already answered,
 * 410 it expired.
 */
export function answerFailure(m: Messages, error: unknown): string {
  if (isAuthenticatorError(error)) {
    switch (error.code) {
      case 'ERR_CHALLENGE_UNKNOWN':
        return m.pending.gone;
      case 'ERR_CHALLENGE_EXPIRED':
        return m.pending.expired;
      case 'ERR_NETWORK':
        return m.pending.network;
      case 'ERR_SERVER':
        if (error.details.status === 403) return m.pending.blocked;
        if (error.details.status === 404) return m.pending.gone;
        if (error.details.status === 410) return m.pending.expired;
        break;
      default:
        break;
    }
  }
  return m.pending.failed;
}

/** What polling learnt: the device's state on the server, for the home screen. */
export type PollProblem = 'offline' | 'blocked' | 'unknown-device';

export function pollProblem(error: unknown): PollProblem | undefined {
  if (!isAuthenticatorError(error)) return undefined;
  if (error.code === 'ERR_NETWORK') return 'offline';
  if (error.code === 'ERR_SERVER' && error.details.status === 403) return 'blocked';
  if (error.code === 'ERR_SERVER' && error.details.status === 401) return 'unknown-device';
  return undefined;
}
