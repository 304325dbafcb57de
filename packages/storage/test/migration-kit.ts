import type { Kysely, Migration } from 'kysely';
import { randomBytes } from 'node:crypto';
import { it } from 'vitest';
import type { Database } from '../src/durable/database';
import { migrationAndBefore } from '../src/durable/migrate';
import { openPostgres } from '../src/durable/open-postgres';
import { openSqlite } from '../src/durable/open-sqlite';
import { IGNORE_HEALTH } from '../src/store-health';
import { withBackend } from './backends';
import { withSchemaLock } from './temporary-stores';

export type Dialect = 'sqlite' | 'postgres';

/**
 * A migration's test on both SQL backends: `check` gets a database with nothing run, the
 * migrations before `name` in order, and `name` itself — to write data under the old schema, run
 * the migration, and read what it made of them. SQLite in memory; PostgreSQL in a schema of its
 * own, dropped afterwards even when the check fails.
 */
export function itMigratesOnBothBackends(
  name: string,
  title: string,
  check: (db: Kysely<Database>, dialect: Dialect, before: readonly Migration[], migration: Migration) => Promise<void>,
): void {
  it(`${title} on SQLite`, async () => {
    const db = openSqlite(':memory:', IGNORE_HEALTH);
    try {
      const { before, migration } = migrationAndBefore('sqlite', name);
      await check(db, 'sqlite', before, migration);
    } finally {
      await db.destroy();
    }
  });

  withBackend('postgres', (url) => {
    it(`${title} on PostgreSQL`, async () => {
      const schema = `sesame_migration_${randomBytes(6).toString('hex')}`;
      const db = await withSchemaLock(url, 'shared', () => openPostgres(url, schema, IGNORE_HEALTH));
      try {
        const { before, migration } = migrationAndBefore('postgres', name);
        await check(db, 'postgres', before, migration);
      } finally {
        await db.destroy();
        await withSchemaLock(url, 'exclusive', (client) => client.query(`drop schema if exists ${schema} cascade`));
      }
    });
  });
}
