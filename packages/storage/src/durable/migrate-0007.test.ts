import { sql, type Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withBackend } from '../../test/backends';
import { withSchemaLock } from '../../test/temporary-stores';
import type { Database } from './database';
import * as postgres0001 from './migrations/postgres/0001-initial';
import * as postgres0002 from './migrations/postgres/0002-devices';
import * as postgres0003 from './migrations/postgres/0003-device-blocking-and-recovery';
import * as postgres0004 from './migrations/postgres/0004-retention-indexes';
import * as postgres0005 from './migrations/postgres/0005-credentials';
import * as postgres0006 from './migrations/postgres/0006-account-options';
import * as postgres0007 from './migrations/postgres/0007-organisations';
import * as sqlite0001 from './migrations/sqlite/0001-initial';
import * as sqlite0002 from './migrations/sqlite/0002-devices';
import * as sqlite0003 from './migrations/sqlite/0003-device-blocking-and-recovery';
import * as sqlite0004 from './migrations/sqlite/0004-retention-indexes';
import * as sqlite0005 from './migrations/sqlite/0005-credentials';
import * as sqlite0006 from './migrations/sqlite/0006-account-options';
import * as sqlite0007 from './migrations/sqlite/0007-organisations';
import { openPostgres } from './open-postgres';
import { openSqlite } from './open-sqlite';
import { createOrganisationRepository } from './organisations-repository';
import { createRoleAssignmentRepository } from './role-assignments-repository';
import { createUserRepository } from './users-repository';
import { IGNORE_HEALTH } from '../store-health';

type Migration = { up(db: Kysely<unknown>): Promise<void> };

/**
 * Migration 0007 (issue 14 point 1, docs/adr/0033) on accounts written under 0006: every one stays
 * valid and sits in the root, and the `admin` role stored before becomes an administrator at the root.
 */
async function checkMigration(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
  before: Migration[],
  migration: Migration,
) {
  for (const m of before) await m.up(db as Kysely<unknown>);
  const user = (id: string, email: string, roles: string) =>
    sql`insert into users (id, email, first_name, last_name, email_locale, password_hash, organisation, roles, created_at, credentials_changed_at)
        values (${id}, ${email}, 'M', 'D', 'fr', 'h', 'DDPP 35', ${roles}, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`.execute(
      db,
    );
  await user('agent001', 'a@example.eu', '[]');
  await user('admin001', 'b@example.eu', '["admin"]');
  await user('other001', 'c@example.eu', '["administrative"]');

  await migration.up(db as Kysely<unknown>);

  const users = createUserRepository(db);
  const organisations = createOrganisationRepository(db, dialect);
  const roles = createRoleAssignmentRepository(db);
  expect(await users.findById('agent001')).toMatchObject({ organisation: 'DDPP 35', roles: [] });
  for (const id of ['agent001', 'admin001', 'other001']) {
    expect((await organisations.accountOrganisation(id))?.id).toBe('root');
  }
  expect(await roles.listForAccount('admin001')).toEqual([
    { userId: 'admin001', role: 'administrator', scopeId: 'root', scopePath: ['root'] },
  ]);
  expect(await roles.listForAccount('agent001')).toEqual([]);
  expect(await roles.listForAccount('other001')).toEqual([]);
}

describe('migration 0007 (organisations and roles)', () => {
  it('keeps every account valid on SQLite', async () => {
    const db = openSqlite(':memory:', IGNORE_HEALTH);
    try {
      await checkMigration(
        db,
        'sqlite',
        [sqlite0001, sqlite0002, sqlite0003, sqlite0004, sqlite0005, sqlite0006],
        sqlite0007,
      );
    } finally {
      await db.destroy();
    }
  });

  withBackend('postgres', (url) => {
    it('keeps every account valid on PostgreSQL', async () => {
      const schema = `sesame_m7_${randomBytes(6).toString('hex')}`;
      const db = await withSchemaLock(url, 'shared', () => openPostgres(url, schema, IGNORE_HEALTH));
      try {
        await checkMigration(
          db,
          'postgres',
          [postgres0001, postgres0002, postgres0003, postgres0004, postgres0005, postgres0006],
          postgres0007,
        );
      } finally {
        await db.destroy();
        await withSchemaLock(url, 'exclusive', (client) => client.query(`drop schema if exists ${schema} cascade`));
      }
    });
  });
});
