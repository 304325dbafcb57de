import type { RelyingAppInput } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, ticketIn } from '../../test/cas-kit';
import { startEidWorld, TRACES_AT_MEDIUM, type TestEidProvider } from '../../test/eid-provider-kit';
import {
  authorizationRequest,
  discover,
  OIDC_TEST_APPS,
  redeem,
  WEB_CALLBACK,
  WEB_SECRET,
} from '../../test/oidc-relying-party';
import {
  errorNotice,
  errorSummary,
  notice,
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
 * eID by federation end to end (issue 15 point 1; docs/adr/0042), against a second OpenID Connect
 * provider started by the test as the eID (oidc-provider), with Sésame's real openid-client
 * adapter: link after signing in, sign in with the eID alone to an OIDC application and to CAS at
 * the mapped level, the mapping's refusals (SEC-42), and the attacker's cases — a replayed state,
 * an answer carried to another browser, a tampered nonce or iss, an eID nobody linked.
 */

const m = en;
const EMAIL = 'marie.dupont@ddpp35.example.fr';
const PASSWORD = 'le chat dort sur le radiateur';
const MEDIUM_SERVICE = 'https://traces.example.eu/cas';
const APPS: RelyingAppInput[] = [...OIDC_TEST_APPS, TRACES_AT_MEDIUM];

let idp: TestEidProvider;
let portal: TestPortal;
let browser: Browser;

beforeEach(async () => {
  ({ idp, portal } = await startEidWorld({ relyingApps: APPS }));
  await portal.createUser({ id: 'n0025vuz', email: EMAIL, password: PASSWORD, emailLocale: 'en' });
  browser = portal.browser('en');
});

afterEach(async () => {
  await portal?.close();
  await idp?.close();
});

/** Path and query of a URL back at Sésame (the browser is in-process). */
const local = (url: URL | string) => {
  const u = new URL(url, portal.baseUrl);
  expect(u.origin).toBe(new URL(portal.baseUrl).origin);
  return `${u.pathname}${u.search}`;
};

/** From a redirect to the provider, through it (as `idp.next`), to the callback Sésame answers. */
async function throughProvider(toProvider: Page, via: Browser = browser, tamper?: (url: URL) => URL): Promise<Page> {
  expect(toProvider.status).toBe(303);
  const url = new URL(toProvider.location!);
  expect(url.origin).toBe(idp.issuer);
  // What openid-client sent: PKCE S256, state, nonce, the acr asked.
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('acr_values')).toBe('eidas2');
  const back = await idp.signIn(url.toString());
  return via.get(local(tamper ? tamper(back) : back));
}

async function linkEid(acr = 'eidas2', subject = 'fc-sub-0001'): Promise<Page> {
  await signIn(browser, EMAIL, PASSWORD);
  idp.next = { subject, acr };
  return throughProvider(await browser.post('/account/eids/link', { provider: 'testeid' }));
}

/** A browser without a session that has seen the first screen (its CSRF cookie). */
async function fresh(): Promise<Browser> {
  const via = portal.browser('en');
  await via.get('/login');
  return via;
}

/** A browser (a fresh one by default) at the first screen, signing in with the eID at `acr`. */
async function eidSignIn(acr: string | null, given?: Browser, subject = 'fc-sub-0001') {
  const via = given ?? (await fresh());
  idp.next = { subject, acr };
  return throughProvider(await via.post('/login/eid', { provider: 'testeid' }), via);
}

/** Follows Sésame's redirects until one leaves for an application. */
async function untilApp(page: Page, via: Browser): Promise<URL> {
  for (let hop = 0; hop < 10; hop++) {
    expect(page.status, textOf(page.html).slice(0, 300)).toBe(303);
    const next = new URL(page.location!, portal.baseUrl);
    if (next.origin !== new URL(portal.baseUrl).origin) return next;
    page = await via.get(local(next));
  }
  throw new Error('round in circles');
}

describe('"Manage my eIDs" → "Link my eID"', () => {
  it('links the eID after signing in, lists it, mails the owner, audits it', async () => {
    const back = await linkEid();
    expect(back.location).toBe('/account/eids?linked=testeid');
    const list = await browser.get(back.location!);
    expect(notice(list.html)).toBe(format(m.eids.linkedNotice, { provider: 'Test eID' }));
    expect(textOf(list.html)).toContain('Test eID');
    expect(list.html).not.toContain('fc-sub-0001');
    expect(portal.mailer.last('eid-changed').params).toMatchObject({ name: 'Test eID', change: 'added' });
    const [link] = await portal.durable.eidLinks.listByUser('n0025vuz');
    expect(link).toMatchObject({ provider: 'testeid', issuer: idp.issuer, subject: 'fc-sub-0001' });
    const events = await portal.durable.audit.list({ userId: 'n0025vuz', limit: 5 });
    expect(events.find((e) => e.type === 'credential.enrolled')).toMatchObject({
      type: 'credential.enrolled',
      details: { kind: 'eid', provider: 'testeid', level: 'MEDIUM' },
    });
    // The account page leads here.
    expect((await browser.get('/account')).html).toContain('href="/account/eids"');
  });

  it('refuses an eID already linked to another account (409), and an eID without a known level (403)', async () => {
    await portal.createUser({ id: 'x1234567', email: 'other@example.eu', password: PASSWORD });
    await portal.durable.eidLinks.create({
      id: 'l-other',
      userId: 'x1234567',
      provider: 'testeid',
      issuer: idp.issuer,
      subject: 'fc-sub-0001',
      createdAt: new Date(),
      lastUsedAt: null,
    });
    const taken = await linkEid();
    expect(taken.status).toBe(409);
    expect(errorNotice(taken.html)).toBe(m.errors.EID_ALREADY_LINKED);
    idp.next = { subject: 'fc-sub-0002', acr: null };
    const noLevel = await throughProvider(await browser.post('/account/eids/link', { provider: 'testeid' }));
    expect(noLevel.status).toBe(403);
    expect(errorNotice(noLevel.html)).toBe(m.errors.EID_LEVEL_UNKNOWN);
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toEqual([]);
  });

  it('SEC-27: an account with a second factor links an eID only after presenting it', async () => {
    await storeActiveDevice(portal, {
      id: 'dev-1',
      userId: 'n0025vuz',
      name: 'Pixel',
      installationId: 'inst-1',
      pushSubscription: null,
    });
    await portal.durable.users.update('n0025vuz', { secondFactorSince: portal.clock.now() });
    await signIn(browser, EMAIL, PASSWORD);
    const refused = await browser.post('/account/eids/link', { provider: 'testeid' });
    expect(refused.status).toBe(403);
    expect(textOf(refused.html)).toContain(m.eids.secondFactorBody);
  });

  it('unlinks: the eID no longer signs in, the owner is mailed', async () => {
    await linkEid();
    const [link] = await portal.durable.eidLinks.listByUser('n0025vuz');
    const done = await browser.post(`/account/eids/${link!.id}/unlink`);
    expect(done.location).toBe('/account/eids?unlinked=1');
    expect(portal.mailer.last('eid-changed').params.change).toBe('deleted');
    expect((await eidSignIn('eidas2')).status).toBe(403);
    // Someone else's link, or none: 404.
    expect((await browser.post(`/account/eids/${link!.id}/unlink`)).status).toBe(404);
  });
});

describe('"Sign in with eID" on the first screen', () => {
  beforeEach(async () => {
    expect((await linkEid()).status).toBe(303);
  });

  it('offers one button per provider, in the page’s language', async () => {
    const first = await portal.browser('fr').get('/login');
    expect(first.html).toContain('action="/login/eid"');
    expect(textOf(first.html)).toContain('Se connecter avec Identité de test');
    // CSP form-action governs the redirect after the form (Chromium, WebKit): the provider is listed.
    expect(String(first.headers['content-security-policy'])).toMatch(
      /form-action 'self'[^;]* http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(String(first.headers['content-security-policy'])).toContain(idp.issuer);
  });

  it('eidas2 signs in to a MEDIUM OIDC application directly: acr MEDIUM, amr mfa, no password asked', async () => {
    const rp = await discover(portal, 'web-app', WEB_SECRET);
    const pending = await authorizationRequest(rp, WEB_CALLBACK, { acr_values: 'MEDIUM' });
    const via = await fresh();
    const headers = { host: new URL(portal.baseUrl).host };
    let page = await via.get(local(pending.url), headers);
    while (page.location && !page.location.startsWith('/login')) page = await via.get(local(page.location), headers);
    const callback = await untilApp(await eidSignIn('eidas2', via), via);
    const tokens = await redeem(rp, callback, pending);
    expect(tokens.claims()).toMatchObject({ sub: 'n0025vuz', acr: 'MEDIUM', amr: ['mfa'] });
  });

  it('eidas2 signs in to a MEDIUM CAS application: strength EIDAS, level MEDIUM in the ticket’s validation', async () => {
    const via = await fresh();
    const start = await via.get(`/cas/login?service=${encodeURIComponent(MEDIUM_SERVICE)}`);
    expect(start.location).toMatch(/^\/login/);
    const ticket = ticketIn(await eidSignIn('eidas2', via));
    const validated = await call(portal, '/cas/p3/serviceValidate', { service: MEDIUM_SERVICE, ticket });
    expect(validated.body).toContain('<cas:strength>EIDAS</cas:strength>');
    expect(validated.body).toContain('<cas:authenticationLevel>MEDIUM</cas:authenticationLevel>');
    const events = await portal.durable.audit.list({ userId: 'n0025vuz', limit: 5 });
    expect(events.find((e) => e.type === 'sign_in.succeeded')?.details).toEqual({ method: 'EIDAS' });
  });

  it('eidas1 maps to BASIC: refused where MEDIUM is needed (the level page, no ticket)', async () => {
    const via = await fresh();
    await via.get(`/cas/login?service=${encodeURIComponent(MEDIUM_SERVICE)}`);
    const page = await eidSignIn('eidas1', via);
    const landed = page.location ? await via.get(local(page.location)) : page;
    expect(landed.status).toBe(403);
    expect(landed.location).toBeUndefined();
  });

  it('eidas3 maps to HIGH: an application asking HIGH gets it', async () => {
    const via = await fresh();
    await via.get(`/cas/login?service=${encodeURIComponent(MEDIUM_SERVICE)}&authenticationLevel=HIGH`);
    const ticket = ticketIn(await eidSignIn('eidas3', via));
    const validated = await call(portal, '/cas/p3/serviceValidate', { service: MEDIUM_SERVICE, ticket });
    expect(validated.body).toContain('<cas:authenticationLevel>HIGH</cas:authenticationLevel>');
    expect(validated.body).toContain('<cas:strength>EIDAS</cas:strength>');
  });

  it('SEC-42: no acr, or one the mapping does not name, is refused — never given a level', async () => {
    for (const acr of [null, 'eidas9']) {
      const page = await eidSignIn(acr);
      expect(page.status).toBe(403);
      expect(errorSummary(page.html)).toEqual([m.errors.EID_LEVEL_UNKNOWN]);
    }
  });
});

describe('the attacker at the eID callback', () => {
  beforeEach(async () => {
    expect((await linkEid()).status).toBe(303);
  });

  it('a replayed answer (the same state) is refused: 401, no session', async () => {
    const via = await fresh();
    idp.next = { subject: 'fc-sub-0001', acr: 'eidas2' };
    const toProvider = await via.post('/login/eid', { provider: 'testeid' });
    const back = await idp.signIn(toProvider.location!);
    expect((await via.get(local(back))).status).toBe(303);
    const again = await via.get(local(back));
    expect(again.status).toBe(401);
    expect(errorSummary(again.html)).toEqual([m.errors.EID_REFUSED]);
  });

  it('an answer carried to another browser (login CSRF) is refused, and stays usable by nobody', async () => {
    const victim = await fresh();
    const attacker = await fresh();
    idp.next = { subject: 'fc-sub-0001', acr: 'eidas2' };
    const back = await idp.signIn((await attacker.post('/login/eid', { provider: 'testeid' })).location!);
    const page = await victim.get(local(back));
    expect(page.status).toBe(401);
    expect(victim.session).toBeUndefined();
    expect((await attacker.get(local(back))).status).toBe(401);
  });

  it('a tampered nonce (the ID token then carries another) is refused by openid-client', async () => {
    const via = await fresh();
    const toProvider = await via.post('/login/eid', { provider: 'testeid' });
    const url = new URL(toProvider.location!);
    url.searchParams.set('nonce', 'attacker-chosen-nonce');
    idp.next = { subject: 'fc-sub-0001', acr: 'eidas2' };
    const page = await via.get(local(await idp.signIn(url.toString())));
    expect(page.status).toBe(401);
    expect(via.session).toBeUndefined();
    const [failed] = await portal.durable.audit.list({ limit: 1 });
    expect(failed).toMatchObject({ type: 'sign_in.failed', details: { method: 'EIDAS' } });
    expect(String(failed?.details.reason)).toMatch(/^eid_check_/);
  });

  it('a wrong iss in the answer (RFC 9207, a mix-up) is refused', async () => {
    const via = await fresh();
    const page = await throughProvider(await via.post('/login/eid', { provider: 'testeid' }), via, (back) => {
      back.searchParams.set('iss', 'https://evil.example.eu');
      return back;
    });
    expect(page.status).toBe(401);
    expect(via.session).toBeUndefined();
    const [failed] = await portal.durable.audit.list({ limit: 1 });
    expect(String(failed?.details.reason)).toMatch(/^eid_check_/);
  });

  it('a link started by one account is not bound to another signed in meanwhile in the same browser', async () => {
    await portal.createUser({ id: 'x1234567', email: 'other@example.eu', password: PASSWORD });
    idp.next = { subject: 'fc-sub-0002', acr: 'eidas2' };
    const toProvider = await browser.post('/account/eids/link', { provider: 'testeid' });
    const back = await idp.signIn(toProvider.location!);
    await browser.post('/logout');
    await signIn(browser, 'other@example.eu', PASSWORD);
    const page = await browser.get(local(back));
    expect(page.status).toBe(401);
    expect(errorNotice(page.html)).toBe(m.eids.signInAgain);
    expect(await portal.durable.eidLinks.listByUser('x1234567')).toEqual([]);
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toHaveLength(1);
  });

  it('an eID that nobody linked is refused with the way to link it (403)', async () => {
    const page = await eidSignIn('eidas3', undefined, 'fc-sub-stranger');
    expect(page.status).toBe(403);
    expect(errorSummary(page.html)).toEqual([m.errors.EID_NOT_LINKED]);
    const [failed] = await portal.durable.audit.list({ limit: 1 });
    expect(failed).toMatchObject({ type: 'sign_in.failed', userId: null, details: { reason: 'eid_not_linked' } });
  });

  it('a provider not configured is a 401 on the first screen, not an open redirect', async () => {
    const page = await (await fresh()).post('/login/eid', { provider: 'https://evil.example' });
    expect(page.status).toBe(401);
    expect(page.location).toBeUndefined();
  });
});
