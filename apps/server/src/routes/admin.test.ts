import { SesameError, SignInGuard, type AccountPolicy, type StoredAuditEvent } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_APPS, injectedClientToken } from '../../test/admin-api-kit';
import {
  auditTrail,
  CAST,
  PASSWORD,
  seedAdminWorld,
  signInWithPassword,
  signInWithSecondFactor,
} from '../../test/admin-kit';
import { enrolTotp, totpCode } from '../../test/credentials-kit';
import { createTestPortal, fieldError, signIn, textOf, type Browser, type TestPortal } from '../../test/test-portal';
import { format } from '../i18n/format-message';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * The admin console (issue 14 point 2; docs/adr/0033): search, an account's page, unlock. Attacker
 * cases: no admin page with the password alone, nor without a role; every route refused to a
 * local manager of another organisation (403 in the user's language, nothing changed), to a
 * helpdesk agent on a manager's account, to anyone on their own account; CSRF on the POST.
 *
 * root ── dgal ─┬─ draaf-bzh ─┬─ ddpp-35   Marie (agent)
 *               │             └─ ddpp-29
 *               └─ draaf-idf ─── ddpp-75   Paul (agent)
 * Anne: local manager of draaf-bzh; Hugo: local manager of draaf-idf; Sophie: helpdesk of dgal.
 */
let portal: TestPortal;

const PEOPLE = {
  marie: CAST.marie,
  paul: CAST.paul,
  anne: CAST.anne,
  hugo: CAST.hugo,
  sophie: CAST.sophie,
} as const;

beforeEach(async () => {
  portal = await createTestPortal({ relyingApps: API_APPS });
  await seedAdminWorld(portal, {
    people: PEOPLE,
    roles: [
      { person: PEOPLE.anne, role: 'local_manager', scopeId: 'draaf-bzh' },
      { person: PEOPLE.hugo, role: 'local_manager', scopeId: 'draaf-idf' },
      { person: PEOPLE.sophie, role: 'helpdesk', scopeId: 'dgal' },
    ],
  });
});
afterEach(() => portal.close());

const passwordOnly = (email: string, lang?: string): Promise<Browser> => signInWithPassword(portal, email, lang);
/** A browser signed in with the password and an authenticator app's code (a second factor). */
const withSecondFactor = (email: string, lang?: string): Promise<Browser> =>
  signInWithSecondFactor(portal, email, lang);

function guard(): SignInGuard {
  const { lockAfterFailures, accountLockAfterFailures, lockMinutes } = portal.config.signIn;
  return new SignInGuard(portal.ephemeral, {
    lockAfterFailures,
    accountLockAfterFailures,
    lockMinutes,
  } as AccountPolicy);
}

/** Marie locked out everywhere by wrong passwords from many networks. */
async function lockMarie(): Promise<void> {
  for (let i = 0; i < portal.config.signIn.accountLockAfterFailures; i++) {
    await (await guard().reserve(PEOPLE.marie.email, `198.51.100.${i + 1}`)).failed();
  }
  expect((await guard().lockState(PEOPLE.marie.email)).lockedEverywhere).toBe(true);
}

const audit = (): Promise<StoredAuditEvent[]> => auditTrail(portal);

describe('the way in', () => {
  it('links the console from My account for a person with a role only', async () => {
    expect((await (await passwordOnly(PEOPLE.anne.email)).get('/account')).html).toContain('href="/admin"');
    expect((await (await passwordOnly(PEOPLE.marie.email)).get('/account')).html).not.toContain('href="/admin"');
  });

  it('sends a browser without a session to the sign-in, and back', async () => {
    const page = await portal.browser('en').get('/admin');
    expect(page.status).toBe(303);
    expect(page.location).toBe('/login?return_to=%2Fadmin');
  });

  it('signed out, /admin asks the password once, then the second factor, then opens the console (docs/adr/0050 §1)', async () => {
    const { seed } = await enrolTotp(portal, await passwordOnly(PEOPLE.anne.email));
    portal.clock.advance(30_000);
    const browser = portal.browser('fr');
    const door = await browser.get('/admin');
    expect(door.location).toBe('/login?return_to=%2Fadmin');
    await browser.get(door.location!);
    expect((await browser.post('/login', { email: PEOPLE.anne.email })).location).toBe('/login/password');
    // The page says the password is not enough here, as for a re-authentication.
    expect(textOf((await browser.get('/login/password')).html)).toContain(fr.signIn.methodHint);
    // The password alone, as the page's pre-selection: the account's factor follows at once.
    const after = await browser.post('/login/password', {
      password: PASSWORD,
      method: 'PASSWORD',
      preselected: 'PASSWORD',
    });
    expect(after.location).toBe('/login/totp');
    // Attacker: the password alone opened no session — the console sends back to the sign-in.
    expect((await browser.get('/admin')).location).toMatch(/^\/login/);
    const done = await browser.post('/login/totp', { code: await totpCode(portal, seed) });
    expect(done.location).toBe('/admin');
    const console = await browser.get('/admin');
    expect(console.status).toBe(200);
    expect(console.html).not.toContain('reauth=1');
  });

  it('a forged "password alone" for /admin still gets the second factor, never a console session', async () => {
    await enrolTotp(portal, await passwordOnly(PEOPLE.anne.email));
    const browser = portal.browser('en');
    await browser.get('/login?return_to=%2Fadmin%2Faccounts');
    await browser.post('/login', { email: PEOPLE.anne.email });
    expect((await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD' })).location).toBe(
      '/login/totp',
    );
    expect((await browser.get('/admin')).location).toMatch(/^\/login/);
  });

  it('signed out, /admin for an account without any second factor: the password, then how to add one', async () => {
    const browser = portal.browser('fr');
    await browser.get('/login?return_to=%2Fadmin');
    await browser.post('/login', { email: PEOPLE.anne.email });
    expect((await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD' })).location).toBe('/admin');
    const page = await browser.get('/admin');
    expect(page.status).toBe(403);
    expect(textOf(page.html)).toContain(fr.secondFactor.noneBody);
  });

  it('the confirm page of an account without a phone says nothing of a phone: the helpdesk instead (docs/adr/0050 §4)', async () => {
    await enrolTotp(portal, await passwordOnly(PEOPLE.anne.email));
    const page = await (await passwordOnly(PEOPLE.anne.email, 'fr')).get('/admin');
    expect(page.status).toBe(403);
    expect(page.html).toContain('reauth=1');
    expect(page.html).not.toContain('/account/devices/panic');
    expect(page.html).not.toContain('href="/account/recovery"');
    expect(textOf(page.html)).not.toContain(fr.recovery.link);
    expect(textOf(page.html)).toContain(fr.secondFactor.lostHelpdesk);
    expect(page.html).toContain('href="/contact"');
  });

  it('a portal page other than the console still opens with the password alone', async () => {
    await enrolTotp(portal, await passwordOnly(PEOPLE.anne.email));
    const browser = portal.browser('en');
    await browser.get('/login?return_to=%2Faccount%2Fdevices');
    await browser.post('/login', { email: PEOPLE.anne.email });
    expect((await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD' })).location).toBe(
      '/account/devices',
    );
  });

  it('refuses every admin page with the password alone: the re-authentication page (403), GET and POST', async () => {
    await lockMarie();
    await withSecondFactor(PEOPLE.anne.email); // she has one, and this session did not present it
    const anne = await passwordOnly(PEOPLE.anne.email, 'fr');
    for (const path of ['/admin', `/admin/accounts/${PEOPLE.marie.id}`]) {
      const page = await anne.get(path);
      expect(page.status).toBe(403);
      expect(textOf(page.html)).toContain(fr.admin.secondFactorBody);
      expect(page.html).toContain(`return_to=${encodeURIComponent(path)}`);
    }
    const before = await audit();
    expect((await anne.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`)).status).toBe(403);
    expect(await audit()).toEqual(before);
    expect((await guard().lockState(PEOPLE.marie.email)).lockedEverywhere).toBe(true);
  });

  it('a person with a role but no second factor yet is told to add one in My account, not to confirm with one', async () => {
    const anne = await passwordOnly(PEOPLE.anne.email, 'fr');
    const page = await anne.get('/admin');
    expect(page.status).toBe(403);
    expect(textOf(page.html)).toContain(fr.secondFactor.noneBody);
    expect(page.html).toContain('href="/account"');
    expect(page.html).not.toContain('reauth=1');
    const before = await audit();
    expect((await anne.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`)).status).toBe(403);
    expect(await audit()).toEqual(before);
  });

  it('refuses a person without any role, even with a second factor (403, in their language)', async () => {
    const marie = await withSecondFactor(PEOPLE.marie.email, 'fr');
    const page = await marie.get('/admin');
    expect(page.status).toBe(403);
    expect(textOf(page.html)).toContain(fr.errors.FORBIDDEN);
  });
});

describe('a local manager in their organisations', () => {
  it('searches the accounts of the subtree only', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const page = await anne.get('/admin');
    expect(page.status).toBe(200);
    expect(page.html).toContain(`/admin/accounts/${PEOPLE.marie.id}`);
    expect(page.html).toContain(`/admin/accounts/${PEOPLE.anne.id}`);
    expect(page.html).not.toContain(PEOPLE.paul.id);
    expect(page.html).not.toContain(PEOPLE.hugo.id);
    const byName = await anne.get('/admin?q=PAUL');
    expect(textOf(byName.html)).toContain(en.admin.none);
    const within = await anne.get('/admin?q=marie&within=ddpp-35');
    expect(within.html).toContain(`/admin/accounts/${PEOPLE.marie.id}`);
  });

  it('finds an agent by name without regard to case or accents, as typed on any keyboard (docs/adr/0060)', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    const invited = await anne.post('/admin/invite', {
      email: 'Elodie.Lefevre@ddpp35.example.fr',
      firstName: 'Élodie',
      lastName: 'Lefèvre',
      organisationId: 'ddpp-35',
      externalId: '',
      emailLocale: 'fr',
    });
    expect(invited.status).toBe(303);
    const elodie = await portal.durable.users.findByEmail('elodie.lefevre@ddpp35.example.fr');
    const search = (q: string) => anne.get(`/admin?q=${encodeURIComponent(q)}`);
    for (const typed of ['élodie', 'ELODIE', 'Élodie L', 'lefevre', 'LEFÈVRE élodie', 'elodie.lef']) {
      const page = await search(typed);
      expect(page.status).toBe(200);
      expect(page.html, typed).toContain(`/admin/accounts/${elodie!.id}`);
      expect(page.html, typed).not.toContain(`/admin/accounts/${PEOPLE.marie.id}`);
    }
    // A manager of another organisation finds her under no spelling.
    const hugo = await withSecondFactor(PEOPLE.hugo.email);
    expect((await hugo.get('/admin?q=elodie')).html).not.toContain(elodie!.id);
  });

  it('shows an account: organisation, methods, sign-ins, lock; unlocks it, audited; the owner signs in again', async () => {
    await lockMarie();
    expect((await signIn(portal.browser('en'), PEOPLE.marie.email, PASSWORD)).status).toBe(429);
    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    const page = await anne.get(`/admin/accounts/${PEOPLE.marie.id}`);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('Sésame › DGAL › DRAAF-BZH › DDPP-35');
    expect(textOf(page.html)).toContain(fr.admin.lockedEverywhere);
    expect(textOf(page.html)).toContain(fr.admin.noMethods);
    // No second factor: nothing to remove, so no reset form (it would only mail the owner).
    expect(page.html).not.toContain('/second-factor-reset');

    const done = await anne.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`);
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/admin/accounts/${PEOPLE.marie.id}?unlocked=1`);
    const after = await anne.follow(done);
    expect(textOf(after.html)).toContain(fr.admin.unlocked);
    expect(textOf(after.html)).toContain(fr.admin.notLocked);
    const [event] = await portal.durable.audit.list({ userId: PEOPLE.marie.id, limit: 1 });
    expect(event).toMatchObject({
      type: 'account.unlocked',
      details: { actor: PEOPLE.anne.id, role: 'local_manager' },
    });
    expect((await signIn(portal.browser('en'), PEOPLE.marie.email, PASSWORD)).location).toBe('/account');
  });

  it('lifts the lock that no wait lifts (maxConsecutiveFailures, docs/adr/0063); the owner signs in', async () => {
    const { lockAfterFailures, accountLockAfterFailures, lockMinutes, maxConsecutiveFailures } = portal.config.signIn;
    const capped = new SignInGuard(portal.ephemeral, {
      lockAfterFailures,
      accountLockAfterFailures,
      lockMinutes,
      maxConsecutiveFailures,
    } as AccountPolicy);
    // A guesser with many addresses, waiting out every lock, up to the cap.
    for (let i = 0; ; i++) {
      const attempt = await capped
        .reserve(PEOPLE.marie.email, `198.51.${Math.floor(i / 250)}.${(i % 250) + 1}`)
        .catch((error: unknown) => error as SesameError);
      if (!(attempt instanceof SesameError)) await attempt.failed();
      else if (attempt.details.untilReset === true) break;
      else portal.clock.advanceMinutes((attempt.details.retryAfterSeconds ?? 0) / 60 + 1);
    }
    expect(await capped.lockState(PEOPLE.marie.email)).toEqual({
      lockedEverywhere: true,
      failures: maxConsecutiveFailures,
    });
    portal.clock.advanceMinutes(7 * 24 * 60);
    expect((await signIn(portal.browser('en'), PEOPLE.marie.email, PASSWORD)).status).toBe(429);

    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    expect(textOf((await anne.get(`/admin/accounts/${PEOPLE.marie.id}`)).html)).toContain(fr.admin.lockedEverywhere);
    expect((await anne.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`)).status).toBe(303);
    expect(await capped.lockState(PEOPLE.marie.email)).toEqual({ lockedEverywhere: false, failures: 0 });
    expect((await signIn(portal.browser('en'), PEOPLE.marie.email, PASSWORD)).location).toBe('/account');
  });

  it('refuses a cross-site unlock without the CSRF token', async () => {
    await lockMarie();
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const before = await audit();
    const forged = await anne.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`, {}, { csrf: null });
    expect(forged.status).toBe(403);
    expect(await audit()).toEqual(before);
    expect((await guard().lockState(PEOPLE.marie.email)).lockedEverywhere).toBe(true);
  });
});

/**
 * Every admin route, as a local manager of ANOTHER organisation (Hugo, DRAAF Île-de-France) aimed
 * at Marie (DDPP 35): refused with 403 in the user's language, and nothing changes — no audit
 * entry, the lock still there. Add each new admin route here.
 */
const ROUTES: Array<{ name: string; method: 'GET' | 'POST'; path: string; form?: Record<string, string> }> = [
  { name: 'search within another organisation', method: 'GET', path: '/admin?within=ddpp-35' },
  { name: 'search within another organisation’s parent', method: 'GET', path: '/admin?within=dgal&q=marie' },
  { name: 'an account’s page', method: 'GET', path: `/admin/accounts/${PEOPLE.marie.id}` },
  { name: 'unlock', method: 'POST', path: `/admin/accounts/${PEOPLE.marie.id}/unlock` },
  { name: 'send a password reset', method: 'POST', path: `/admin/accounts/${PEOPLE.marie.id}/password-reset` },
  {
    name: 'remove every second factor',
    method: 'POST',
    path: `/admin/accounts/${PEOPLE.marie.id}/second-factor-reset`,
    form: { reason: 'phone lost' },
  },
  {
    name: 'end a recovery’s waiting period (docs/adr/0041 §4)',
    method: 'POST',
    path: `/admin/accounts/${PEOPLE.marie.id}/recovery-expedite`,
    form: { checkReason: 'identity checked', recovery: '0' },
  },
  // The migration dashboard, reminders and registration campaign (issue 14 points 3–4, docs/adr/0036).
  { name: 'the dashboard of another organisation', method: 'GET', path: '/admin/dashboard?org=ddpp-35' },
  { name: 'the dashboard of another organisation’s parent', method: 'GET', path: '/admin/dashboard?org=dgal' },
  { name: 'the dashboard’s CSV export', method: 'GET', path: '/admin/dashboard.csv?org=ddpp-35' },
  { name: 'remind the holdouts', method: 'POST', path: '/admin/dashboard/reminders?org=ddpp-35' },
  {
    name: 'set the registration campaign',
    method: 'POST',
    path: '/admin/dashboard/campaign?org=draaf-bzh',
    form: { enabled: 'on', snoozes: '0', snoozeDays: '0' },
  },
  {
    name: 'set the registration campaign, with a form error',
    method: 'POST',
    path: '/admin/dashboard/campaign?org=draaf-bzh',
    form: { snoozes: 'many', snoozeDays: '0' },
  },
  { name: 'an agent’s campaign page', method: 'GET', path: `/admin/accounts/${PEOPLE.marie.id}/campaign` },
  { name: 'remind one agent', method: 'POST', path: `/admin/accounts/${PEOPLE.marie.id}/reminder` },
  {
    name: 'exclude an agent from the campaign',
    method: 'POST',
    path: `/admin/accounts/${PEOPLE.marie.id}/campaign-exclusion`,
    form: { reason: 'no phone' },
  },
  { name: 'include an agent again', method: 'POST', path: `/admin/accounts/${PEOPLE.marie.id}/campaign-inclusion` },
  // The account lifecycle (docs/adr/0035, routes/admin-lifecycle.tsx).
  {
    name: 'invite into another organisation',
    method: 'POST',
    path: '/admin/invite',
    form: { email: 'new@ddpp35.example.fr', firstName: 'Nina', lastName: 'Roux', organisationId: 'ddpp-35' },
  },
  { name: 'deactivate', method: 'POST', path: `/admin/accounts/${PEOPLE.marie.id}/deactivate` },
  { name: 'reactivate', method: 'POST', path: `/admin/accounts/${PEOPLE.marie.id}/reactivate` },
  {
    name: 'move away',
    method: 'POST',
    path: `/admin/accounts/${PEOPLE.marie.id}/move`,
    form: { organisationId: 'ddpp-75' },
  },
  {
    name: 'move one’s own agent into another organisation',
    method: 'POST',
    path: `/admin/accounts/${PEOPLE.paul.id}/move`,
    form: { organisationId: 'ddpp-35' },
  },
  { name: 'send the invitation again', method: 'POST', path: `/admin/accounts/${PEOPLE.marie.id}/invitation` },
  { name: 'the erasure page', method: 'GET', path: `/admin/accounts/${PEOPLE.marie.id}/delete` },
  {
    name: 'erase',
    method: 'POST',
    path: `/admin/accounts/${PEOPLE.marie.id}/delete`,
    form: { confirmEmail: PEOPLE.marie.email },
  },
  { name: 'export another organisation', method: 'GET', path: '/admin/export.csv?within=ddpp-35' },
  // Roles, organisations, audit (docs/adr/0038): Hugo manages draaf-idf, these are draaf-bzh's.
  {
    name: 'give a role to another organisation’s agent',
    method: 'POST',
    path: `/admin/accounts/${PEOPLE.marie.id}/roles`,
    form: { role: 'helpdesk', scope: 'ddpp-35' },
  },
  {
    name: 'give one’s own agent a role over another organisation',
    method: 'POST',
    path: `/admin/accounts/${PEOPLE.paul.id}/roles`,
    form: { role: 'helpdesk', scope: 'ddpp-35' },
  },
  {
    name: 'take back another organisation’s manager’s role',
    method: 'POST',
    path: `/admin/accounts/${PEOPLE.anne.id}/roles/revoke`,
    form: { role: 'local_manager', scope: 'draaf-bzh' },
  },
  {
    name: 'create an organisation in another organisation',
    method: 'POST',
    path: '/admin/organisations',
    form: { parent: 'ddpp-35', id: 'intruder', name: 'Intruder', kind: 'operator' },
  },
  {
    name: 'rename another organisation',
    method: 'POST',
    path: '/admin/organisations/ddpp-35/rename',
    form: { name: 'Mine' },
  },
  {
    name: 'move another organisation under one’s own',
    method: 'POST',
    path: '/admin/organisations/ddpp-35/move',
    form: { parent: 'ddpp-75' },
  },
  {
    name: 'move one’s own organisation into another',
    method: 'POST',
    path: '/admin/organisations/ddpp-75/move',
    form: { parent: 'ddpp-29' },
  },
  { name: 'the audit of another organisation', method: 'GET', path: '/admin/audit?within=ddpp-35' },
  {
    name: 'export another organisation’s audit',
    method: 'GET',
    path: '/admin/audit/export?within=draaf-bzh&format=csv',
  },
  {
    name: 'export another organisation’s audit as JSON lines',
    method: 'GET',
    path: '/admin/audit/export?within=ddpp-35&format=jsonl',
  },
];

/** The audit lines written since `before` was read. */
async function newLines(before: readonly StoredAuditEvent[]): Promise<StoredAuditEvent[]> {
  const seen = new Set(before.map((e) => e.seq));
  return (await audit()).filter((e) => !seen.has(e.seq));
}

/** The `admin.refused` line of one refusal: about no account (a root scope reads it), the target in its details. */
const refusalLine = (actor: string, surface: string) =>
  expect.objectContaining({
    type: 'admin.refused',
    userId: null,
    details: expect.objectContaining({
      actor,
      surface,
      count: 1,
      refusal: expect.stringMatching(/^(no_role|out_of_scope|own_account|outranked)$/),
    }),
  });

describe('every admin route, as a local manager of another organisation', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const route of ROUTES) {
      it(`${route.method} ${route.name} (${lang}): 403, nothing changed`, async () => {
        await lockMarie();
        const hugo = await withSecondFactor(PEOPLE.hugo.email, lang);
        const before = await audit();
        const tree = await portal.durable.organisations.list();
        const grants = await Promise.all(Object.values(PEOPLE).map((p) => portal.durable.roles.listForAccount(p.id)));
        const mails = portal.mailer.sent.length;
        const page = route.method === 'GET' ? await hugo.get(route.path) : await hugo.post(route.path, route.form);
        expect(page.status).toBe(403);
        expect(portal.mailer.sent.length).toBe(mails);
        expect(textOf(page.html)).toContain((lang === 'fr' ? fr : en).errors.FORBIDDEN);
        expect(page.html).not.toContain(PEOPLE.marie.email);
        // One line, the refusal's (docs/adr/0041 §1): who, what, which target, why — nothing else.
        expect(await newLines(before)).toEqual([refusalLine(PEOPLE.hugo.id, 'console')]);
        expect(await portal.durable.organisations.list()).toEqual(tree);
        expect(await Promise.all(Object.values(PEOPLE).map((p) => portal.durable.roles.listForAccount(p.id)))).toEqual(
          grants,
        );
        expect((await guard().lockState(PEOPLE.marie.email)).lockedEverywhere).toBe(true);
        expect(await portal.durable.campaign.settingsFor(['draaf-bzh', 'ddpp-35'])).toEqual([]);
        expect(await portal.durable.campaign.agent(PEOPLE.marie.id)).toBeNull();
        // Nothing of the lifecycle changed either (docs/adr/0035).
        expect(await portal.durable.users.findById(PEOPLE.marie.id)).toMatchObject({ deactivatedAt: null });
        expect((await portal.durable.organisations.accountOrganisation(PEOPLE.marie.id))?.id).toBe('ddpp-35');
        expect((await portal.durable.organisations.accountOrganisation(PEOPLE.paul.id))?.id).toBe('ddpp-75');
        expect(await portal.durable.users.findByEmail('new@ddpp35.example.fr')).toBeNull();
      });
    }
  }

  it('gets the same answer for an account that does not exist (nothing told about other organisations)', async () => {
    const hugo = await withSecondFactor(PEOPLE.hugo.email);
    for (const path of ['/admin/accounts/nobody99', '/admin?within=nowhere']) {
      const page = await hugo.get(path);
      expect(page.status).toBe(403);
      expect(textOf(page.html)).toContain(en.errors.FORBIDDEN);
    }
  });
});

/**
 * Every admin REST API and SCIM operation (issue 14 point 6, docs/adr/0037), as an OAuth client
 * scoped like Hugo — local manager of DRAAF Île-de-France (`hr-idf`, test/admin-api-kit.ts) — aimed
 * at Marie (DDPP 35) or her organisations: refused (403 for the REST API, 404 for SCIM, which
 * answers an out-of-scope resource as a missing one), and nothing changes: no audit entry, no
 * mail, the lock still there, Marie still active. Add each new API operation here.
 */
const API_ROUTES: Array<{
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: object;
  status: number;
}> = [
  {
    name: 'REST search within another organisation',
    method: 'GET',
    url: '/api/admin/v1/accounts?within=ddpp-35',
    status: 403,
  },
  { name: 'REST an account', method: 'GET', url: `/api/admin/v1/accounts/${PEOPLE.marie.id}`, status: 403 },
  { name: 'REST unlock', method: 'POST', url: `/api/admin/v1/accounts/${PEOPLE.marie.id}/unlock`, status: 403 },
  {
    name: 'REST password reset',
    method: 'POST',
    url: `/api/admin/v1/accounts/${PEOPLE.marie.id}/password-reset`,
    status: 403,
  },
  {
    name: 'REST second-factor reset',
    method: 'POST',
    url: `/api/admin/v1/accounts/${PEOPLE.marie.id}/second-factor-reset`,
    body: { reason: 'phone lost' },
    status: 403,
  },
  {
    name: 'REST invite into another organisation',
    method: 'POST',
    url: '/api/admin/v1/accounts',
    body: { email: 'intrus@ddpp35.example.fr', firstName: 'In', lastName: 'Trus', organisationId: 'ddpp-35' },
    status: 403,
  },
  { name: 'REST deactivate', method: 'POST', url: `/api/admin/v1/accounts/${PEOPLE.marie.id}/deactivate`, status: 403 },
  { name: 'REST reactivate', method: 'POST', url: `/api/admin/v1/accounts/${PEOPLE.marie.id}/reactivate`, status: 403 },
  { name: 'REST delete', method: 'DELETE', url: `/api/admin/v1/accounts/${PEOPLE.marie.id}`, status: 403 },
  { name: 'REST an organisation', method: 'GET', url: '/api/admin/v1/organisations/ddpp-35', status: 403 },
  { name: 'SCIM a User', method: 'GET', url: `/scim/v2/Users/${PEOPLE.marie.id}`, status: 404 },
  {
    name: 'SCIM replace',
    method: 'PUT',
    url: `/scim/v2/Users/${PEOPLE.marie.id}`,
    body: { userName: PEOPLE.marie.email, name: { givenName: 'X', familyName: 'Y' }, active: false },
    status: 404,
  },
  {
    name: 'SCIM patch active=false',
    method: 'PATCH',
    url: `/scim/v2/Users/${PEOPLE.marie.id}`,
    body: {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', path: 'active', value: false }],
    },
    status: 404,
  },
  { name: 'SCIM delete', method: 'DELETE', url: `/scim/v2/Users/${PEOPLE.marie.id}`, status: 404 },
  {
    name: 'SCIM create in another organisation',
    method: 'POST',
    url: '/scim/v2/Users',
    body: {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'intrus@ddpp35.example.fr',
      name: { givenName: 'In', familyName: 'Trus' },
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { organization: 'ddpp-35' },
    },
    status: 403,
  },
  { name: 'SCIM a Group', method: 'GET', url: '/scim/v2/Groups/ddpp-35', status: 404 },
];

describe('every admin API and SCIM operation, as a client scoped to another organisation', () => {
  for (const route of API_ROUTES) {
    it(`${route.method} ${route.name}: ${route.status}, nothing changed`, async () => {
      await lockMarie();
      const token = await injectedClientToken(portal, 'hr-idf', 'sesame:admin:read sesame:admin:write sesame:scim');
      const before = await audit();
      const mails = portal.mailer.sent.length;
      const answer = await portal.app.inject({
        method: route.method,
        url: route.url,
        headers: { authorization: `Bearer ${token}`, 'accept-language': 'fr' },
        ...(route.body ? { payload: route.body } : {}),
      });
      expect(answer.statusCode).toBe(route.status);
      if (route.url.startsWith('/api/'))
        expect(answer.json()).toMatchObject({ code: 'FORBIDDEN', detail: fr.errors.FORBIDDEN });
      expect(answer.body).not.toContain(PEOPLE.marie.email);
      expect(portal.mailer.sent.length).toBe(mails);
      expect(await newLines(before)).toEqual([
        refusalLine('client:hr-idf', route.url.startsWith('/scim/') ? 'scim' : 'api'),
      ]);
      expect((await guard().lockState(PEOPLE.marie.email)).lockedEverywhere).toBe(true);
      expect(await portal.durable.users.findById(PEOPLE.marie.id)).toMatchObject({ deactivatedAt: null });
      expect(await portal.durable.users.findByEmail('intrus@ddpp35.example.fr')).toBeNull();
    });
  }

  it('lists nothing of another organisation (REST search, SCIM Users and Groups)', async () => {
    const token = await injectedClientToken(portal, 'hr-idf', 'sesame:admin:read sesame:scim');
    const headers = { authorization: `Bearer ${token}` };
    const search = await portal.app.inject({ method: 'GET', url: '/api/admin/v1/accounts?q=marie', headers });
    expect(search.json()).toMatchObject({ accounts: [] });
    const users = await portal.app.inject({ method: 'GET', url: '/scim/v2/Users', headers });
    expect(users.body).not.toContain(PEOPLE.marie.id);
    const groups = await portal.app.inject({ method: 'GET', url: '/scim/v2/Groups', headers });
    expect(groups.body).not.toContain('ddpp-35');
  });
});

describe('roles and the accounts they may change', () => {
  it('lets the helpdesk unlock an agent, not a local manager', async () => {
    const sophie = await withSecondFactor(PEOPLE.sophie.email);
    await lockMarie();
    expect((await sophie.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`)).status).toBe(303);
    // Sophie can see Anne's account, not change it: Anne holds a role Sophie could not grant.
    expect((await sophie.get(`/admin/accounts/${PEOPLE.anne.id}`)).status).toBe(200);
    const before = await audit();
    expect((await sophie.post(`/admin/accounts/${PEOPLE.anne.id}/unlock`)).status).toBe(403);
    expect(await newLines(before)).toEqual([
      expect.objectContaining({
        type: 'admin.refused',
        details: {
          actor: PEOPLE.sophie.id,
          action: 'account.unlock',
          target: PEOPLE.anne.id,
          refusal: 'outranked',
          surface: 'console',
          count: 1,
        },
      }),
    ]);
  });

  it('refuses to act on one’s own account', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    expect((await anne.get(`/admin/accounts/${PEOPLE.anne.id}`)).status).toBe(200);
    expect((await anne.post(`/admin/accounts/${PEOPLE.anne.id}/unlock`)).status).toBe(403);
  });
});

describe('a password reset sent from the console', () => {
  it('mails the owner a working link, audited; the helpdesk never sees the password', async () => {
    const sophie = await withSecondFactor(PEOPLE.sophie.email, 'fr');
    const done = await sophie.post(`/admin/accounts/${PEOPLE.marie.id}/password-reset`);
    expect(done.location).toBe(`/admin/accounts/${PEOPLE.marie.id}?reset=1`);
    const after = await sophie.follow(done);
    expect(textOf(after.html)).toContain(PEOPLE.marie.email);
    const [mail] = portal.mailer.of('password-reset');
    expect(mail?.to).toBe(PEOPLE.marie.email);
    const [event] = await portal.durable.audit.list({ userId: PEOPLE.marie.id, limit: 1 });
    expect(event).toMatchObject({
      type: 'account.password_reset_sent',
      details: { actor: PEOPLE.sophie.id, role: 'helpdesk' },
    });
    // The owner follows the link and chooses a new password.
    const marie = portal.browser('fr');
    const form = await marie.follow(await marie.get(portal.linkIn(mail!)));
    expect(form.status).toBe(200);
    expect(form.html).toContain('name="passwordConfirm"');
  });

  it('shares the forgotten-password page’s limit per address: no mailbox flooding from the console', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const limit = portal.config.mailRequests.perAddress;
    for (let i = 0; i < limit; i++) {
      expect((await anne.post(`/admin/accounts/${PEOPLE.marie.id}/password-reset`)).status).toBe(303);
    }
    expect((await anne.post(`/admin/accounts/${PEOPLE.marie.id}/password-reset`)).status).toBe(429);
    expect(portal.mailer.of('password-reset')).toHaveLength(limit);
  });

  it('is refused to the helpdesk on a local manager’s account', async () => {
    const sophie = await withSecondFactor(PEOPLE.sophie.email);
    expect((await sophie.post(`/admin/accounts/${PEOPLE.anne.id}/password-reset`)).status).toBe(403);
    expect(portal.mailer.of('password-reset')).toHaveLength(0);
  });
});

describe('a lost second factor, removed from the console (SEC-28)', () => {
  it('needs a reason: without one, 400 beside the field, nothing removed', async () => {
    await withSecondFactor(PEOPLE.marie.email);
    const sophie = await withSecondFactor(PEOPLE.sophie.email, 'fr');
    const before = await portal.durable.credentials.listByUser(PEOPLE.marie.id);
    const page = await sophie.post(`/admin/accounts/${PEOPLE.marie.id}/second-factor-reset`, { reason: '  ' });
    expect(page.status).toBe(400);
    expect(fieldError(page.html, 'reason')).toBe(fr.admin.reasonRequired);
    expect(await portal.durable.credentials.listByUser(PEOPLE.marie.id)).toEqual(before);
    expect(portal.mailer.of('second-factor-reset')).toHaveLength(0);
  });

  it('removes every factor, ends the sessions, mails the owner, audits the reason; the password alone still adds no device', async () => {
    const marieBefore = await withSecondFactor(PEOPLE.marie.email);
    expect(await portal.durable.credentials.listByUser(PEOPLE.marie.id)).toHaveLength(1);
    // A linked eID signs in without the password (docs/adr/0042): it goes with the rest.
    await portal.durable.eidLinks.create({
      id: 'eid-link-1',
      userId: PEOPLE.marie.id,
      provider: 'franceconnect',
      issuer: 'https://eid.example.eu',
      subject: 'sub-1',
      createdAt: portal.clock.now(),
      lastUsedAt: null,
    });
    const sophie = await withSecondFactor(PEOPLE.sophie.email);
    expect((await sophie.get(`/admin/accounts/${PEOPLE.marie.id}`)).html).toContain('/second-factor-reset');
    const done = await sophie.post(`/admin/accounts/${PEOPLE.marie.id}/second-factor-reset`, {
      reason: 'Phone lost, called the helpdesk, identity checked',
    });
    expect(done.location).toBe(`/admin/accounts/${PEOPLE.marie.id}?factors=0.2`);
    expect(textOf((await sophie.follow(done)).html)).toContain(
      format(en.admin.factorReset, { devices: 0, credentials: 2 }, 'en'),
    );
    expect(await portal.durable.credentials.listByUser(PEOPLE.marie.id)).toEqual([]);
    expect(await portal.durable.eidLinks.listByUser(PEOPLE.marie.id)).toEqual([]);
    const [mail] = portal.mailer.of('second-factor-reset');
    expect(mail?.to).toBe(PEOPLE.marie.email);
    const [event] = await portal.durable.audit.list({ userId: PEOPLE.marie.id, limit: 1 });
    expect(event).toMatchObject({
      type: 'account.second_factor_reset',
      details: {
        actor: PEOPLE.sophie.id,
        role: 'helpdesk',
        reason: 'Phone lost, called the helpdesk, identity checked',
        devices: 0,
        credentials: 2,
      },
    });
    // Marie's session that had the factor is over.
    expect((await marieBefore.get('/account')).status).toBe(303);
    // Her password alone adds no device (the account had a factor). The page is not "confirm with
    // the app" (she has nothing left): it says the way back (docs/adr/0040), in both places.
    const marie = await passwordOnly(PEOPLE.marie.email);
    for (const path of ['/account/devices/new', '/account/authenticator-apps/new']) {
      const refused = await marie.get(path);
      expect(refused.status, path).toBe(403);
      expect(textOf(refused.html), path).toContain(en.secondFactor.lostAllTitle);
      expect(textOf(refused.html), path).not.toContain(en.secondFactor.confirm);
      expect(refused.html, path).toContain('href="/account/recovery"');
    }
    expect((await marie.get('/account/recovery')).status).toBe(200);
  });

  it('mails a checked recovery link: confirmed in the owner’s browser, a new device at once, that browser only, once (docs/adr/0040)', async () => {
    await withSecondFactor(PEOPLE.marie.email);
    const sophie = await withSecondFactor(PEOPLE.sophie.email);
    // A recovery Marie had started (24 h to wait) is replaced by the checked one.
    await portal.durable.users.startRecovery(PEOPLE.marie.id, {
      startedAt: portal.clock.now(),
      readyAt: new Date(portal.clock.now().getTime() + 24 * 3_600_000),
    });
    await sophie.post(`/admin/accounts/${PEOPLE.marie.id}/second-factor-reset`, { reason: 'Phone lost, ID checked' });
    expect((await portal.durable.users.findById(PEOPLE.marie.id))?.recovery).toBeNull();
    const mail = portal.mailer.last('second-factor-reset');
    expect(mail.params).toMatchObject({ ttlHours: 72 });
    const link = portal.linkIn(mail);
    expect(link).toMatch(/^\/account\/recovery\/confirm\?token=/);

    const marie = await passwordOnly(PEOPLE.marie.email);
    const elsewhere = await passwordOnly(PEOPLE.marie.email);
    const page = await marie.follow(await marie.get(link));
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(en.recovery.confirmIntroChecked);
    const ready = await marie.post('/account/recovery/confirm');
    expect(ready.status).toBe(200);
    expect(textOf(ready.html)).toContain(en.recovery.readyTitle);
    expect(ready.html).toContain('href="/account/devices/new"');
    const [started] = await portal.durable.audit.list({ userId: PEOPLE.marie.id, limit: 1 });
    expect(started).toMatchObject({ type: 'account.recovery_started', details: { checkedBy: PEOPLE.sophie.id } });
    // This browser may add a device now; her password in another browser still may not.
    expect((await marie.get('/account/devices/new')).status).toBe(200);
    expect((await elsewhere.get('/account/devices/new')).status).toBe(403);
    // The link is used up.
    const again = await elsewhere.follow(await elsewhere.get(link));
    expect(again.status).toBe(400);
  });

  it('is refused to the helpdesk on a local manager, and to anyone on their own account', async () => {
    await withSecondFactor(PEOPLE.anne.email);
    const sophie = await withSecondFactor(PEOPLE.sophie.email);
    const reset = (who: Browser, id: string) =>
      who.post(`/admin/accounts/${id}/second-factor-reset`, { reason: 'lost' });
    expect((await reset(sophie, PEOPLE.anne.id)).status).toBe(403);
    expect((await reset(sophie, PEOPLE.sophie.id)).status).toBe(403);
    expect(await portal.durable.credentials.listByUser(PEOPLE.anne.id)).toHaveLength(1);
    expect(await portal.durable.credentials.listByUser(PEOPLE.sophie.id)).toHaveLength(1);
  });
});
