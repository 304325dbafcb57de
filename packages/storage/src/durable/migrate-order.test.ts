import { Migrator, sql } from 'kysely';
import { describe, expect } from 'vitest';
import { itMigratesOnBothBackends } from '../../test/migration-kit';
import { migrateToLatest, migrationsOf } from './migrate';

/**
 * Migrations land from branches merged in any order: main ran 0016 (the account's language) before
 * 0015 (the invitation's date) reached it. A database migrated by that main must take 0015 at its
 * next start, not refuse to start ("Database migration failed": Kysely's order check).
 */
describe('migrations run in any order they reached the database', () => {
  itMigratesOnBothBackends(
    '0015-invitation-sent',
    'a database that ran 0016 and not 0015 takes 0015',
    async (db, dialect) => {
      const { '0015-invitation-sent': _later, ...withoutIt } = migrationsOf(dialect);
      const schema =
        dialect === 'postgres'
          ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]!.schema
          : undefined;
      const older = new Migrator({
        db,
        provider: { getMigrations: () => Promise.resolve(withoutIt) },
        ...(schema !== undefined && { migrationTableSchema: schema }),
      });
      expect((await older.migrateToLatest()).error).toBeUndefined();

      await migrateToLatest(db, dialect);

      const table = dialect === 'postgres' ? `${schema}.kysely_migration` : 'kysely_migration';
      const ran = await sql<{ name: string }>`select name from ${sql.raw(table)} order by name`.execute(db);
      expect(ran.rows.map((r) => r.name)).toEqual(Object.keys(migrationsOf(dialect)).sort());
      // 0015's column is there and readable.
      await sql`select invitation_sent_at from users`.execute(db);
    },
  );
});
