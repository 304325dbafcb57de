import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKEND_CALLBACK,
  BACKEND_SERVICE,
  createCasKit,
  EULOGIN_SERVICE,
  OTHER_SERVICE,
  PROXY_CALLBACK,
  SERVICE,
  USER,
  type CasKit,
} from '../../testing';
import { grantProxyTicket } from './grant-proxy-ticket';
import { validateTicket, type ValidationRequest } from './validate-ticket';

function request(overrides: Partial<ValidationRequest>): ValidationRequest {
  return {
    ticket: undefined,
    service: SERVICE,
    renew: false,
    pgtUrl: undefined,
    acceptProxyTickets: false,
    asked: {},
    ...overrides,
  };
}

describe('validateTicket', () => {
  let kit: CasKit;
  beforeEach(() => {
    kit = createCasKit();
  });
  afterEach(() => kit.store.close());

  const validate = (overrides: Partial<ValidationRequest>) => validateTicket(kit.deps, request(overrides), kit.now());
  const codeOf = async (overrides: Partial<ValidationRequest>) => {
    const result = await validate(overrides);
    return result.ok ? 'OK' : result.failure.code;
  };

  it('answers the user, the app and the session strengths for a valid service ticket', async () => {
    const ticket = await kit.issue();
    const result = await validate({ ticket });
    expect(result).toMatchObject({
      ok: true,
      user: { id: USER.id },
      app: { id: 'app' },
      strengths: ['PASSWORD'],
      pgtIou: null,
    });
  });

  it('is single-use: the second validation fails (§3.1.1)', async () => {
    const ticket = await kit.issue();
    expect(await codeOf({ ticket })).toBe('OK');
    expect(await codeOf({ ticket })).toBe('INVALID_TICKET');
  });

  it('burns the ticket on a wrong service: INVALID_SERVICE, then INVALID_TICKET for the right one (§2.5.3)', async () => {
    const ticket = await kit.issue();
    expect(await codeOf({ ticket, service: OTHER_SERVICE })).toBe('INVALID_SERVICE');
    expect(await codeOf({ ticket })).toBe('INVALID_TICKET');
  });

  it('burns the ticket on an unregistered service too', async () => {
    const ticket = await kit.issue();
    expect(await codeOf({ ticket, service: 'https://unknown.example.org/' })).toBe('INVALID_SERVICE');
    expect(await codeOf({ ticket })).toBe('INVALID_TICKET');
  });

  it('burns the ticket when the service parameter is missing (INVALID_REQUEST)', async () => {
    const ticket = await kit.issue();
    expect(await codeOf({ ticket, service: undefined })).toBe('INVALID_REQUEST');
    expect(await codeOf({ ticket })).toBe('INVALID_TICKET');
  });

  it('burns the ticket when the format is not supported (INVALID_REQUEST, §2.5.1)', async () => {
    const ticket = await kit.issue();
    expect(await codeOf({ ticket, format: 'YAML' })).toBe('INVALID_REQUEST');
    expect(await codeOf({ ticket, format: 'json' })).toBe('INVALID_TICKET');
  });

  it('answers INVALID_REQUEST without a ticket', async () => {
    expect(await codeOf({ ticket: undefined })).toBe('INVALID_REQUEST');
    expect(await codeOf({ ticket: '' })).toBe('INVALID_REQUEST');
  });

  it('refuses an expired ticket', async () => {
    const ticket = await kit.issue();
    kit.advance(61_000);
    expect(await codeOf({ ticket })).toBe('INVALID_TICKET');
  });

  describe('renew (§2.5.1)', () => {
    it('accepts a ticket from a fresh login', async () => {
      expect(await codeOf({ ticket: await kit.issue({ fromNewLogin: true }), renew: true })).toBe('OK');
    });

    it('refuses a ticket from single sign-on, and burns it', async () => {
      const ticket = await kit.issue({ fromNewLogin: false });
      expect(await codeOf({ ticket, renew: true })).toBe('INVALID_TICKET');
      expect(await codeOf({ ticket })).toBe('INVALID_TICKET');
    });

    it('does not matter when not asked', async () => {
      expect(await codeOf({ ticket: await kit.issue({ fromNewLogin: false }) })).toBe('OK');
    });
  });

  describe('strengths and levels (EU Login, reference/eulogin-facts.md §2.2, §2.7)', () => {
    it('INSUFFICIENT_AUTHENTICATION_LEVEL when authenticationLevel is above the ticket, and burns it', async () => {
      const ticket = await kit.issue();
      expect(await codeOf({ ticket, asked: { authenticationLevel: 'MEDIUM' } })).toBe(
        'INSUFFICIENT_AUTHENTICATION_LEVEL',
      );
      expect(await codeOf({ ticket })).toBe('INVALID_TICKET');
    });

    it('accepts a level at or below the ticket', async () => {
      const ticket = await kit.issue({ strengths: ['PASSWORD', 'PASSWORD_MOBILE_APP'] });
      const result = await validate({ ticket, asked: { authenticationLevel: 'MEDIUM' } });
      expect(result).toMatchObject({ ok: true, strengths: ['PASSWORD_MOBILE_APP'] });
    });

    it('INVALID_STRENGTH when acceptStrengths names an unknown strength', async () => {
      expect(await codeOf({ ticket: await kit.issue(), asked: { acceptStrengths: 'PASSWORD,FINGERPRINT' } })).toBe(
        'INVALID_STRENGTH',
      );
    });

    it('INVALID_STRENGTH when none of the ticket strengths is accepted at a level it reaches', async () => {
      const ticket = await kit.issue({ strengths: ['PASSWORD', 'PASSWORD_SMS'] });
      expect(await codeOf({ ticket, asked: { acceptStrengths: 'PASSWORD_MOBILE_APP,PASSWORD_SOFTWARE_TOKEN' } })).toBe(
        'INVALID_STRENGTH',
      );
    });

    it('INVALID_STRENGTH for any acceptStrengths mismatch, even when only stronger strengths are accepted', async () => {
      const ticket = await kit.issue();
      expect(await codeOf({ ticket, asked: { acceptStrengths: 'PASSWORD_MOBILE_APP' } })).toBe('INVALID_STRENGTH');
    });

    it('accepts the deprecated aliases of the EU Login XSD (STRONG = PASSWORD)', async () => {
      expect(await validate({ ticket: await kit.issue(), asked: { acceptStrengths: 'STRONG' } })).toMatchObject({
        ok: true,
        strengths: ['PASSWORD'],
      });
    });

    it('INVALID_REQUEST for an unknown level', async () => {
      expect(await codeOf({ ticket: await kit.issue(), asked: { authenticationLevel: 'SUPREME' } })).toBe(
        'INVALID_REQUEST',
      );
    });

    it('applies the policy of the validating application even without parameters', async () => {
      const service = 'https://medium.example.org/cas';
      const ticket = await kit.issue({ appId: 'medium', service });
      expect(await codeOf({ ticket, service })).toBe('INSUFFICIENT_AUTHENTICATION_LEVEL');
    });

    it('honours ticketTypes', async () => {
      expect(await codeOf({ ticket: await kit.issue(), ticketTypes: 'PROXY' })).toBe('INVALID_TICKET');
      expect(await codeOf({ ticket: await kit.issue(), ticketTypes: 'SERVICE,PROXY' })).toBe('OK');
    });
  });

  it('refuses a ticket whose user changed credentials after the authentication', async () => {
    const ticket = await kit.issue();
    kit.users.set(USER.id, { ...USER, credentialsChangedAt: new Date(kit.now().getTime() + 1) });
    expect(await codeOf({ ticket })).toBe('INVALID_TICKET');
  });

  describe('proxy callbacks (§2.5.4)', () => {
    it('GETs the callback with pgtIou and pgtId, keeping its query, and answers the IOU', async () => {
      const result = await validate({ ticket: await kit.issue(), pgtUrl: PROXY_CALLBACK });
      expect(result.ok).toBe(true);
      const [called] = kit.callbacks;
      const url = new URL(called!);
      expect(url.origin + url.pathname).toBe('https://app.example.org/pgt');
      expect(url.searchParams.get('tenant')).toBe('1');
      expect(url.searchParams.get('pgtIou')).toBe(result.ok ? result.pgtIou : null);
      expect(url.searchParams.get('pgtId')).toMatch(/^PGT-/);
      expect(await kit.tickets.findProxyGrantingTicket(url.searchParams.get('pgtId')!)).not.toBeNull();
    });

    it('answers no IOU and withdraws the PGT when the callback does not answer 200', async () => {
      kit.callbackAnswers = false;
      const result = await validate({ ticket: await kit.issue(), pgtUrl: PROXY_CALLBACK });
      expect(result).toMatchObject({ ok: true, pgtIou: null });
      const pgt = new URL(kit.callbacks[0]!).searchParams.get('pgtId')!;
      expect(await kit.tickets.findProxyGrantingTicket(pgt)).toBeNull();
    });

    it('treats a callback that throws as one that failed', async () => {
      kit.deps.callProxyCallback = async () => {
        throw new Error('certificate verify failed');
      };
      expect(await validate({ ticket: await kit.issue(), pgtUrl: PROXY_CALLBACK })).toMatchObject({
        ok: true,
        pgtIou: null,
      });
    });

    it.each([
      ['http, even at a registered path', 'http://app.example.org/pgt'],
      ['an unregistered https URL', 'https://evil.example.org/pgt'],
      ['not a URL', 'pgt'],
    ])('INVALID_PROXY_CALLBACK for %s, without calling it, and the ticket is burned', async (_what, pgtUrl) => {
      const ticket = await kit.issue();
      expect(await codeOf({ ticket, pgtUrl })).toBe('INVALID_PROXY_CALLBACK');
      expect(kit.callbacks).toEqual([]);
      expect(await codeOf({ ticket })).toBe('INVALID_TICKET');
    });
  });

  describe('proxy chain ST → PGT → PT → proxyValidate (§2.5–§2.7)', () => {
    async function pgtFor(ticket: string, service: string, pgtUrl: string, acceptProxyTickets = false) {
      kit.callbacks.length = 0;
      const result = await validate({ ticket, service, pgtUrl, acceptProxyTickets });
      expect(result.ok).toBe(true);
      return new URL(kit.callbacks[0]!).searchParams.get('pgtId')!;
    }

    it('lists the proxies most recent first at each hop', async () => {
      const pgt1 = await pgtFor(await kit.issue(), SERVICE, PROXY_CALLBACK);
      const pt1 = await grantProxyTicket(kit.deps, { pgt: pgt1, targetService: BACKEND_SERVICE });
      expect(pt1).toMatchObject({ ok: true, proxyTicket: expect.stringMatching(/^PT-[A-Za-z0-9-]{28}$/) });
      const pt1Id = pt1.ok ? pt1.proxyTicket : '';

      // The backend validates the PT and asks for its own PGT: a second hop.
      const pgt2 = await pgtFor(pt1Id, BACKEND_SERVICE, BACKEND_CALLBACK, true);
      const pt2 = await grantProxyTicket(kit.deps, { pgt: pgt2, targetService: OTHER_SERVICE });
      const validated = await validate({
        ticket: pt2.ok ? pt2.proxyTicket : '',
        service: OTHER_SERVICE,
        acceptProxyTickets: true,
      });
      expect(validated).toMatchObject({
        ok: true,
        user: { id: USER.id },
        ticket: { kind: 'PT', proxies: [BACKEND_CALLBACK, PROXY_CALLBACK], fromNewLogin: true },
      });
    });

    it('refuses a proxy ticket at /serviceValidate (INVALID_TICKET_SPEC) and burns it', async () => {
      const pgt = await pgtFor(await kit.issue(), SERVICE, PROXY_CALLBACK);
      const pt = await grantProxyTicket(kit.deps, { pgt, targetService: OTHER_SERVICE });
      const ticket = pt.ok ? pt.proxyTicket : '';
      expect(await codeOf({ ticket, service: OTHER_SERVICE })).toBe('INVALID_TICKET_SPEC');
      expect(await codeOf({ ticket, service: OTHER_SERVICE, acceptProxyTickets: true })).toBe('INVALID_TICKET');
    });

    it('a proxy ticket is single-use and bound to its target service', async () => {
      const pgt = await pgtFor(await kit.issue(), SERVICE, PROXY_CALLBACK);
      const a = await grantProxyTicket(kit.deps, { pgt, targetService: OTHER_SERVICE });
      const b = await grantProxyTicket(kit.deps, { pgt, targetService: OTHER_SERVICE });
      const [ta, tb] = [a.ok ? a.proxyTicket : '', b.ok ? b.proxyTicket : ''];
      expect(await codeOf({ ticket: ta, service: OTHER_SERVICE, acceptProxyTickets: true })).toBe('OK');
      expect(await codeOf({ ticket: ta, service: OTHER_SERVICE, acceptProxyTickets: true })).toBe('INVALID_TICKET');
      expect(await codeOf({ ticket: tb, service: SERVICE, acceptProxyTickets: true })).toBe('INVALID_SERVICE');
    });

    it('checks the target application policy at validation: a BASIC chain cannot enter a MEDIUM app', async () => {
      const pgt = await pgtFor(await kit.issue(), SERVICE, PROXY_CALLBACK);
      const service = 'https://medium.example.org/cas';
      const pt = await grantProxyTicket(kit.deps, { pgt, targetService: service });
      expect(await codeOf({ ticket: pt.ok ? pt.proxyTicket : '', service, acceptProxyTickets: true })).toBe(
        'INSUFFICIENT_AUTHENTICATION_LEVEL',
      );
    });

    it('/proxy errors: INVALID_REQUEST, INVALID_TICKET, UNAUTHORIZED_SERVICE (§2.7.3)', async () => {
      const pgt = await pgtFor(await kit.issue(), SERVICE, PROXY_CALLBACK);
      const code = async (r: { pgt?: string; targetService?: string }) => {
        const result = await grantProxyTicket(kit.deps, { pgt: r.pgt, targetService: r.targetService });
        return result.ok ? 'OK' : result.failure.code;
      };
      expect(await code({ targetService: OTHER_SERVICE })).toBe('INVALID_REQUEST');
      expect(await code({ pgt })).toBe('INVALID_REQUEST');
      expect(await code({ pgt: 'PGT-unknown', targetService: OTHER_SERVICE })).toBe('INVALID_TICKET');
      expect(await code({ pgt, targetService: 'https://unknown.example.org/' })).toBe('UNAUTHORIZED_SERVICE');
      expect(await code({ pgt, targetService: EULOGIN_SERVICE })).toBe('OK');
    });

    it('/proxy refuses an application whose proxy callbacks were withdrawn (UNAUTHORIZED_SERVICE_PROXY)', async () => {
      const pgt = await pgtFor(await kit.issue(), SERVICE, PROXY_CALLBACK);
      const { ServiceRegistry } = await import('../relying-apps/service-registry');
      kit.deps.registry = ServiceRegistry.from([
        { id: 'app', name: 'App', cas: { services: [SERVICE] } },
        { id: 'other', name: 'Other', cas: { services: [OTHER_SERVICE] } },
      ]);
      const result = await grantProxyTicket(kit.deps, { pgt, targetService: OTHER_SERVICE });
      expect(result).toMatchObject({ ok: false, failure: { code: 'UNAUTHORIZED_SERVICE_PROXY' } });
    });

    it('a logout of the original login ends every PGT of the chain (§3.3.1)', async () => {
      const st = await kit.issue();
      // The participant record keeps the ST; the SLO handler ends its chain.
      const pgt1 = await pgtFor(st, SERVICE, PROXY_CALLBACK);
      const pt1 = await grantProxyTicket(kit.deps, { pgt: pgt1, targetService: BACKEND_SERVICE });
      const pgt2 = await pgtFor(pt1.ok ? pt1.proxyTicket : '', BACKEND_SERVICE, BACKEND_CALLBACK, true);
      await kit.tickets.endChain(st);
      for (const pgt of [pgt1, pgt2]) {
        expect(await grantProxyTicket(kit.deps, { pgt, targetService: OTHER_SERVICE })).toMatchObject({
          ok: false,
          failure: { code: 'INVALID_TICKET' },
        });
      }
    });
  });
});
