import type { DurableStore, EidLinkRecord, NewUser } from '@sesame/core';
import { beforeEach, describe, expect, it } from 'vitest';

/**
 * The eID links' behaviour (ports/eid-link-repository.ts, docs/adr/0042) that every durable
 * backend must show; run inside describeDurableStoreConformance, on a fresh store each test.
 */
export function describeEidLinkConformance(current: () => DurableStore): void {
  const AT = new Date('2026-12-07T09:00:00.123Z');
  const ISSUER = 'https://eid.example.eu';
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
  const link = (over: Partial<EidLinkRecord> = {}): EidLinkRecord => ({
    id: 'link-1',
    userId: 'n0025vuz',
    provider: 'franceconnect',
    issuer: ISSUER,
    subject: 'sub-123',
    createdAt: AT,
    lastUsedAt: null,
    ...over,
  });

  describe('eID links (docs/adr/0042)', () => {
    let store: DurableStore;
    beforeEach(async () => {
      store = current();
      await store.users.create(user('n0025vuz'));
      await store.users.create(user('x1234567'));
    });

    it('finds a link by issuer and subject, every field intact, and lists it under its account', async () => {
      expect(await store.eidLinks.create(link())).toBe(true);
      expect(await store.eidLinks.findBySubject(ISSUER, 'sub-123')).toEqual(link());
      expect(await store.eidLinks.listByUser('n0025vuz')).toEqual([link()]);
      expect(await store.eidLinks.listByUser('x1234567')).toEqual([]);
      // The subject is the issuer's own: the same subject at another issuer is another person.
      expect(await store.eidLinks.findBySubject('https://other.example.eu', 'sub-123')).toBeNull();
    });

    it('links one eID to one account only, whoever asks second (nothing stored)', async () => {
      expect(await store.eidLinks.create(link())).toBe(true);
      expect(await store.eidLinks.create(link({ id: 'link-2', userId: 'x1234567' }))).toBe(false);
      expect(await store.eidLinks.create(link({ id: 'link-3' }))).toBe(false);
      expect(await store.eidLinks.listByUser('x1234567')).toEqual([]);
      expect(await store.eidLinks.listByUser('n0025vuz')).toHaveLength(1);
    });

    it('gives one yes to two links of the same eID made at once', async () => {
      const results = await Promise.all([
        store.eidLinks.create(link({ id: 'link-a', userId: 'n0025vuz' })),
        store.eidLinks.create(link({ id: 'link-b', userId: 'x1234567' })),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('lists oldest first, notes the last use, and unlinks only for its owner', async () => {
      const later = new Date(AT.getTime() + 60_000);
      await store.eidLinks.create(link({ id: 'link-2', subject: 'sub-2', createdAt: later }));
      await store.eidLinks.create(link());
      expect((await store.eidLinks.listByUser('n0025vuz')).map((l) => l.id)).toEqual(['link-1', 'link-2']);
      expect(await store.eidLinks.touch('link-1', later)).toBe(true);
      expect(await store.eidLinks.touch('nope', later)).toBe(false);
      expect((await store.eidLinks.findBySubject(ISSUER, 'sub-123'))?.lastUsedAt).toEqual(later);
      expect(await store.eidLinks.delete('link-1', 'x1234567')).toBe(false);
      expect(await store.eidLinks.delete('link-1', 'n0025vuz')).toBe(true);
      expect(await store.eidLinks.delete('link-1', 'n0025vuz')).toBe(false);
      expect(await store.eidLinks.findBySubject(ISSUER, 'sub-123')).toBeNull();
      expect(await store.eidLinks.deleteByUser('n0025vuz')).toBe(1);
      expect(await store.eidLinks.listByUser('n0025vuz')).toEqual([]);
    });

    it('refuses a link to an account that does not exist, and goes with its account', async () => {
      await expect(store.eidLinks.create(link({ userId: 'nobody00' }))).rejects.toThrow();
      await store.eidLinks.create(link());
      expect(await store.users.delete('n0025vuz')).toBe(true);
      expect(await store.eidLinks.findBySubject(ISSUER, 'sub-123')).toBeNull();
    });

    it('writes nothing of a transaction that fails', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.eidLinks.create(link());
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await store.eidLinks.listByUser('n0025vuz')).toEqual([]);
    });
  });
}
