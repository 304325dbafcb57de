import { EID_ONLY_PASSWORD_HASH, type RelyingAppInput } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, ticketIn } from '../../test/cas-kit';
import { startEidWorld, TRACES_AT_MEDIUM, type TestEidProvider, portalPath } from '../../test/eid-provider-kit';
import {
  authorizationRequest,
  discover,
  OIDC_TEST_APPS,
  redeem,
  WEB_CALLBACK,
  WEB_SECRET,
} from '../../test/oidc-relying-party';
import {
  errorSummary,
  signIn,
  storeActiveDevice,
  textOf,
  type Browser,
  type Page,
  type TestPortal,
} from '../../test/test-portal';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';

/**
 * An account made from an eID, and EU Login's reconciliation (issue 15 point 1; docs/adr/0047),
 * against a second OpenID Connect provider started by the test as the eID: the eID's names and
 * verified e-mail, the account made only after the privacy statement is accepted, the existing
 * account found by a verified e-mail only and linked only after its own proof — and the attacker
 * who holds an eID with someone else's verified e-mail, replays the confirmation, or finishes it
 * in another browser.
 */
const m = en;
const EMAIL = 'marie.dupont@ddpp35.example.fr';
const PASSWORD = 'le chat dort sur le radiateur';
const NEWCOMER = 'jean.martin@example.eu';
const SERVICE = 'https://traces.example.eu/cas';
const APPS: RelyingAppInput[] = [...OIDC_TEST_APPS, TRACES_AT_MEDIUM];

let idp: TestEidProvider;
let portal: TestPortal;

beforeEach(async () => {
  ({ idp, portal } = await startEidWorld({
    relyingApps: APPS,
    provider: { scopes: ['openid', 'email', 'profile'], createAccounts: true, organisation: 'Citizens' },
  }));
  await portal.createUser({ id: 'n0025vuz', email: EMAIL, password: PASSWORD, emailLocale: 'en' });
});

afterEach(async () => {
  await portal?.close();
  await idp?.close();
});

const local = (url: URL | string) => portalPath(portal, url);

const person = (email: string, verified = true) => ({
  given_name: 'Jean',
  family_name: 'Martin',
  email,
  email_verified: verified,
});

/**
 * A fresh browser signing in with an eID no account has linked; returns it and Sésame's answer.
 * `start`: the application request the browser opens first (a CAS or OIDC sign-in), if any.
 */
async function eidSignIn(
  claims: Record<string, unknown>,
  subject = 'fc-new-0001',
  options: { acr?: string; start?: (via: Browser) => Promise<void> } = {},
): Promise<[Browser, Page]> {
  const via = portal.browser('en');
  await via.get('/login');
  await options.start?.(via);
  idp.next = { subject, acr: options.acr ?? 'eidas2', claims };
  const toProvider = await via.post('/login/eid', { provider: 'testeid' });
  const back = await via.get(local(await idp.signIn(toProvider.location!)));
  return [via, back];
}

describe('"Create your Sésame account from your eID"', () => {
  it('shows what the eID said, asks the privacy statement, makes the account linked and signed in at the eID’s level', async () => {
    const [via, back] = await eidSignIn(person(NEWCOMER));
    expect(back.location).toBe('/login/eid/new');
    // The newcomer's pass: this browser's only, never in a URL.
    const pass = back.setCookies.find((c) => c.name === '__Host-sesame-eid-new');
    expect(pass).toMatchObject({ secure: true, httpOnly: true, path: '/' });
    expect(back.location).not.toContain(pass!.value);
    const page = await via.get('/login/eid/new');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain(m.eidNewcomer.title);
    expect(text).toContain('Jean');
    expect(text).toContain('Martin');
    expect(text).toContain(NEWCOMER);
    expect(page.html).not.toContain('fc-new-0001');

    const refused = await via.post('/login/eid/new', {});
    expect(refused.status).toBe(400);
    expect(await portal.durable.users.findByEmail(NEWCOMER)).toBeNull();

    const done = await via.post('/login/eid/new', { privacyAccepted: 'yes' });
    expect(done.status).toBe(303);
    expect(via.session).toBeDefined();
    const user = await portal.durable.users.findByEmail(NEWCOMER);
    expect(user).toMatchObject({
      firstName: 'Jean',
      lastName: 'Martin',
      organisation: 'Citizens',
      passwordHash: EID_ONLY_PASSWORD_HASH,
    });
    expect(await portal.durable.eidLinks.listByUser(user!.id)).toMatchObject([{ subject: 'fc-new-0001' }]);
    const events = await portal.durable.audit.list({ userId: user!.id, limit: 10 });
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['account.created', 'credential.enrolled', 'sign_in.succeeded']),
    );
    expect(events.find((e) => e.type === 'sign_in.succeeded')?.details).toEqual({ method: 'EIDAS' });
    expect(portal.mailer.last('eid-changed').to).toBe(NEWCOMER);
    // No password opens it: the eID does.
    const other = portal.browser('en');
    await expect(signIn(other, NEWCOMER, EID_ONLY_PASSWORD_HASH)).resolves.toMatchObject({ status: 401 });
    const [, again] = await eidSignIn(person(NEWCOMER));
    expect(again.status).toBe(303);
    expect(again.location).not.toBe('/login/eid/new');
    // A second submission finds nothing: one account.
    expect((await via.post('/login/eid/new', { privacyAccepted: 'yes' })).status).toBe(401);
  });

  it('an eID without the names an account needs is refused without losing the request', async () => {
    const [via] = await eidSignIn({ ...person(NEWCOMER), given_name: '' });
    const refused = await via.post('/login/eid/new', { privacyAccepted: 'yes' });
    expect(refused.status).toBe(400);
    expect((await via.get('/login/eid/new')).status).toBe(200);
    expect(await portal.durable.users.findByEmail(NEWCOMER)).toBeNull();
  });

  it('an unverified e-mail: no account made, none reconciled, and the user is told why', async () => {
    for (const email of [NEWCOMER, EMAIL]) {
      const [via, back] = await eidSignIn(person(email, false), `fc-${email}`);
      const page = await via.get(local(back.location!));
      expect(page.status).toBe(403);
      expect(errorSummary(page.html)).toEqual([m.errors.EID_EMAIL_UNVERIFIED]);
      expect((await via.post('/login/eid/new', { privacyAccepted: 'yes' })).status).toBe(401);
    }
    expect(await portal.durable.users.findByEmail(NEWCOMER)).toBeNull();
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toEqual([]);
  });
});

describe('EU Login’s reconciliation: the eID’s verified e-mail is an account’s', () => {
  it('does not make an account; the account proves itself, confirms, gets the eID, and the sign-in goes on with it', async () => {
    const [via, back] = await eidSignIn(person(EMAIL));
    const page = await via.get(local(back.location!));
    expect(textOf(page.html)).toContain(format(m.eidNewcomer.existsBody, { email: EMAIL }));
    // Creating over it is refused: the same page, nothing made.
    const over = await via.post('/login/eid/new', { privacyAccepted: 'yes' });
    expect(textOf(over.html)).toContain(m.eidNewcomer.existsTitle);
    const toSignIn = await via.get('/login/eid/reconcile');
    expect(toSignIn.location).toBe('/login?return_to=%2Flogin%2Feid%2Freconcile');
    await via.get(toSignIn.location!);
    const signedIn = await signIn(via, EMAIL, PASSWORD);
    expect(signedIn.location).toBe('/login/eid/reconcile');
    const confirm = await via.get('/login/eid/reconcile');
    expect(textOf(confirm.html)).toContain(format(m.eidNewcomer.confirmBody, { provider: 'Test eID', email: EMAIL }));
    const done = await via.post('/login/eid/reconcile');
    expect(done.status).toBe(303);
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toMatchObject([{ subject: 'fc-new-0001' }]);
    const events = await portal.durable.audit.list({ userId: 'n0025vuz', limit: 10 });
    expect(events.find((e) => e.type === 'credential.enrolled')?.details).toMatchObject({ via: 'reconciliation' });
    expect(events[0]).toMatchObject({ type: 'sign_in.succeeded', details: { method: 'EIDAS' } });
    expect(portal.mailer.last('eid-changed').to).toBe(EMAIL);
    // Replayed: nothing left to confirm.
    expect((await via.post('/login/eid/reconcile')).status).toBe(401);
  });

  it('SEC-27: an account with a second factor confirms only after presenting it', async () => {
    await storeActiveDevice(portal, {
      id: 'dev-1',
      userId: 'n0025vuz',
      name: 'Pixel',
      installationId: 'inst-1',
      pushSubscription: null,
    });
    await portal.durable.users.update('n0025vuz', { secondFactorSince: portal.clock.now() });
    const [via] = await eidSignIn(person(EMAIL));
    await signIn(via, EMAIL, PASSWORD);
    const refused = await via.post('/login/eid/reconcile');
    expect(refused.status).toBe(403);
    expect(textOf(refused.html)).toContain(m.eids.secondFactorBody);
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toEqual([]);
  });
});

describe('the attacker and the reconciliation', () => {
  it('an eID carrying the victim’s verified e-mail, without the victim’s password, gets nothing', async () => {
    const [attacker] = await eidSignIn(person(EMAIL), 'fc-attacker');
    expect((await attacker.post('/login/eid/new', { privacyAccepted: 'yes' })).status).not.toBe(303);
    const confirm = await attacker.post('/login/eid/reconcile');
    expect(confirm.location).toBe('/login');
    expect(attacker.session).toBeUndefined();
    expect((await signIn(attacker, EMAIL, 'not the password')).status).toBe(401);
    expect((await attacker.post('/login/eid/reconcile')).location).toBe('/login');
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toEqual([]);
    expect((await portal.durable.users.findByEmail(EMAIL))?.id).toBe('n0025vuz');
  });

  it('a reconciliation started in one browser is not finished in another (the victim’s, signed in)', async () => {
    await eidSignIn(person(EMAIL), 'fc-attacker');
    const victim = portal.browser('en');
    await signIn(victim, EMAIL, PASSWORD);
    expect((await victim.get('/login/eid/reconcile')).status).toBe(401);
    expect((await victim.post('/login/eid/reconcile')).status).toBe(401);
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toEqual([]);
  });

  it('signed in to another account, the eID is not linked to it', async () => {
    await portal.createUser({ id: 'x1234567', email: 'other@example.eu', password: PASSWORD });
    const [via] = await eidSignIn(person(EMAIL));
    await signIn(via, 'other@example.eu', PASSWORD);
    const page = await via.post('/login/eid/reconcile');
    expect(page.status).toBe(403);
    expect(errorSummary(page.html)).toEqual([m.errors.EID_OTHER_ACCOUNT]);
    expect(await portal.durable.eidLinks.listByUser('x1234567')).toEqual([]);
  });
});

describe('an eID-created account meets an existing one', () => {
  it('linking its eID to the existing account moves the eID there and deactivates the eID-created account', async () => {
    const [via] = await eidSignIn(person(NEWCOMER));
    await via.post('/login/eid/new', { privacyAccepted: 'yes' });
    const made = (await portal.durable.users.findByEmail(NEWCOMER))!;
    // The same person, later, in their existing account: "Link my eID".
    const browser = portal.browser('en');
    await signIn(browser, EMAIL, PASSWORD);
    idp.next = { subject: 'fc-new-0001', acr: 'eidas2', claims: person(NEWCOMER) };
    const toProvider = await browser.post('/account/eids/link', { provider: 'testeid' });
    const back = await browser.get(local(await idp.signIn(toProvider.location!)));
    expect(back.location).toBe('/account/eids?linked=testeid');
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toMatchObject([{ subject: 'fc-new-0001' }]);
    expect(await portal.durable.eidLinks.listByUser(made.id)).toEqual([]);
    expect((await portal.durable.users.findById(made.id))?.deactivatedAt).toBeInstanceOf(Date);
    // The eID now opens the existing account.
    const [, signedIn] = await eidSignIn(person(NEWCOMER));
    expect(signedIn.status).toBe(303);
    const [last] = await portal.durable.audit.list({ limit: 1 });
    expect(last).toMatchObject({ type: 'sign_in.succeeded', userId: 'n0025vuz' });
  });

  it('an account that has a password of its own is not merged: the eID stays where it is (409)', async () => {
    const [via] = await eidSignIn(person(NEWCOMER));
    await via.post('/login/eid/new', { privacyAccepted: 'yes' });
    const made = (await portal.durable.users.findByEmail(NEWCOMER))!;
    await portal.durable.users.update(made.id, { passwordHash: 'a real hash' });
    const browser = portal.browser('en');
    await signIn(browser, EMAIL, PASSWORD);
    idp.next = { subject: 'fc-new-0001', acr: 'eidas2', claims: person(NEWCOMER) };
    const toProvider = await browser.post('/account/eids/link', { provider: 'testeid' });
    expect((await browser.get(local(await idp.signIn(toProvider.location!)))).status).toBe(409);
    expect(await portal.durable.eidLinks.listByUser(made.id)).toHaveLength(1);
  });
});

describe('the application sign-in kept across the reconciliation (docs/adr/0053 §3)', () => {
  const casApp =
    (query = '') =>
    async (via: Browser) => {
      const start = await via.get(`/cas/login?service=${encodeURIComponent(SERVICE)}${query}`);
      expect(start.location).toMatch(/^\/login/);
    };

  /** The reconciliation walked in `via`: the account's password sign-in, then "Link my eID". */
  async function reconcile(via: Browser): Promise<Page> {
    await via.get('/login/eid/reconcile');
    await via.get('/login?return_to=%2Flogin%2Feid%2Freconcile');
    expect((await signIn(via, EMAIL, PASSWORD)).location).toBe('/login/eid/reconcile');
    return via.post('/login/eid/reconcile');
  }

  it('CAS: the ticket is issued after the reconciliation, at the eID’s level — no need to open the application again', async () => {
    const [via] = await eidSignIn(person(EMAIL), 'fc-new-0001', { start: casApp() });
    const done = await reconcile(via);
    const ticket = ticketIn(done);
    expect(done.location!.startsWith(SERVICE)).toBe(true);
    const validated = await call(portal, '/cas/p3/serviceValidate', { service: SERVICE, ticket });
    expect(validated.body).toContain('<cas:user>n0025vuz</cas:user>');
    expect(validated.body).toContain('<cas:strength>EIDAS</cas:strength>');
    expect(validated.body).toContain('<cas:authenticationLevel>MEDIUM</cas:authenticationLevel>');
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toMatchObject([{ subject: 'fc-new-0001' }]);
  });

  it('OIDC: the code is issued after the reconciliation, acr MEDIUM', async () => {
    const rp = await discover(portal, 'web-app', WEB_SECRET);
    const pending = await authorizationRequest(rp, WEB_CALLBACK, { acr_values: 'MEDIUM' });
    const headers = { host: new URL(portal.baseUrl).host };
    const home = new URL(portal.baseUrl).origin;
    const [via] = await eidSignIn(person(EMAIL), 'fc-new-0001', {
      start: async (browser) => {
        let page = await browser.get(local(pending.url), headers);
        while (page.location && !page.location.startsWith('/login'))
          page = await browser.get(local(page.location), headers);
      },
    });
    let page = await reconcile(via);
    for (let hop = 0; hop < 10 && page.location && new URL(page.location, home).origin === home; hop++) {
      page = await via.get(local(page.location), headers);
    }
    const tokens = await redeem(rp, new URL(page.location!), pending);
    expect(tokens.claims()).toMatchObject({ sub: 'n0025vuz', acr: 'MEDIUM' });
  });

  it('the level reported is the one proven: an eID at eidas1 and a password reach BASIC — the level page, no ticket', async () => {
    const [via] = await eidSignIn(person(EMAIL), 'fc-new-0001', { start: casApp(), acr: 'eidas1' });
    const done = await reconcile(via);
    expect(done.status).toBe(403);
    expect(done.location).toBeUndefined();
    expect(textOf(done.html)).toContain('TRACES NT');
    // The link is made all the same (the account proved itself): only the application waits.
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toHaveLength(1);
  });

  it('a reconciliation finished in another browser completes neither browser’s application sign-in', async () => {
    const [first] = await eidSignIn(person(EMAIL), 'fc-attacker', { start: casApp() });
    const other = portal.browser('en');
    await signIn(other, EMAIL, PASSWORD);
    const elsewhere = await other.post('/login/eid/reconcile');
    expect(elsewhere.status).toBe(401);
    expect(elsewhere.location).toBeUndefined();
    // The first browser, without the account's own sign-in, gets nothing either.
    const unsigned = await first.post('/login/eid/reconcile');
    expect(unsigned.location).toBe('/login');
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toEqual([]);
  });
});
