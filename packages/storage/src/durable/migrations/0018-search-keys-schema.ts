import { accountSearchKeys } from '@sesame/core';
import { sql, type Kysely } from 'kysely';

/**
 * Migration 0018 for both dialects (issue 14, docs/adr/0060): the console's account search without
 * regard to case or accents, the same on SQLite and PostgreSQL and without an extension.
 *
 * - `users.search_email`, `search_first_last`, `search_last_first`: core `accountSearchKeys` of
 *   the account, written by the users' repository with every e-mail and name it writes (the one
 *   writer of those columns), backfilled here for the accounts that exist, a page of ids at a time.
 * - An index on each (PostgreSQL: `text_pattern_ops`, for `LIKE 'prefix%'` under any collation),
 *   made after the backfill; the three `lower(column)` indexes of migration 0007, which the search
 *   no longer reads, are dropped.
 *
 * The backfill calls the live `accountSearchKeys`: a later change to how keys are made must come
 * with a migration that computes them again, since the search folds the typed text with the live
 * function.
 */
export async function addSearchKeys(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  for (const column of KEY_COLUMNS) {
    await db.schema
      .alterTable('users')
      .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
      .execute();
  }
  let after = '';
  for (;;) {
    const { rows } = await sql<{ id: string; email: string; first_name: string; last_name: string }>`
      select id, email, first_name, last_name from users where id > ${after} order by id limit ${PAGE}`.execute(db);
    if (rows.length === 0) break;
    await writeKeys(db, dialect, rows);
    after = rows[rows.length - 1]!.id;
  }
  if (dialect === 'postgres') {
    // The repository writes every key: a row without one is a bug, not an account found by nothing.
    for (const column of KEY_COLUMNS)
      await sql`alter table users alter column ${sql.ref(column)} drop default`.execute(db);
  }
  for (const column of KEY_COLUMNS) {
    const index = sql.id(`users_${column}`);
    await (
      dialect === 'postgres'
        ? sql`create index ${index} on users (${sql.ref(column)} text_pattern_ops)`
        : sql`create index ${index} on users (${sql.ref(column)})`
    ).execute(db);
  }
  for (const column of ['email', 'first_name', 'last_name']) {
    await db.schema.dropIndex(`users_${column}_lower`).execute();
  }
}

const KEY_COLUMNS = ['search_email', 'search_first_last', 'search_last_first'] as const;

/** Accounts read and rewritten per step of the backfill. */
const PAGE = 1_000;

async function writeKeys(
  db: Kysely<unknown>,
  dialect: 'sqlite' | 'postgres',
  rows: ReadonlyArray<{ id: string; email: string; first_name: string; last_name: string }>,
): Promise<void> {
  const keyed = rows.map((row) => ({
    id: row.id,
    ...accountSearchKeys({ email: row.email, firstName: row.first_name, lastName: row.last_name }),
  }));
  if (dialect === 'sqlite') {
    // SQLite (embedded, in the migration's transaction): one short statement per account.
    for (const k of keyed) {
      await sql`update users set search_email = ${k.email}, search_first_last = ${k.firstLast},
        search_last_first = ${k.lastFirst} where id = ${k.id}`.execute(db);
    }
    return;
  }
  const values = sql.join(keyed.map((k) => sql`(${k.id}, ${k.email}, ${k.firstLast}, ${k.lastFirst})`));
  await sql`update users set search_email = v.email, search_first_last = v.first_last, search_last_first = v.last_first
    from (values ${values}) as v(id, email, first_last, last_first) where users.id = v.id`.execute(db);
}
