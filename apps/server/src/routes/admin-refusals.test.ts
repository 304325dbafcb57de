import type { StoredAuditEvent } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_APPS, injectedClientToken } from '../../test/admin-api-kit';
import { auditTrail, CAST, seedAdminWorld, signInWithSecondFactor } from '../../test/admin-kit';
import { createTestPortal, textOf, type TestPortal } from '../../test/test-portal';

/**
 * Refused administrative actions are audited (issue 14, docs/adr/0041 §1) — bounded per actor, and
 * telling the refused caller nothing new. The table-driven tests of admin.test.ts check the one
 * line each refusal writes, route by route; here: the flood, what the caller can read back, and a
 * store that cannot take the line.
 *
 * root ── dgal ─┬─ draaf-bzh ── ddpp-35   Marie (agent)
 *               └─ draaf-idf ── ddpp-75   Hugo: local manager of draaf-idf; Alice: administrator.
 */
const PEOPLE = { marie: CAST.marie, hugo: CAST.hugo, alice: CAST.alice } as const;
let portal: TestPortal;

beforeEach(async () => {
  portal = await createTestPortal({ relyingApps: API_APPS });
  await seedAdminWorld(portal, {
    people: PEOPLE,
    roles: [
      { person: PEOPLE.hugo, role: 'local_manager', scopeId: 'draaf-idf' },
      { person: PEOPLE.alice, role: 'administrator', scopeId: 'root' },
    ],
  });
});
afterEach(() => portal.close());

const refusals = async (): Promise<StoredAuditEvent[]> =>
  (await auditTrail(portal)).filter((e) => e.type === 'admin.refused');

describe('the audit of refused administrative actions (docs/adr/0041 §1)', () => {
  it('writes the first refusals of an actor in full, then only the 10th, 20th, 50th… with the count: a flood writes a handful of lines', async () => {
    const hugo = await signInWithSecondFactor(portal, PEOPLE.hugo.email);
    const bodies = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const page = await hugo.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`);
      expect(page.status).toBe(403);
      bodies.add(textOf(page.html));
    }
    // The same answer every time: whether a line was written is not told.
    expect(bodies.size).toBe(1);
    const lines = await refusals();
    expect(lines.map((e) => e.details.count).sort((a, b) => Number(a) - Number(b))).toEqual([
      1, 2, 3, 4, 5, 10, 20, 50,
    ]);
    expect(lines[0]!.details).toEqual({
      actor: PEOPLE.hugo.id,
      action: 'account.unlock',
      target: PEOPLE.marie.id,
      refusal: 'out_of_scope',
      surface: 'console',
      count: 50,
    });
    // Each actor has a bound of their own: an OAuth client's refusals are counted apart.
    const token = await injectedClientToken(portal, 'hr-idf', 'sesame:admin:write');
    const answer = await portal.app.inject({
      method: 'POST',
      url: `/api/admin/v1/accounts/${PEOPLE.marie.id}/unlock`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.statusCode).toBe(403);
    expect((await refusals())[0]).toMatchObject({
      details: { actor: 'client:hr-idf', surface: 'api', count: 1, target: PEOPLE.marie.id },
    });
  });

  it('refuses an unknown account exactly as one out of scope, and audits it the same way', async () => {
    const hugo = await signInWithSecondFactor(portal, PEOPLE.hugo.email);
    const outOfScope = await hugo.get(`/admin/accounts/${PEOPLE.marie.id}`);
    const unknown = await hugo.get('/admin/accounts/nobody99');
    expect([outOfScope.status, unknown.status]).toEqual([403, 403]);
    expect(textOf(unknown.html)).toBe(textOf(outOfScope.html));
    const [second, first] = await refusals();
    expect(first!.details).toMatchObject({ action: 'account.view', target: PEOPLE.marie.id, refusal: 'out_of_scope' });
    expect(second!.details).toMatchObject({ action: 'account.view', target: 'nobody99', refusal: 'out_of_scope' });
  });

  it('the refused caller cannot read the lines back; an administrator reads them in the audit', async () => {
    const hugo = await signInWithSecondFactor(portal, PEOPLE.hugo.email);
    expect((await hugo.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`)).status).toBe(403);
    expect(await refusals()).toHaveLength(1);
    // Hugo reads the audit of his scope: events about no account need a root scope (docs/adr/0038 §3).
    const own = await hugo.get(`/admin/audit?actor=${PEOPLE.hugo.id}`);
    expect(own.status).toBe(200);
    expect(own.html).not.toContain('data-type="admin.refused"');
    const alice = await signInWithSecondFactor(portal, PEOPLE.alice.email);
    const all = await alice.get(`/admin/audit?type=admin.refused`);
    expect(all.html).toContain('data-type="admin.refused"');
  });

  it('answers the refusal even when the audit cannot take its line (logged; nothing else told)', async () => {
    await portal.close();
    portal = await createTestPortal({
      relyingApps: API_APPS,
      wrapDurable: (store) => ({
        ...store,
        audit: {
          ...store.audit,
          append: (event) =>
            event.type === 'admin.refused' ? Promise.reject(new Error('disk full')) : store.audit.append(event),
        },
      }),
    });
    await seedAdminWorld(portal, {
      people: PEOPLE,
      roles: [{ person: PEOPLE.hugo, role: 'local_manager', scopeId: 'draaf-idf' }],
    });
    const hugo = await signInWithSecondFactor(portal, PEOPLE.hugo.email);
    const page = await hugo.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`);
    expect(page.status).toBe(403);
    expect(await refusals()).toEqual([]);
  });
});
