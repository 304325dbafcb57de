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

/** A fresh random schema, dropped with everything in it on `close()`. */
export async function createTemporaryPostgresStore(url: string): Promise<DurableStore> {
  const schema = `sesame_test_${randomBytes(6).toString('hex')}`;
  const store = await createDurableStore(url, { schema });
  return {
    ...store,
    async close() {
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
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
