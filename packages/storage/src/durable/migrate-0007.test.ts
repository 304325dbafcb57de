import { sql, type Kysely } from 'kysely';
import { describe, expect } from 'vitest';
import { itMigratesOnBothBackends } from '../../test/migration-kit';
import type { Database } from './database';
import { createOrganisationRepository } from './organisations-repository';
import { createRoleAssignmentRepository } from './role-assignments-repository';
import { createUserRepository } from './users-repository';

type Migration = { up(db: Kysely<unknown>): Promise<void> };

/**
 * Migration 0007 (issue 14 point 1, docs/adr/0033) on accounts written under 0006: every one stays
 * valid and sits in the root, and the `admin` role stored before becomes an administrator at the root.
 */
async function checkMigration(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
  before: readonly Migration[],
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
  itMigratesOnBothBackends('0007-organisations', 'keeps every account valid', checkMigration);
});
