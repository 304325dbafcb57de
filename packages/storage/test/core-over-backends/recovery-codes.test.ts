import {
  type DurableStore,
  generateRecoveryCodes,
  type MailRequest,
  parseRecoveryCode,
  type PasswordHasher,
  remainingRecoveryCodes,
  useRecoveryCode,
} from '@sesame/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createMemoryEphemeralStore } from '../../src';
import { withBackend } from '../backends';
import { createTemporaryPostgresStore, createTemporarySqliteStore } from '../temporary-stores';

/**
 * Recovery codes (docs/adr/0028) on a real durable store: the set replaced in one transaction,
 * and ONE of ten parallel uses of a code taken by advanceCounter — with a hasher that takes a
 * little time, as argon2 does, so that the uses really overlap.
 */

const USER = 'n0025vuz';
const MFA = ['PASSWORD', 'PASSWORD_TOTP'] as const;
const ACTOR = { ip: '192.0.2.10', userAgent: 'tests' };

const slowHasher: PasswordHasher = {
  hash: async (secret) => `slow:${secret.split('').reverse().join('')}`,
  async verify(hash, secret) {
    await sleep(1 + Math.floor(Math.random() * 5));
    return hash === `slow:${secret.split('').reverse().join('')}`;
  },
};

async function world(durable: DurableStore) {
  const now = new Date();
  await durable.users.create({
    id: USER,
    email: 'marie.curie@example.eu',
    firstName: 'Marie',
    lastName: 'Curie',
    emailLocale: 'fr',
    passwordHash: 'x',
    organisation: null,
    roles: [],
    createdAt: now,
  });
  // A factor to recover: an active authenticator app.
  await durable.credentials.create({
    id: 'cred-totp',
    userId: USER,
    kind: 'totp',
    name: 'Aegis',
    externalId: null,
    secret: { keyId: 'k1', ciphertext: 'c2VhbGVk' },
    data: '{}',
    counter: 0,
    status: 'active',
    createdAt: now,
    lastUsedAt: null,
  });
  const mails: MailRequest[] = [];
  const ephemeral = createMemoryEphemeralStore();
  const deps = {
    durable,
    ephemeral,
    hasher: slowHasher,
    mailer: { send: async (m: MailRequest) => void mails.push(m) },
  };
  return { deps, now, close: async () => (await ephemeral.close(), await durable.close()) };
}

function describeOn(name: string, open: () => Promise<DurableStore>) {
  describe(`recovery codes on ${name}`, () => {
    it('regenerating replaces the set; of ten parallel uses of one code exactly one is taken', async () => {
      const w = await world(await open());
      try {
        const first = await generateRecoveryCodes(w.deps, USER, MFA, ACTOR, w.now);
        const { codes } = await generateRecoveryCodes(w.deps, USER, MFA, ACTOR, w.now);
        expect(await w.deps.durable.credentials.listByUser(USER, 'recovery-code')).toHaveLength(10);
        expect(await useRecoveryCode(w.deps, USER, parseRecoveryCode(first.codes[0]), w.now)).toEqual({
          result: 'wrong',
        });
        const results = await Promise.all(
          Array.from({ length: 10 }, () => useRecoveryCode(w.deps, USER, parseRecoveryCode(codes[0]), w.now)),
        );
        expect(results.filter((r) => r.result === 'used')).toHaveLength(1);
        expect(results.filter((r) => r.result === 'already-used')).toHaveLength(9);
        expect(await remainingRecoveryCodes(w.deps, USER)).toBe(9);
      } finally {
        await w.close();
      }
    });
  });
}

describeOn('SQLite', createTemporarySqliteStore);
withBackend('postgres', (url) => describeOn('PostgreSQL', () => createTemporaryPostgresStore(url)));
