import {
  DEFAULT_ACCOUNT_OPTIONS,
  isSesameError,
  type CredentialRecord,
  type DeviceRecord,
  type DurableStore,
  type NewUser,
} from '@sesame/core';
import { describe, expect, it } from 'vitest';

/**
 * The account lifecycle's storage (migration 0008, docs/adr/0035) that every durable backend must
 * show: external ids unique when present, deactivation stored, erasure taking every personal
 * record with it but the audit lines. Run inside describeDurableStoreConformance on a fresh store.
 */
export function describeAccountLifecycleConformance(
  current: () => DurableStore,
  fixtures: {
    newUser: (overrides?: Partial<NewUser>) => NewUser;
    device: (overrides?: Partial<DeviceRecord>) => DeviceRecord;
    credential: (overrides?: Partial<CredentialRecord>) => CredentialRecord;
  },
): void {
  const { newUser, device, credential } = fixtures;
  const second = (overrides: Partial<NewUser> = {}) =>
    newUser({ id: 'x0099abc', email: 'pierre.curie@example.eu', ...overrides });

  describe('account lifecycle (migration 0008, docs/adr/0035)', () => {
    it('stores an external id, finds the account by it, and reads null when there is none', async () => {
      const store = current();
      await store.users.create(newUser({ externalId: 'HR-0042' }));
      await store.users.create(second());
      expect((await store.users.findByExternalId('HR-0042'))?.id).toBe('n0025vuz');
      expect(await store.users.findByExternalId('hr-0042')).toBeNull();
      expect((await store.users.findById('x0099abc'))?.externalId).toBeNull();
    });

    it('refuses a second account with the same external id, on create and on update, and lets many have none', async () => {
      const store = current();
      await store.users.create(newUser({ externalId: 'HR-0042' }));
      const taken = await store.users.create(second({ externalId: 'HR-0042' })).catch((error: unknown) => error);
      expect(isSesameError(taken, 'EXTERNAL_ID_UNAVAILABLE')).toBe(true);
      expect(await store.users.findById('x0099abc')).toBeNull();

      expect(await store.users.create(second())).toBe(true);
      expect(await store.users.create(newUser({ id: 'y0011def', email: 'irene@example.eu' }))).toBe(true);
      const update = await store.users.update('x0099abc', { externalId: 'HR-0042' }).catch((error: unknown) => error);
      expect(isSesameError(update, 'EXTERNAL_ID_UNAVAILABLE')).toBe(true);
      expect((await store.users.findById('x0099abc'))?.externalId).toBeNull();

      expect(await store.users.update('n0025vuz', { externalId: null })).toBe(true);
      expect(await store.users.update('x0099abc', { externalId: 'HR-0042' })).toBe(true);
      expect((await store.users.findByExternalId('HR-0042'))?.id).toBe('x0099abc');
    });

    it('finds many accounts by address or external id in one call, and places an account as it is created', async () => {
      const store = current();
      await store.organisations.create(
        { id: 'ddpp-35', parentId: 'root', kind: 'service', name: 'DDPP 35' },
        new Date(),
      );
      await store.users.create(newUser({ externalId: 'HR-0042', organisationId: 'ddpp-35' }));
      await store.users.create(second());
      await store.users.create(newUser({ id: 'y0011def', email: 'irene@example.eu', externalId: 'HR-7' }));
      expect((await store.organisations.accountOrganisation('n0025vuz'))?.id).toBe('ddpp-35');
      expect((await store.organisations.accountOrganisation('x0099abc'))?.id).toBe('root');
      const found = await store.users.findMany({
        emails: ['pierre.curie@example.eu', 'nobody@example.eu'],
        externalIds: ['HR-0042', 'HR-none'],
      });
      expect(found.map((u) => u.id).sort()).toEqual(['n0025vuz', 'x0099abc']);
      expect(await store.users.findMany({ emails: [], externalIds: [] })).toEqual([]);
      // By identifier, in one query (a SCIM page, docs/adr/0041 §5).
      const byId = await store.users.findMany({
        emails: [],
        externalIds: [],
        ids: ['y0011def', 'x0099abc', 'none0000'],
      });
      expect(byId.map((u) => u.id).sort()).toEqual(['x0099abc', 'y0011def']);
      expect((await store.users.findMany({ emails: [], externalIds: [], ids: ['n0025vuz'] }))[0]).toEqual(
        await store.users.findById('n0025vuz'),
      );
    });

    it('creates many accounts in one call, each placed, skipping only those whose id is taken', async () => {
      const store = current();
      await store.organisations.create(
        { id: 'ddpp-35', parentId: 'root', kind: 'service', name: 'DDPP 35' },
        new Date(),
      );
      await store.users.create(newUser());
      const written = await store.users.createMany([
        second({ externalId: 'HR-7', organisationId: 'ddpp-35' }),
        // The id is Marie's: skipped, not an error (the caller draws another).
        newUser({ email: 'skipped@example.eu' }),
        newUser({ id: 'y0011def', email: 'irene@example.eu' }),
      ]);
      expect(written.sort()).toEqual(['x0099abc', 'y0011def']);
      expect(await store.users.findById('x0099abc')).toEqual({
        ...(await store.users.findById('n0025vuz')),
        id: 'x0099abc',
        email: 'pierre.curie@example.eu',
        externalId: 'HR-7',
      });
      expect((await store.organisations.accountOrganisation('x0099abc'))?.id).toBe('ddpp-35');
      expect((await store.organisations.accountOrganisation('y0011def'))?.id).toBe('root');
      expect((await store.users.findById('n0025vuz'))?.email).toBe('marie.curie@example.eu');
      expect(await store.users.findByEmail('skipped@example.eu')).toBeNull();
      expect(await store.users.createMany([])).toEqual([]);
    });

    it('creates none of many accounts when an address or external id is taken, stored or in the batch', async () => {
      const store = current();
      await store.users.create(newUser({ externalId: 'HR-0042' }));
      const attempt = (users: NewUser[]) => store.users.createMany(users).catch((error: unknown) => error);
      const fresh = second();
      for (const [users, code] of [
        [[fresh, newUser({ id: 'y0011def' })], 'EMAIL_UNAVAILABLE'],
        [
          [fresh, newUser({ id: 'y0011def', email: 'irene@example.eu', externalId: 'HR-0042' })],
          'EXTERNAL_ID_UNAVAILABLE',
        ],
        [[fresh, newUser({ id: 'y0011def', email: fresh.email })], 'EMAIL_UNAVAILABLE'],
        [
          [second({ externalId: 'HR-9' }), newUser({ id: 'y0011def', email: 'irene@example.eu', externalId: 'HR-9' })],
          'EXTERNAL_ID_UNAVAILABLE',
        ],
      ] as const) {
        expect(isSesameError(await attempt([...users]), code)).toBe(true);
        expect(await store.users.count()).toBe(1);
      }
      // Inside a transaction (PostgreSQL aborts it): the caller's rollback, then the store works on.
      await expect(
        store.transaction((tx) => tx.users.createMany([fresh, newUser({ id: 'y0011def' })])),
      ).rejects.toThrow();
      expect(await store.users.createMany([fresh])).toEqual(['x0099abc']);
      await expect(store.users.createMany(Array.from({ length: 1_001 }, () => fresh))).rejects.toThrow(RangeError);
    });

    it('shortens the waiting period of the named recovery only, once, never lengthening it (docs/adr/0041 §4)', async () => {
      const store = current();
      await store.users.create(newUser());
      const startedAt = new Date('2026-12-07T10:00:00.000Z');
      const readyAt = new Date('2026-12-08T10:00:00.000Z');
      const now = new Date('2026-12-07T11:00:00.000Z');
      expect(await store.users.shortenRecovery('n0025vuz', startedAt, now)).toBe(false);
      await store.users.startRecovery('n0025vuz', { startedAt, readyAt });
      expect(await store.users.shortenRecovery('n0025vuz', new Date(startedAt.getTime() + 1), now)).toBe(false);
      expect(await store.users.shortenRecovery('n0025vuz', startedAt, new Date('2026-12-09T00:00:00.000Z'))).toBe(
        false,
      );
      expect((await store.users.findById('n0025vuz'))?.recovery).toEqual({ startedAt, readyAt });
      expect(await store.users.shortenRecovery('n0025vuz', startedAt, now)).toBe(true);
      expect((await store.users.findById('n0025vuz'))?.recovery).toEqual({ startedAt, readyAt: now });
      expect(await store.users.shortenRecovery('n0025vuz', startedAt, now)).toBe(false);
      expect(await store.users.shortenRecovery('nobody00', startedAt, now)).toBe(false);
    });

    it('stores and clears the deactivation instant', async () => {
      const store = current();
      await store.users.create(newUser());
      expect((await store.users.findById('n0025vuz'))?.deactivatedAt).toBeNull();
      const at = new Date('2026-12-07T10:11:12.345Z');
      expect(await store.users.update('n0025vuz', { deactivatedAt: at })).toBe(true);
      expect((await store.users.findById('n0025vuz'))?.deactivatedAt).toEqual(at);
      expect(await store.users.update('n0025vuz', { deactivatedAt: null })).toBe(true);
      expect((await store.users.findById('n0025vuz'))?.deactivatedAt).toBeNull();
    });

    it('erases an account with its devices, credentials, options and roles, and keeps its audit lines', async () => {
      const store = current();
      await store.users.create(newUser({ externalId: 'HR-0042' }));
      await store.users.create(second());
      await store.devices.create(device());
      await store.devices.create(device({ id: 'dev-other', userId: 'x0099abc', installationId: 'inst-0002' }));
      await store.credentials.create(credential());
      await store.accountOptions.set('n0025vuz', {
        alwaysSecondFactor: true,
        warnOnApplication: false,
        notifyNewBrowser: true,
        preferredMethod: null,
      });
      await store.roles.grant({ userId: 'n0025vuz', role: 'helpdesk', scopeId: 'root' }, new Date());
      const at = new Date('2026-12-07T10:00:00.000Z');
      await store.audit.append({
        type: 'account.deleted',
        userId: 'n0025vuz',
        ip: null,
        userAgent: null,
        at,
        details: {},
      });

      expect(await store.users.delete('n0025vuz')).toBe(true);

      expect(await store.users.findById('n0025vuz')).toBeNull();
      expect(await store.users.findByEmail('marie.curie@example.eu')).toBeNull();
      expect(await store.users.findByExternalId('HR-0042')).toBeNull();
      expect(await store.devices.listByUser('n0025vuz')).toEqual([]);
      expect(await store.credentials.listByUser('n0025vuz')).toEqual([]);
      expect(await store.roles.listForAccount('n0025vuz')).toEqual([]);
      expect(await store.accountOptions.get('n0025vuz')).toMatchObject(DEFAULT_ACCOUNT_OPTIONS);
      expect(await store.audit.list({ userId: 'n0025vuz', limit: 10 })).toHaveLength(1);
      // The other account is untouched; the address and the external id are free again.
      expect(await store.devices.listByUser('x0099abc')).toHaveLength(1);
      expect(await store.users.delete('n0025vuz')).toBe(false);
      expect(await store.users.create(newUser({ id: 'z0077ghi', externalId: 'HR-0042' }))).toBe(true);
    });

    it('pages a subtree’s accounts for the export, by identifier, with external id, language, state and the last invitation’s time', async () => {
      const store = current();
      await store.organisations.create({ id: 'dgal', parentId: 'root', kind: 'service', name: 'DGAL' }, new Date());
      await store.organisations.create(
        { id: 'ddpp-35', parentId: 'dgal', kind: 'service', name: 'DDPP 35' },
        new Date(),
      );
      await store.organisations.create({ id: 'other', parentId: 'root', kind: 'service', name: 'Other' }, new Date());
      const people: Array<[string, string, Partial<NewUser>]> = [
        [
          'c0000003',
          'ddpp-35',
          { externalId: 'E3', passwordHash: '!invited', invitationSentAt: new Date('2026-11-20T08:00:00.000Z') },
        ],
        ['a0000001', 'dgal', { emailLocale: 'en' }],
        ['b0000002', 'ddpp-35', {}],
        ['d0000004', 'other', {}],
      ];
      for (const [id, organisationId, overrides] of people) {
        await store.users.create(newUser({ id, email: `${id}@example.eu`, ...overrides }));
        await store.organisations.placeAccount(id, organisationId);
      }
      await store.users.update('b0000002', { deactivatedAt: new Date() });
      const first = await store.directory.exportPage({ withinIds: ['dgal'], afterId: null, limit: 2 });
      expect(first).toEqual([
        {
          id: 'a0000001',
          email: 'a0000001@example.eu',
          firstName: 'Marie',
          lastName: 'Curie',
          organisationId: 'dgal',
          externalId: null,
          emailLocale: 'en',
          deactivated: false,
          invitationPending: false,
          invitationSentAt: null,
        },
        expect.objectContaining({ id: 'b0000002', deactivated: true, invitationPending: false }),
      ]);
      const second = await store.directory.exportPage({ withinIds: ['dgal'], afterId: 'b0000002', limit: 2 });
      expect(second).toEqual([
        expect.objectContaining({
          id: 'c0000003',
          externalId: 'E3',
          invitationPending: true,
          invitationSentAt: new Date('2026-11-20T08:00:00.000Z'),
          organisationId: 'ddpp-35',
        }),
      ]);
      // Sent again (docs/adr/0054 §6): the newest sending is what the export reads.
      expect(await store.users.recordInvitationSent('c0000003', new Date('2026-12-01T10:30:00.000Z'))).toBe(true);
      expect(await store.users.recordInvitationSent('nobody00', new Date())).toBe(false);
      const again = await store.directory.exportPage({ withinIds: ['ddpp-35'], afterId: 'b0000002', limit: 1 });
      expect(again.map((row) => [row.id, row.invitationSentAt])).toEqual([
        ['c0000003', new Date('2026-12-01T10:30:00.000Z')],
      ]);
      // Written in one statement too (the CSV import's createMany), and null for an account never invited.
      expect(
        await store.users.createMany([
          newUser({
            id: 'e0000005',
            email: 'e@example.eu',
            passwordHash: '!invited',
            invitationSentAt: new Date('2026-12-02T00:00:00.000Z'),
            organisationId: 'other',
          }),
          newUser({ id: 'f0000006', email: 'f@example.eu', organisationId: 'other' }),
        ]),
      ).toEqual(['e0000005', 'f0000006']);
      const others = await store.directory.exportPage({ withinIds: ['other'], afterId: null, limit: 10 });
      expect(others.map((row) => [row.id, row.invitationSentAt])).toEqual([
        ['d0000004', null],
        ['e0000005', new Date('2026-12-02T00:00:00.000Z')],
        ['f0000006', null],
      ]);
      const everyone = await store.directory.exportPage({ withinIds: ['root'], afterId: null, limit: 10 });
      expect(everyone.map((row) => row.id)).toEqual([
        'a0000001',
        'b0000002',
        'c0000003',
        'd0000004',
        'e0000005',
        'f0000006',
      ]);
      expect(await store.directory.exportPage({ withinIds: [], afterId: null, limit: 10 })).toEqual([]);
    });
  });
}
