import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';

/** A backend made for one run, and how to give it back. */
export interface Scratch {
  url: string;
  release(): Promise<void>;
}

/**
 * A fresh PostgreSQL database on the server of `adminUrl` (a database to connect to, such as
 * `postgres`), dropped by `release` with whatever the run left in it.
 */
export async function scratchPostgresDatabase(adminUrl: string): Promise<Scratch> {
  const name = `sesame_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  try {
    await admin(`CREATE DATABASE ${name}`);
  } catch (error) {
    throw new Error(`PostgreSQL at ${new URL(adminUrl).host}: ${(error as Error).message}`, { cause: error });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    // WITH (FORCE), PostgreSQL ≥ 13: a server that did not close its pool cannot keep it alive.
    release: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * An empty logical database of the Redis server at `baseUrl`, searched from the last index
 * down: the server's config takes a bare `redis://` URL (no key prefix), so the bench gets a
 * database of its own, and `release` empties it — only what the run wrote, since it was empty.
 * Pub/sub channels are server-wide in Redis, but the server's are named by random ids.
 */
export async function scratchRedisDatabase(baseUrl: string, databases = 16): Promise<Scratch> {
  for (let db = databases - 1; db >= 1; db--) {
    const url = `${baseUrl.replace(/\/\d*$/, '')}/${db}`;
    // No reconnection: a Redis that is not there fails the run at once.
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => {});
    let size;
    try {
      await client.connect();
      size = await client.dbsize();
    } catch (error) {
      client.disconnect();
      // A server configured with fewer databases refuses the index: try the next one down.
      if (/DB index is out of range/i.test((error as Error).message)) continue;
      throw new Error(`Redis at ${baseUrl}: ${(error as Error).message}`, { cause: error });
    }
    if (size > 0) {
      await client.quit();
      continue;
    }
    return {
      url,
      async release() {
        await client.flushdb();
        await client.quit();
      },
    };
  }
  throw new Error(`no empty database on ${baseUrl} (indexes 1–${databases - 1})`);
}
