import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKEND_SERVICE,
  call,
  casSignIn,
  createCasWorld,
  expectFixture,
  lastPgt,
  MEDIUM_SERVICE,
  STD_SERVICE,
  ticketIn,
  USER,
  type CasWorld,
} from '../../test/cas-kit';
import type { Browser } from '../../test/test-portal';

/**
 * CAS 3.0 §2.4–§2.6 and §3.1, rule by rule, over HTTP, against the documents checked in under
 * fixtures/ (XML and JSON).
 */
describe('CAS validation endpoints', () => {
  let world: CasWorld;
  let browser: Browser;
  beforeEach(async () => {
    world = await createCasWorld();
    browser = world.portal.browser('en');
  });
  afterEach(() => world.close());

  /** A ticket from a fresh login (a new browser each time). */
  const freshTicket = async (service = STD_SERVICE) => ticketIn(await casSignIn(world.portal.browser('en'), service));
  /** A ticket from single sign-on (the shared browser, signed in once). */
  const ssoTicket = async (service = STD_SERVICE) => {
    if (!browser.session) await casSignIn(browser, STD_SERVICE);
    return ticketIn(await browser.get(`/cas/login?service=${encodeURIComponent(service)}`));
  };
  const validate = (path: string, params: Record<string, string | undefined>) => call(world.portal, path, params);

  describe('/cas/serviceValidate (§2.5)', () => {
    it('answers the user, no attributes (CAS 2.0 document), XML by default', async () => {
      const response = await validate('/cas/serviceValidate', { service: STD_SERVICE, ticket: await freshTicket() });
      expect(response.status).toBe(200);
      expect(response.type).toBe('application/xml; charset=utf-8');
      expectFixture(response.body, 'service-validate-success.xml');
    });

    it('answers JSON with format=JSON (§2.5.1, Appendix A)', async () => {
      const response = await validate('/cas/serviceValidate', {
        service: STD_SERVICE,
        ticket: await freshTicket(),
        format: 'JSON',
      });
      expect(response.type).toBe('application/json; charset=utf-8');
      expectFixture(response.body, 'service-validate-success.json');
    });

    it('accepts POST as well (EU Login validates by form post)', async () => {
      const ticket = await freshTicket();
      const response = await world.portal.app.inject({
        method: 'POST',
        url: '/cas/serviceValidate',
        payload: new URLSearchParams({ service: STD_SERVICE, ticket }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expectFixture(response.body, 'service-validate-success.xml');
    });

    it('§3.1.1: a ticket validates once; the second attempt is INVALID_TICKET', async () => {
      const ticket = await freshTicket();
      await validate('/cas/serviceValidate', { service: STD_SERVICE, ticket });
      const again = await validate('/cas/serviceValidate', { service: STD_SERVICE, ticket });
      expectFixture(again.body, 'failure-invalid-ticket.xml');
      const json = await validate('/cas/serviceValidate', { service: STD_SERVICE, ticket, format: 'JSON' });
      expectFixture(json.body, 'failure-invalid-ticket.json');
    });

    it('§2.5.3 INVALID_SERVICE: another service burns the ticket, the right one then fails', async () => {
      const ticket = await freshTicket();
      const wrong = await validate('/cas/serviceValidate', { service: 'https://unknown.example.org/', ticket });
      expectFixture(wrong.body, 'failure-invalid-service.xml');
      const right = await validate('/cas/serviceValidate', { service: STD_SERVICE, ticket });
      expectFixture(right.body, 'failure-invalid-ticket.xml');
    });

    it('§2.5.3 INVALID_SERVICE for a registered service that is not the ticket’s (JSON)', async () => {
      const ticket = await freshTicket();
      const other = await validate('/cas/serviceValidate', {
        service: 'https://std.example.org/other',
        ticket,
        format: 'JSON',
      });
      expect(JSON.parse(other.body).serviceResponse.authenticationFailure.code).toBe('INVALID_SERVICE');
    });

    it('§2.5.1 INVALID_REQUEST when service or ticket is missing', async () => {
      expectFixture(
        (await validate('/cas/serviceValidate', { service: STD_SERVICE })).body,
        'failure-invalid-request.xml',
      );
      const ticket = await freshTicket();
      const noService = await validate('/cas/serviceValidate', { ticket });
      expect(noService.body).toContain('code="INVALID_REQUEST"');
      // Presented without a service, the ticket is spent all the same.
      expectFixture(
        (await validate('/cas/serviceValidate', { service: STD_SERVICE, ticket })).body,
        'failure-invalid-ticket.xml',
      );
    });

    it('§2.5.1: an unsupported format is an error (in XML), and the ticket is spent', async () => {
      const ticket = await freshTicket();
      const response = await validate('/cas/serviceValidate', { service: STD_SERVICE, ticket, format: 'YAML' });
      expect(response.type).toBe('application/xml; charset=utf-8');
      expect(response.body).toContain('<cas:authenticationFailure code="INVALID_REQUEST">');
      expect((await validate('/cas/serviceValidate', { service: STD_SERVICE, ticket })).body).toContain(
        'INVALID_TICKET',
      );
    });

    it('§2.5.1 renew: a ticket from a fresh login passes; one from SSO is INVALID_TICKET and spent', async () => {
      const fresh = await validate('/cas/serviceValidate', {
        service: STD_SERVICE,
        ticket: await freshTicket(),
        renew: 'true',
      });
      expectFixture(fresh.body, 'service-validate-success.xml');
      const ticket = await ssoTicket();
      const sso = await validate('/cas/serviceValidate', { service: STD_SERVICE, ticket, renew: 'true' });
      expect(sso.body).toContain('<cas:authenticationFailure code="INVALID_TICKET">renew was set');
      expect((await validate('/cas/serviceValidate', { service: STD_SERVICE, ticket })).body).toContain(
        'INVALID_TICKET',
      );
    });

    it('§3.1.1: an unvalidated ticket expires (after one minute)', async () => {
      const ticket = await freshTicket();
      world.portal.clock.advance(60_000);
      expectFixture(
        (await validate('/cas/serviceValidate', { service: STD_SERVICE, ticket })).body,
        'failure-invalid-ticket.xml',
      );
    });

    it('§2.5: a proxy ticket is refused (INVALID_TICKET_SPEC) and spent', async () => {
      await validate('/cas/serviceValidate', {
        service: STD_SERVICE,
        ticket: await ssoTicket(),
        pgtUrl: `${world.callbacks.base}/std/cb`,
      });
      const proxy = await validate('/cas/proxy', { pgt: lastPgt(world.callbacks), targetService: BACKEND_SERVICE });
      const pt = /<cas:proxyTicket>(.+)<\/cas:proxyTicket>/.exec(proxy.body)![1]!;
      expectFixture(
        (await validate('/cas/serviceValidate', { service: BACKEND_SERVICE, ticket: pt })).body,
        'failure-invalid-ticket-spec.xml',
      );
      expect((await validate('/cas/proxyValidate', { service: BACKEND_SERVICE, ticket: pt })).body).toContain(
        'INVALID_TICKET',
      );
    });

    it('applies the validating application’s policy: a password ticket cannot enter a MEDIUM app', async () => {
      // /cas/login would not issue one; a proxy ticket is how one could arrive.
      await validate('/cas/serviceValidate', {
        service: STD_SERVICE,
        ticket: await ssoTicket(),
        pgtUrl: `${world.callbacks.base}/std/cb`,
      });
      const proxy = await validate('/cas/proxy', { pgt: lastPgt(world.callbacks), targetService: MEDIUM_SERVICE });
      const pt = /<cas:proxyTicket>(.+)<\/cas:proxyTicket>/.exec(proxy.body)![1]!;
      const response = await validate('/cas/proxyValidate', { service: MEDIUM_SERVICE, ticket: pt });
      expect(response.body).toContain('code="INSUFFICIENT_AUTHENTICATION_LEVEL"');
    });

    it('refuses a ticket issued before the password changed', async () => {
      const ticket = await freshTicket();
      world.portal.clock.advance(1000);
      await world.portal.durable.users.update(USER.id, { credentialsChangedAt: world.portal.clock.now() });
      expect((await validate('/cas/serviceValidate', { service: STD_SERVICE, ticket })).body).toContain(
        'INVALID_TICKET',
      );
    });
  });

  describe('/cas/p3/serviceValidate (§2.5, CAS 3.0 attributes)', () => {
    it('answers the standard attributes, escaped, and a PGT IOU when the callback took the PGT (XML)', async () => {
      const response = await validate('/cas/p3/serviceValidate', {
        service: STD_SERVICE,
        ticket: await freshTicket(),
        pgtUrl: `${world.callbacks.base}/std/callback`,
      });
      expectFixture(response.body, 'p3-service-validate-success.xml', world.known);
    });

    it('the same in JSON', async () => {
      const response = await validate('/cas/p3/serviceValidate', {
        service: STD_SERVICE,
        ticket: await freshTicket(),
        pgtUrl: `${world.callbacks.base}/std/callback`,
        format: 'json',
      });
      expectFixture(response.body, 'p3-service-validate-success.json', world.known);
    });

    it('isFromNewLogin is false for a ticket from single sign-on', async () => {
      const response = await validate('/cas/p3/serviceValidate', {
        service: STD_SERVICE,
        ticket: await ssoTicket(),
        format: 'JSON',
      });
      expect(JSON.parse(response.body).serviceResponse.authenticationSuccess.attributes.isFromNewLogin).toBe(false);
    });
  });

  describe('/cas/proxyValidate (§2.6)', () => {
    async function proxyTicketFor(target: string) {
      await validate('/cas/serviceValidate', {
        service: STD_SERVICE,
        ticket: await ssoTicket(),
        pgtUrl: `${world.callbacks.base}/std/callback`,
      });
      const proxy = await validate('/cas/proxy', { pgt: lastPgt(world.callbacks), targetService: target });
      return /<cas:proxyTicket>(.+)<\/cas:proxyTicket>/.exec(proxy.body)![1]!;
    }

    it('validates a proxy ticket and lists its proxies (XML, JSON)', async () => {
      const xml = await validate('/cas/proxyValidate', {
        service: BACKEND_SERVICE,
        ticket: await proxyTicketFor(BACKEND_SERVICE),
      });
      expectFixture(xml.body, 'proxy-validate-proxy-ticket.xml', world.known);
      const json = await validate('/cas/proxyValidate', {
        service: BACKEND_SERVICE,
        ticket: await proxyTicketFor(BACKEND_SERVICE),
        format: 'JSON',
      });
      expectFixture(json.body, 'proxy-validate-proxy-ticket.json', world.known);
    });

    it('validates service tickets too, with no proxies', async () => {
      const response = await validate('/cas/proxyValidate', { service: STD_SERVICE, ticket: await freshTicket() });
      expectFixture(response.body, 'service-validate-success.xml');
    });

    it('§2.6.2: a two-hop chain lists the most recent proxy first', async () => {
      const pt = await proxyTicketFor(BACKEND_SERVICE);
      // The backend validates its PT with its own callback and proxies further, to the standard app.
      await validate('/cas/proxyValidate', {
        service: BACKEND_SERVICE,
        ticket: pt,
        pgtUrl: `${world.callbacks.base}/backend/callback`,
      });
      const proxy = await validate('/cas/proxy', {
        pgt: lastPgt(world.callbacks),
        targetService: STD_SERVICE,
        format: 'JSON',
      });
      const pt2 = JSON.parse(proxy.body).serviceResponse.proxySuccess.proxyTicket as string;
      const response = await validate('/cas/p3/proxyValidate', { service: STD_SERVICE, ticket: pt2, format: 'JSON' });
      expect(JSON.parse(response.body).serviceResponse.authenticationSuccess.proxies).toEqual([
        `${world.callbacks.base}/backend/callback`,
        `${world.callbacks.base}/std/callback`,
      ]);
    });
  });

  describe('/cas/validate (§2.4, CAS 1.0)', () => {
    it('answers yes and the user, once', async () => {
      const ticket = await freshTicket();
      const yes = await validate('/cas/validate', { service: STD_SERVICE, ticket });
      expect(yes.type).toBe('text/plain; charset=utf-8');
      expect(yes.body).toBe(`yes\n${USER.id}\n`);
      expect((await validate('/cas/validate', { service: STD_SERVICE, ticket })).body).toBe('no\n\n');
    });

    it('answers no for a wrong service, a missing parameter, renew over SSO, and a proxy ticket (§2.4.1)', async () => {
      expect(
        (await validate('/cas/validate', { service: 'https://std.example.org/x', ticket: await freshTicket() })).body,
      ).toBe('no\n\n');
      expect((await validate('/cas/validate', { ticket: await freshTicket() })).body).toBe('no\n\n');
      expect(
        (await validate('/cas/validate', { service: STD_SERVICE, ticket: await ssoTicket(), renew: 'true' })).body,
      ).toBe('no\n\n');
      await validate('/cas/serviceValidate', {
        service: STD_SERVICE,
        ticket: await ssoTicket(),
        pgtUrl: `${world.callbacks.base}/std/cb`,
      });
      const proxy = await validate('/cas/proxy', { pgt: lastPgt(world.callbacks), targetService: BACKEND_SERVICE });
      const pt = /<cas:proxyTicket>(.+)<\/cas:proxyTicket>/.exec(proxy.body)![1]!;
      expect((await validate('/cas/validate', { service: BACKEND_SERVICE, ticket: pt })).body).toBe('no\n\n');
    });
  });

  it('never sets or reads cookies, and answers no-store', async () => {
    const response = await world.portal.app.inject({
      method: 'GET',
      url: `/cas/serviceValidate?service=${encodeURIComponent(STD_SERVICE)}&ticket=${await freshTicket()}`,
    });
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
