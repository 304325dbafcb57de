import { sql, type Kysely } from 'kysely';
import { describe, expect } from 'vitest';
import { itMigratesOnBothBackends, type Dialect } from '../../test/migration-kit';
import type { Database } from './database';
import { createUserRepository } from './users-repository';
import { createDeviceRepository } from './devices-repository';

type Migration = { up(db: Kysely<unknown>): Promise<void> };

/**
 * Migration 0003 (issue 10, ADR 0008) on data written under 0002: a device blocked for ever becomes
 * a block already over, and every account with an active or blocked device "had" a second factor.
 */
async function checkBackfill(
  db: Kysely<Database>,
  _dialect: Dialect,
  before: readonly Migration[],
  migration: Migration,
) {
  for (const m of before) await m.up(db as Kysely<unknown>);
  const at = (iso: string) => iso;
  const user = (id: string, email: string) =>
    sql`insert into users (id, email, first_name, last_name, email_locale, password_hash, organisation, roles, created_at, credentials_changed_at)
        values (${id}, ${email}, 'M', 'D', 'fr', 'h', null, '[]', ${at('2025-01-01T00:00:00.000Z')}, ${at('2025-01-01T00:00:00.000Z')})`.execute(
      db,
    );
  const device = (id: string, userId: string, status: string, activatedAt: string | null) =>
    sql`insert into devices (id, user_id, name, installation_id, public_key_jwk, secret_key_id, secret_ciphertext, push_subscription, status, failed_answers, created_at, activated_at, last_used_at)
        values (${id}, ${userId}, 'P', ${`inst-${id}`}, '{}', 'k', 'c', null, ${status}, 5, ${at('2025-01-02T00:00:00.000Z')}, ${activatedAt}, null)`.execute(
      db,
    );
  await user('blocked1', 'a@example.eu');
  await user('active01', 'b@example.eu');
  await user('pending1', 'c@example.eu');
  await device('dev-blocked', 'blocked1', 'blocked', '2025-01-03T00:00:00.000Z');
  await device('dev-active', 'active01', 'active', '2025-01-04T00:00:00.000Z');
  await device('dev-pending', 'pending1', 'pending', null);

  await migration.up(db as Kysely<unknown>);

  const users = createUserRepository(db);
  const devices = createDeviceRepository(db);
  expect((await users.findById('blocked1'))!.secondFactorSince).toEqual(new Date('2025-01-03T00:00:00.000Z'));
  expect((await users.findById('active01'))!.secondFactorSince).toEqual(new Date('2025-01-04T00:00:00.000Z'));
  expect(await users.findById('pending1')).toMatchObject({ secondFactorSince: null, recovery: null });
  const unblocked = (await devices.findById('dev-blocked'))!;
  expect(unblocked).toMatchObject({ status: 'active', failedAnswers: 0, blocks: 1 });
  expect(unblocked.blockedUntil!.getTime()).toBeLessThanOrEqual(Date.now());
  expect(await devices.findById('dev-active')).toMatchObject({ status: 'active', blockedUntil: null, blocks: 0 });
}

describe('migration 0003 (device blocks, second-factor marker, recovery)', () => {
  itMigratesOnBothBackends('0003-device-blocking-and-recovery', 'back-fills', checkBackfill);
});
