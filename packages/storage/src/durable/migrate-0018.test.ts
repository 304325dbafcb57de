import { accountSearchKeys } from '@sesame/core';
import { sql, type Kysely } from 'kysely';
import { describe, expect } from 'vitest';
import { itMigratesOnBothBackends } from '../../test/migration-kit';
import { createAccountDirectory } from './account-directory';
import type { Database } from './database';

type Migration = { up(db: Kysely<unknown>): Promise<void> };

/** More accounts than one page of the backfill. */
const ACCOUNTS = 1_234;

/**
 * Migration 0018 (docs/adr/0060) on accounts written before it: every one gets core's search keys
 * (past the backfill's first page), and the search finds them without regard to case or accents.
 */
async function checkMigration(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
  before: readonly Migration[],
  migration: Migration,
) {
  for (const m of before) await m.up(db as Kysely<unknown>);
  const at = '2025-01-01T00:00:00.000Z';
  const rows = Array.from({ length: ACCOUNTS }, (_, i) => {
    const id = `agent${String(i).padStart(4, '0')}`;
    return i === ACCOUNTS - 1
      ? { id, email: 'Élodie.Lefèvre@Agri.example', first: 'Élodie', last: 'LEFÈVRE' }
      : { id, email: `${id}@example.eu`, first: 'Łukasz', last: `Wałęsa${i}` };
  });
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows
      .slice(i, i + 500)
      .map((r) => sql`(${r.id}, ${r.email}, ${r.first}, ${r.last}, 'fr', 'h', null, '[]', ${at}, ${at})`);
    await sql`insert into users (id, email, first_name, last_name, email_locale, password_hash, organisation, roles, created_at, credentials_changed_at)
      values ${sql.join(values)}`.execute(db);
  }

  await migration.up(db as Kysely<unknown>);

  const keys = await db
    .selectFrom('users')
    .select(['id', 'email', 'first_name', 'last_name', 'search_email', 'search_first_last', 'search_last_first'])
    .execute();
  expect(keys).toHaveLength(ACCOUNTS);
  for (const row of keys) {
    const expected = accountSearchKeys({ email: row.email, firstName: row.first_name, lastName: row.last_name });
    expect([row.search_email, row.search_first_last, row.search_last_first]).toEqual([
      expected.email,
      expected.firstLast,
      expected.lastFirst,
    ]);
  }
  const directory = createAccountDirectory(db, dialect);
  const find = async (text: string) =>
    (await directory.search({ withinIds: ['root'], text, limit: 50 })).map((listing) => listing.id);
  expect(await find('elodie')).toEqual([`agent${ACCOUNTS - 1}`]);
  expect(await find('lefevre elodie')).toEqual([`agent${ACCOUNTS - 1}`]);
  expect(await find('walesa1233')).toEqual([]);
  expect(await find('walesa1232')).toEqual(['agent1232']);
}

describe('migration 0018 (search keys without case or accents)', () => {
  itMigratesOnBothBackends('0018-search-keys', 'keys every existing account and finds it by them', checkMigration);
});
