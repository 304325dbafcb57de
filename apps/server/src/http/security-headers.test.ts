import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerSecurityHeaders, securityHeaders } from './security-headers';

describe('security headers', () => {
  it('names the relying applications in form-action and puts both nonces in the policy', () => {
    const { policy } = securityHeaders({ formActionOrigins: ['https://rp.example.org'], https: false });
    expect(policy({ script: 'S1', style: 'T1' })).toBe(
      "default-src 'none';script-src 'strict-dynamic' 'nonce-S1';style-src 'self' 'nonce-T1';img-src 'self' data:;font-src 'self';connect-src 'self';form-action 'self' https://rp.example.org;frame-ancestors 'none';base-uri 'none';object-src 'none'",
    );
  });

  it('pins HTTPS only when the public URL is https', () => {
    const names = (https: boolean) => securityHeaders({ formActionOrigins: [], https }).constant.map(([n]) => n);
    expect(names(true)).toContain('Strict-Transport-Security');
    expect(names(false)).not.toContain('Strict-Transport-Security');
  });

  it('refuses an origin that would end a source or a directive', () => {
    for (const origin of ['https://a.example; script-src *', 'https://a.example,https://b', 'https://a b']) {
      expect(() => securityHeaders({ formActionOrigins: [origin], https: false })).toThrow(/not a CSP source/);
    }
  });

  it('sends every header on each response, with a fresh nonce that the reply carries', async () => {
    const app = Fastify();
    registerSecurityHeaders(app, { formActionOrigins: [], https: true });
    app.get('/', async (_request, reply) => reply.cspNonce.script);
    try {
      const [a, b] = [await app.inject('/'), await app.inject('/')];
      for (const res of [a, b]) {
        expect(res.headers['content-security-policy']).toContain(`'nonce-${res.body}'`);
        expect(res.body).toMatch(/^[A-Za-z0-9+/]{22}==$/);
        expect(res.headers['x-frame-options']).toBe('DENY');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['referrer-policy']).toBe('same-origin');
        expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      }
      expect(a.body).not.toBe(b.body);
    } finally {
      await app.close();
    }
  });
});
