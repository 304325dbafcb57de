import { API_LISTING_MAX } from '@sesame/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_APPS, AT, injectedClientToken, seedTree } from '../../test/admin-api-kit';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

/**
 * A scope larger than one SCIM listing reads (docs/adr/0037 §3): without a narrowing filter the
 * answer is 400 tooMany, never a silently cut list; `userName eq` still finds one agent by the index.
 */
let portal: TestPortal;

beforeAll(async () => {
  portal = await createTestPortal({ relyingApps: API_APPS });
  await seedTree(portal);
  for (let i = 0; i <= API_LISTING_MAX; i++) {
    const id = `bulk${String(i).padStart(4, '0')}`;
    await portal.durable.users.create({
      id,
      email: `agent${i}@ddpp29.example.fr`,
      firstName: 'Agent',
      lastName: `N${i}`,
      emailLocale: 'fr',
      passwordHash: 'unusable',
      organisation: null,
      roles: [],
      createdAt: AT,
    });
    await portal.durable.organisations.placeAccount(id, 'ddpp-29');
  }
});
afterAll(() => portal.close());

it('says tooMany past the listing cap, and still finds one agent by userName', async () => {
  const headers = { authorization: `Bearer ${await injectedClientToken(portal, 'hr-bzh', 'sesame:scim')}` };
  const all = await portal.app.inject({ method: 'GET', url: '/scim/v2/Users', headers });
  expect(all.statusCode).toBe(400);
  expect(all.json()).toMatchObject({ scimType: 'tooMany' });
  const one = await portal.app.inject({
    method: 'GET',
    url: `/scim/v2/Users?filter=${encodeURIComponent('userName eq "agent1234@ddpp29.example.fr"')}`,
    headers,
  });
  expect(one.statusCode).toBe(200);
  expect(one.json()).toMatchObject({ totalResults: 1, Resources: [{ id: 'bulk1234' }] });
});
