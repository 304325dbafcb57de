import { issueLink } from '../../../accounts/account-links';
import { CodeAttempts } from '../../../credentials/code-attempts';
import { tellOwnerCodesBlocked } from '../../../credentials/codes-blocked';
import { useRecoveryCode } from '../../../credentials/recovery-code-use';
import { type RecoveryCodeDeps, remainingRecoveryCodes } from '../../../credentials/recovery-codes';
import type { DeviceDeps } from '../../../devices/device-deps';
import { isSesameError, SesameError } from '../../../errors';
import type { SignInMeta } from '../../meta';
import type { Settled, SignInMethod } from '../../method';
import {
  type RecoveryCodeAnswer,
  type RecoveryCodeData,
  recoveryCodeData,
  parseRecoveryCodeAnswer,
  type RecoveryCodeView,
} from './recovery-code-data';

/** How long the code page takes codes: a 20-character code is read from paper and typed. */
export const RECOVERY_CODE_CHALLENGE_MS = 10 * 60_000;

/** The `sign_in.failed` reasons (SEC-31: the history says which). */
const WRONG_CODE = 'wrong_code';
const ALREADY_USED = 'recovery_code_already_used';

/** The store, the hasher, the mailer, and the blocking numbers (DevicePolicy's, as TOTP's). */
export type RecoveryCodeMethodDeps = RecoveryCodeDeps & Pick<DeviceDeps, 'policy'>;

/**
 * "Recovery code" (wire PASSWORD_RECOVERY_CODE, MEDIUM; issue 13 point 3; SEC-29; docs/adr/0028),
 * after a right password: the user who lost every device types one of their ten codes. NIST SP
 * 800-63B rev 4 §3.1.2: a look-up secret used once; password + look-up secret is two factors.
 * After it the sign-in says `setUpFactor` (method `afterwards`): the server sends the user to set
 * up a new factor.
 *
 * | verdict | when | audit reason |
 * | verified | an unused code of the user, taken by advanceCounter(0 → 1); the owner mailed | — |
 * | refused wrong-answer | no code of the user with that id and secret, a try left | wrong_code |
 * | refused wrong-answer | a right code used before, or by a parallel submit | recovery_code_already_used |
 * | ended blocked | this wrong code was the 5th in the window; blockedUntil; the owner mailed | its reason |
 * | ended blocked + TOO_MANY_REQUESTS | the window is still full: nothing checked | — |
 * | ended gone + NO_ACTIVE_DEVICE | no account (cannot happen after the password) | — |
 * | expired | past `until` | — |
 * Every code is reserved before it is checked (CodeAttempts, per user), refunded when right.
 */
export function recoveryCodeMethod(
  deps: RecoveryCodeMethodDeps,
): SignInMethod<RecoveryCodeData, RecoveryCodeAnswer, RecoveryCodeView> {
  const attempts = new CodeAttempts(deps.ephemeral, 'recovery-code-sign-in', deps.policy);

  /**
   * SEC-29: every use is told to the owner, with what is left and a "this was not me" link that
   * starts a password reset (device-blocking.ts's); a failing mailer changes no verdict — the
   * code is used up already.
   */
  async function tellOwner(userId: string, meta: SignInMeta, now: Date): Promise<void> {
    const user = await deps.durable.users.findById(userId);
    if (user === null) return;
    const remaining = await remainingRecoveryCodes(deps, userId);
    const ttlMinutes = deps.policy.linkTtlMinutes;
    const token = await issueLink(
      deps.ephemeral,
      'password-reset',
      { userId: user.id, email: user.email, issuedAt: now.getTime() },
      ttlMinutes * 60_000,
    );
    const params = { firstName: user.firstName, at: now.toISOString(), ip: meta.ip, browser: meta.browser };
    await deps.mailer
      .send({
        template: 'recovery-code-used',
        to: user.email,
        locale: user.emailLocale,
        params: { ...params, remaining, token, ttlMinutes },
      })
      .catch(() => undefined);
  }

  function wrong(data: RecoveryCodeData, blocks: boolean, auditReason: string, now: Date): Settled<RecoveryCodeData> {
    if (!blocks) return { verdict: 'refused', reason: 'wrong-answer', data, auditReason };
    return {
      verdict: 'ended',
      reason: 'blocked',
      auditReason,
      blockedUntil: new Date(now.getTime() + deps.policy.blockMinutes * 60_000),
    };
  }

  return {
    id: 'recovery-code',
    wireName: 'PASSWORD_RECOVERY_CODE',
    position: 'after-password',
    strengths: ['PASSWORD', 'PASSWORD_RECOVERY_CODE'],
    afterwards: 'set-up-factor',
    dataSchema: recoveryCodeData,

    parseAnswer: parseRecoveryCodeAnswer,

    async start(input) {
      // After the password only; an account without an unused code has nothing to type.
      if (input.userId === null || (await remainingRecoveryCodes(deps, input.userId)) === 0) {
        throw new SesameError('NO_ACTIVE_DEVICE');
      }
      const until = input.now.getTime() + RECOVERY_CODE_CHALLENGE_MS;
      return { data: { until }, expiresAt: until, userId: input.userId };
    },

    async settle(input, answer) {
      const userId = input.userId;
      if (userId === null) return { verdict: 'ended', reason: 'gone', error: new SesameError('NO_ACTIVE_DEVICE') };
      if (input.now.getTime() >= input.data.until) return { verdict: 'expired' };
      let attempt;
      try {
        attempt = await attempts.reserve(userId);
      } catch (error) {
        if (isSesameError(error, 'TOO_MANY_REQUESTS')) return { verdict: 'ended', reason: 'blocked', error };
        throw error;
      }
      const use = await useRecoveryCode(deps, userId, answer, input.now);
      if (use.result === 'used') {
        await attempt.right();
        await tellOwner(userId, input.meta, input.now);
        return { verdict: 'verified', userId, mobileDevices: [] };
      }
      const reason = use.result === 'already-used' ? ALREADY_USED : WRONG_CODE;
      const settled = wrong(input.data, attempts.blocks(attempt), reason, input.now);
      if (settled.verdict === 'ended' && settled.blockedUntil) {
        await tellOwnerCodesBlocked(deps, {
          userId,
          method: 'recovery-code',
          blockedUntil: settled.blockedUntil,
          meta: input.meta,
          now: input.now,
        });
      }
      return settled;
    },

    async view(input) {
      return input.now.getTime() >= input.data.until ? null : { expiresAt: new Date(input.data.until) };
    },
  };
}
