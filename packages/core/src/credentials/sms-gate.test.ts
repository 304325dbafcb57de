import { describe, expect, it } from 'vitest';
import { createMemoryEphemeralStore } from '../../testing/memory-ephemeral-store';
import { isSesameError, SesameError } from '../errors';
import type { EphemeralStore, SmsMessage } from '../ports';
import {
  EU_EEA_CALLING_CODES,
  hasAllowedCallingCode,
  SMS_ENROLMENTS_PER_ACCOUNT_PER_DAY,
  type SmsGateObserver,
  smsGate,
  type SmsSendingPolicy,
  type SmsTextRequest,
} from './sms-gate';

/** Toll fraud ("SMS pumping", docs/adr/0059): the gate every text of core goes through. */
const HOUR = 3_600_000;
const POLICY: SmsSendingPolicy = { allowedCountryCodes: ['33', '32', '353'], maxPerHour: 20, maxPerNumberPerDay: 3 };
const PREMIUM = '+33899000000';

function world(policy: SmsSendingPolicy = POLICY, wrap: (store: EphemeralStore) => EphemeralStore = (s) => s) {
  let time = Date.UTC(2026, 11, 8, 9);
  const store = wrap(createMemoryEphemeralStore({ clock: () => time }));
  const sent: SmsMessage[] = [];
  const refusals: Parameters<SmsGateObserver['refused']>[0][] = [];
  const observer: SmsGateObserver = { refused: (event) => refusals.push(event), handed: () => undefined };
  const gate = smsGate(
    {
      send: async (message) => {
        sent.push(message);
        return { status: 'sent' };
      },
    },
    store,
    policy,
    observer,
  );
  const text = (to: string, userId: string, purpose: SmsTextRequest['purpose'] = 'enrolment') =>
    gate.send({ to, text: 'Code: K7P-M2X-9QR', userId, purpose });
  return { gate, store, sent, refusals, text, advance: (ms: number) => void (time += ms) };
}

const limitReached = (error: unknown) => isSesameError(error, 'SMS_LIMIT_REACHED');

describe('the accepted countries (sms.allowedCountryCodes)', () => {
  it('matches the number by its calling code, a prefix code: +353 is Ireland, not +35', () => {
    expect(hasAllowedCallingCode('+353871234567', ['353'])).toBe(true);
    expect(hasAllowedCallingCode('+35987123456', ['353'])).toBe(false);
    expect(hasAllowedCallingCode('+12025550123', EU_EEA_CALLING_CODES)).toBe(false);
    expect(hasAllowedCallingCode('+447700900123', EU_EEA_CALLING_CODES)).toBe(false);
    for (const phone of ['+33612345678', '+4915112345678', '+3548001234', '+262692123456', '+4791234567']) {
      expect(hasAllowedCallingCode(phone, EU_EEA_CALLING_CODES), phone).toBe(true);
    }
  });

  it('the default is the 27 EU and 3 EEA states and the 4 outermost regions with their own code', () => {
    expect(new Set(EU_EEA_CALLING_CODES).size).toBe(34);
    // No code begins another (the prefix property the match relies on).
    for (const a of EU_EEA_CALLING_CODES) {
      for (const b of EU_EEA_CALLING_CODES) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
    }
  });

  it('a number outside is refused with the accepted codes, nothing counted nor sent', async () => {
    const w = world();
    const refused = await w.text('+882123456789', 'alice').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SesameError);
    expect((refused as SesameError).code).toBe('SMS_COUNTRY_NOT_ACCEPTED');
    expect((refused as SesameError).details.callingCodes).toEqual(['33', '32', '353']);
    expect(() => w.gate.assertDestination('+12025550123', 'sign-in')).toThrow(SesameError);
    expect(w.sent).toHaveLength(0);
    expect(await w.store.get('sms-cap:deployment')).toBeNull();
    expect(w.refusals).toEqual([
      { purpose: 'enrolment', limit: 'country', firstInWindow: false },
      { purpose: 'sign-in', limit: 'country', firstInWindow: false },
    ]);
  });
});

describe('caps across accounts, reserved before sending', () => {
  it('one number gets maxPerNumberPerDay confirmation texts whatever the account; the next day again', async () => {
    const w = world();
    for (const user of ['a', 'b', 'c']) await w.text(PREMIUM, user);
    await expect(w.text(PREMIUM, 'd')).rejects.toSatisfy(limitReached);
    expect(w.sent).toHaveLength(3);
    expect(w.refusals).toEqual([{ purpose: 'enrolment', limit: 'number', firstInWindow: true }]);
    w.advance(24 * HOUR);
    await w.text(PREMIUM, 'e');
    expect(w.sent).toHaveLength(4);
  });

  it("strangers' confirmation texts do not use up the owner's sign-in texts to the same number", async () => {
    const w = world();
    for (const user of ['a', 'b', 'c']) await w.text(PREMIUM, user);
    await expect(w.text(PREMIUM, 'd')).rejects.toSatisfy(limitReached);
    for (let i = 0; i < 3; i++) await w.text(PREMIUM, 'owner', 'sign-in');
    await expect(w.text(PREMIUM, 'owner', 'sign-in')).rejects.toSatisfy(limitReached);
    expect(w.sent).toHaveLength(6);
  });

  it('one account gets SMS_ENROLMENTS_PER_ACCOUNT_PER_DAY confirmation texts a day, to any numbers', async () => {
    const w = world({ ...POLICY, maxPerHour: 1000 });
    for (let i = 0; i < SMS_ENROLMENTS_PER_ACCOUNT_PER_DAY; i++) await w.text(`+3361234560${i}`, 'mallory');
    await expect(w.text('+33612345699', 'mallory')).rejects.toSatisfy(limitReached);
    expect(w.refusals.at(-1)).toMatchObject({ limit: 'account' });
    // Sign-in texts are not counted there (the account's own number, after its password).
    await w.text('+33612345699', 'mallory', 'sign-in');
    await w.text('+33612345699', 'someone-else');
  });

  it('the hourly ceiling holds for the deployment; confirmation texts may take only half of it', async () => {
    const w = world({ ...POLICY, maxPerHour: 6 });
    for (let i = 0; i < 3; i++) await w.text(`+3361234560${i}`, `account-${i}`);
    await expect(w.text('+33612345609', 'account-9')).rejects.toSatisfy(limitReached);
    expect(w.refusals).toEqual([{ purpose: 'enrolment', limit: 'deployment', firstInWindow: true }]);
    // The other half is left for sign-ins, up to the ceiling.
    for (let i = 0; i < 3; i++) await w.text(`+3261234560${i}`, `signer-${i}`, 'sign-in');
    await expect(w.text('+32612345609', 'signer-9', 'sign-in')).rejects.toSatisfy(limitReached);
    await expect(w.text('+32612345608', 'signer-8', 'sign-in')).rejects.toSatisfy(limitReached);
    expect(w.refusals.slice(1)).toEqual([
      { purpose: 'sign-in', limit: 'deployment', firstInWindow: true },
      { purpose: 'sign-in', limit: 'deployment', firstInWindow: false },
    ]);
    expect(w.sent).toHaveLength(6);
    w.advance(HOUR);
    await w.text('+32612345609', 'signer-9', 'sign-in');
  });

  it('a refusal gives back what it took before the full cap: the number keeps its day', async () => {
    const w = world({ ...POLICY, maxPerHour: 2 });
    await w.text('+33612345600', 'a');
    await expect(w.text(PREMIUM, 'b')).rejects.toSatisfy(limitReached);
    w.advance(HOUR);
    // The refused text did not count against the number: three are still texted to it today.
    for (const user of ['c', 'd', 'e']) {
      await w.text(PREMIUM, user);
      w.advance(HOUR);
    }
    await expect(w.text(PREMIUM, 'f')).rejects.toSatisfy(limitReached);
  });

  it('forty parallel texts to one number from forty accounts: exactly the cap is sent', async () => {
    const w = world({ ...POLICY, maxPerNumberPerDay: 5, maxPerHour: 1000 });
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => w.text(PREMIUM, `account-${i}`)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(w.sent).toHaveLength(5);
    expect(results.filter((r) => r.status === 'rejected' && limitReached(r.reason))).toHaveLength(35);
  });

  it('forty parallel sign-in texts against the hourly ceiling: exactly the ceiling is sent', async () => {
    const w = world({ ...POLICY, maxPerHour: 7 });
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => w.text(`+3361234${String(i).padStart(4, '0')}`, `u${i}`, 'sign-in')),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(7);
    expect(w.sent).toHaveLength(7);
  });

  it('a store that does not answer: STORE_UNAVAILABLE, nothing sent', async () => {
    let down = false;
    const w = world(POLICY, (store) => ({
      ...store,
      increment: (key, ttl) =>
        down ? Promise.reject(new SesameError('STORE_UNAVAILABLE')) : store.increment(key, ttl),
    }));
    await w.text(PREMIUM, 'a');
    down = true;
    await expect(w.text(PREMIUM, 'b')).rejects.toSatisfy((e: unknown) => isSesameError(e, 'STORE_UNAVAILABLE'));
    await expect(w.text(PREMIUM, 'b', 'sign-in')).rejects.toSatisfy((e: unknown) =>
      isSesameError(e, 'STORE_UNAVAILABLE'),
    );
    expect(w.sent).toHaveLength(1);
  });
});
