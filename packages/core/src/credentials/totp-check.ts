import { computeTotpAtStep, totpStep } from '@sesame/protocol';
import { safeEqual } from '../security/random-token';
import { type TotpParameters, TOTP_WINDOW_STEPS } from './totp-parameters';

/**
 * The time step a code was computed for, among the steps the window accepts around `now` (SEC-20:
 * the server's clock, never one the client sends; RFC 6238 §5.2: at most one step of network
 * delay); null when none. Every step is computed and compared in constant time, so the answer
 * takes the same time whichever step matches. Should a code match two steps (one chance in a
 * million), the later one is kept: it is the one the replay rule (SEC-19) may still accept.
 */
export async function matchingTotpStep(
  secret: Uint8Array,
  code: string,
  now: Date,
  parameters: TotpParameters,
): Promise<number | null> {
  const current = totpStep(now, parameters.period);
  let found: number | null = null;
  for (let step = current - TOTP_WINDOW_STEPS; step <= current + TOTP_WINDOW_STEPS; step++) {
    const expected = await computeTotpAtStep(secret, step, parameters);
    if (safeEqual(expected, code)) found = step;
  }
  return found;
}
