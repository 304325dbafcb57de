import type { AuditEvent, DurableStore, NewUser } from '@sesame/core';
import { beforeEach, describe, expect, it } from 'vitest';

/**
 * The console's audit search (AuditLog.search, issue 14 point 5, docs/adr/0038) as every durable
 * backend must answer it; run inside describeDurableStoreConformance on a fresh store each test.
 *
 * root ─┬─ dgal ─── draaf-bzh ─┬─ ddpp-35   (agent35, manager)
 *       │                      └─ ddpp-29   (agent29)
 *       └─ operators                        (operator)
 * and `rootling`, never placed (the root).
 */
export function describeAuditSearchConformance(current: () => DurableStore): void {
  const AT = new Date('2026-12-07T09:00:00.000Z');
  const user = (id: string): NewUser => ({
    id,
    email: `${id}@example.eu`,
    firstName: 'Agent',
    lastName: id,
    emailLocale: 'fr',
    passwordHash: 'x',
    organisation: null,
    roles: [],
    createdAt: AT,
  });
  const event = (n: number, overrides: Partial<AuditEvent>): AuditEvent => ({
    type: 'sign_in.succeeded',
    userId: null,
    ip: '192.0.2.7',
    userAgent: 'Mozilla/5.0',
    at: new Date(AT.getTime() + n * 60_000),
    details: { n },
    ...overrides,
  });

  describe('audit search (docs/adr/0038)', () => {
    let store: DurableStore;
    const ns = async (query: Parameters<DurableStore['audit']['search']>[0]) =>
      (await store.audit.search(query)).map((e) => e.details.n);

    beforeEach(async () => {
      store = current();
      for (const [id, parent] of [
        ['dgal', 'root'],
        ['draaf-bzh', 'dgal'],
        ['ddpp-35', 'draaf-bzh'],
        ['ddpp-29', 'draaf-bzh'],
        ['operators', 'root'],
      ] as const) {
        expect(await store.organisations.create({ id, parentId: parent, kind: 'service', name: id }, AT)).toBe(
          'created',
        );
      }
      for (const [id, organisation] of [
        ['agent35', 'ddpp-35'],
        ['manager', 'ddpp-35'],
        ['agent29', 'ddpp-29'],
        ['operator', 'operators'],
        ['rootling', null],
      ] as const) {
        await store.users.create(user(id));
        if (organisation) expect(await store.organisations.placeAccount(id, organisation)).toBe(true);
      }
      const events: AuditEvent[] = [
        event(1, { type: 'sign_in.succeeded', userId: 'agent35' }),
        event(2, { type: 'sign_in.failed', userId: 'agent29' }),
        event(3, {
          type: 'account.unlocked',
          userId: 'agent29',
          details: { n: 3, actor: 'manager', role: 'helpdesk' },
        }),
        event(4, { type: 'sign_in.succeeded', userId: 'operator' }),
        event(5, { type: 'organisation.created', userId: null, details: { n: 5, actor: 'manager' } }),
        event(6, { type: 'sign_in.failed', userId: 'rootling' }),
        event(7, { type: 'account.second_factor_reset', userId: 'agent35', details: { n: 7, actor: 'operator' } }),
      ];
      for (const e of events) await store.audit.append(e);
    });

    it('lists everything newest first without filters, and pages by seq', async () => {
      expect(await ns({ limit: 10 })).toEqual([7, 6, 5, 4, 3, 2, 1]);
      const page1 = await store.audit.search({ limit: 3 });
      expect(page1.map((e) => e.details.n)).toEqual([7, 6, 5]);
      expect(await ns({ limit: 3, beforeSeq: page1.at(-1)!.seq })).toEqual([4, 3, 2]);
    });

    it('filters by actor (details.actor) and by the account concerned', async () => {
      expect(await ns({ limit: 10, actorId: 'manager' })).toEqual([5, 3]);
      expect(await ns({ limit: 10, userId: 'agent35' })).toEqual([7, 1]);
      expect(await ns({ limit: 10, userId: 'agent35', actorId: 'operator' })).toEqual([7]);
    });

    it('filters by types, only or except, an empty "only" finding nothing', async () => {
      expect(await ns({ limit: 10, types: { only: ['sign_in.failed'] } })).toEqual([6, 2]);
      expect(await ns({ limit: 10, types: { except: ['sign_in.failed', 'sign_in.succeeded'] } })).toEqual([7, 5, 3]);
      expect(await ns({ limit: 10, types: { only: [] } })).toEqual([]);
    });

    it('filters by instant: from included, to excluded', async () => {
      const at = (n: number) => new Date(AT.getTime() + n * 60_000);
      expect(await ns({ limit: 10, from: at(3), to: at(6) })).toEqual([5, 4, 3]);
    });

    it('keeps a subtree’s accounts only; events about no account or unplaced accounts need the root', async () => {
      expect(await ns({ limit: 10, withinIds: ['ddpp-35'] })).toEqual([7, 1]);
      expect(await ns({ limit: 10, withinIds: ['draaf-bzh'] })).toEqual([7, 3, 2, 1]);
      expect(await ns({ limit: 10, withinIds: ['ddpp-29', 'operators'] })).toEqual([4, 3, 2]);
      expect(await ns({ limit: 10, withinIds: ['root'] })).toEqual([7, 6, 5, 4, 3, 2, 1]);
      expect(await ns({ limit: 10, withinIds: [] })).toEqual([]);
      expect(await ns({ limit: 10, withinIds: ['no-such-org'] })).toEqual([]);
      expect(await ns({ limit: 10, withinIds: ['draaf-bzh'], types: { only: ['sign_in.failed'] } })).toEqual([2]);
    });
  });
}
