import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withBackend } from '../../test/backends';
import { withSchemaLock } from '../../test/temporary-stores';
import { IGNORE_HEALTH } from '../store-health';
import { createCredentialRepository } from './credentials-repository';
import type { Database } from './database';
import { migrateToLatest } from './migrate';
import { openPostgres } from './open-postgres';
import { openSqlite } from './open-sqlite';
import { createUserRepository } from './users-repository';
import type { Kysely } from 'kysely';

/**
 * Migration 0005: a credential goes with its account (ON DELETE CASCADE). The port has no way to
 * delete an account, so the account is deleted here in SQL, as an operator's erasure would.
 */
async function checkCascade(db: Kysely<Database>): Promise<void> {
  await createUserRepository(db).create({
    id: 'n0025vuz',
    email: 'marie.curie@example.eu',
    firstName: 'Marie',
    lastName: 'Curie',
    emailLocale: 'fr',
    passwordHash: 'x',
    organisation: null,
    roles: [],
    createdAt: new Date('2025-01-15T10:20:30.123Z'),
  });
  const credentials = createCredentialRepository(db);
  await credentials.create({
    id: 'cred-aaaa',
    userId: 'n0025vuz',
    kind: 'totp',
    name: 'Authenticator',
    externalId: null,
    secret: { keyId: 'k1', ciphertext: 'c2VhbGVk' },
    data: '{}',
    counter: 0,
    status: 'active',
    createdAt: new Date('2025-01-15T10:20:30.123Z'),
    lastUsedAt: null,
  });
  await db.deleteFrom('users').where('id', '=', 'n0025vuz').execute();
  expect(await credentials.findById('cred-aaaa')).toBeNull();
}

describe('migration 0005 (credentials): deleting an account deletes its credentials', () => {
  it('sqlite', async () => {
    const db = openSqlite(':memory:', IGNORE_HEALTH);
    try {
      await migrateToLatest(db, 'sqlite');
      await checkCascade(db);
    } finally {
      await db.destroy();
    }
  });

  withBackend('postgres', (url) => {
    it('postgres', async () => {
      const schema = `sesame_test_${randomBytes(6).toString('hex')}`;
      const db = await withSchemaLock(url, 'shared', async () => {
        const opened = await openPostgres(url, schema, IGNORE_HEALTH);
        await migrateToLatest(opened, 'postgres');
        return opened;
      });
      try {
        await checkCascade(db);
      } finally {
        await db.destroy();
        await withSchemaLock(url, 'exclusive', (client) => client.query(`drop schema if exists ${schema} cascade`));
      }
    });
  });
});
