import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import type { Database } from './database';
import * as postgres0001 from './migrations/postgres/0001-initial';
import * as postgres0002 from './migrations/postgres/0002-devices';
import * as postgres0003 from './migrations/postgres/0003-device-blocking-and-recovery';
import * as postgres0004 from './migrations/postgres/0004-retention-indexes';
import * as postgres0005 from './migrations/postgres/0005-credentials';
import * as postgres0006 from './migrations/postgres/0006-account-options';
import * as postgres0007 from './migrations/postgres/0007-organisations';
import * as postgres0008 from './migrations/postgres/0008-account-lifecycle';
import * as postgres0009 from './migrations/postgres/0009-migration-dashboard';
import * as postgres0011 from './migrations/postgres/0011-audit-search';
import * as postgres0012 from './migrations/postgres/0012-method-category';
import * as postgres0014 from './migrations/postgres/0014-eid-links';
import * as postgres0015 from './migrations/postgres/0015-invitation-sent';
import * as postgres0016 from './migrations/postgres/0016-account-language';
import * as postgres0018 from './migrations/postgres/0018-search-keys';
import * as sqlite0001 from './migrations/sqlite/0001-initial';
import * as sqlite0002 from './migrations/sqlite/0002-devices';
import * as sqlite0003 from './migrations/sqlite/0003-device-blocking-and-recovery';
import * as sqlite0004 from './migrations/sqlite/0004-retention-indexes';
import * as sqlite0005 from './migrations/sqlite/0005-credentials';
import * as sqlite0006 from './migrations/sqlite/0006-account-options';
import * as sqlite0007 from './migrations/sqlite/0007-organisations';
import * as sqlite0008 from './migrations/sqlite/0008-account-lifecycle';
import * as sqlite0009 from './migrations/sqlite/0009-migration-dashboard';
import * as sqlite0011 from './migrations/sqlite/0011-audit-search';
import * as sqlite0012 from './migrations/sqlite/0012-method-category';
import * as sqlite0014 from './migrations/sqlite/0014-eid-links';
import * as sqlite0015 from './migrations/sqlite/0015-invitation-sent';
import * as sqlite0016 from './migrations/sqlite/0016-account-language';
import * as sqlite0018 from './migrations/sqlite/0018-search-keys';

/**
 * Listed in code rather than read from a folder, so that migrations run the same under tsx, in
 * a bundle and in tests. Names sort in the order they must run; never edit a shipped migration,
 * add the next number.
 */
const MIGRATIONS: Record<'sqlite' | 'postgres', Record<string, Migration>> = {
  sqlite: {
    '0001-initial': sqlite0001,
    '0002-devices': sqlite0002,
    '0003-device-blocking-and-recovery': sqlite0003,
    '0004-retention-indexes': sqlite0004,
    '0005-credentials': sqlite0005,
    '0006-account-options': sqlite0006,
    '0007-organisations': sqlite0007,
    '0008-account-lifecycle': sqlite0008,
    '0009-migration-dashboard': sqlite0009,
    '0011-audit-search': sqlite0011,
    '0012-method-category': sqlite0012,
    '0014-eid-links': sqlite0014,
    '0015-invitation-sent': sqlite0015,
    '0016-account-language': sqlite0016,
    '0018-search-keys': sqlite0018,
  },
  postgres: {
    '0001-initial': postgres0001,
    '0002-devices': postgres0002,
    '0003-device-blocking-and-recovery': postgres0003,
    '0004-retention-indexes': postgres0004,
    '0005-credentials': postgres0005,
    '0006-account-options': postgres0006,
    '0007-organisations': postgres0007,
    '0008-account-lifecycle': postgres0008,
    '0009-migration-dashboard': postgres0009,
    '0011-audit-search': postgres0011,
    '0012-method-category': postgres0012,
    '0014-eid-links': postgres0014,
    '0015-invitation-sent': postgres0015,
    '0016-account-language': postgres0016,
    '0018-search-keys': postgres0018,
  },
};

/**
 * A migration and the ones that run before it, in order, for a test of that migration on data
 * written under the schema before it (test/migration-kit.ts).
 */
/** Every migration of `dialect` by name (a test runs some of them as an older release did). */
export function migrationsOf(dialect: 'sqlite' | 'postgres'): Readonly<Record<string, Migration>> {
  return MIGRATIONS[dialect];
}

export function migrationAndBefore(
  dialect: 'sqlite' | 'postgres',
  name: string,
): { readonly before: readonly Migration[]; readonly migration: Migration } {
  const names = Object.keys(MIGRATIONS[dialect]).sort();
  const index = names.indexOf(name);
  if (index < 0) throw new Error(`no migration ${name} for ${dialect}`);
  return { before: names.slice(0, index).map((n) => MIGRATIONS[dialect][n]!), migration: MIGRATIONS[dialect][name]! };
}

export async function migrateToLatest(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect === 'sqlite') return migrate(db, dialect);
  // A migration may rewrite a large table: on its own connection, past the statement timeout that
  // bounds the server's queries (open-postgres.ts), which RESET gives back to the pool.
  return db.connection().execute(async (connection) => {
    await sql`set statement_timeout = 0`.execute(connection);
    try {
      await migrate(connection, dialect);
    } finally {
      await sql`reset statement_timeout`.execute(connection);
    }
  });
}

async function migrate(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS[dialect]) },
    // Unless told a schema, Kysely takes a `kysely_migration` table in any schema for its own (and
    // then skips creating ours): name the schema our tables go to.
    ...(dialect === 'postgres' && { migrationTableSchema: await currentSchema(db) }),
    // Migrations land from branches merged in any order (0016 reached main before 0015): a database
    // that ran a later one first takes the earlier one at its next start instead of refusing to
    // start. Each migration adds what it names and reads only what existed before it in number
    // order, so the order they ran in does not change the schema they leave.
    allowUnorderedMigrations: true,
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw new Error(`Database migration failed (${dialect})`, { cause: error });
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('No schema of the PostgreSQL search_path exists');
  return schema;
}
