import type { DurableStore, EphemeralStore } from '@sesame/core';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDurableStore, createRedisEphemeralStore } from '../src/index';

/**
 * Stores that clean up after themselves on `close()`, so that tests can share one database or
 * one Redis with each other and with a developer's data.
 */

/**
 * A schema of its own (random unless given), created when missing and dropped with everything in
 * it on `close()`.
 */
export async function createTemporaryPostgresStore(
  url: string,
  schema = `sesame_test_${randomBytes(6).toString('hex')}`,
): Promise<DurableStore> {
  const drop = () =>
    withSchemaLock(url, 'exclusive', (client) => client.query(`drop schema if exists ${schema} cascade`));
  const store = await withSchemaLock(url, 'shared', () => createDurableStore(url, { schema })).catch(
    async (error: unknown) => {
      await drop();
      throw error;
    },
  );
  return {
    ...store,
    async close() {
      await store.close();
      await drop();
    },
  };
}

/**
 * Kysely's Migrator introspects every schema of the database, and that query fails ("schema …
 * does not exist") when another test drops its schema meanwhile. So test stores open under a
 * shared advisory lock, and drop their schema under the exclusive one. The lock goes with the
 * session.
 */
const SCHEMA_LOCK = 0x5e5a3e;

export async function withSchemaLock<T>(
  url: string,
  mode: 'shared' | 'exclusive',
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`select ${mode === 'shared' ? 'pg_advisory_lock_shared' : 'pg_advisory_lock'}($1)`, [
      SCHEMA_LOCK,
    ]);
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database file in a fresh temporary directory, under a sub-directory that opening creates. */
export async function createTemporarySqliteStore(): Promise<DurableStore> {
  const directory = await mkdtemp(join(tmpdir(), 'sesame-sqlite-'));
  const store = await createDurableStore(`sqlite:${join(directory, 'data', 'sesame.db')}`);
  return {
    ...store,
    async close() {
      await store.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** A random key prefix; its keys are deleted on `close()`. */
export function createTemporaryRedisStore(url: string): EphemeralStore {
  const keyPrefix = `sesame-test:${randomBytes(6).toString('hex')}:`;
  const store = createRedisEphemeralStore(url, { keyPrefix });
  return {
    ...store,
    async close() {
      await store.close();
      const redis = new Redis(url);
      try {
        for await (const keys of redis.scanStream({ match: `${keyPrefix}*`, count: 1000 })) {
          if ((keys as string[]).length > 0) await redis.del(...(keys as string[]));
        }
      } finally {
        await redis.quit();
      }
    },
  };
}
