import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '@sesame/server';
import { Redis } from 'ioredis';
import { startServerProcess } from '../../tools/server-process';
import { LoadClient } from './load';
import { scratchRedisDatabase } from './scratch-backends';
import { signIn } from './sign-in-flow';

/** A CAS application the sessions sign in to, so that each session holds one participant. */
const SERVICE = 'http://bench.invalid/cas';

export interface RedisSessionBytes {
  sessions: number;
  /** Redis MEMORY USAGE of everything an SSO session keeps (its record, participant counter and participants), per session. */
  bytesPerSession: number;
}

/**
 * Issue 12 point 6, "Redis: ≤ 1 KB per SSO session": `sessions` password sign-ins against a
 * server on Redis (an empty database of its own), each followed by a CAS service ticket so the
 * session holds one participant, as an agent's does; then the `MEMORY USAGE` (key, value and
 * Redis's own overhead) of every `sess:` key, divided by the number of sessions.
 */
export async function redisSessionBytes(
  redisUrl: string,
  sessions: number,
  options: { compiled: boolean },
): Promise<RedisSessionBytes> {
  const scratch = await scratchRedisDatabase(redisUrl);
  const dir = mkdtempSync(join(tmpdir(), 'sesame-bench-redis-bytes-'));
  const appsFile = join(dir, 'apps.json');
  writeFileSync(
    appsFile,
    JSON.stringify([
      { id: 'bench', name: 'Benchmark', cas: { services: [SERVICE], flavour: 'cas', singleLogout: false } },
    ]),
  );
  const client = new LoadClient(4);
  const redis = new Redis(scratch.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
  const server = await startServerProcess(
    {
      REDIS_URL: scratch.url,
      SESAME_RELYING_APPS: appsFile,
      SESAME_ARGON2_MEMORY_KIB: '8192',
      SESAME_ARGON2_ITERATIONS: '1',
    },
    { compiled: options.compiled },
  );
  try {
    const demo = DEMO_ACCOUNTS[0];
    for (let i = 0; i < sessions; i++) {
      const cookies = await signIn(client, server.url, demo.email, demo.password);
      const ticket = await client.request(`${server.url}/cas/login?service=${encodeURIComponent(SERVICE)}`, {
        cookies,
      });
      if (!ticket.location?.includes('ticket=')) throw new Error(`no service ticket: ${ticket.status}`);
    }
    await redis.connect();
    let bytes = 0;
    let records = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', 'sess:*', 'COUNT', 500);
      cursor = next;
      for (const key of keys) {
        bytes += (await redis.memory('USAGE', key)) ?? 0;
        if (/^sess:[^:]+$/.test(key)) records++;
      }
    } while (cursor !== '0');
    if (records !== sessions) throw new Error(`expected ${sessions} session records in Redis, found ${records}`);
    return { sessions, bytesPerSession: bytes / sessions };
  } finally {
    client.close();
    await server.stop();
    redis.disconnect();
    await scratch.release();
    await rm(dir, { recursive: true, force: true });
  }
}
