import { afterEach, describe, expect, it } from 'vitest';
import { createDeviceKit, type DeviceKit, MFA_SESSION } from '../../../../testing';
import { confirmSmsEnrolment, pendingSmsEnrolment, startSmsEnrolment } from '../../../credentials/sms-enrolment';
import { EU_EEA_CALLING_CODES, smsGate } from '../../../credentials/sms-gate';
import { NO_ACTOR } from '../../../devices/device-deps';
import { type ErrorCode, isSesameError } from '../../../errors';
import type { Organisation } from '../../../organisations/organisation';
import type { DurableStore, SmsMessage, SmsResult } from '../../../ports';
import type { SignInMeta } from '../../meta';
import type { SettleInput, Started } from '../../method';
import type { SmsData } from './sms-data';
import { SMS_RESEND_GAP_MS, smsMethod } from './sms-method';

let kit: DeviceKit;
afterEach(() => {
  kit?.close();
  placement = ['root'];
});

const USER = 'n0025vuz';
const PHONE = '+33612345678';
const HANDLE = 'ltx-desk-1';
const META: SignInMeta = {
  ip: '192.0.2.10',
  userAgent: 'Mozilla/5.0',
  locale: 'fr',
  browser: 'Firefox 128 on Windows',
};
const code = (c: ErrorCode) => (error: unknown) => isSesameError(error, c);
const CODE = /[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}/;

/** A gateway that records what it is given and answers `next`. */
function fakeSender() {
  const sent: SmsMessage[] = [];
  const sender = {
    sent,
    next: { status: 'sent' } as SmsResult,
    send: async (message: SmsMessage) => {
      sent.push(message);
      return sender.next;
    },
    lastCode: () => CODE.exec(sent.at(-1)?.text ?? '')?.[0] ?? '',
  };
  return sender;
}

/** Where the account sits in the organisation tree (docs/adr/0033), as the sunset reads it. */
let placement: string[] = ['root'];
const organisations = {
  accountOrganisation: async (userId: string): Promise<Organisation | null> =>
    userId === USER
      ? { id: placement.at(-1)!, parentId: placement.at(-2) ?? null, kind: 'ministry', name: 'x', path: placement }
      : null,
};

async function world(sunset: Date | null = null, byOrganisation: ReadonlyMap<string, Date> = new Map()) {
  kit = await createDeviceKit();
  const sender = fakeSender();
  // Mutable: a test narrows the accepted countries after the number is confirmed (docs/adr/0059).
  const policy = { allowedCountryCodes: EU_EEA_CALLING_CODES, maxPerHour: 1000, maxPerNumberPerDay: 50 };
  const gate = smsGate(sender, kit.deps.ephemeral, policy);
  const deps = { ...kit.deps, sms: gate };
  const user = kit.users.get(USER)!;
  const started = await startSmsEnrolment(deps, user, '+33 6 12 34 56 78', (c) => `Code: ${c}`, MFA_SESSION, kit.now());
  await confirmSmsEnrolment(deps, USER, started.enrolmentId, sender.lastCode(), MFA_SESSION, NO_ACTOR, kit.now());
  const method = smsMethod(
    { ...kit.deps, durable: { ...kit.deps.durable, organisations } as DurableStore },
    { gate, text: (c, locale) => `[${locale}] Sésame: ${c}`, sunsets: { global: sunset, byOrganisation } },
  );
  return { method, sender, deps, policy };
}
type World = Awaited<ReturnType<typeof world>>;

const start = (w: World, handle = HANDLE, userId: string | null = USER) =>
  w.method.start({ handle, userId, email: `${USER}@example.org`, appName: 'Sésame', meta: META, now: kit.now() });

const input = (started: Started<SmsData>, handle = HANDLE): SettleInput<SmsData> => ({
  handle,
  userId: started.userId,
  data: started.data,
  since: kit.now().getTime(),
  meta: META,
  now: kit.now(),
});

describe('adding a mobile phone number (issue 13 point 4: "Manage my mobile phone numbers")', () => {
  it('texts a code; the number is stored, normalised, as an active credential of kind sms once it comes back', async () => {
    const w = await world();
    expect(w.sender.sent[0]).toMatchObject({ to: PHONE });
    const [stored] = await kit.deps.durable.credentials.listByUser(USER, 'sms');
    expect(stored).toMatchObject({ kind: 'sms', externalId: PHONE, status: 'active', secret: null });
    // The code is never stored in clear: not in the credential.
    expect(JSON.stringify(stored)).not.toContain(w.sender.lastCode());
  });

  it('a wrong code is INVALID_INPUT mismatch; the 5th ends the enrolment; a right code works once', async () => {
    const w = await world();
    const user = kit.users.get('x0099abc')!;
    const started = await startSmsEnrolment(w.deps, user, '+32 2 555 12 34', (c) => c, MFA_SESSION, kit.now());
    const right = w.sender.lastCode();
    const confirm = (typed: string) =>
      confirmSmsEnrolment(w.deps, user.id, started.enrolmentId, typed, MFA_SESSION, NO_ACTOR, kit.now());
    for (let i = 0; i < 4; i++) await expect(confirm('AAA-AAA-AAA')).rejects.toSatisfy(code('INVALID_INPUT'));
    await expect(confirm('AAA-AAA-AAA')).rejects.toSatisfy(code('INVALID_INPUT'));
    // The fifth wrong code ended the enrolment: even the right code finds nothing now.
    await expect(confirm(right)).rejects.toSatisfy(code('NOT_FOUND'));
    await expect(pendingSmsEnrolment(w.deps, user.id, started.enrolmentId, kit.now())).rejects.toSatisfy(
      code('NOT_FOUND'),
    );
    // A new enrolment: its right code works, once.
    const again = await startSmsEnrolment(w.deps, user, '+32 2 555 12 34', (c) => c, MFA_SESSION, kit.now());
    const ok = () =>
      confirmSmsEnrolment(w.deps, user.id, again.enrolmentId, w.sender.lastCode(), MFA_SESSION, NO_ACTOR, kit.now());
    const [first, second] = await Promise.allSettled([ok(), ok()]);
    expect([first.status, second.status].sort()).toEqual(['fulfilled', 'rejected']);
    expect(await kit.deps.durable.credentials.listByUser(user.id, 'sms')).toHaveLength(1);
  });

  it("a number another account holds is texted as any other and refused only at Finalise; someone else's enrolment is NOT_FOUND; expiry", async () => {
    const w = await world();
    const other = kit.users.get('x0099abc')!;
    // The account's own number: refused at once (its list shows it).
    await expect(
      startSmsEnrolment(w.deps, kit.users.get(USER)!, PHONE, (c) => c, MFA_SESSION, kit.now()),
    ).rejects.toSatisfy(code('INVALID_INPUT'));
    // Another account's: the start tells nothing (it is texted); only the phone's code finds it taken.
    const held = await startSmsEnrolment(w.deps, other, PHONE, (c) => c, MFA_SESSION, kit.now());
    await expect(
      confirmSmsEnrolment(w.deps, other.id, held.enrolmentId, w.sender.lastCode(), MFA_SESSION, NO_ACTOR, kit.now()),
    ).rejects.toSatisfy(code('INVALID_INPUT'));
    kit.advance(60_000);
    const started = await startSmsEnrolment(w.deps, other, '+32 2 555 12 34', (c) => c, MFA_SESSION, kit.now());
    await expect(
      confirmSmsEnrolment(w.deps, USER, started.enrolmentId, w.sender.lastCode(), MFA_SESSION, NO_ACTOR, kit.now()),
    ).rejects.toSatisfy(code('NOT_FOUND'));
    kit.advance(10 * 60_000);
    await expect(
      confirmSmsEnrolment(w.deps, other.id, started.enrolmentId, w.sender.lastCode(), MFA_SESSION, NO_ACTOR, kit.now()),
    ).rejects.toSatisfy(code('NOT_FOUND'));
  });

  it('the password alone may not add a number to an account with a second factor (SEC-27); a gateway failure keeps nothing', async () => {
    const w = await world();
    await expect(
      startSmsEnrolment(w.deps, kit.users.get(USER)!, '+32 2 555 12 34', (c) => c, ['PASSWORD'], kit.now()),
    ).rejects.toSatisfy(code('SECOND_FACTOR_REQUIRED'));
    w.sender.next = { status: 'unavailable' };
    await expect(
      startSmsEnrolment(w.deps, kit.users.get(USER)!, '+32 2 555 12 34', (c) => c, MFA_SESSION, kit.now()),
    ).rejects.toSatisfy(code('SMS_UNAVAILABLE'));
  });

  it('a number outside the accepted countries is refused before anything: no send counted, nothing pending (docs/adr/0059)', async () => {
    const w = await world();
    const user = kit.users.get(USER)!;
    // Refused even before SEC-27: the password alone learns only what the page says to everyone.
    for (const strengths of [MFA_SESSION, ['PASSWORD'] as const]) {
      await expect(
        startSmsEnrolment(w.deps, user, '+1 900 555 0100', (c) => c, strengths, kit.now()),
      ).rejects.toSatisfy(code('SMS_COUNTRY_NOT_ACCEPTED'));
    }
    // None of the account's 5 sends per window went on it (the world's own enrolment took one).
    for (let i = 0; i < 4; i++) {
      await startSmsEnrolment(w.deps, user, `+32 2 555 12 3${i}`, (c) => c, MFA_SESSION, kit.now());
    }
    expect(w.sender.sent.filter((m) => m.to.startsWith('+1'))).toEqual([]);
  });
});

describe('sms: "Mobile phone + SMS" (PASSWORD_SMS, issue 13 point 4)', () => {
  it('is the after-password method that proves PASSWORD and PASSWORD_SMS, retiring at its sunset', async () => {
    const w = await world(new Date('2030-01-01T00:00:00Z'));
    expect(w.method).toMatchObject({
      id: 'sms',
      wireName: 'PASSWORD_SMS',
      position: 'after-password',
      strengths: ['PASSWORD', 'PASSWORD_SMS'],
      retiring: { sunset: new Date('2030-01-01T00:00:00Z') },
    });
  });

  it("judges the account's own sunset (docs/adr/0034): its organisation's (or an ancestor's) date before the global one", async () => {
    kit = await createDeviceKit();
    const soon = new Date(kit.now().getTime() + 60_000);
    const later = new Date(kit.now().getTime() + 3_600_000);
    kit.close();
    const w = await world(later, new Map([['dgal', soon]]));
    placement = ['root', 'dgal', 'ddpp-35'];
    // Before the account is known, the chooser goes by the last date of any account.
    expect(w.method.retiring?.sunset).toEqual(later);
    expect(await w.method.retiring?.accountSunset?.(USER)).toEqual(soon);
    const started = await start(w);
    kit.advance(60_000);
    // Past the organisation's date, before the global one: refused for this account.
    await expect(start(w, 'h2')).rejects.toSatisfy(code('SMS_RETIRED'));
    expect(await w.method.settle(input(started), { code: w.sender.lastCode() })).toMatchObject({
      verdict: 'ended',
      error: expect.toSatisfy(code('SMS_RETIRED')),
    });
    // Moved to the root, the global date is the account's again.
    placement = ['root'];
    kit.advance(30_000);
    await expect(start(w, 'h3')).resolves.toMatchObject({ userId: USER });
  });

  it("start texts EU Login's nine-character code in the user's language to the first number; the page shows it masked", async () => {
    const w = await world();
    const started = await start(w);
    expect(w.sender.sent.at(-1)).toEqual({
      to: PHONE,
      text: expect.stringMatching(/^\[fr\] Sésame: [2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/),
    });
    expect(started.data).toEqual({ until: kit.now().getTime() + 300_000, to: '+33 •••••••78' });
    expect(await w.method.view(input(started))).toEqual({
      expiresAt: new Date(started.data.until),
      to: '+33 •••••••78',
    });
    // The code is not in the sign-in's state.
    expect(JSON.stringify(started.data)).not.toContain(w.sender.lastCode());
  });

  it('the right code verifies once: the same code again is a wrong answer (single use)', async () => {
    const w = await world();
    const started = await start(w);
    const right = w.sender.lastCode();
    expect(await w.method.settle(input(started), { code: right })).toEqual({
      verdict: 'verified',
      userId: USER,
      mobileDevices: [],
    });
    expect(await w.method.settle(input(started), { code: right })).toMatchObject({ verdict: 'expired' });
  });

  it('guessing: four wrong codes refused, the fifth blocks; then nothing is checked, the right code neither', async () => {
    const w = await world();
    const started = await start(w);
    const right = w.sender.lastCode();
    for (let i = 0; i < 4; i++) {
      expect(await w.method.settle(input(started), { code: 'AAA-AAA-AAA' })).toMatchObject({
        verdict: 'refused',
        auditReason: 'wrong_code',
      });
    }
    expect(await w.method.settle(input(started), { code: 'AAA-AAA-AAA' })).toMatchObject({
      verdict: 'ended',
      reason: 'blocked',
    });
    expect(await w.method.settle(input(started), { code: right })).toMatchObject({
      verdict: 'ended',
      reason: 'blocked',
      error: expect.toSatisfy(code('TOO_MANY_REQUESTS')),
    });
  });

  it('a new code replaces the old one; resending is throttled (30 s gap, 5 per window)', async () => {
    const w = await world();
    const started = await start(w);
    const first = w.sender.lastCode();
    await expect(start(w)).rejects.toSatisfy(code('TOO_MANY_REQUESTS'));
    kit.advance(SMS_RESEND_GAP_MS);
    const again = await start(w);
    expect(await w.method.settle(input(again), { code: first })).toMatchObject({ verdict: 'refused' });
    expect(await w.method.settle(input(started), { code: w.sender.lastCode() })).toMatchObject({ verdict: 'verified' });
    for (let i = 0; i < 3; i++) {
      kit.advance(SMS_RESEND_GAP_MS);
      await start(w);
    }
    kit.advance(SMS_RESEND_GAP_MS);
    await expect(start(w)).rejects.toSatisfy(code('TOO_MANY_REQUESTS'));
    expect(w.sender.sent).toHaveLength(1 + 5);
  });

  it('expiry; no number is NO_ACTIVE_DEVICE; a gateway failure is SMS_UNAVAILABLE and leaves no code', async () => {
    const w = await world();
    const started = await start(w);
    kit.advance(300_000);
    expect(await w.method.settle(input(started), { code: w.sender.lastCode() })).toEqual({ verdict: 'expired' });
    expect(await w.method.view(input(started))).toBeNull();
    await expect(start(w, 'other', 'x0099abc')).rejects.toSatisfy(code('NO_ACTIVE_DEVICE'));
    await expect(start(w, 'other', null)).rejects.toSatisfy(code('NO_ACTIVE_DEVICE'));
    w.sender.next = { status: 'rejected', httpStatus: 400 };
    await expect(start(w, 'h2')).rejects.toSatisfy(code('SMS_UNAVAILABLE'));
  });

  it('a number whose country is taken off the list is no longer texted at sign-in; no code kept (docs/adr/0059)', async () => {
    const w = await world();
    w.policy.allowedCountryCodes = ['32'];
    await expect(start(w)).rejects.toSatisfy(code('SMS_COUNTRY_NOT_ACCEPTED'));
    expect(w.sender.sent).toHaveLength(1);
    w.policy.allowedCountryCodes = ['33'];
    await start(w);
    expect(w.sender.sent).toHaveLength(2);
  });

  it('after the sunset: start is SMS_RETIRED, and a code of before is no longer taken', async () => {
    kit = await createDeviceKit();
    const sunset = new Date(kit.now().getTime() + 60_000);
    kit.close();
    const w = await world(sunset);
    const started = await start(w);
    kit.advance(60_000);
    await expect(start(w, 'h2')).rejects.toSatisfy(code('SMS_RETIRED'));
    expect(await w.method.settle(input(started), { code: w.sender.lastCode() })).toMatchObject({
      verdict: 'ended',
      error: expect.toSatisfy(code('SMS_RETIRED')),
    });
  });
});
