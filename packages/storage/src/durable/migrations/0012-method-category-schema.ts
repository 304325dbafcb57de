import { sql, type Kysely } from 'kysely';

/**
 * Migration 0012 for both dialects (issue 14 "Performance", docs/adr/0039): each account's
 * sign-in category — the best second factor it holds (docs/adr/0036 §1) — kept in
 * `users.method_category` **by the database itself**, so that the migration dashboard of the whole
 * tree is one `GROUP BY organisation_id, method_category` over the index `users_org_category`
 * instead of probing 100,000 accounts' factors.
 *
 * It cannot drift from the factors: triggers on `devices` and `credentials` recompute the account's
 * category after every insert, delete (cascades from an erased account included) and update of the
 * columns it depends on (status, owner, kind), in the same transaction as the write — whichever
 * code path, SQL console or future repository does it. Moving an account carries its category
 * (it is on the account's row); deactivating changes no factor, and the dashboard counts
 * deactivated accounts as before. The column has no writer in the application (its Kysely type is
 * read-only).
 *
 * The triggers are created **before** the backfill, in the migration's transaction: a factor
 * written while the migration runs is counted by one or the other.
 *
 * With it, `migration_subtree_snapshots`: each organisation's **subtree** counts per day, written
 * beside the own counts of `migration_snapshots` (0009) by the same job, so that a dashboard's
 * 90-day chart reads 90 rows of its organisation instead of summing 90 days × every organisation
 * of the subtree (180,000 rows for the whole tree of the bench). Backfilled from the own counts
 * rolled up by the current tree.
 *
 * This is a frozen copy of the definition (a shipped migration never changes): the repository's
 * live definition (migration-repository.ts `LIVE_CATEGORY`) is the reference, and the conformance
 * suite checks after every kind of write that the two agree.
 */
const CATEGORY_OF_USERS_ROW = `case
    when exists (select 1 from devices d where d.user_id = users.id and d.status <> 'pending') then 'app'
    when exists (select 1 from credentials c
                 where c.user_id = users.id and c.kind = 'webauthn' and c.status = 'active') then 'key'
    when exists (select 1 from credentials c
                 where c.user_id = users.id and c.kind = 'totp' and c.status = 'active') then 'totp'
    when exists (select 1 from credentials c
                 where c.user_id = users.id and c.kind = 'sms' and c.status = 'active') then 'sms'
    else 'password' end`;

const CATEGORIES_CHECK = sql`method_category in ('app', 'key', 'totp', 'sms', 'password')`;

export async function addMethodCategory(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  // An account is created without factors (they reference it): 'password' is right for a new row.
  await db.schema
    .alterTable('users')
    .addColumn('method_category', 'text', (c) => c.notNull().defaultTo('password').check(CATEGORIES_CHECK))
    .execute();
  await (dialect === 'postgres' ? postgresTriggers(db) : sqliteTriggers(db));
  await sql
    .raw(
      `update users set method_category = ${CATEGORY_OF_USERS_ROW}
       where exists (select 1 from devices d where d.user_id = users.id)
          or exists (select 1 from credentials c where c.user_id = users.id)`,
    )
    .execute(db);
  // organisation_id first: a subtree is ranges of it; the whole tree reads the index alone.
  await db.schema
    .createIndex('users_org_category')
    .on('users')
    .columns(['organisation_id', 'method_category'])
    .execute();
  await createSubtreeSnapshots(db);
}

const COUNTS = ['app', 'key', 'totp', 'sms', 'password'] as const;

/** Keyed by organisation first: a chart is one index range; the job rewrites a day by `day`. */
async function createSubtreeSnapshots(db: Kysely<unknown>): Promise<void> {
  let table = db.schema
    .createTable('migration_subtree_snapshots')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('day', 'text', (c) => c.notNull());
  for (const column of COUNTS) table = table.addColumn(column, 'integer', (c) => c.notNull());
  await table.addPrimaryKeyConstraint('migration_subtree_snapshots_pk', ['organisation_id', 'day']).execute();
  await db.schema
    .createIndex('migration_subtree_snapshots_day')
    .on('migration_subtree_snapshots')
    .column('day')
    .execute();
  const sums = COUNTS.map((c) => `sum(s."${c}")`).join(', ');
  await sql
    .raw(
      `insert into migration_subtree_snapshots (organisation_id, day, ${COUNTS.map((c) => `"${c}"`).join(', ')})
       select a.id, s.day, ${sums}
       from organisations a
       join organisations o on o.path like a.path || '%'
       join migration_snapshots s on s.organisation_id = o.id
       group by a.id, s.day`,
    )
    .execute(db);
}

/**
 * SQLite: one writer at a time, so the trigger's read of the factors is the latest. `UPDATE OF`
 * and `WHEN` skip the updates that cannot change a category (a device's failed answers and last
 * use, written at every sign-in).
 */
async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const refresh = (ids: string) =>
    `update users set method_category = ${CATEGORY_OF_USERS_ROW} where users.id in (${ids});`;
  const statements = [
    `create trigger devices_category_insert after insert on devices begin ${refresh('new.user_id')} end`,
    `create trigger devices_category_delete after delete on devices begin ${refresh('old.user_id')} end`,
    `create trigger devices_category_update after update of status, user_id on devices
       when old.status is not new.status or old.user_id is not new.user_id
       begin ${refresh('old.user_id, new.user_id')} end`,
    `create trigger credentials_category_insert after insert on credentials begin ${refresh('new.user_id')} end`,
    `create trigger credentials_category_delete after delete on credentials begin ${refresh('old.user_id')} end`,
    `create trigger credentials_category_update after update of status, user_id, kind on credentials
       when old.status is not new.status or old.user_id is not new.user_id or old.kind is not new.kind
       begin ${refresh('old.user_id, new.user_id')} end`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/**
 * PostgreSQL (READ COMMITTED): two transactions adding factors to one account at once would each
 * compute the category from a snapshot without the other's factor, and the second to commit would
 * write its stale answer. So the trigger first locks the account's row (`FOR NO KEY UPDATE`: it
 * does not conflict with the `KEY SHARE` lock the foreign key check of the factor's insert took,
 * hence no deadlock between two such writes), and only then computes the category, in a new
 * statement whose snapshot sees everything committed before the lock was granted (PostgreSQL
 * documentation §13.2.1, each command of a volatile PL/pgSQL function takes a new snapshot).
 * The function's search_path is the one the migration ran with, so a write from a session with
 * another search_path still finds these tables.
 */
async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `create function sesame_refresh_method_category() returns trigger
       language plpgsql set search_path from current as $$
       declare
         account text;
       begin
         foreach account in array (case tg_op
             when 'INSERT' then array[new.user_id]
             when 'DELETE' then array[old.user_id]
             else array[old.user_id, new.user_id] end) loop
           perform 1 from users where id = account for no key update;
           update users set method_category = ${CATEGORY_OF_USERS_ROW}
           where users.id = account;
         end loop;
         return null;
       end $$`,
    )
    .execute(db);
  const statements = [
    `create trigger devices_category_write after insert or delete on devices
       for each row execute function sesame_refresh_method_category()`,
    `create trigger devices_category_update after update of status, user_id on devices
       for each row when (old.status is distinct from new.status or old.user_id is distinct from new.user_id)
       execute function sesame_refresh_method_category()`,
    `create trigger credentials_category_write after insert or delete on credentials
       for each row execute function sesame_refresh_method_category()`,
    `create trigger credentials_category_update after update of status, user_id, kind on credentials
       for each row when (old.status is distinct from new.status or old.user_id is distinct from new.user_id
                          or old.kind is distinct from new.kind)
       execute function sesame_refresh_method_category()`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
