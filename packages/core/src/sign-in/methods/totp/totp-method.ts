import type { DeviceDeps } from '../../../devices/device-deps';
import { CodeAttempts } from '../../../credentials/code-attempts';
import { tellOwnerCodesBlocked } from '../../../credentials/codes-blocked';
import { matchingTotpStep } from '../../../credentials/totp-check';
import { openTotpSeed } from '../../../credentials/totp-enrolment';
import { readTotpParameters } from '../../../credentials/totp-parameters';
import { isSesameError, SesameError } from '../../../errors';
import type { CredentialRecord } from '../../../ports';
import type { SignInMeta } from '../../meta';
import type { Settled, SignInMethod } from '../../method';
import { parseTotpAnswer, type TotpAnswer, type TotpData, totpData, type TotpView } from './totp-data';

/** How long the code page takes codes before a new challenge is needed (as the app's QR code). */
export const TOTP_CHALLENGE_MS = 5 * 60_000;

/** The `sign_in.failed` reasons (SEC-31: the history says which). */
const WRONG_CODE = 'wrong_code';
const REPLAYED = 'totp_replayed';

/** A right code of a step already used (SEC-19): what the owner is told of. */
export interface TotpReplay {
  readonly userId: string;
  readonly credentialId: string;
  readonly meta: SignInMeta;
  readonly at: Date;
}

/** What the method needs: the device deps (store, vault, blocking policy) and the replay hook. */
export type TotpMethodDeps = Pick<DeviceDeps, 'durable' | 'ephemeral' | 'mailer' | 'vault' | 'policy'>;

/**
 * "Authenticator app" (wire PASSWORD_TOTP; issue 13 point 2; docs/adr/0027), after a right
 * password: the user types the 6 digits of an RFC 6238 app. Stateless: the expected state is the
 * account's active TOTP credentials and their last used step.
 *
 * | verdict | when | audit reason |
 * | verified | a code of step s within now ± 1 (SEC-20), s > the credential's last step, taken by advanceCounter | — |
 * | refused wrong-answer | no credential's code, a try left | wrong_code |
 * | refused wrong-answer | a right code of a step already used, or lost to a parallel submit (SEC-19) | totp_replayed; `onReplay` told |
 * | ended blocked | this wrong code was the 5th in the window; blockedUntil; the owner mailed | wrong_code |
 * | ended blocked + TOO_MANY_REQUESTS | the window is still full: nothing checked | — |
 * | ended gone + NO_ACTIVE_DEVICE | no active TOTP credential any more | — |
 * | expired | past `until` (the page asks for a new challenge) | — |
 * Every code is reserved before it is checked (CodeAttempts, per user), refunded when right.
 */
export function totpMethod(
  deps: TotpMethodDeps,
  onReplay: (replay: TotpReplay) => Promise<void> = async () => undefined,
): SignInMethod<TotpData, TotpAnswer, TotpView> {
  const attempts = new CodeAttempts(deps.ephemeral, 'totp-sign-in', deps.policy);
  const credentials = () => deps.durable.credentials;

  async function activeTotps(userId: string): Promise<CredentialRecord[]> {
    return (await credentials().listByUser(userId, 'totp')).filter((c) => c.status === 'active');
  }

  /**
   * SEC-19: the step is taken only by moving the counter from the value read to `step`, in one
   * conditional write; a parallel submit that moved it first leaves this one a replay.
   */
  async function take(credential: CredentialRecord, step: number, now: Date): Promise<boolean> {
    let counter = credential.counter;
    while (step > counter) {
      if (await credentials().advanceCounter(credential.id, counter, step, now)) return true;
      const latest = await credentials().findById(credential.id);
      if (latest === null) return false;
      counter = latest.counter;
    }
    return false;
  }

  return {
    id: 'totp',
    wireName: 'PASSWORD_TOTP',
    position: 'after-password',
    strengths: ['PASSWORD', 'PASSWORD_TOTP'],
    dataSchema: totpData,

    parseAnswer: parseTotpAnswer,

    async start(input) {
      // After the password only; an account without an active authenticator app has no code.
      if (input.userId === null || (await activeTotps(input.userId)).length === 0) {
        throw new SesameError('NO_ACTIVE_DEVICE');
      }
      const until = input.now.getTime() + TOTP_CHALLENGE_MS;
      return { data: { until }, expiresAt: until, userId: input.userId };
    },

    async settle(input, answer) {
      const userId = input.userId;
      if (userId === null) return { verdict: 'ended', reason: 'gone', error: new SesameError('NO_ACTIVE_DEVICE') };
      if (input.now.getTime() >= input.data.until) return { verdict: 'expired' };
      const totps = await activeTotps(userId);
      if (totps.length === 0) return { verdict: 'ended', reason: 'gone', error: new SesameError('NO_ACTIVE_DEVICE') };
      let attempt;
      try {
        attempt = await attempts.reserve(userId);
      } catch (error) {
        if (isSesameError(error, 'TOO_MANY_REQUESTS')) return { verdict: 'ended', reason: 'blocked', error };
        throw error;
      }
      let replayed: CredentialRecord | null = null;
      for (const credential of totps) {
        const seed = await openTotpSeed(deps, credential);
        const step = await matchingTotpStep(seed, answer.code, input.now, readTotpParameters(credential.data));
        if (step === null) continue;
        if (await take(credential, step, input.now)) {
          await attempt.right();
          return { verdict: 'verified', userId, mobileDevices: [] };
        }
        replayed = credential;
      }
      if (replayed !== null) {
        // The owner hears of it (SEC-19); a failing notifier does not change the verdict.
        await onReplay({ userId, credentialId: replayed.id, meta: input.meta, at: input.now }).catch(() => undefined);
      }
      const settled = wrong(input.data, attempts.blocks(attempt), replayed !== null ? REPLAYED : WRONG_CODE, input.now);
      if (settled.verdict === 'ended' && settled.blockedUntil) {
        await tellOwnerCodesBlocked(deps, {
          userId,
          method: 'totp',
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

  function wrong(data: TotpData, blocks: boolean, auditReason: string, now: Date): Settled<TotpData> {
    if (!blocks) return { verdict: 'refused', reason: 'wrong-answer', data, auditReason };
    return {
      verdict: 'ended',
      reason: 'blocked',
      auditReason,
      blockedUntil: new Date(now.getTime() + deps.policy.blockMinutes * 60_000),
    };
  }
}
