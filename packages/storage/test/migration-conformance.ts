import type { CredentialKind, DeviceStatus, DurableStore, NewUser } from '@sesame/core';
import { beforeEach, describe, expect, it } from 'vitest';

/**
 * The migration dashboard's counts, snapshots, reminders' throttle and the registration
 * campaign's state (ports/migration-repository.ts, docs/adr/0036) that every durable backend must
 * show; run inside describeDurableStoreConformance on a fresh store each test.
 *
 * root ─┬─ dgal ─┬─ ddpp-35   app, key, totp+sms (→ totp), sms, password, pending device (→ password)
 *       │        └─ ddpp-29   sms
 *       └─ (root itself)      one account never placed: password
 */
export function describeMigrationConformance(current: () => DurableStore): void {
  const AT = new Date('2026-12-07T09:00:00.000Z');
  const DAY = 86_400_000;
  const user = (id: string): NewUser => ({
    id,
    email: `${id}@example.eu`,
    firstName: 'Agent',
    lastName: id,
    emailLocale: 'en',
    passwordHash: 'x',
    organisation: null,
    roles: [],
    createdAt: AT,
  });
  let serial = 0;
  async function device(store: DurableStore, userId: string, status: DeviceStatus): Promise<void> {
    serial++;
    await store.devices.create({
      id: `dev${serial}`,
      userId,
      name: 'phone',
      installationId: `inst${serial}`,
      publicKeyJwk: '{}',
      secretKeyId: 'k',
      secretCiphertext: 'c',
      pushSubscription: null,
      status,
      failedAnswers: 0,
      blockedUntil: null,
      blocks: 0,
      createdAt: AT,
      activatedAt: null,
      lastUsedAt: null,
    });
  }
  async function credential(
    store: DurableStore,
    userId: string,
    kind: CredentialKind,
    status: 'active' | 'pending' = 'active',
  ) {
    serial++;
    await store.credentials.create({
      id: `cred${serial}`,
      userId,
      kind,
      name: kind,
      externalId: kind === 'webauthn' || kind === 'sms' ? `ext${serial}` : null,
      secret: null,
      data: '{}',
      counter: 0,
      status,
      createdAt: AT,
      lastUsedAt: null,
    });
  }

  async function build(store: DurableStore): Promise<void> {
    await store.organisations.create({ id: 'dgal', parentId: 'root', kind: 'service', name: 'DGAL' }, AT);
    await store.organisations.create({ id: 'ddpp-35', parentId: 'dgal', kind: 'service', name: 'DDPP 35' }, AT);
    await store.organisations.create({ id: 'ddpp-29', parentId: 'dgal', kind: 'service', name: 'DDPP 29' }, AT);
    for (const [id, org] of [
      ['a-app', 'ddpp-35'],
      ['a-key', 'ddpp-35'],
      ['a-totp', 'ddpp-35'],
      ['a-sms', 'ddpp-35'],
      ['a-pwd', 'ddpp-35'],
      ['a-pend', 'ddpp-35'],
      ['b-sms', 'ddpp-29'],
      ['c-root', null],
    ] as const) {
      await store.users.create(user(id));
      if (org) await store.organisations.placeAccount(id, org);
    }
    await device(store, 'a-app', 'active');
    await credential(store, 'a-app', 'sms');
    await credential(store, 'a-key', 'webauthn');
    await credential(store, 'a-key', 'recovery-code');
    await credential(store, 'a-totp', 'totp');
    await credential(store, 'a-totp', 'sms');
    await credential(store, 'a-sms', 'sms');
    await credential(store, 'a-sms', 'totp', 'pending');
    await device(store, 'a-pend', 'pending');
    await credential(store, 'a-pwd', 'recovery-code');
    await credential(store, 'b-sms', 'sms');
  }

  describe('migration dashboard and campaign (docs/adr/0036)', () => {
    let store: DurableStore;
    beforeEach(async () => {
      store = current();
      await build(store);
    });

    it('counts each account once, in its best category, per organisation of the subtree, with its path', async () => {
      const counts = await store.migration.countsBySubtree('root');
      const byId = Object.fromEntries(counts.map((c) => [c.organisationId, c]));
      expect(byId['ddpp-35']).toEqual({
        organisationId: 'ddpp-35',
        path: ['root', 'dgal', 'ddpp-35'],
        counts: { app: 1, key: 1, totp: 1, sms: 1, password: 2 },
      });
      expect(byId['ddpp-29']?.counts).toEqual({ app: 0, key: 0, totp: 0, sms: 1, password: 0 });
      // An account never placed belongs to the root; organisations without accounts are left out.
      expect(byId['root']?.counts).toEqual({ app: 0, key: 0, totp: 0, sms: 0, password: 1 });
      expect(byId['dgal']).toBeUndefined();
    });

    it('counts only the subtree asked for; nothing for an organisation that does not exist', async () => {
      const counts = await store.migration.countsBySubtree('dgal');
      expect(counts.map((c) => c.organisationId).sort()).toEqual(['ddpp-29', 'ddpp-35']);
      expect(await store.migration.countsBySubtree('ddpp-29')).toHaveLength(1);
      expect(await store.migration.countsBySubtree('nowhere')).toEqual([]);
    });

    it('lists the holdouts of a subtree (SMS only or the password only), and one account’s category', async () => {
      const holdouts = await store.migration.holdouts('dgal', 100);
      expect(holdouts.map((h) => [h.id, h.category, h.organisationId])).toEqual([
        ['a-pend', 'password', 'ddpp-35'],
        ['a-pwd', 'password', 'ddpp-35'],
        ['a-sms', 'sms', 'ddpp-35'],
        ['b-sms', 'sms', 'ddpp-29'],
      ]);
      expect(holdouts[0]).toMatchObject({ email: 'a-pend@example.eu', firstName: 'Agent', emailLocale: 'en' });
      expect(await store.migration.holdouts('dgal', 2)).toHaveLength(2);
      expect((await store.migration.holdouts('root', 100)).map((h) => h.id)).toContain('c-root');
      expect(await store.migration.categoryOf('a-key')).toBe('key');
      expect(await store.migration.categoryOf('a-totp')).toBe('totp');
      expect(await store.migration.categoryOf('nobody')).toBeNull();
    });

    it('records a day’s snapshot (rewriting it whole) and sums a subtree’s days, oldest first', async () => {
      const counts = await store.migration.countsBySubtree('root');
      await store.migration.recordSnapshot('2026-12-05', counts);
      await store.migration.recordSnapshot('2026-12-06', counts);
      await store.migration.recordSnapshot(
        '2026-12-06',
        counts.filter((c) => c.organisationId !== 'ddpp-29'),
      );
      expect(await store.migration.hasSnapshot('2026-12-06')).toBe(true);
      expect(await store.migration.hasSnapshot('2026-12-07')).toBe(false);
      expect(await store.migration.snapshotSeries('dgal', '2026-12-01')).toEqual([
        { day: '2026-12-05', counts: { app: 1, key: 1, totp: 1, sms: 2, password: 2 } },
        { day: '2026-12-06', counts: { app: 1, key: 1, totp: 1, sms: 1, password: 2 } },
      ]);
      expect(await store.migration.snapshotSeries('ddpp-29', '2026-12-06')).toEqual([]);
      expect((await store.migration.snapshotSeries('root', '2026-12-06'))[0]?.counts.password).toBe(3);
    });

    it('throttles reminders: one claim per period, of two at once one wins; a released claim may be taken again', async () => {
      const notBefore = new Date(AT.getTime() - 7 * DAY);
      expect(await store.migration.claimReminder('a-sms', AT, notBefore)).toBe(true);
      const later = new Date(AT.getTime() + DAY);
      expect(await store.migration.claimReminder('a-sms', later, new Date(later.getTime() - 7 * DAY))).toBe(false);
      const racing = await Promise.all([1, 2, 3].map(() => store.migration.claimReminder('b-sms', AT, notBefore)));
      expect(racing.filter(Boolean)).toHaveLength(1);
      const week = new Date(AT.getTime() + 7 * DAY);
      expect(await store.migration.claimReminder('a-sms', week, new Date(week.getTime() - 7 * DAY))).toBe(true);
      await store.migration.releaseReminder('a-sms', week);
      expect(await store.migration.claimReminder('a-sms', week, new Date(week.getTime() - 7 * DAY))).toBe(true);
    });

    it('keeps an organisation’s campaign settings (replaced when set again); false for an unknown organisation', async () => {
      const settings = { enabled: true, snoozes: 3, snoozeDays: 14, deadline: new Date('2027-03-01T00:00:00.000Z') };
      expect(await store.campaign.setSettings('dgal', settings, AT, 'manager1')).toBe(true);
      expect(await store.campaign.setSettings('nowhere', settings, AT, 'manager1')).toBe(false);
      expect(await store.campaign.settingsFor(['root', 'dgal', 'ddpp-35'])).toEqual([
        { organisationId: 'dgal', ...settings },
      ]);
      await store.campaign.setSettings('dgal', { ...settings, enabled: false, deadline: null }, AT, 'manager1');
      expect(await store.campaign.settingsFor(['dgal'])).toEqual([
        { organisationId: 'dgal', enabled: false, snoozes: 3, snoozeDays: 14, deadline: null },
      ]);
      expect(await store.campaign.settingsFor([])).toEqual([]);
    });

    it('counts "Later" only up and only while allowed, atomically', async () => {
      const notBefore = new Date(AT.getTime() - 14 * DAY);
      expect(await store.campaign.agent('a-sms')).toBeNull();
      expect(await store.campaign.snooze('a-sms', AT, 2, notBefore)).toBe(1);
      const racing = await Promise.all([1, 2, 3].map(() => store.campaign.snooze('a-sms', AT, 2, notBefore)));
      expect(racing.filter((n) => n !== null)).toEqual([2]);
      expect(await store.campaign.agent('a-sms')).toEqual({ snoozes: 2, firstSnoozedAt: AT, exclusion: null });
      // Past the days allowed after the first "Later": refused even with snoozes left.
      expect(await store.campaign.snooze('a-sms', AT, 5, new Date(AT.getTime() + 1))).toBeNull();
      expect(await store.campaign.snooze('a-pwd', AT, 0, notBefore)).toBeNull();
    });

    it('excludes an agent with a reason and includes them again, keeping the snoozes', async () => {
      await store.campaign.snooze('a-sms', AT, 3, new Date(0));
      expect(
        await store.campaign.exclude('a-sms', { reason: 'no phone allowed on site', by: 'manager1', at: AT }),
      ).toBe(true);
      expect(await store.campaign.exclude('nobody', { reason: 'r', by: 'manager1', at: AT })).toBe(false);
      expect(await store.campaign.agent('a-sms')).toEqual({
        snoozes: 1,
        firstSnoozedAt: AT,
        exclusion: { reason: 'no phone allowed on site', by: 'manager1', at: AT },
      });
      expect(await store.campaign.include('a-sms')).toBe(true);
      expect(await store.campaign.include('a-sms')).toBe(false);
      expect((await store.campaign.agent('a-sms'))?.exclusion).toBeNull();
    });
  });
}
