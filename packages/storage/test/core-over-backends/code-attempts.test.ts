import { CodeAttempts, type DurableStore, type EphemeralStore } from '@sesame/core';
import { describe, expect, it } from 'vitest';
import { createMemoryEphemeralStore } from '../../src';
import { withBackend } from '../backends';
import {
  createTemporaryPostgresStore,
  createTemporaryRedisStore,
  createTemporarySqliteStore,
} from '../temporary-stores';

/**
 * The attacker suite of issue 13 (apps/server/src/routes/second-factors-races.test.ts) runs its
 * bursts on the memory store; here the two primitives it relies on, on every backend (issue 10
 * point 2: "in every store"): CodeAttempts' reservation before the check — of 50 parallel codes
 * at most 5 are let through, the right one after them is not — and the one conditional write that
 * takes an authenticator app's time step (SEC-19): of 10 parallel takes of one step, one wins.
 */

const POLICY = { blockAfterWrongAnswers: 5, blockMinutes: 15 };

function describeEphemeral(name: string, open: () => EphemeralStore) {
  describe(`code guessing limits on ${name}`, () => {
    it('of 50 parallel codes at most 5 are checked; a right one gives its place back, the wrong ones still count', async () => {
      const store = open();
      try {
        const attempts = new CodeAttempts(store, `burst-${Math.random()}`, POLICY);
        const results = await Promise.allSettled(Array.from({ length: 50 }, () => attempts.reserve('n0025vuz')));
        const letThrough = results.filter((r) => r.status === 'fulfilled');
        expect(letThrough).toHaveLength(5);
        const refused = results.filter((r) => r.status === 'rejected');
        expect(refused.every((r) => (r.reason as { code?: string }).code === 'TOO_MANY_REQUESTS')).toBe(true);
        // The right code after the burst: refused unchecked.
        await expect(attempts.reserve('n0025vuz')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
        // Exactly one of the five reached the limit: the one that blocks (and mails the owner).
        const numbers = letThrough.map((r) => (r as PromiseFulfilledResult<{ number: number }>).value.number);
        expect(numbers.sort()).toEqual([1, 2, 3, 4, 5]);
        expect(letThrough.filter((r) => attempts.blocks((r as PromiseFulfilledResult<never>).value))).toHaveLength(1);
        // Another scope (another user) is not touched.
        await expect(attempts.reserve('x0099abc')).resolves.toMatchObject({ number: 1 });
      } finally {
        await store.close();
      }
    });

    it('a right code gives its place back: four wrong, one right, then one more try', async () => {
      const store = open();
      try {
        const attempts = new CodeAttempts(store, `refund-${Math.random()}`, POLICY);
        for (let i = 0; i < 4; i++) await attempts.reserve('n0025vuz');
        const right = await attempts.reserve('n0025vuz');
        await right.right();
        const next = await attempts.reserve('n0025vuz');
        expect(next.number).toBe(5);
        expect(attempts.blocks(next)).toBe(true);
        await expect(attempts.reserve('n0025vuz')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      } finally {
        await store.close();
      }
    });
  });
}

describeEphemeral('memory', () => createMemoryEphemeralStore());
withBackend('redis', (url) => describeEphemeral('Redis', () => createTemporaryRedisStore(url)));

function describeDurable(name: string, open: () => Promise<DurableStore>) {
  describe(`an authenticator app's time step taken once on ${name}`, () => {
    it('of 10 parallel takes of one step exactly one wins; a stale read cannot take a later one', async () => {
      const durable = await open();
      try {
        const now = new Date();
        await durable.users.create({
          id: 'n0025vuz',
          email: 'marie.curie@example.eu',
          firstName: 'Marie',
          lastName: 'Curie',
          emailLocale: 'fr',
          passwordHash: 'x',
          organisation: null,
          roles: [],
          createdAt: now,
        });
        await durable.credentials.create({
          id: 'cred-totp',
          userId: 'n0025vuz',
          kind: 'totp',
          name: 'Aegis',
          externalId: null,
          secret: { keyId: 'k1', ciphertext: 'c2VhbGVk' },
          data: '{}',
          counter: 100,
          status: 'active',
          createdAt: now,
          lastUsedAt: null,
        });
        const takes = await Promise.all(
          Array.from({ length: 10 }, () => durable.credentials.advanceCounter('cred-totp', 100, 101, now)),
        );
        expect(takes.filter(Boolean)).toHaveLength(1);
        // A submit that read the counter before the winner moved it: its write is refused.
        expect(await durable.credentials.advanceCounter('cred-totp', 100, 102, now)).toBe(false);
        expect((await durable.credentials.findById('cred-totp'))?.counter).toBe(101);
      } finally {
        await durable.close();
      }
    });
  });
}

describeDurable('SQLite', createTemporarySqliteStore);
withBackend('postgres', (url) => describeDurable('PostgreSQL', () => createTemporaryPostgresStore(url)));
