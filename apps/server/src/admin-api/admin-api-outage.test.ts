import type { DurableStore } from '@sesame/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_APPS, injectedClientToken, seedTree } from '../../test/admin-api-kit';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

/** A store that does not answer: the APIs say 503 and to come back (Retry-After), nothing half-done. */
let portal: TestPortal;
let down = false;

beforeAll(async () => {
  portal = await createTestPortal({
    relyingApps: API_APPS,
    wrapDurable: (store): DurableStore => {
      const fail = async () => {
        if (down) throw new Error('connection refused');
      };
      return {
        ...store,
        ping: async () => {
          await fail();
          return store.ping();
        },
        directory: {
          search: async (q) => (await fail(), store.directory.search(q)),
          exportPage: async (q) => (await fail(), store.directory.exportPage(q)),
        },
      };
    },
  });
  await seedTree(portal);
});
afterAll(() => portal.close());

it('the REST API and SCIM answer 503 with Retry-After when the database is down', async () => {
  const token = await injectedClientToken(portal, 'hr-bzh', 'sesame:admin:read sesame:scim');
  down = true;
  const headers = { authorization: `Bearer ${token}`, 'accept-language': 'en' };
  const rest = await portal.app.inject({ method: 'GET', url: '/api/admin/v1/accounts', headers });
  expect(rest.statusCode).toBe(503);
  expect(rest.headers['retry-after']).toBe('60');
  expect(rest.json()).toMatchObject({ code: 'STORE_UNAVAILABLE' });
  const scim = await portal.app.inject({ method: 'GET', url: '/scim/v2/Users', headers });
  expect(scim.statusCode).toBe(503);
  expect(scim.json()).toMatchObject({ status: '503', schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'] });
  down = false;
  expect((await portal.app.inject({ method: 'GET', url: '/api/admin/v1/accounts', headers })).statusCode).toBe(200);
});
