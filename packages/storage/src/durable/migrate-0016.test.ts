import { sql, type Kysely } from 'kysely';
import { describe, expect } from 'vitest';
import { itMigratesOnBothBackends } from '../../test/migration-kit';
import type { Database } from './database';
import { createUserRepository } from './users-repository';

type Migration = { up(db: Kysely<unknown>): Promise<void> };

/**
 * Migration 0016 (docs/adr/0055) on accounts written before it: each keeps its language, none
 * counts as chosen by its owner (their pages keep following the browser until they choose one).
 */
async function checkMigration(
  db: Kysely<Database>,
  _dialect: 'sqlite' | 'postgres',
  before: readonly Migration[],
  migration: Migration,
) {
  for (const m of before) await m.up(db as Kysely<unknown>);
  await sql`insert into users (id, email, first_name, last_name, email_locale, password_hash, organisation, roles, created_at, credentials_changed_at)
      values ('agent001', 'a@example.eu', 'M', 'D', 'de', 'h', null, '[]', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`.execute(
    db,
  );

  await migration.up(db as Kysely<unknown>);

  const users = createUserRepository(db);
  expect(await users.findById('agent001')).toMatchObject({ emailLocale: 'de', languageChosenAt: null });
  const chosenAt = new Date('2026-12-08T00:00:00.123Z');
  await users.update('agent001', { emailLocale: 'it', languageChosenAt: chosenAt });
  expect(await users.findById('agent001')).toMatchObject({ emailLocale: 'it', languageChosenAt: chosenAt });
}

describe('migration 0016 (the account’s language chosen by its owner)', () => {
  itMigratesOnBothBackends('0016-account-language', 'keeps every account’s language, none chosen', checkMigration);
});
