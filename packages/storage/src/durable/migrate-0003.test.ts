import { sql, type Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withBackend } from '../../test/backends';
import { withSchemaLock } from '../../test/temporary-stores';
import type { Database } from './database';
import * as postgres0001 from './migrations/postgres/0001-initial';
import * as postgres0002 from './migrations/postgres/0002-devices';
import * as postgres0003 from './migrations/postgres/0003-device-blocking-and-recovery';
import * as sqlite0001 from './migrations/sqlite/0001-initial';
import * as sqlite0002 from './migrations/sqlite/0002-devices';
import * as sqlite0003 from './migrations/sqlite/0003-device-blocking-and-recovery';
import { openPostgres } from './open-postgres';
import { openSqlite } from './open-sqlite';
import { IGNORE_HEALTH } from '../store-health';
import { createUserRepository } from './users-repository';
import { createDeviceRepository } from './devices-repository';

type Migration = { up(db: Kysely<unknown>): Promise<void> };

/**
 * Migration 0003 (issue 10, ADR 0008) on data written under 0002: a device blocked for ever becomes
 * a block already over, and every account with an active or blocked device "had" a second factor.
 */
async function checkBackfill(db: Kysely<Database>, before: Migration[], migration: Migration) {
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
  it('back-fills on SQLite', async () => {
    const db = openSqlite(':memory:', IGNORE_HEALTH);
    try {
      await checkBackfill(db, [sqlite0001, sqlite0002], sqlite0003);
    } finally {
      await db.destroy();
    }
  });

  withBackend('postgres', (url) => {
    it('back-fills on PostgreSQL', async () => {
      const schema = `sesame_m3_${randomBytes(6).toString('hex')}`;
      const db = await withSchemaLock(url, 'shared', () => openPostgres(url, schema, IGNORE_HEALTH));
      try {
        await checkBackfill(db, [postgres0001, postgres0002], postgres0003);
      } finally {
        await db.destroy();
        await withSchemaLock(url, 'exclusive', (client) => client.query(`drop schema if exists ${schema} cascade`));
      }
    });
  });
});
