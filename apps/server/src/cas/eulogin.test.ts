import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  casSignIn,
  createCasWorld,
  EULOGIN_SERVICE,
  expectFixture,
  lastPgt,
  STD_SERVICE,
  ticketIn,
  USER,
  type CasWorld,
} from '../../test/cas-kit';
import { errorNotice, type Browser } from '../../test/test-portal';
import { fr } from '../i18n/fr';

/** EU Login's extensions (reference/eulogin-facts.md §2.1–§2.7) for `flavour: 'eulogin'` apps. */
describe('EU Login flavour', () => {
  let world: CasWorld;
  let browser: Browser;
  beforeEach(async () => {
    world = await createCasWorld();
    browser = world.portal.browser('en');
  });
  afterEach(() => world.close());

  const init = (form: Record<string, string>) =>
    world.portal.app.inject({
      method: 'POST',
      url: '/cas/login/init',
      payload: new URLSearchParams(form).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  const loginRequestId = (body: string) => /<loginRequestId>(.+)<\/loginRequestId>/.exec(body)?.[1] ?? '';
  const validate = (params: Record<string, string | undefined>) => call(world.portal, '/cas/serviceValidate', params);
  const ssoTicket = async () => {
    if (!browser.session) await casSignIn(browser, STD_SERVICE);
    return ticketIn(await browser.get(`/cas/login?service=${encodeURIComponent(EULOGIN_SERVICE)}`));
  };

  describe('POST /cas/login/init', () => {
    it('answers a single-use ECAS_LR- login request id', async () => {
      const response = await init({
        service: EULOGIN_SERVICE,
        acceptStrengths: 'PASSWORD',
        authenticationLevel: 'BASIC',
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
      expectFixture(response.body, 'login-init-success.xml');
    });

    it('/cas/login?loginRequestId= signs in with the saved parameters, and the id works once', async () => {
      const id = loginRequestId((await init({ service: EULOGIN_SERVICE, locale: 'fr' })).body);
      // The login request replaces the URL's parameters: a service added to the URL is ignored.
      const start = await browser.get(
        `/cas/login?loginRequestId=${id}&service=${encodeURIComponent('https://evil.example.org/')}`,
      );
      expect(start.location).toBe('/login');
      // The saved locale chooses the sign-in pages' language (docs/adr/0045 §1).
      expect((await browser.follow(start)).html).toContain('<html lang="fr"');
      await browser.post('/login', { email: USER.email });
      const done = await browser.post('/login/password', { password: USER.password });
      expect(done.location).toMatch(/^https:\/\/traces\.example\.eu\/cas\?ticket=ST-/);

      const again = await browser.get(`/cas/login?loginRequestId=${id}`);
      expect(again.status).toBe(400);
      // Still the language the application asked for in this browser's session.
      expect(errorNotice(again.html)).toBe(fr.cas.loginRequestInvalid);
    });

    it('carries the asked level to /cas/login: a password session meets the step-up page', async () => {
      await casSignIn(browser, STD_SERVICE);
      const id = loginRequestId((await init({ service: EULOGIN_SERVICE, authenticationLevel: 'MEDIUM' })).body);
      expect((await browser.get(`/cas/login?loginRequestId=${id}`)).status).toBe(403);
    });

    it('carries renew to /cas/login', async () => {
      await casSignIn(browser, STD_SERVICE);
      const id = loginRequestId((await init({ service: EULOGIN_SERVICE, renew: 'true' })).body);
      expect((await browser.get(`/cas/login?loginRequestId=${id}`)).location).toBe('/login/password');
    });

    it('expires after five minutes', async () => {
      const id = loginRequestId((await init({ service: EULOGIN_SERVICE })).body);
      world.portal.clock.advance(5 * 60_000);
      expect((await browser.get(`/cas/login?loginRequestId=${id}`)).status).toBe(400);
    });

    it('an unknown id: a 400 page, no redirect', async () => {
      const page = await browser.get('/cas/login?loginRequestId=ECAS_LR-forged');
      expect(page.status).toBe(400);
      expect(page.location).toBeUndefined();
    });

    it.each([
      [{}, 'INVALID_REQUEST'],
      [{ service: 'https://unknown.example.org/' }, 'INVALID_SERVICE'],
      [{ service: EULOGIN_SERVICE, acceptStrengths: 'PASSWORD,IRIS' }, 'INVALID_STRENGTH'],
      [{ service: EULOGIN_SERVICE, authenticationLevel: 'TOP' }, 'INVALID_REQUEST'],
    ])('refuses %j with loginRequestFailure %s', async (form, code) => {
      const response = await init(form as Record<string, string>);
      expect(response.body).toContain(`<loginRequestFailure code="${code}">`);
    });

    it('answers an unknown service with the documented failure', async () => {
      expectFixture(
        (await init({ service: 'https://unknown.example.org/' })).body,
        'login-init-failure-invalid-service.xml',
      );
    });

    it('is a POST: GET is not an endpoint', async () => {
      expect((await world.portal.app.inject({ method: 'GET', url: '/cas/login/init' })).statusCode).toBe(404);
    });
  });

  describe('validation (eulogin-facts §2.6)', () => {
    it('with userDetails: attributes directly under authenticationSuccess, in the EU Login namespace (XML)', async () => {
      const ticket = ticketIn(await casSignIn(world.portal.browser('en'), EULOGIN_SERVICE));
      expectFixture(
        (await validate({ service: EULOGIN_SERVICE, ticket, userDetails: 'true' })).body,
        'eulogin-success-user-details.xml',
      );
    });

    it('… and in JSON', async () => {
      const ticket = ticketIn(await casSignIn(world.portal.browser('en'), EULOGIN_SERVICE));
      const response = await validate({ service: EULOGIN_SERVICE, ticket, userDetails: 'true', format: 'JSON' });
      expectFixture(response.body, 'eulogin-success-user-details.json');
    });

    it('without userDetails, from single sign-on: no details, sso=true (XML, JSON)', async () => {
      expectFixture(
        (await validate({ service: EULOGIN_SERVICE, ticket: await ssoTicket() })).body,
        'eulogin-success-sso.xml',
      );
      const json = await validate({ service: EULOGIN_SERVICE, ticket: await ssoTicket(), format: 'JSON' });
      expectFixture(json.body, 'eulogin-success-sso.json');
    });

    it('at /p3/serviceValidate, the same document and the standard <cas:attributes> for generic clients (docs/adr/0043 §2)', async () => {
      const response = await call(world.portal, '/cas/p3/serviceValidate', {
        service: EULOGIN_SERVICE,
        ticket: await ssoTicket(),
      });
      expectFixture(response.body, 'eulogin-p3-success-sso.xml');
    });

    it('a proxy ticket: ticketType PROXY and the proxies (XML, JSON)', async () => {
      const pt = async () => {
        await validate({
          service: STD_SERVICE,
          ticket: ticketIn(await browser.get(`/cas/login?service=${encodeURIComponent(STD_SERVICE)}`)),
          pgtUrl: `${world.callbacks.base}/std/callback`,
        });
        const proxy = await call(world.portal, '/cas/proxy', {
          pgt: lastPgt(world.callbacks),
          targetService: EULOGIN_SERVICE,
        });
        return /<cas:proxyTicket>(.+)<\/cas:proxyTicket>/.exec(proxy.body)![1]!;
      };
      await casSignIn(browser, STD_SERVICE);
      const xml = await call(world.portal, '/cas/proxyValidate', {
        service: EULOGIN_SERVICE,
        ticket: await pt(),
        userDetails: 'true',
      });
      expectFixture(xml.body, 'eulogin-proxy-ticket.xml', world.known);
      const json = await call(world.portal, '/cas/proxyValidate', {
        service: EULOGIN_SERVICE,
        ticket: await pt(),
        userDetails: 'true',
        format: 'JSON',
      });
      expectFixture(json.body, 'eulogin-proxy-ticket.json', world.known);
    });

    it('INSUFFICIENT_AUTHENTICATION_LEVEL when authenticationLevel is above the session (XML, JSON)', async () => {
      const params = { service: EULOGIN_SERVICE, authenticationLevel: 'MEDIUM' };
      expectFixture(
        (await validate({ ...params, ticket: await ssoTicket() })).body,
        'eulogin-failure-insufficient-level.xml',
      );
      const json = await validate({ ...params, ticket: await ssoTicket(), format: 'JSON' });
      expectFixture(json.body, 'eulogin-failure-insufficient-level.json');
    });

    it('INVALID_STRENGTH when none of the session strengths is accepted (XML, JSON)', async () => {
      const params = { service: EULOGIN_SERVICE, acceptStrengths: 'PASSWORD_MOBILE_APP,PASSWORD_SOFTWARE_TOKEN' };
      expectFixture(
        (await validate({ ...params, ticket: await ssoTicket() })).body,
        'eulogin-failure-invalid-strength.xml',
      );
      const json = await validate({ ...params, ticket: await ssoTicket(), format: 'JSON' });
      expectFixture(json.body, 'eulogin-failure-invalid-strength.json');
    });

    it('INVALID_STRENGTH for an unknown strength name, and the ticket is spent', async () => {
      const ticket = await ssoTicket();
      expect((await validate({ service: EULOGIN_SERVICE, ticket, acceptStrengths: 'FACE_ID' })).body).toContain(
        'code="INVALID_STRENGTH"',
      );
      expect((await validate({ service: EULOGIN_SERVICE, ticket })).body).toContain('code="INVALID_TICKET"');
    });

    it('the strengths answered are those the request accepts', async () => {
      const response = await validate({
        service: EULOGIN_SERVICE,
        ticket: await ssoTicket(),
        acceptStrengths: 'PASSWORD,PASSWORD_MOBILE_APP',
        format: 'JSON',
      });
      expect(JSON.parse(response.body).serviceResponse.authenticationSuccess.strengths).toEqual({
        number: 1,
        strength: ['PASSWORD'],
      });
    });

    it('failures use the EU Login namespace (INVALID_TICKET)', async () => {
      const response = await validate({ service: EULOGIN_SERVICE, ticket: 'ST-unknown' });
      expect(response.body).toContain('xmlns:cas="https://ecas.ec.europa.eu/cas/schemas"');
      expect(response.body).toContain('code="INVALID_TICKET"');
    });
  });
});
