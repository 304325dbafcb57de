import { generateNumberMatch } from '@sesame/protocol';
import type { DevicePolicy } from '../../../devices/device-deps';

/**
 * "On mobile" for an unknown address or an account without an active device (ADR 0002): a number
 * and an expiry like a real request's (pushChallengeTtlSeconds from the whole second, as
 * createPushChallenge computes it), for no account. No challenge is bound to the sign-in, so no
 * verdict can ever reach it.
 */
export function decoyRequest(
  policy: Pick<DevicePolicy, 'pushChallengeTtlSeconds'>,
  now: Date,
): { userId: null; shown: number; expiresAt: number } {
  const seconds = Math.floor(now.getTime() / 1000);
  return {
    userId: null,
    shown: generateNumberMatch().shown,
    expiresAt: (seconds + policy.pushChallengeTtlSeconds) * 1000,
  };
}
