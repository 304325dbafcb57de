import { SesameError, type EphemeralStore, type RelyingAppInput } from '@sesame/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../test/cas-kit';
import { startEidWorld, type TestEidProvider, portalPath, linkEidInStore } from '../../test/eid-provider-kit';
import { OPEN_REDIRECT_PAYLOADS } from '../../test/open-redirect-payloads';
import { errorNotice, signIn, type Browser, type Page, type TestPortal } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';

/**
 * The attacker's review of the eID step-up and of the application kept across the reconciliation
 * (docs/adr/0053), with real requests against a test portal and the test eID provider: someone
 * who holds the victim's password, or their own Sésame account and their own eID, tries to reach
 * a higher level than the factors presented — by swapping the browser's sign-in between the eID's
 * start and its answer, by answering twice at once, by another account's waiting sign-in — and
 * the new forms without their CSRF token, with redirect payloads, or with a store down. Each test
 * fails if the hole it names exists.
 */
const m = en;
const VICTIM = 'marie.dupont@ddpp35.example.fr';
const ATTACKER = 'mallory@example.eu';
const PASSWORD = 'le chat dort sur le radiateur';
const TRACES = 'https://traces.example.eu/cas';
const FISH = 'https://fish.example.eu/cas';
const APPS: RelyingAppInput[] = [
  {
    id: 'traces',
    name: 'TRACES NT',
    attributes: ['email'],
    policy: { minimumLevel: 'MEDIUM' },
    cas: { services: ['https://traces.example.eu/*'], flavour: 'eulogin', singleLogout: false },
  },
  {
    id: 'fish',
    name: 'Fisheries',
    attributes: ['email'],
    policy: { minimumLevel: 'HIGH' },
    cas: { services: ['https://fish.example.eu/*'], flavour: 'eulogin', singleLogout: false },
  },
];

/** The keys the store refuses while a test says so (a prefix: `eid-flow:`, `ltx:`, …). */
let failing: string | null = null;
/** The keys the store reads slowly (a prefix), so that two requests at once both read before either writes. */
let slowed: string | null = null;
const down = (): Promise<never> =>
  Promise.reject(new SesameError('STORE_UNAVAILABLE', {}, { cause: new Error('connect ECONNREFUSED') }));

/** The ephemeral store, down for the keys of one step only: the rest of the portal works. */
function partlyDown(store: EphemeralStore): EphemeralStore {
  const keyed = new Set(['get', 'take', 'set', 'setIfAbsent', 'delete', 'increment']);
  return new Proxy(store, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (typeof name !== 'string' || !keyed.has(name)) return method.bind(target);
      return async (key: string, ...rest: unknown[]) => {
        if (failing !== null && key.startsWith(failing)) return down();
        const result: unknown = await method.call(target, key, ...rest);
        // Read now, answered later: a read of another request meanwhile sees the same value.
        if (name === 'get' && slowed !== null && key.startsWith(slowed)) await sleep(150);
        return result;
      };
    },
  });
}

let idp: TestEidProvider;
let portal: TestPortal;

beforeEach(async () => {
  failing = null;
  slowed = null;
  ({ idp, portal } = await startEidWorld({
    relyingApps: APPS,
    wrapEphemeral: partlyDown,
    provider: { scopes: ['openid', 'email', 'profile'], createAccounts: true },
  }));
  await portal.createUser({ id: 'n0025vuz', email: VICTIM, password: PASSWORD, emailLocale: 'en' });
  await portal.createUser({ id: 'm4110ry0', email: ATTACKER, password: PASSWORD, emailLocale: 'en' });
});

afterEach(async () => {
  failing = null;
  await portal?.close();
  await idp?.close();
});

const local = (url: URL | string) => portalPath(portal, url);

const linked = (userId: string, subject: string) => linkEidInStore(portal, idp, userId, subject);

/** `email` signs in with the password for the CAS `service`: the level page (403), a sign-in kept. */
async function atLevelPage(via: Browser, email: string, service: string): Promise<Page> {
  const start = await via.get(`/cas/login?service=${encodeURIComponent(service)}`);
  expect(start.location).toMatch(/^\/login/);
  await via.follow(start);
  const page = await signIn(via, email, PASSWORD);
  expect(page.status).toBe(403);
  return page;
}

/** The level page's eID button, answered at the provider by `subject` at `acr`: Sésame's callback path. */
async function eidAnswer(via: Browser, subject: string, acr: string, path = '/login/step-up/eid'): Promise<string> {
  const toProvider = await via.post(path, { provider: 'testeid' });
  expect(toProvider.status).toBe(303);
  idp.next = { subject, acr, claims: person(VICTIM) };
  return local(await idp.signIn(toProvider.location!));
}

const person = (email: string) => ({ given_name: 'Jean', family_name: 'Martin', email, email_verified: true });

/** A CAS ticket in the answer, for a service under `service`'s origin, or null. */
function ticketFor(page: Page, service: string): string | null {
  if (page.status !== 303 || !page.location?.startsWith(service)) return null;
  return new URL(page.location).searchParams.get('ticket');
}

/** The tickets among `pages`, whatever their service. */
const tickets = (pages: Page[]) =>
  pages.filter((p) => p.location !== undefined && new URL(p.location, portal.baseUrl).searchParams.has('ticket'));

/** What the session of `via` gives the CAS `service` now (SSO): a ticket, or the level page. */
async function ssoAt(via: Browser, service: string): Promise<Page> {
  return via.get(`/cas/login?service=${encodeURIComponent(service)}`);
}

describe('the attacker and the eID step-up: no level beyond what was presented', () => {
  it('the login cookie swapped between the start and the answer, to a sign-in kept for an application at HIGH: the eID at MEDIUM reaches nothing there', async () => {
    await linked('n0025vuz', 'fc-marie');
    const via = portal.browser('en');
    await atLevelPage(via, VICTIM, TRACES);
    // Asked for what reaches TRACES (MEDIUM); the provider will answer eidas2.
    const toProvider = await via.post('/login/step-up/eid', { provider: 'testeid' });
    expect(new URL(toProvider.location!).searchParams.get('acr_values')).toBe('eidas2 eidas3');
    // Meanwhile, the same browser opens Fisheries (HIGH): its level page keeps a sign-in of its own.
    const fish = await ssoAt(via, FISH);
    expect(fish.status).toBe(403);
    idp.next = { subject: 'fc-marie', acr: 'eidas2' };
    const back = await via.get(local(await idp.signIn(toProvider.location!)));
    // Judged against the application the browser's sign-in waits for: MEDIUM is not HIGH.
    expect(back.status).toBe(403);
    expect(tickets([back])).toEqual([]);
    expect(ticketFor(await ssoAt(via, FISH), FISH)).toBeNull();
  });

  it('the login cookie swapped to a sign-in whose application does not accept the eID’s strength: the level page, no ticket', async () => {
    await linked('n0025vuz', 'fc-marie');
    const via = portal.browser('en');
    await atLevelPage(via, VICTIM, TRACES);
    const toProvider = await via.post('/login/step-up/eid', { provider: 'testeid' });
    const started = via.cookie(COOKIES.login);
    // The same application, asked again accepting only the app and a code generator (EU Login's
    // acceptStrengths): the eID is not offered there, and a forged press finds no eID way.
    const strict = await via.get(
      `/cas/login?service=${encodeURIComponent(TRACES)}&acceptStrengths=PASSWORD_MOBILE_APP,PASSWORD_SOFTWARE_TOKEN`,
    );
    expect(strict.status).toBe(403);
    expect(strict.html).not.toContain('action="/login/step-up/eid"');
    expect(via.cookie(COOKIES.login)).not.toBe(started);
    idp.next = { subject: 'fc-marie', acr: 'eidas3' };
    const back = await via.get(local(await idp.signIn(toProvider.location!)));
    expect(back.status).toBe(403);
    expect(tickets([back])).toEqual([]);
  });

  it('an answer for the account that started it, the login cookie swapped to the victim’s waiting sign-in: nothing of the victim’s ends', async () => {
    // Mallory has her own account and her own eID; she also knows Marie's password.
    await linked('m4110ry0', 'fc-mallory');
    const attacker = portal.browser('en');
    await atLevelPage(attacker, ATTACKER, TRACES);
    const toProvider = await attacker.post('/login/step-up/eid', { provider: 'testeid' });
    idp.next = { subject: 'fc-mallory', acr: 'eidas3' };
    const back = local(await idp.signIn(toProvider.location!));
    // Marie's password sign-in at TRACES, waiting at the level page, in a browser Mallory holds.
    const other = portal.browser('en');
    await atLevelPage(other, VICTIM, TRACES);
    attacker.setCookie(COOKIES.login, other.cookie(COOKIES.login)!);
    attacker.setCookie(COOKIES.session, other.session!);
    const page = await attacker.get(back);
    expect(tickets([page])).toEqual([]);
    // Marie's session is still the password's alone: TRACES still asks for more.
    expect((await ssoAt(other, TRACES)).status).toBe(403);
    const marie = await portal.durable.audit.list({ userId: 'n0025vuz', limit: 20 });
    expect(marie.filter((e) => e.type === 'sign_in.succeeded' && e.details?.method === 'EIDAS')).toEqual([]);
  });

  it('an eID sign-in of Mallory’s answered over the victim’s waiting sign-in (login cookie put back): refused, no ticket', async () => {
    await linked('m4110ry0', 'fc-mallory');
    const via = portal.browser('en');
    await atLevelPage(via, VICTIM, TRACES);
    const kept = via.cookie(COOKIES.login)!;
    // The first screen's "Sign in with eID", started from a browser without a sign-in…
    via.setCookie(COOKIES.login, 'none');
    const back = await eidAnswer(via, 'fc-mallory', 'eidas3', '/login/eid');
    // …answered with Marie's waiting sign-in put back.
    via.setCookie(COOKIES.login, kept);
    const page = await via.get(back);
    expect(tickets([page])).toEqual([]);
    expect(ticketFor(await ssoAt(via, TRACES), TRACES)).toBeNull();
  });

  it('the same answer twice at once: exactly one CAS ticket', async () => {
    await linked('n0025vuz', 'fc-marie');
    const via = portal.browser('en');
    await atLevelPage(via, VICTIM, TRACES);
    const back = await eidAnswer(via, 'fc-marie', 'eidas2');
    const pages = await Promise.all([via.get(back), via.get(back)]);
    expect(tickets(pages)).toHaveLength(1);
  });

  it('two step-ups of one waiting sign-in, answered at once: it is consumed once — exactly one CAS ticket', async () => {
    await linked('n0025vuz', 'fc-marie');
    const via = portal.browser('en');
    await atLevelPage(via, VICTIM, TRACES);
    const first = await eidAnswer(via, 'fc-marie', 'eidas2');
    const second = await eidAnswer(via, 'fc-marie', 'eidas2');
    // Both answers read the waiting sign-in before either ends it.
    slowed = 'ltx:';
    const pages = await Promise.all([via.get(first), via.get(second)]);
    expect(tickets(pages)).toHaveLength(1);
    const validated = await call(portal, '/cas/p3/serviceValidate', {
      service: TRACES,
      ticket: ticketFor(tickets(pages)[0]!, TRACES)!,
    });
    expect(validated.body).toContain('<cas:user>n0025vuz</cas:user>');
  });

  it('two eID sign-ins from one application’s first screen, answered at once: exactly one CAS ticket', async () => {
    await linked('n0025vuz', 'fc-marie');
    const via = portal.browser('en');
    await via.follow(await ssoAt(via, TRACES));
    const first = await eidAnswer(via, 'fc-marie', 'eidas2', '/login/eid');
    const second = await eidAnswer(via, 'fc-marie', 'eidas2', '/login/eid');
    slowed = 'ltx:';
    const pages = await Promise.all([via.get(first), via.get(second)]);
    expect(tickets(pages)).toHaveLength(1);
  });

  it('a successful step-up rotates the session: the id before it opens nothing', async () => {
    await linked('n0025vuz', 'fc-marie');
    const via = portal.browser('en');
    await atLevelPage(via, VICTIM, TRACES);
    const before = via.session!;
    expect(ticketFor(await via.get(await eidAnswer(via, 'fc-marie', 'eidas2')), TRACES)).not.toBeNull();
    expect(via.session).not.toBe(before);
    const fixed = portal.browser('en');
    fixed.setCookie(COOKIES.session, before);
    expect((await fixed.get('/account')).location).toMatch(/^\/login/);
  });
});

describe('the attacker and the application kept across the reconciliation', () => {
  /** A fresh browser: the CAS sign-in of `service`, then "Sign in with eID" as an eID nobody linked. */
  async function newcomerFrom(service: string, acr = 'eidas2', swapTo?: string): Promise<Browser> {
    const via = portal.browser('en');
    await via.follow(await ssoAt(via, service));
    const toProvider = await via.post('/login/eid', { provider: 'testeid' });
    // The browser's sign-in swapped to another application's before the provider answers.
    if (swapTo) await via.follow(await ssoAt(via, swapTo));
    idp.next = { subject: 'fc-new-0001', acr, claims: person(VICTIM) };
    const back = await via.get(local(await idp.signIn(toProvider.location!)));
    expect(back.location).toBe('/login/eid/new');
    return via;
  }

  async function provedAs(via: Browser, email: string) {
    await via.get('/login?return_to=%2Flogin%2Feid%2Freconcile');
    expect((await signIn(via, email, PASSWORD)).location).toBe('/login/eid/reconcile');
  }

  it('the login cookie swapped to an application at HIGH before the answer: an eID at MEDIUM and a password get its level page, no ticket', async () => {
    const via = await newcomerFrom(TRACES, 'eidas2', FISH);
    await provedAs(via, VICTIM);
    const done = await via.post('/login/eid/reconcile');
    expect(done.status).toBe(403);
    expect(tickets([done])).toEqual([]);
  });

  it('another application opened during the reconciliation: the ticket goes to the one the eID came back to, and no other', async () => {
    const via = await newcomerFrom(TRACES);
    await via.follow(await ssoAt(via, FISH));
    await provedAs(via, VICTIM);
    const done = await via.post('/login/eid/reconcile');
    expect(ticketFor(done, TRACES)).not.toBeNull();
    expect(ticketFor(done, FISH)).toBeNull();
  });

  it('"Link my eID" posted twice at once: one link, exactly one ticket', async () => {
    const via = await newcomerFrom(TRACES);
    await provedAs(via, VICTIM);
    const pages = await Promise.all([via.post('/login/eid/reconcile'), via.post('/login/eid/reconcile')]);
    expect(tickets(pages)).toHaveLength(1);
    expect(pages.map((p) => p.status).sort()).toEqual([303, 401]);
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toHaveLength(1);
  });

  it('"Create my account" posted twice at once: one account, exactly one ticket', async () => {
    const via = portal.browser('en');
    await via.follow(await ssoAt(via, TRACES));
    const toProvider = await via.post('/login/eid', { provider: 'testeid' });
    idp.next = { subject: 'fc-new-0002', acr: 'eidas2', claims: person('jean.martin@example.eu') };
    await via.get(local(await idp.signIn(toProvider.location!)));
    const pages = await Promise.all([
      via.post('/login/eid/new', { privacyAccepted: 'yes' }),
      via.post('/login/eid/new', { privacyAccepted: 'yes' }),
    ]);
    expect(tickets(pages)).toHaveLength(1);
    expect(await portal.durable.users.findByEmail('jean.martin@example.eu')).not.toBeNull();
  });

  it('the victim’s own account proof in the attacker’s newcomer browser is needed: Mallory signed in to her own account links nothing to Marie', async () => {
    const via = await newcomerFrom(TRACES);
    await via.get('/login?return_to=%2Flogin%2Feid%2Freconcile');
    await signIn(via, ATTACKER, PASSWORD);
    const done = await via.post('/login/eid/reconcile');
    expect(tickets([done])).toEqual([]);
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toEqual([]);
    expect(await portal.durable.eidLinks.listByUser('m4110ry0')).toEqual([]);
  });
});

describe('the new forms: CSRF, redirect payloads', () => {
  it('the step-up, "Link my eID" and "Create my account" without their CSRF token: 403, nothing done', async () => {
    await linked('n0025vuz', 'fc-marie');
    const via = portal.browser('en');
    await atLevelPage(via, VICTIM, TRACES);
    const stepUp = await via.post('/login/step-up/eid', { provider: 'testeid' }, { csrf: null });
    expect(stepUp.status).toBe(403);
    expect(stepUp.location).toBeUndefined();

    const newcomer = portal.browser('en');
    await newcomer.get('/login');
    const toProvider = await newcomer.post('/login/eid', { provider: 'testeid' });
    idp.next = { subject: 'fc-new-0003', acr: 'eidas2', claims: person('jean.martin@example.eu') };
    await newcomer.get(local(await idp.signIn(toProvider.location!)));
    const create = await newcomer.post('/login/eid/new', { privacyAccepted: 'yes' }, { csrf: null });
    expect(create.status).toBe(403);
    expect(await portal.durable.users.findByEmail('jean.martin@example.eu')).toBeNull();

    const reconciling = portal.browser('en');
    await reconciling.get('/login');
    const again = await reconciling.post('/login/eid', { provider: 'testeid' });
    idp.next = { subject: 'fc-new-0004', acr: 'eidas2', claims: person(VICTIM) };
    await reconciling.get(local(await idp.signIn(again.location!)));
    await signIn(reconciling, VICTIM, PASSWORD);
    const link = await reconciling.post('/login/eid/reconcile', {}, { csrf: null });
    expect(link.status).toBe(403);
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toMatchObject([{ subject: 'fc-marie' }]);
  });

  it('redirect payloads as the step-up’s provider or the callback’s: never sent off the portal but to the eID provider', async () => {
    await linked('n0025vuz', 'fc-marie');
    const via = portal.browser('en');
    await atLevelPage(via, VICTIM, TRACES);
    const offsite = (page: Page) =>
      page.location !== undefined && new URL(page.location, portal.baseUrl).origin !== new URL(portal.baseUrl).origin;
    for (const { payload } of OPEN_REDIRECT_PAYLOADS) {
      const pressed = await via.post('/login/step-up/eid', { provider: payload.slice(0, 64) });
      expect(offsite(pressed), payload).toBe(false);
      const answered = await via.get(`/login/eid/callback/${encodeURIComponent(payload)}?state=x`);
      expect(offsite(answered), payload).toBe(false);
    }
  });
});

describe('a store down on each new step: 503, never a way round', () => {
  it('the step-up’s start (the flow not written): 503, not sent to the provider', async () => {
    await linked('n0025vuz', 'fc-marie');
    const via = portal.browser('en');
    await atLevelPage(via, VICTIM, TRACES);
    failing = 'eid-flow:';
    const page = await via.post('/login/step-up/eid', { provider: 'testeid' });
    expect(page.status).toBe(503);
    expect(page.location).toBeUndefined();
    expect(errorNotice(page.html)).toBe(m.errors.STORE_UNAVAILABLE);
  });

  it('the step-up’s answer, the flow or the waiting sign-in unreadable: 503, no ticket; once back, one ticket at most', async () => {
    await linked('n0025vuz', 'fc-marie');
    // The flow unreadable: nothing was taken, so the same answer, once the store is back, is its
    // first use — one ticket, then none.
    const via = portal.browser('en');
    await atLevelPage(via, VICTIM, TRACES);
    const back = await eidAnswer(via, 'fc-marie', 'eidas2');
    failing = 'eid-flow:';
    const refused = await via.get(back);
    failing = null;
    expect(refused.status).toBe(503);
    expect(tickets([refused])).toEqual([]);
    expect(tickets([await via.get(back), await via.get(back)])).toHaveLength(1);
    // The waiting sign-in unreadable: the flow is spent, the answer again ends nothing.
    const other = portal.browser('en');
    await atLevelPage(other, VICTIM, TRACES);
    const answer = await eidAnswer(other, 'fc-marie', 'eidas2');
    failing = 'ltx:';
    const outage = await other.get(answer);
    failing = null;
    expect(outage.status).toBe(503);
    expect(tickets([outage, await other.get(answer)])).toEqual([]);
  });

  it('the newcomer not written at the answer: 503, no pass; the reconciliation’s newcomer unreadable: 503, no link, no ticket', async () => {
    const via = portal.browser('en');
    await via.follow(await ssoAt(via, TRACES));
    const toProvider = await via.post('/login/eid', { provider: 'testeid' });
    idp.next = { subject: 'fc-new-0005', acr: 'eidas2', claims: person(VICTIM) };
    failing = 'eid-newcomer:';
    const back = await via.get(local(await idp.signIn(toProvider.location!)));
    failing = null;
    expect(back.status).toBe(503);
    expect(via.cookie(COOKIES.eidNewcomer)).toBeUndefined();

    const again = portal.browser('en');
    await again.follow(await ssoAt(again, TRACES));
    const second = await again.post('/login/eid', { provider: 'testeid' });
    idp.next = { subject: 'fc-new-0006', acr: 'eidas2', claims: person(VICTIM) };
    expect((await again.get(local(await idp.signIn(second.location!)))).location).toBe('/login/eid/new');
    await again.get('/login?return_to=%2Flogin%2Feid%2Freconcile');
    await signIn(again, VICTIM, PASSWORD);
    failing = 'eid-newcomer:';
    const done = await again.post('/login/eid/reconcile');
    failing = null;
    expect(done.status).toBe(503);
    expect(tickets([done])).toEqual([]);
    expect(await portal.durable.eidLinks.listByUser('n0025vuz')).toEqual([]);
  });
});
