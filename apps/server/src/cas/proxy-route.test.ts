import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKEND_SERVICE,
  call,
  casSignIn,
  createCasWorld,
  EULOGIN_SERVICE,
  expectFixture,
  lastPgt,
  STD_SERVICE,
  ticketIn,
  type CasWorld,
} from '../../test/cas-kit';
import type { Browser } from '../../test/test-portal';

/** CAS 3.0 §2.5.4 proxy callbacks and §2.7 /proxy, with a local HTTPS server as the callback. */
describe('proxy callbacks and /cas/proxy', () => {
  let world: CasWorld;
  let browser: Browser;
  beforeEach(async () => {
    world = await createCasWorld();
    browser = world.portal.browser('en');
    await casSignIn(browser, STD_SERVICE);
  });
  afterEach(() => world.close());

  const ticket = async (service = STD_SERVICE) =>
    ticketIn(await browser.get(`/cas/login?service=${encodeURIComponent(service)}`));
  const validateWithCallback = async (pgtUrl: string, service = STD_SERVICE) =>
    call(world.portal, '/cas/serviceValidate', { service, ticket: await ticket(service), pgtUrl, format: 'JSON' }).then(
      (response) => JSON.parse(response.body).serviceResponse,
    );

  describe('pgtUrl (§2.5.4)', () => {
    it('GETs the https callback with pgtIou and pgtId, keeping its query; the answer carries the IOU', async () => {
      const answer = await validateWithCallback(`${world.callbacks.base}/std/callback?tenant=a%20b`);
      const [received] = world.callbacks.requests;
      expect(received?.method).toBe('GET');
      const params = new URLSearchParams(received!.url.split('?')[1]);
      expect(received!.url.startsWith('/std/callback?tenant=a%20b&pgtIou=')).toBe(true);
      expect(params.get('pgtIou')).toBe(answer.authenticationSuccess.proxyGrantingTicket);
      expect(params.get('pgtId')).toMatch(/^PGT-[A-Za-z0-9-]{43}$/);
      // §3.4.1: the IOU is not derived from the PGT.
      expect(params.get('pgtIou')!.slice(7)).not.toBe(params.get('pgtId')!.slice(4));
    });

    it('a callback that does not answer 200: success without a PGT, and that PGT is worthless', async () => {
      world.callbacks.status = 404;
      const answer = await validateWithCallback(`${world.callbacks.base}/std/callback`);
      expect(answer.authenticationSuccess.user).toBeDefined();
      expect(answer.authenticationSuccess.proxyGrantingTicket).toBeUndefined();
      const proxy = await call(world.portal, '/cas/proxy', {
        pgt: lastPgt(world.callbacks),
        targetService: BACKEND_SERVICE,
      });
      expect(proxy.body).toContain('<cas:proxyFailure code="INVALID_TICKET">');
    });

    it('a redirect is not followed: no PGT', async () => {
      world.callbacks.status = 302;
      const answer = await validateWithCallback(`${world.callbacks.base}/std/callback`);
      expect(answer.authenticationSuccess.proxyGrantingTicket).toBeUndefined();
    });

    it('a certificate the server does not trust: no PGT, and the callback never receives one', async () => {
      const untrusting = await createCasWorld({ trustTestCa: false });
      try {
        const b = untrusting.portal.browser('en');
        const st = ticketIn(await casSignIn(b, STD_SERVICE));
        const response = await call(untrusting.portal, '/cas/serviceValidate', {
          service: STD_SERVICE,
          ticket: st,
          pgtUrl: `${untrusting.callbacks.base}/std/callback`,
        });
        expect(response.body).toContain('<cas:user>');
        expect(response.body).not.toContain('proxyGrantingTicket');
        expect(untrusting.callbacks.requests).toEqual([]);
      } finally {
        await untrusting.close();
      }
    });

    it.each([
      ['http', (base: string) => `${base.replace('https:', 'http:')}/std/callback`],
      ['not registered for the app', (base: string) => `${base}/backend/callback`],
      ['another host', () => 'https://evil.example.org/std/callback'],
    ])(
      'INVALID_PROXY_CALLBACK when the callback is %s; nothing is called and the ticket is spent',
      async (_what, url) => {
        const st = await ticket();
        const response = await call(world.portal, '/cas/serviceValidate', {
          service: STD_SERVICE,
          ticket: st,
          pgtUrl: url(world.callbacks.base),
        });
        expect(response.body).toContain('<cas:authenticationFailure code="INVALID_PROXY_CALLBACK">');
        expect(world.callbacks.requests).toEqual([]);
        expect((await call(world.portal, '/cas/serviceValidate', { service: STD_SERVICE, ticket: st })).body).toContain(
          'INVALID_TICKET',
        );
      },
    );
  });

  describe('/cas/proxy (§2.7)', () => {
    let pgt: string;
    beforeEach(async () => {
      await validateWithCallback(`${world.callbacks.base}/std/callback`);
      pgt = lastPgt(world.callbacks);
    });

    it('issues a proxy ticket (XML, JSON)', async () => {
      expectFixture(
        (await call(world.portal, '/cas/proxy', { pgt, targetService: BACKEND_SERVICE })).body,
        'proxy-success.xml',
      );
      const json = await call(world.portal, '/cas/proxy', { pgt, targetService: BACKEND_SERVICE, format: 'JSON' });
      expectFixture(json.body, 'proxy-success.json');
    });

    it('a PGT is multi-use; each proxy ticket is single-use (§3.2.1, §3.3.1)', async () => {
      const first = await call(world.portal, '/cas/proxy', { pgt, targetService: BACKEND_SERVICE, format: 'JSON' });
      const second = await call(world.portal, '/cas/proxy', { pgt, targetService: BACKEND_SERVICE, format: 'JSON' });
      const [a, b] = [first, second].map((r) => JSON.parse(r.body).serviceResponse.proxySuccess.proxyTicket as string);
      expect(a).not.toBe(b);
      expect((await call(world.portal, '/cas/proxyValidate', { service: BACKEND_SERVICE, ticket: a })).body).toContain(
        '<cas:user>',
      );
      expect((await call(world.portal, '/cas/proxyValidate', { service: BACKEND_SERVICE, ticket: a })).body).toContain(
        'INVALID_TICKET',
      );
    });

    it('UNAUTHORIZED_SERVICE for a target that is not registered (XML, JSON)', async () => {
      const params = { pgt, targetService: 'https://unknown.example.org/' };
      expectFixture((await call(world.portal, '/cas/proxy', params)).body, 'proxy-failure-unauthorized-service.xml');
      expectFixture(
        (await call(world.portal, '/cas/proxy', { ...params, format: 'JSON' })).body,
        'proxy-failure-unauthorized-service.json',
      );
    });

    it('INVALID_REQUEST without pgt or targetService, or with an unknown format', async () => {
      expect((await call(world.portal, '/cas/proxy', { pgt })).body).toContain(
        '<cas:proxyFailure code="INVALID_REQUEST">',
      );
      expect((await call(world.portal, '/cas/proxy', { targetService: BACKEND_SERVICE })).body).toContain(
        'code="INVALID_REQUEST"',
      );
      expect(
        (await call(world.portal, '/cas/proxy', { pgt, targetService: BACKEND_SERVICE, format: 'CSV' })).body,
      ).toContain('code="INVALID_REQUEST"');
    });

    it('INVALID_TICKET for an unknown PGT, or a service ticket given as one', async () => {
      expect(
        (await call(world.portal, '/cas/proxy', { pgt: 'PGT-forged', targetService: BACKEND_SERVICE })).body,
      ).toContain('code="INVALID_TICKET"');
      const st = await ticket();
      expect((await call(world.portal, '/cas/proxy', { pgt: st, targetService: BACKEND_SERVICE })).body).toContain(
        'code="INVALID_TICKET"',
      );
    });

    it('a PGT of an EU Login application is answered in its namespace', async () => {
      await validateWithCallback(`${world.callbacks.base}/traces/callback`, EULOGIN_SERVICE);
      const response = await call(world.portal, '/cas/proxy', {
        pgt: lastPgt(world.callbacks),
        targetService: BACKEND_SERVICE,
      });
      expect(response.body).toContain('<cas:serviceResponse xmlns:cas="https://ecas.ec.europa.eu/cas/schemas">');
      expect(response.body).toContain('<cas:proxyTicket>PT-');
    });

    it('the PGT dies with the SSO session at its absolute end (§3.3.1)', async () => {
      world.portal.clock.advance(world.portal.config.session.absoluteHours * 3_600_000);
      expect((await call(world.portal, '/cas/proxy', { pgt, targetService: BACKEND_SERVICE })).body).toContain(
        'INVALID_TICKET',
      );
    });
  });
});
