import { computeTotpAtStep } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { matchingTotpStep } from './totp-check';
import { TOTP_PARAMETERS } from './totp-parameters';

const SEED = new TextEncoder().encode('12345678901234567890');
/** Step 1000's first and last milliseconds (X = 30 s, T0 = 0: RFC 6238 §4.2). */
const STEP = 1000;
const FIRST_MS = STEP * 30_000;
const LAST_MS = FIRST_MS + 29_999;
const code = (step: number) => computeTotpAtStep(SEED, step, TOTP_PARAMETERS);

describe('matchingTotpStep: the server clock ±1 step (SEC-20; RFC 6238 §5.2)', () => {
  it('accepts the current step, the one before and the one after, and says which', async () => {
    for (const at of [FIRST_MS, LAST_MS]) {
      expect(await matchingTotpStep(SEED, await code(STEP), new Date(at), TOTP_PARAMETERS)).toBe(STEP);
      expect(await matchingTotpStep(SEED, await code(STEP - 1), new Date(at), TOTP_PARAMETERS)).toBe(STEP - 1);
      expect(await matchingTotpStep(SEED, await code(STEP + 1), new Date(at), TOTP_PARAMETERS)).toBe(STEP + 1);
    }
  });

  it('refuses two steps away, at the edges of the window', async () => {
    expect(await matchingTotpStep(SEED, await code(STEP - 2), new Date(FIRST_MS), TOTP_PARAMETERS)).toBeNull();
    expect(await matchingTotpStep(SEED, await code(STEP + 2), new Date(LAST_MS), TOTP_PARAMETERS)).toBeNull();
    // One millisecond later the window has moved: step − 1 is out, step + 2 is in.
    expect(await matchingTotpStep(SEED, await code(STEP - 1), new Date(LAST_MS + 1), TOTP_PARAMETERS)).toBeNull();
    expect(await matchingTotpStep(SEED, await code(STEP + 2), new Date(LAST_MS + 1), TOTP_PARAMETERS)).toBe(STEP + 2);
  });

  it('refuses a code of another seed', async () => {
    const other = new TextEncoder().encode('09876543210987654321');
    const theirs = await computeTotpAtStep(other, STEP, TOTP_PARAMETERS);
    expect(await matchingTotpStep(SEED, theirs, new Date(FIRST_MS), TOTP_PARAMETERS)).toBeNull();
  });
});
