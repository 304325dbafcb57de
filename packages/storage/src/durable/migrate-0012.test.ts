import { sql, type Kysely } from 'kysely';
import { describe, expect } from 'vitest';
import { itMigratesOnBothBackends } from '../../test/migration-kit';
import type { Database } from './database';
import { createMigrationRepository } from './migration-repository';

type Migration = { up(db: Kysely<unknown>): Promise<void> };

const AT = "'2026-12-07T09:00:00.000Z'";

/** Each account's factors as written before 0012, and the category 0012 must give it. */
const ACCOUNTS = [
  ['a-app', 'app', ['device:active', 'sms:active']],
  ['a-blocked', 'app', ['device:blocked']],
  ['a-key', 'key', ['webauthn:active', 'totp:active', 'recovery-code:active']],
  ['a-totp', 'totp', ['totp:active', 'sms:active', 'webauthn:pending']],
  ['a-sms', 'sms', ['sms:active', 'totp:pending', 'device:pending']],
  ['a-pwd', 'password', ['recovery-code:active']],
  ['a-none', 'password', []],
] as const;

/**
 * Migration 0012 (docs/adr/0039) on accounts and factors written under 0011: the backfill gives
 * every account its category; then writes in plain SQL — no repository involved — keep it right,
 * since the database's triggers do it.
 */
async function checkMigration(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
  before: readonly Migration[],
  migration: Migration,
) {
  for (const m of before) await m.up(db as Kysely<unknown>);
  let serial = 0;
  for (const [id, , factors] of ACCOUNTS) {
    await sql
      .raw(
        `insert into users (id, email, first_name, last_name, email_locale, password_hash, organisation, roles,
                            created_at, credentials_changed_at)
         values ('${id}', '${id}@example.eu', 'A', 'B', 'fr', 'h', null, '[]', ${AT}, ${AT})`,
      )
      .execute(db);
    for (const factor of factors) {
      const [kind, status] = factor.split(':');
      serial++;
      await sql
        .raw(
          kind === 'device'
            ? `insert into devices (id, user_id, name, installation_id, public_key_jwk, secret_key_id, secret_ciphertext,
                                    status, failed_answers, blocks, created_at)
               values ('d${serial}', '${id}', 'phone', 'i${serial}', '{}', 'k', 'c', '${status}', 0, 0, ${AT})`
            : `insert into credentials (id, user_id, kind, name, external_id, data, counter, status, created_at)
               values ('c${serial}', '${id}', '${kind}', 'x', 'e${serial}', '{}', 0, '${status}', ${AT})`,
        )
        .execute(db);
    }
  }

  // Under 0009: a day's own counts of two organisations, one under the other.
  await sql
    .raw(
      `insert into organisations (id, parent_id, kind, name, path, created_at)
       values ('dgal', 'root', 'service', 'DGAL', '/root/dgal/', ${AT}),
              ('ddpp-35', 'dgal', 'service', 'DDPP 35', '/root/dgal/ddpp-35/', ${AT})`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into migration_snapshots (day, organisation_id, app, "key", totp, sms, password)
       values ('2026-12-06', 'dgal', 1, 0, 0, 2, 3), ('2026-12-06', 'ddpp-35', 10, 0, 1, 0, 0),
              ('2026-12-06', 'root', 0, 0, 0, 0, 5)`,
    )
    .execute(db);

  await migration.up(db as Kysely<unknown>);

  // The chart's subtree rows, rolled up from the own counts by the tree.
  const subtree = await db.selectFrom('migration_subtree_snapshots').selectAll().orderBy('organisation_id').execute();
  expect(subtree.map((r) => [r.organisation_id, r.day, r.app, r.key, r.totp, r.sms, r.password])).toEqual([
    ['ddpp-35', '2026-12-06', 10, 0, 1, 0, 0],
    ['dgal', '2026-12-06', 11, 0, 1, 2, 3],
    ['root', '2026-12-06', 11, 0, 1, 2, 8],
  ]);

  const repository = createMigrationRepository(db, dialect);
  const stored = async () =>
    Object.fromEntries(
      (await db.selectFrom('users').select(['id', 'method_category']).execute()).map((r) => [r.id, r.method_category]),
    );
  expect(await stored()).toEqual(Object.fromEntries(ACCOUNTS.map(([id, category]) => [id, category])));
  expect((await repository.countsBySubtree('root'))[0]?.counts).toEqual({
    app: 2,
    key: 1,
    totp: 1,
    sms: 1,
    password: 2,
  });

  // Writes in plain SQL, as an operator's console would do them.
  await sql`update devices set status = 'active' where user_id = 'a-sms'`.execute(db);
  await sql`delete from credentials where user_id = 'a-key' and kind = 'webauthn'`.execute(db);
  await sql`update credentials set status = 'active' where user_id = 'a-totp' and kind = 'webauthn'`.execute(db);
  await sql`update credentials set user_id = 'a-none' where user_id = 'a-app' and kind = 'sms'`.execute(db);
  await sql`delete from devices where user_id = 'a-blocked'`.execute(db);
  await sql`delete from users where id = 'a-app'`.execute(db);
  const live = Object.fromEntries(
    await Promise.all(
      ACCOUNTS.filter(([id]) => id !== 'a-app').map(async ([id]) => [id, await repository.categoryOf(id)] as const),
    ),
  );
  expect(live).toEqual({
    'a-blocked': 'password',
    'a-key': 'totp',
    'a-totp': 'key',
    'a-sms': 'app',
    'a-pwd': 'password',
    'a-none': 'sms',
  });
  expect(await stored()).toEqual(live);
  // A value outside the categories is refused by the column's CHECK.
  await expect(
    sql`update users set method_category = 'carrier-pigeon' where id = 'a-pwd'`.execute(db),
  ).rejects.toThrow();
}

describe('migration 0012 (the stored category)', () => {
  itMigratesOnBothBackends(
    '0012-method-category',
    'backfills every account and keeps it right under plain SQL writes',
    checkMigration,
  );
});
