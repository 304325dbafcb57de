import {
  METHOD_CATEGORIES,
  type CredentialKind,
  type DeviceStatus,
  type DurableRepositories,
  type DurableStore,
  type MethodCategory,
  type NewUser,
} from '@sesame/core';
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
  async function device(store: DurableRepositories, userId: string, status: DeviceStatus): Promise<string> {
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
    return `dev${serial}`;
  }
  async function credential(
    store: DurableRepositories,
    userId: string,
    kind: CredentialKind,
    status: 'active' | 'pending' = 'active',
  ): Promise<string> {
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
    return `cred${serial}`;
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

    it('keeps each day’s subtree as it was: an organisation moved since counts where it was then', async () => {
      await store.migration.recordSnapshot('2026-12-05', await store.migration.countsBySubtree('root'));
      expect(await store.organisations.move('ddpp-29', 'root')).toBe('moved');
      await store.migration.recordSnapshot('2026-12-06', await store.migration.countsBySubtree('root'));
      expect((await store.migration.snapshotSeries('dgal', '2026-12-01')).map((p) => [p.day, p.counts.sms])).toEqual([
        ['2026-12-05', 2],
        ['2026-12-06', 1],
      ]);
      expect((await store.migration.snapshotSeries('ddpp-29', '2026-12-01')).map((p) => p.counts.sms)).toEqual([1, 1]);
      expect((await store.migration.snapshotSeries('root', '2026-12-01')).map((p) => p.counts.sms)).toEqual([2, 2]);
      expect(await store.migration.snapshotSeries('nowhere', '2026-12-01')).toEqual([]);
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

  /** Every account build() writes. */
  const ACCOUNTS = ['a-app', 'a-key', 'a-totp', 'a-sms', 'a-pwd', 'a-pend', 'b-sms', 'c-root'];
  const none = (): Record<MethodCategory, number> => ({ app: 0, key: 0, totp: 0, sms: 0, password: 0 });

  /**
   * The category the dashboard reads is kept by the database (users.method_category, migration
   * 0012, docs/adr/0039): after every kind of write that adds, removes or changes a factor, moves,
   * deactivates or erases an account, the stored counts must equal the live definition
   * (`categoryOf`, computed from the factors).
   */
  describe('the stored category never drifts from the factors (docs/adr/0039)', () => {
    let store: DurableStore;
    beforeEach(async () => {
      store = current();
      await build(store);
    });

    /** The dashboard's counts (stored) equal the live categories of `ids`, organisation by organisation. */
    async function expectNoDrift(ids: readonly string[] = ACCOUNTS): Promise<void> {
      const live = new Map<string, Record<MethodCategory, number>>();
      for (const id of ids) {
        const category = await store.migration.categoryOf(id);
        if (category === null) continue; // erased
        const organisation = (await store.organisations.accountOrganisation(id))?.id ?? 'root';
        const counts = live.get(organisation) ?? none();
        counts[category]++;
        live.set(organisation, counts);
      }
      const stored = await store.migration.countsBySubtree('root');
      expect(Object.fromEntries(stored.map((c) => [c.organisationId, c.counts]))).toEqual(Object.fromEntries(live));
    }

    async function expectCategory(id: string, category: MethodCategory): Promise<void> {
      expect(await store.migration.categoryOf(id)).toBe(category);
      await expectNoDrift();
    }

    it('starts right: an account is created in "password" and each factor written moves it', async () => {
      await expectNoDrift();
      await store.users.create(user('new-agent'));
      expect(await store.migration.categoryOf('new-agent')).toBe('password');
      await expectNoDrift([...ACCOUNTS, 'new-agent']);
    });

    it('follows a device through its life: pending, active, blocked, deleted; all of an account’s at once', async () => {
      const phone = await device(store, 'a-pwd', 'pending');
      await expectCategory('a-pwd', 'password');
      await store.devices.update(phone, { status: 'active', activatedAt: AT });
      await expectCategory('a-pwd', 'app');
      await store.devices.update(phone, { status: 'blocked' });
      await expectCategory('a-pwd', 'app');
      // The writes of every sign-in do not touch the category.
      await store.devices.reserveAnswer(phone, 5, AT);
      await store.devices.recordRightAnswer(phone, AT);
      await store.devices.blockDevice(phone, new Date(AT.getTime() + DAY), 5);
      await expectCategory('a-pwd', 'app');
      expect(await store.devices.delete(phone)).toBe(true);
      await expectCategory('a-pwd', 'password');
      // PANIC: the app goes, the SMS number stays.
      await device(store, 'a-app', 'active');
      expect(await store.devices.deleteAllOfUser('a-app')).toBe(2);
      await expectCategory('a-app', 'sms');
      // The purge of enrolments never finished.
      await device(store, 'a-sms', 'pending');
      expect(await store.devices.deletePendingBefore(new Date(AT.getTime() + DAY))).toBe(2);
      await expectCategory('a-sms', 'sms');
      await expectCategory('a-pend', 'password');
    });

    it('stays right when the purge deletes enrolments never confirmed, in batches (docs/adr/0051)', async () => {
      // a-sms holds an active SMS and a pending TOTP; a-key gets a pending one too.
      await credential(store, 'a-key', 'totp', 'pending');
      await credential(store, 'a-pwd', 'webauthn', 'pending');
      expect(await store.credentials.deletePendingBefore(AT, 10)).toBe(0);
      expect(await store.credentials.deletePendingBefore(new Date(AT.getTime() + 1), 2)).toBe(2);
      expect(await store.credentials.deletePendingBefore(new Date(AT.getTime() + 1), 2)).toBe(1);
      expect(await store.credentials.deletePendingBefore(new Date(AT.getTime() + 1), 2)).toBe(0);
      await expectCategory('a-sms', 'sms');
      await expectCategory('a-key', 'key');
      await expectCategory('a-pwd', 'password');
      expect((await store.credentials.listByUser('a-sms')).map((c) => c.kind)).toEqual(['sms']);
    });

    it('follows credentials: a pending one activated, then each kind removed, best first', async () => {
      const [pending] = await store.credentials.listByUser('a-sms', 'totp');
      expect(await store.credentials.activate(pending!.id, 0, AT)).toBe(true);
      await expectCategory('a-sms', 'totp');
      const key = await credential(store, 'a-sms', 'webauthn');
      await expectCategory('a-sms', 'key');
      await store.credentials.advanceCounter(key, 0, 1, AT);
      await store.credentials.rename(key, 'YubiKey');
      await expectCategory('a-sms', 'key');
      expect(await store.credentials.delete(key)).toBe(true);
      await expectCategory('a-sms', 'totp');
      expect(await store.credentials.deleteByUser('a-sms', 'totp')).toBe(1);
      await expectCategory('a-sms', 'sms');
      expect(await store.credentials.deleteByUser('a-sms')).toBe(1);
      await expectCategory('a-sms', 'password');
      // A recovery code is no factor of its own (docs/adr/0036 §1).
      expect(await store.credentials.deleteByUser('a-key', 'webauthn')).toBe(1);
      await expectCategory('a-key', 'password');
    });

    it('moves with its account, stays with a deactivated one, leaves with an erased one', async () => {
      expect(await store.organisations.placeAccount('a-app', 'ddpp-29')).toBe(true);
      await expectNoDrift();
      expect((await store.migration.countsBySubtree('ddpp-29'))[0]?.counts).toEqual({ ...none(), app: 1, sms: 1 });
      await store.users.update('a-key', { deactivatedAt: AT });
      await expectCategory('a-key', 'key');
      // Erasure: the account's row and, by cascade, its factors go; the counts with them.
      expect(await store.users.delete('a-totp')).toBe(true);
      expect(await store.migration.categoryOf('a-totp')).toBeNull();
      await expectNoDrift();
      expect((await store.migration.countsBySubtree('ddpp-35'))[0]?.counts).toEqual({
        ...none(),
        key: 1,
        sms: 1,
        password: 2,
      });
    });

    it('keeps nothing of a transaction that failed', async () => {
      await expect(
        store.transaction(async (tx) => {
          await device(tx, 'a-pwd', 'active');
          await tx.credentials.deleteByUser('b-sms');
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await expectCategory('a-pwd', 'password');
      await expectCategory('b-sms', 'sms');
    });

    it('of two transactions adding factors to one account at once, counts the best', async () => {
      // PostgreSQL (READ COMMITTED): the second trigger must see the first one's factor once it
      // commits (migrations/0012-method-category-schema.ts); SQLite runs them one after the other.
      // The second writes once the first has written, then waits for the account's row while the
      // first holds it a moment more; both connections are taken from the start.
      let firstWrote!: () => void;
      const wrote = new Promise<void>((resolve) => (firstWrote = resolve));
      await Promise.all([
        store.transaction(async (tx) => {
          await device(tx, 'a-pwd', 'active');
          firstWrote();
          await new Promise((resolve) => setTimeout(resolve, 300));
        }),
        store.transaction(async (tx) => {
          await tx.users.findById('a-pwd');
          await wrote;
          await credential(tx, 'a-pwd', 'webauthn');
        }),
      ]);
      await expectCategory('a-pwd', 'app');
    });

    it('stays right through a random sequence of writes of every kind', async () => {
      // A fixed seed (mulberry32): the same sequence on every backend and every run.
      let seed = 14;
      const random = () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
      const statuses: DeviceStatus[] = ['pending', 'active', 'blocked'];
      const kinds: CredentialKind[] = ['webauthn', 'totp', 'sms', 'recovery-code'];
      for (let step = 1; step <= 120; step++) {
        const account = pick(ACCOUNTS);
        const devices = await store.devices.listByUser(account);
        const credentials = await store.credentials.listByUser(account);
        switch (pick(['device', 'status', 'unplug', 'credential', 'activate', 'remove', 'kind', 'move'] as const)) {
          case 'device':
            await device(store, account, pick(statuses));
            break;
          case 'status':
            if (devices.length > 0) await store.devices.update(pick(devices).id, { status: pick(statuses) });
            break;
          case 'unplug':
            if (devices.length > 0) await store.devices.delete(pick(devices).id);
            break;
          case 'credential':
            await credential(store, account, pick(kinds), pick(['active', 'pending'] as const));
            break;
          case 'activate': {
            const pending = credentials.filter((c) => c.status === 'pending');
            if (pending.length > 0) await store.credentials.activate(pick(pending).id, 0, AT);
            break;
          }
          case 'remove':
            if (credentials.length > 0) await store.credentials.delete(pick(credentials).id);
            break;
          case 'kind':
            await store.credentials.deleteByUser(account, pick(kinds));
            break;
          case 'move':
            await store.organisations.placeAccount(account, pick(['dgal', 'ddpp-35', 'ddpp-29']));
            break;
        }
        if (step % 20 === 0) await expectNoDrift();
      }
      // Every category was reached on the way, or the sequence proved little.
      const seen = new Set(
        (await store.migration.countsBySubtree('root')).flatMap((c) =>
          METHOD_CATEGORIES.filter((m) => c.counts[m] > 0),
        ),
      );
      expect(seen.size).toBeGreaterThanOrEqual(3);
    });
  });
}
