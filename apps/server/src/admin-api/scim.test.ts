import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_APPS, clientToken, PASSWORD, PEOPLE, seedTree } from '../../test/admin-api-kit';
import { ScimClient } from '../../test/scim-client';
import { createTestPortal, signIn, type TestPortal } from '../../test/test-portal';

/**
 * SCIM 2.0 (issue 14 point 6 "Done when"): an HR system's round trip — create, filter, patch,
 * deactivate, delete — through a SCIM client over HTTP (test/scim-client.ts: fetch + SCIMMY),
 * with a client-credentials token from openid-client; scoped like people.
 */
let portal: TestPortal;
let hr: ScimClient;
let idf: ScimClient;

beforeAll(async () => {
  portal = await createTestPortal({ listen: true, relyingApps: API_APPS });
  await seedTree(portal);
  hr = new ScimClient(portal.baseUrl, await clientToken(portal, 'hr-bzh', 'sesame:scim'));
  idf = new ScimClient(portal.baseUrl, await clientToken(portal, 'hr-idf', 'sesame:scim'));
});
afterAll(() => portal.close());

describe('an HR system’s round trip', () => {
  it('creates, finds, patches, deactivates, reactivates and deletes an agent', async () => {
    // Create = invite: the owner is mailed to choose a password.
    const created = await hr.create({
      userName: 'Yann.Kerouac@ddpp29.example.fr',
      externalId: 'HR-00042',
      name: { givenName: 'Yann', familyName: 'Kerouac' },
      preferredLanguage: 'fr-FR',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { organization: 'ddpp-29' },
    });
    expect(created.status).toBe(201);
    const id = created.user!.id as string;
    expect(created.user).toMatchObject({
      userName: 'yann.kerouac@ddpp29.example.fr',
      externalId: 'HR-00042',
      active: true,
      groups: [{ value: 'ddpp-29' }],
      meta: { resourceType: 'User', location: `${portal.baseUrl}/scim/v2/Users/${id}` },
    });
    expect(created.headers.get('location')).toBe(`${portal.baseUrl}/scim/v2/Users/${id}`);
    expect(portal.mailer.sent.some((m) => m.to === 'yann.kerouac@ddpp29.example.fr')).toBe(true);

    // Filter (eq, co, sw, pr, and/or), on userName, emails.value, externalId, active, name.familyName.
    for (const filter of [
      'userName eq "YANN.KEROUAC@ddpp29.example.fr"',
      'emails.value co "kerouac@"',
      'name.familyName sw "Ker" and active eq true',
      'externalId eq "HR-00042"',
      'externalId pr and (userName sw "nobody" or emails.value co "ddpp29")',
      'emails[value ew "ddpp29.example.fr"]',
    ]) {
      const found = await hr.list(filter);
      expect(found.status, filter).toBe(200);
      expect(
        found.list!.Resources.map((r) => r.id),
        filter,
      ).toEqual([id]);
    }
    expect((await hr.list('externalId eq "hr-00042"')).list!.totalResults).toBe(0); // caseExact
    expect((await hr.list('userName eq "marie@ddpp35.example.fr"')).list!.Resources).toHaveLength(1);
    // Paging: startIndex is 1-based, count caps the page, totalResults says all.
    const page = await hr.list(undefined, { startIndex: 2, count: 1 });
    expect(page.list).toMatchObject({ totalResults: 3, startIndex: 2, itemsPerPage: 1 });

    // PATCH (replace a name; add the external id again), with the ETag.
    const before = await hr.get(id);
    const etag = before.headers.get('etag')!;
    expect(etag).toBe((before.user!.meta as { version: string }).version);
    const renamed = await hr.patch(
      id,
      [
        { op: 'replace', path: 'name.familyName', value: 'Kerouac-Le Bris' },
        { op: 'add', path: 'externalId', value: 'HR-00043' },
      ],
      etag,
    );
    expect(renamed.status).toBe(200);
    expect(renamed.user).toMatchObject({ name: { familyName: 'Kerouac-Le Bris' }, externalId: 'HR-00043' });
    // The old version no longer matches: 412, nothing changed.
    const stale = await hr.patch(id, [{ op: 'replace', path: 'name.givenName', value: 'Jean' }], etag);
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '412' });
    expect((await hr.get(id)).user).toMatchObject({ name: { givenName: 'Yann' } });

    // Deactivate (active=false, as Entra ID sends it: a string), then reactivate.
    const off = await hr.patch(id, [{ op: 'Replace', path: 'active', value: 'False' }]);
    expect(off.user).toMatchObject({ active: false });
    expect((await hr.list('active eq false')).list!.Resources.map((r) => r.id)).toEqual([id]);
    expect((await hr.patch(id, [{ op: 'replace', value: { active: true } }])).user).toMatchObject({ active: true });

    // Delete = erase; then 404.
    const current = (await hr.get(id)).headers.get('etag')!;
    expect((await hr.delete(id, 'W/"not-the-version"')).status).toBe(412);
    expect((await hr.delete(id, current)).status).toBe(204);
    expect((await hr.get(id)).status).toBe(404);
    expect(await portal.durable.users.findById(id)).toBeNull();
    const trail = (await portal.durable.audit.list({ userId: id, limit: 20 })).map((e) => e.type);
    expect(trail).toEqual(
      expect.arrayContaining([
        'account.invited',
        'account.updated',
        'account.deactivated',
        'account.reactivated',
        'account.deleted',
      ]),
    );
  });

  it('a deactivated agent cannot sign in', async () => {
    const marie = (await hr.list('userName eq "marie@ddpp35.example.fr"')).list!.Resources[0]!;
    await hr.patch(marie.id as string, [{ op: 'replace', path: 'active', value: false }]);
    expect((await signIn(portal.browser('en'), PEOPLE.marie.email, PASSWORD)).location).not.toBe('/account');
    await hr.patch(marie.id as string, [{ op: 'replace', path: 'active', value: true }]);
    expect((await signIn(portal.browser('en'), PEOPLE.marie.email, PASSWORD)).location).toBe('/account');
  });
});

describe('discovery and groups', () => {
  it('ServiceProviderConfig, ResourceTypes and Schemas', async () => {
    const config = await hr.request('GET', '/ServiceProviderConfig');
    expect(config.headers.get('content-type')).toContain('application/scim+json');
    expect(config.body).toMatchObject({
      patch: { supported: true },
      filter: { supported: true },
      etag: { supported: true },
    });
    expect((await hr.request('GET', '/ResourceTypes')).body).toMatchObject({ totalResults: 2 });
    expect((await hr.request('GET', '/Schemas')).body).toMatchObject({ totalResults: 3 });
  });

  it('Groups are the organisations of the client’s subtree, with their members', async () => {
    const groups = await hr.request('GET', '/Groups');
    const ids = (groups.body!.Resources as { id: string }[]).map((g) => g.id);
    expect(ids).toEqual(['draaf-bzh', 'ddpp-29', 'ddpp-35']);
    const ddpp35 = await hr.request('GET', '/Groups/ddpp-35');
    expect(ddpp35.body).toMatchObject({ displayName: 'DDPP-35', members: [{ value: PEOPLE.marie.id }] });
    expect((await hr.request('GET', '/Groups?filter=displayName%20eq%20%22DDPP-29%22')).body).toMatchObject({
      totalResults: 1,
    });
  });

  it('bad requests get SCIM errors: an invalid filter, a patch of a read-only attribute', async () => {
    const bad = await hr.request('GET', '/Users?filter=userName%20zz%20%22x%22');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ status: '400', scimType: 'invalidFilter' });
    const email = await hr.patch(PEOPLE.marie.id, [{ op: 'replace', path: 'userName', value: 'other@example.fr' }]);
    expect(email.status).toBe(400);
    expect(email.body).toMatchObject({ scimType: 'mutability' });
    const removal = await hr.patch(PEOPLE.marie.id, [{ op: 'remove', path: 'name.familyName' }]);
    expect(removal.status).toBe(400);
  });
});

describe('a client scoped to another organisation (DRAAF Île-de-France)', () => {
  it('sees nothing of DRAAF Bretagne and changes nothing there', async () => {
    const audit = await portal.durable.audit.list({ limit: 1000 });
    expect((await idf.list()).list!.Resources.map((r) => r.id)).toEqual([PEOPLE.paul.id]);
    expect((await idf.list('userName eq "marie@ddpp35.example.fr"')).list!.totalResults).toBe(0);
    expect((await idf.get(PEOPLE.marie.id)).status).toBe(404);
    expect((await idf.patch(PEOPLE.marie.id, [{ op: 'replace', path: 'active', value: false }])).status).toBe(404);
    expect(
      (await idf.request('PUT', `/Users/${PEOPLE.marie.id}`, { userName: PEOPLE.marie.email, active: false })).status,
    ).toBe(404);
    expect((await idf.delete(PEOPLE.marie.id)).status).toBe(404);
    expect((await idf.request('GET', '/Groups/ddpp-35')).status).toBe(404);
    const created = await idf.create({
      userName: 'intrus@ddpp35.example.fr',
      name: { givenName: 'Intrus', familyName: 'X' },
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { organization: 'ddpp-35' },
    });
    expect(created.status).toBe(403);
    // Nothing changed: the only new lines are the refusals' (docs/adr/0041 §1).
    const after = await portal.durable.audit.list({ limit: 1000 });
    const changes = (events: typeof after) => events.filter((e) => e.type !== 'admin.refused');
    expect(changes(after)).toEqual(changes(audit));
    expect(after.length).toBeGreaterThan(audit.length);
    expect(await portal.durable.users.findById(PEOPLE.marie.id)).toMatchObject({ deactivatedAt: null });
  });
});
