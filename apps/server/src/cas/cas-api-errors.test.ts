import type { EphemeralStore } from '@sesame/core';
import { afterEach, describe, expect, it } from 'vitest';
import { casApps, STD_SERVICE } from '../../test/cas-kit';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

/** Faults of the application-facing endpoints are answered as CAS documents, never as HTML. */
describe('CAS endpoints when something fails', () => {
  let portal: TestPortal;
  afterEach(() => portal.close());

  const failingStore = (store: EphemeralStore): EphemeralStore => ({
    ...store,
    take: async () => {
      throw new Error('store down');
    },
    get: async () => {
      throw new Error('store down');
    },
  });

  it('a store that does not answer: INTERNAL_ERROR (500), nothing issued (fail closed)', async () => {
    portal = await createTestPortal({
      relyingApps: casApps('https://127.0.0.1:1', 'http://127.0.0.1:1'),
      wrapEphemeral: failingStore,
    });
    const query = `service=${encodeURIComponent(STD_SERVICE)}&ticket=ST-x`;
    const xml = await portal.app.inject({ method: 'GET', url: `/cas/serviceValidate?${query}` });
    expect(xml.statusCode).toBe(500);
    expect(xml.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(xml.body).toContain('<cas:authenticationFailure code="INTERNAL_ERROR">');
    const cas1 = await portal.app.inject({ method: 'GET', url: `/cas/validate?${query}` });
    expect(cas1.statusCode).toBe(500);
    expect(cas1.body).toBe('no\n\n');
    const proxy = await portal.app.inject({
      method: 'GET',
      url: `/cas/proxy?pgt=PGT-x&targetService=${encodeURIComponent(STD_SERVICE)}`,
    });
    expect(proxy.body).toContain('<cas:proxyFailure code="INTERNAL_ERROR">');
  });

  it('a body Fastify cannot read: INVALID_REQUEST (400)', async () => {
    portal = await createTestPortal({ relyingApps: casApps('https://127.0.0.1:1', 'http://127.0.0.1:1') });
    const response = await portal.app.inject({
      method: 'POST',
      url: '/cas/login/init',
      payload: '{not json',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<loginRequestFailure code="INVALID_REQUEST">');
  });
});
