import type { StoredAuditEvent } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditTrail, CAST, PASSWORD, seedAdminWorld, signInWithSecondFactor, type Person } from '../../test/admin-kit';
import {
  createTestPortal,
  fieldError,
  notice,
  signIn,
  textOf,
  type Browser,
  type TestPortal,
} from '../../test/test-portal';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * The helpdesk-verified skip of the recovery's waiting period (issue 14, docs/adr/0041 §4): an
 * agent who checked the owner's identity ends the wait of the recovery the owner started with
 * their password and mailbox. Reason required, audited, owner mailed with a cancel link; no
 * device granted to anyone; scoped and ruled like the other helpdesk actions. Attacker cases: a
 * local manager of another organisation, a helpdesk agent of another organisation, a person
 * without a role, one's own recovery, a manager's account, and the replay of the form.
 *
 * root ── dgal ─┬─ draaf-bzh ── ddpp-35   Marie (agent), Anne (local manager of draaf-bzh)
 *               └─ draaf-idf ── ddpp-75   Paul (agent), Hugo (local manager), Iris (helpdesk of ddpp-75)
 * Sophie: helpdesk of the whole DGAL.
 */
const IRIS: Person = { id: 'helpdsk2', email: 'iris@ddpp75.example.fr', organisation: 'ddpp-75' };
const PEOPLE = {
  marie: CAST.marie,
  paul: CAST.paul,
  anne: CAST.anne,
  hugo: CAST.hugo,
  sophie: CAST.sophie,
  iris: IRIS,
} as const;

let portal: TestPortal;

beforeEach(async () => {
  portal = await createTestPortal();
  await seedAdminWorld(portal, {
    people: PEOPLE,
    roles: [
      { person: PEOPLE.anne, role: 'local_manager', scopeId: 'draaf-bzh' },
      { person: PEOPLE.hugo, role: 'local_manager', scopeId: 'draaf-idf' },
      { person: PEOPLE.sophie, role: 'helpdesk', scopeId: 'dgal' },
      { person: PEOPLE.iris, role: 'helpdesk', scopeId: 'ddpp-75' },
    ],
  });
});
afterEach(() => portal.close());

const audit = (): Promise<StoredAuditEvent[]> => auditTrail(portal);
const path = (person: Person) => `/admin/accounts/${person.id}/recovery-expedite`;

/**
 * `person` had a second factor and lost it: their browser signs in with the password, asks for
 * the recovery, opens the mailed link and confirms it (docs/adr/0008). Returns that browser.
 */
async function startRecovery(person: Person): Promise<Browser> {
  await portal.durable.users.update(person.id, {
    secondFactorSince: new Date(portal.clock.now().getTime() - 86_400_000),
  });
  const browser = portal.browser('en');
  await signIn(browser, person.email, PASSWORD);
  expect((await browser.post('/account/recovery')).status).toBe(200);
  const stashed = await browser.get(portal.linkIn(portal.mailer.last('recovery-link')));
  await browser.follow(stashed);
  expect((await browser.post('/account/recovery/confirm')).status).toBe(200);
  return browser;
}

const recoveryOf = async (person: Person) => (await portal.durable.users.findById(person.id))!.recovery;
const startedOf = async (person: Person) => String((await recoveryOf(person))!.startedAt.getTime());

describe('ending the recovery’s waiting period after an identity check (docs/adr/0041 §4)', () => {
  it('lets the helpdesk of the scope end it: audited with the reason, the owner mailed; only the owner’s confirming browser may then add a device', async () => {
    const owner = await startRecovery(PEOPLE.marie);
    const waiting = await recoveryOf(PEOPLE.marie);
    expect(waiting!.readyAt.getTime()).toBeGreaterThan(portal.clock.now().getTime());
    expect((await owner.get('/account/devices/new')).status).toBe(403);

    const sophie = await signInWithSecondFactor(portal, PEOPLE.sophie.email, 'fr');
    const page = await sophie.get(`/admin/accounts/${PEOPLE.marie.id}`);
    expect(page.html).toContain('data-testid="admin-recovery"');
    expect(page.html).toContain(`action="${path(PEOPLE.marie)}"`);

    // No reason: 400 beside the field, in the agent's language; nothing changed.
    const mails = portal.mailer.sent.length;
    const refused = await sophie.post(path(PEOPLE.marie), {
      checkReason: ' ',
      recovery: await startedOf(PEOPLE.marie),
    });
    expect(refused.status).toBe(400);
    expect(fieldError(refused.html, 'checkReason')).toBe(fr.admin.reasonRequired);
    expect(await recoveryOf(PEOPLE.marie)).toEqual(waiting);
    expect(portal.mailer.sent.length).toBe(mails);

    const done = await sophie.post(path(PEOPLE.marie), {
      checkReason: 'called back on the office number, ID card seen',
      recovery: await startedOf(PEOPLE.marie),
    });
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/admin/accounts/${PEOPLE.marie.id}?recovery=expedited`);
    expect(notice((await sophie.follow(done)).html)).toBe(fr.admin.recoveryExpedited);
    const now = await recoveryOf(PEOPLE.marie);
    expect(now!.startedAt).toEqual(waiting!.startedAt);
    // Over at the instant of the request (the test clock runs on from it).
    expect(now!.readyAt.getTime()).toBeLessThanOrEqual(portal.clock.now().getTime());
    expect(now!.readyAt.getTime()).toBeGreaterThan(portal.clock.now().getTime() - 60_000);
    const line = (await audit()).find((e) => e.type === 'account.recovery_expedited');
    expect(line).toMatchObject({
      userId: PEOPLE.marie.id,
      details: {
        actor: PEOPLE.sophie.id,
        role: 'helpdesk',
        reason: 'called back on the office number, ID card seen',
        waitedUntil: waiting!.readyAt.toISOString(),
      },
    });
    const mail = portal.mailer.last('recovery-expedited');
    expect(mail.to).toBe(PEOPLE.marie.email);
    expect(portal.linkIn(mail)).toMatch(/^\/account\/recovery\/cancel\?token=/);

    // The grant stays the browser's that confirmed the mailed link: the password alone elsewhere gets nothing.
    await signIn(owner, PEOPLE.marie.email, PASSWORD);
    expect((await owner.get('/account/devices/new')).status).toBe(200);
    const stranger = portal.browser('en');
    await signIn(stranger, PEOPLE.marie.email, PASSWORD);
    expect((await stranger.get('/account/devices/new')).status).toBe(403);
  });

  it('the owner’s “this was not me” link of the mail cancels the recovery', async () => {
    await startRecovery(PEOPLE.marie);
    const sophie = await signInWithSecondFactor(portal, PEOPLE.sophie.email);
    await sophie.post(path(PEOPLE.marie), { checkReason: 'checked', recovery: await startedOf(PEOPLE.marie) });
    const owner = portal.browser('en');
    const link = await owner.get(portal.linkIn(portal.mailer.last('recovery-expedited')));
    await owner.follow(link);
    expect((await owner.post('/account/recovery/cancel')).status).toBe(200);
    expect(await recoveryOf(PEOPLE.marie)).toBeNull();
  });

  it('a replayed form changes nothing: not twice, and never a later recovery', async () => {
    await startRecovery(PEOPLE.marie);
    const sophie = await signInWithSecondFactor(portal, PEOPLE.sophie.email);
    const form = { checkReason: 'checked', recovery: await startedOf(PEOPLE.marie) };
    expect((await sophie.post(path(PEOPLE.marie), form)).status).toBe(303);
    const lines = (await audit()).length;
    const mails = portal.mailer.sent.length;

    // The same request again: nothing left to end, nothing audited nor mailed.
    const again = await sophie.post(path(PEOPLE.marie), form);
    expect(again.location).toBe(`/admin/accounts/${PEOPLE.marie.id}?recovery=nothing_waiting`);
    expect(textOf((await sophie.follow(again)).html)).toContain(en.admin.recoveryNothing);
    expect((await audit()).length).toBe(lines);
    expect(portal.mailer.sent.length).toBe(mails);

    // The owner cancels and (someone) starts another recovery: the old form does not end its wait.
    await portal.durable.users.update(PEOPLE.marie.id, { recovery: null });
    portal.clock.advanceMinutes(5);
    await startRecovery(PEOPLE.marie);
    const later = await recoveryOf(PEOPLE.marie);
    const replay = await sophie.post(path(PEOPLE.marie), form);
    expect(replay.location).toBe(`/admin/accounts/${PEOPLE.marie.id}?recovery=nothing_waiting`);
    expect(await recoveryOf(PEOPLE.marie)).toEqual(later);
    expect(portal.mailer.of('recovery-expedited')).toHaveLength(1);
  });

  it('refuses, with nothing changed, a local manager of another organisation, a helpdesk of another organisation, a person without a role, one’s own recovery and a manager’s account', async () => {
    // Each signs in with a second factor first (a recovery started makes adding one need it).
    const browsers = new Map<string, Browser>();
    for (const person of [PEOPLE.hugo, PEOPLE.iris, PEOPLE.paul, PEOPLE.sophie]) {
      browsers.set(person.id, await signInWithSecondFactor(portal, person.email, 'fr'));
    }
    await startRecovery(PEOPLE.marie);
    await startRecovery(PEOPLE.sophie);
    await startRecovery(PEOPLE.anne);
    const attempts: Array<[string, Person, Person]> = [
      ['local manager of another organisation', PEOPLE.hugo, PEOPLE.marie],
      ['helpdesk without scope over the account', PEOPLE.iris, PEOPLE.marie],
      ['no role at all', PEOPLE.paul, PEOPLE.marie],
      ['one’s own recovery', PEOPLE.sophie, PEOPLE.sophie],
      ['an account whose role the helpdesk could not grant', PEOPLE.sophie, PEOPLE.anne],
    ];
    for (const [why, actor, target] of attempts) {
      const browser = browsers.get(actor.id)!;
      const before = await recoveryOf(target);
      const mails = portal.mailer.sent.length;
      const page = await browser.post(path(target), { checkReason: 'trust me', recovery: await startedOf(target) });
      expect(page.status, why).toBe(403);
      expect(textOf(page.html), why).toContain(fr.errors.FORBIDDEN);
      expect(await recoveryOf(target), why).toEqual(before);
      expect(portal.mailer.sent.length, why).toBe(mails);
      expect(
        (await audit()).some((e) => e.type === 'account.recovery_expedited'),
        why,
      ).toBe(false);
      // The account page offers the form only to whom may use it.
      const shown = await browser.get(`/admin/accounts/${target.id}`);
      expect(shown.html, why).not.toContain(`action="${path(target)}"`);
    }
  });
});
