import type { DeviceDeps } from '../../../devices/device-deps';
import { CodeAttempts } from '../../../credentials/code-attempts';
import { tellOwnerCodesBlocked } from '../../../credentials/codes-blocked';
import { maskPhoneNumber } from '../../../credentials/phone-number';
import { SMS_SENDS_PER_WINDOW } from '../../../credentials/sms-enrolment';
import { generateSmsCode, smsCodeDigest, smsCodeMatches } from '../../../credentials/sms-code';
import { isSesameError, SesameError } from '../../../errors';
import type { SmsGate } from '../../../credentials/sms-gate';
import type { CredentialRecord } from '../../../ports';
import type { Locale } from '@sesame/protocol';
import { tokenDigest } from '../../../security/random-token';
import type { Settled, SignInMethod } from '../../method';
import { accountSmsSunset, latestSmsSunset, type SmsSunsets } from './sms-sunset';
import { parseSmsAnswer, type SmsAnswer, type SmsData, smsData, type SmsView } from './sms-data';

/** How long the code page takes the texted code (as the authenticator app's page). */
export const SMS_CHALLENGE_MS = 5 * 60_000;
/** The least time between two texts of one account ("Send a new code"), so a click-happy page is no SMS bomb. */
export const SMS_RESEND_GAP_MS = 30_000;

const WRONG_CODE = 'wrong_code';

export interface SmsMethodOptions {
  /** The gateway behind the toll-fraud caps (docs/adr/0059). */
  readonly gate: SmsGate;
  /** The message, in the user's language, holding the code (the server's catalogue). */
  readonly text: (code: string, locale: Locale) => string;
  /** After them SMS is refused (issue 13 point 4): the global date and the organisations' (docs/adr/0034). */
  readonly sunsets: SmsSunsets;
}

export type SmsMethodDeps = Pick<DeviceDeps, 'durable' | 'ephemeral' | 'mailer' | 'policy'>;

/** Whether SMS is past its sunset at `now` (issue 13 point 4): the one comparison every caller uses. */
export function smsRetired(sunset: Date | null, now: Date): boolean {
  return sunset !== null && now.getTime() >= sunset.getTime();
}

/**
 * "Mobile phone + SMS" (wire PASSWORD_SMS; issue 13 point 4; reference/eulogin-facts.md §1.2),
 * after a right password: a nine-character code (XXX-XXX-XXX) texted to the account's first
 * active number, typed back. The code's digest is kept in the ephemeral store under the sign-in's
 * handle for SMS_CHALLENGE_MS; a new code (resend) replaces it.
 *
 * | verdict | when | audit reason |
 * | verified | the code texted for this sign-in, taken from the store (single use) | — |
 * | refused wrong-answer | another code, a try left; or the code already taken by a parallel submit | wrong_code |
 * | ended blocked | this wrong code was the 5th in the window; blockedUntil; the owner mailed | wrong_code |
 * | ended blocked + TOO_MANY_REQUESTS | the window is still full: nothing checked | — |
 * | ended gone + NO_ACTIVE_DEVICE | no active number any more | — |
 * | ended gone + SMS_RETIRED | past the account's sunset date (its organisation's, else the global) | — |
 * | expired | past `until`, or the code is gone from the store | — |
 * Every code is reserved before it is checked (CodeAttempts, per user), refunded when right.
 * Sending is limited too: one text per SMS_RESEND_GAP_MS and SMS_SENDS_PER_WINDOW per window, and
 * the gate's caps across accounts (docs/adr/0059): SMS_COUNTRY_NOT_ACCEPTED for a number confirmed
 * before its country was taken off the list, SMS_LIMIT_REACHED — nothing texted, the password page
 * says so beside the other methods, never a sign-in without the code.
 */
export function smsMethod(deps: SmsMethodDeps, options: SmsMethodOptions): SignInMethod<SmsData, SmsAnswer, SmsView> {
  const attempts = new CodeAttempts(deps.ephemeral, 'sms-sign-in', deps.policy);
  const sends = new CodeAttempts(deps.ephemeral, 'sms-sign-in-send', {
    ...deps.policy,
    blockAfterWrongAnswers: SMS_SENDS_PER_WINDOW,
  });
  const codeKey = (handle: string) => `sms-code:${tokenDigest(handle)}`;
  const gapKey = (userId: string) => `sms-gap:${tokenDigest(userId)}`;

  async function activeNumbers(userId: string): Promise<CredentialRecord[]> {
    return (await deps.durable.credentials.listByUser(userId, 'sms')).filter(
      (c) => c.status === 'active' && c.externalId !== null,
    );
  }

  /** The account's own date (docs/adr/0034 §1): its organisation's nearest that sets one, else the global. */
  const sunsetOf = (userId: string) => accountSmsSunset(deps.durable.organisations, options.sunsets, userId);

  return {
    id: 'sms',
    wireName: 'PASSWORD_SMS',
    position: 'after-password',
    strengths: ['PASSWORD', 'PASSWORD_SMS'],
    // Before the password the account is unknown: the chooser judges by the last date of any
    // account (docs/adr/0034 §2); once it is known, by its own.
    retiring: { sunset: latestSmsSunset(options.sunsets), accountSunset: sunsetOf },
    dataSchema: smsData,

    parseAnswer: parseSmsAnswer,

    async start(input) {
      // Checked here too, not only by the chooser: a sign-in started before the date cannot renew after it.
      if (input.userId === null) throw new SesameError('NO_ACTIVE_DEVICE');
      if (smsRetired(await sunsetOf(input.userId), input.now)) throw new SesameError('SMS_RETIRED');
      const numbers = await activeNumbers(input.userId);
      const to = numbers[0]?.externalId;
      if (to === undefined || to === null) throw new SesameError('NO_ACTIVE_DEVICE');
      options.gate.assertDestination(to, 'sign-in');
      const gapSeconds = SMS_RESEND_GAP_MS / 1000;
      if (!(await deps.ephemeral.setIfAbsent(gapKey(input.userId), '1', SMS_RESEND_GAP_MS))) {
        throw new SesameError('TOO_MANY_REQUESTS', { retryAfterSeconds: gapSeconds });
      }
      await sends.reserve(input.userId);
      const code = generateSmsCode();
      const until = input.now.getTime() + SMS_CHALLENGE_MS;
      await deps.ephemeral.set(codeKey(input.handle), smsCodeDigest(code), SMS_CHALLENGE_MS);
      let sent;
      try {
        sent = await options.gate.send({
          to,
          text: options.text(code, input.meta.locale),
          purpose: 'sign-in',
          userId: input.userId,
        });
      } catch (error) {
        await deps.ephemeral.delete(codeKey(input.handle)).catch(() => undefined);
        throw error;
      }
      if (sent.status !== 'sent') {
        await deps.ephemeral.delete(codeKey(input.handle));
        throw new SesameError('SMS_UNAVAILABLE');
      }
      return { data: { until, to: maskPhoneNumber(to) }, expiresAt: until, userId: input.userId };
    },

    async settle(input, answer) {
      const userId = input.userId;
      if (userId === null) return { verdict: 'ended', reason: 'gone', error: new SesameError('NO_ACTIVE_DEVICE') };
      if (smsRetired(await sunsetOf(userId), input.now)) {
        return { verdict: 'ended', reason: 'gone', error: new SesameError('SMS_RETIRED') };
      }
      if (input.now.getTime() >= input.data.until) return { verdict: 'expired' };
      if ((await activeNumbers(userId)).length === 0) {
        return { verdict: 'ended', reason: 'gone', error: new SesameError('NO_ACTIVE_DEVICE') };
      }
      let attempt;
      try {
        attempt = await attempts.reserve(userId);
      } catch (error) {
        if (isSesameError(error, 'TOO_MANY_REQUESTS')) return { verdict: 'ended', reason: 'blocked', error };
        throw error;
      }
      const digest = await deps.ephemeral.get(codeKey(input.handle));
      if (digest === null) {
        await attempt.right();
        return { verdict: 'expired' };
      }
      // Single use: the right code is taken in one atomic read-and-delete; a parallel submit of
      // the same code finds nothing and is a wrong answer.
      if (smsCodeMatches(answer.code, digest) && (await deps.ephemeral.take(codeKey(input.handle))) === digest) {
        await attempt.right();
        return { verdict: 'verified', userId, mobileDevices: [] };
      }
      const settled = wrong(input.data, attempts.blocks(attempt), input.now);
      if (settled.verdict === 'ended' && settled.blockedUntil) {
        await tellOwnerCodesBlocked(deps, {
          userId,
          method: 'sms',
          blockedUntil: settled.blockedUntil,
          meta: input.meta,
          now: input.now,
        });
      }
      return settled;
    },

    async view(input) {
      return input.now.getTime() >= input.data.until
        ? null
        : { expiresAt: new Date(input.data.until), to: input.data.to };
    },
  };

  function wrong(data: SmsData, blocks: boolean, now: Date): Settled<SmsData> {
    if (!blocks) return { verdict: 'refused', reason: 'wrong-answer', data, auditReason: WRONG_CODE };
    return {
      verdict: 'ended',
      reason: 'blocked',
      auditReason: WRONG_CODE,
      blockedUntil: new Date(now.getTime() + deps.policy.blockMinutes * 60_000),
    };
  }
}
