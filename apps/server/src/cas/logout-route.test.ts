import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKEND_SERVICE,
  call,
  casSignIn,
  COOKIES,
  createCasWorld,
  expectFixture,
  lastPgt,
  STD_SERVICE,
  ticketIn,
  USER,
  type CasWorld,
} from '../../test/cas-kit';
import { notice, textOf, type Browser } from '../../test/test-portal';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

const catalogues = { en, fr } as const;

describe.each(['en', 'fr'] as const)('/cas/logout and single logout (%s)', (locale) => {
  const m = catalogues[locale];
  let world: CasWorld;
  let browser: Browser;
  beforeEach(async () => {
    world = await createCasWorld();
    browser = world.portal.browser(locale);
  });
  afterEach(() => world.close());

  it('§2.3: ends the SSO session, says so, and the next /cas/login asks for credentials again', async () => {
    await casSignIn(browser, STD_SERVICE);
    const page = await browser.get('/cas/logout');
    expect(page.status).toBe(200);
    expect(notice(page.html)).toBe(m.cas.signedOut);
    expect(textOf(page.html)).toContain(m.cas.signedOutTitle);
    expect(browser.session).toBeUndefined();
    expect((await browser.get(`/cas/login?service=${encodeURIComponent(STD_SERVICE)}`)).location).toBe('/login');
    const [event] = await world.portal.durable.audit.list({ userId: USER.id, limit: 1 });
    expect(event).toMatchObject({ type: 'sign_out', details: { protocol: 'cas' } });
  });

  it('a service ticket issued before the logout, not yet validated, dies with the session', async () => {
    const ticket = ticketIn(await casSignIn(browser, STD_SERVICE));
    await browser.get('/cas/logout');
    const res = await call(world.portal, '/cas/serviceValidate', { service: STD_SERVICE, ticket });
    expect(res.body).toContain('INVALID_TICKET');
    expect(res.body).not.toContain('authenticationSuccess');
  });

  it('a replayed session cookie is dead after the logout', async () => {
    await casSignIn(browser, STD_SERVICE);
    const old = browser.session!;
    await browser.get('/cas/logout');
    const replay = world.portal.browser(locale);
    replay.setCookie(COOKIES.session, old);
    expect((await replay.get(`/cas/login?service=${encodeURIComponent(STD_SERVICE)}`)).location).toBe('/login');
  });

  it('§2.3.1: follows service when it is a registered CAS service', async () => {
    await casSignIn(browser, STD_SERVICE);
    const page = await browser.get(`/cas/logout?service=${encodeURIComponent('https://std.example.org/bye')}`);
    expect(page.status).toBe(303);
    expect(page.location).toBe('https://std.example.org/bye');
    expect(browser.session).toBeUndefined();
  });

  it('§2.3.1: never follows an unregistered service (no open redirect)', async () => {
    await casSignIn(browser, STD_SERVICE);
    const page = await browser.get(`/cas/logout?service=${encodeURIComponent('https://evil.example.org/')}`);
    expect(page.status).toBe(200);
    expect(page.location).toBeUndefined();
    expect(browser.session).toBeUndefined();
  });

  it('without a session, still the signed-out page', async () => {
    const page = await browser.get('/cas/logout');
    expect(page.status).toBe(200);
    expect(notice(page.html)).toBe(m.cas.signedOut);
  });

  it('§2.3.3: POSTs a LogoutRequest naming the service ticket to each application that wants it', async () => {
    const sloService = `${world.slo.base}/app/cas`;
    const first = ticketIn(await casSignIn(browser, sloService));
    const second = ticketIn(await browser.get(`/cas/login?service=${encodeURIComponent(sloService)}`));
    // singleLogout: false, on the same server: told nothing.
    await browser.get(`/cas/login?service=${encodeURIComponent(`${world.slo.base}/quiet/cas`)}`);
    await browser.get('/cas/logout');

    const posts = world.slo.requests;
    expect(posts.map((p) => [p.method, p.url])).toEqual([
      ['POST', '/app/cas'],
      ['POST', '/app/cas'],
    ]);
    const requests = posts.map((p) => new URLSearchParams(p.body).get('logoutRequest')!);
    for (const request of requests) expectFixture(request, 'slo-logout-request.xml');
    const indexes = requests.map((r) => /<samlp:SessionIndex>(.+)<\/samlp:SessionIndex>/.exec(r)![1]).sort();
    expect(indexes).toEqual([first, second].sort());
  });

  it('an application that fails its logout request does not stop the logout', async () => {
    world.slo.status = 500;
    await casSignIn(browser, `${world.slo.base}/app/cas`);
    const page = await browser.get('/cas/logout');
    expect(page.status).toBe(200);
    expect(world.slo.requests).toHaveLength(1);
    expect(browser.session).toBeUndefined();
  });

  it('the portal’s own sign-out tells the applications too', async () => {
    await casSignIn(browser, `${world.slo.base}/app/cas`);
    await browser.post('/logout');
    expect(world.slo.requests).toHaveLength(1);
  });

  it('§3.3.1: the PGTs obtained in the session die with it', async () => {
    const st = ticketIn(await casSignIn(browser, STD_SERVICE));
    await call(world.portal, '/cas/serviceValidate', {
      service: STD_SERVICE,
      ticket: st,
      pgtUrl: `${world.callbacks.base}/std/cb`,
    });
    const pgt = lastPgt(world.callbacks);
    expect((await call(world.portal, '/cas/proxy', { pgt, targetService: BACKEND_SERVICE })).body).toContain(
      'proxySuccess',
    );
    await browser.get('/cas/logout');
    expect((await call(world.portal, '/cas/proxy', { pgt, targetService: BACKEND_SERVICE })).body).toContain(
      '<cas:proxyFailure code="INVALID_TICKET">',
    );
  });
});
