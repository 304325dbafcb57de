import {
  DEFAULT_ACCOUNT_OPTIONS,
  type AccountOptions,
  type AccountOptionsRepository,
  type StoredAccountOptions,
} from '@sesame/core';
import type { Kysely, Selectable } from 'kysely';
import type { AccountOptionsTable, Database } from './database';
import { preparedQuery } from './prepared-query';

/**
 * One statement: INSERT … SELECT from `users` (nothing when the account does not exist, so no
 * foreign-key error) ON CONFLICT (user_id) DO UPDATE the given columns only.
 */
function upsertQuery(db: Kysely<Database>, userId: string, columns: Partial<Omit<AccountOptionsTable, 'user_id'>>) {
  const row = { ...fromDefaults(), ...columns };
  return db
    .insertInto('account_options')
    .columns([
      'user_id',
      'always_second_factor',
      'warn_on_application',
      'notify_new_browser',
      'preferred_method',
      'last_used_method',
    ])
    .expression((eb) =>
      eb
        .selectFrom('users')
        .select((s) => [
          'users.id',
          s.cast<number>(s.val(row.always_second_factor), 'integer').as('a'),
          s.cast<number>(s.val(row.warn_on_application), 'integer').as('w'),
          s.cast<number>(s.val(row.notify_new_browser), 'integer').as('b'),
          s.cast<string | null>(s.val(row.preferred_method), 'text').as('p'),
          s.cast<string | null>(s.val(row.last_used_method), 'text').as('l'),
        ])
        .where('users.id', '=', userId),
    )
    .onConflict((oc) => oc.column('user_id').doUpdateSet(columns));
}

// What every sign-in reads, and what every second-factor sign-in writes, compiled once (prepared-query.ts).
const byUser = preparedQuery((db: Kysely<Database>, userId: string) =>
  db.selectFrom('account_options').selectAll().where('user_id', '=', userId),
);
const methodUsed = preparedQuery((db: Kysely<Database>, userId: string, wireName: string) =>
  upsertQuery(db, userId, { last_used_method: wireName }),
);

const changed = (result: { numInsertedOrUpdatedRows?: bigint; numAffectedRows?: bigint }) =>
  BigInt(result.numInsertedOrUpdatedRows ?? result.numAffectedRows ?? 0n) > 0n;

/** ports/account-options-repository.ts over Kysely (SQLite and PostgreSQL). */
export function createAccountOptionsRepository(db: Kysely<Database>): AccountOptionsRepository {
  return {
    async get(userId: string): Promise<StoredAccountOptions> {
      const [row] = (await byUser(db, userId)).rows;
      return row ? toOptions(row) : DEFAULT_ACCOUNT_OPTIONS;
    },

    set: async (userId: string, options: AccountOptions) =>
      changed(await upsertQuery(db, userId, toColumns(options)).executeTakeFirst()),

    recordMethodUsed: async (userId: string, wireName: string) => changed(await methodUsed(db, userId, wireName)),
  };
}

const bit = (value: boolean) => (value ? 1 : 0);

function toColumns(o: AccountOptions): Omit<AccountOptionsTable, 'user_id' | 'last_used_method'> {
  return {
    always_second_factor: bit(o.alwaysSecondFactor),
    warn_on_application: bit(o.warnOnApplication),
    notify_new_browser: bit(o.notifyNewBrowser),
    preferred_method: o.preferredMethod,
  };
}

function fromDefaults(): Omit<AccountOptionsTable, 'user_id'> {
  return { ...toColumns(DEFAULT_ACCOUNT_OPTIONS), last_used_method: DEFAULT_ACCOUNT_OPTIONS.lastUsedMethod };
}

function toOptions(row: Selectable<AccountOptionsTable>): StoredAccountOptions {
  return {
    alwaysSecondFactor: Number(row.always_second_factor) === 1,
    warnOnApplication: Number(row.warn_on_application) === 1,
    notifyNewBrowser: Number(row.notify_new_browser) === 1,
    preferredMethod: row.preferred_method,
    lastUsedMethod: row.last_used_method,
  };
}
