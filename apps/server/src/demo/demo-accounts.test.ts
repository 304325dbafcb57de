import { authorise, type PasswordHasher } from '@sesame/core';
import { createDurableStore } from '@sesame/storage';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, seedDemoAccounts } from './demo-accounts';

/** Hashing is not what this test is about. */
const hasher: PasswordHasher = {
  hash: (password) => Promise.resolve(`plain:${password}`),
  verify: (hash, password) => Promise.resolve(hash === `plain:${password}`),
};

describe('seedDemoAccounts', () => {
  it('creates the demo tree and accounts, each placed with its roles, once', async () => {
    const durable = await createDurableStore('sqlite::memory:');
    try {
      expect(await seedDemoAccounts({ durable, hasher })).toBe(DEMO_ACCOUNTS.length);
      expect(await seedDemoAccounts({ durable, hasher })).toBe(0);
      expect((await durable.organisations.list()).map((o) => o.id).sort()).toEqual(
        ['root', ...DEMO_ORGANISATIONS.map((o) => o.id)].sort(),
      );
      for (const demo of DEMO_ACCOUNTS) {
        expect((await durable.organisations.accountOrganisation(demo.id))?.id).toBe(demo.organisationId);
        expect((await durable.roles.listForAccount(demo.id)).map(({ role, scopeId }) => ({ role, scopeId }))).toEqual(
          demo.grants,
        );
      }
    } finally {
      await durable.close();
    }
  });

  it('gives the demo local manager Brittany, not the operators', async () => {
    const durable = await createDurableStore('sqlite::memory:');
    try {
      await seedDemoAccounts({ durable, hasher });
      const manager = { accountId: 'n0042lmb', grants: await durable.roles.listForAccount('n0042lmb') };
      const marie = await durable.organisations.accountOrganisation('n0025vuz');
      const john = await durable.organisations.accountOrganisation('n0031kqe');
      const target = (path: readonly string[], accountId: string) =>
        ({ kind: 'account', accountId, path, grants: [] }) as const;
      expect(authorise(manager, 'account.unlock', target(marie!.path, 'n0025vuz')).allowed).toBe(true);
      expect(authorise(manager, 'account.unlock', target(john!.path, 'n0031kqe'))).toEqual({
        allowed: false,
        reason: 'out_of_scope',
      });
    } finally {
      await durable.close();
    }
  });
});
