import type { EphemeralStore } from '@sesame/core';
import { createRequire } from 'node:module';
import type * as IORedis from 'ioredis';
import type { Redis, RedisOptions } from 'ioredis';
import { isStoreFault, storeUnavailable } from '../store-errors';
import { IGNORE_HEALTH, type StoreHealthReporter } from '../store-health';
import { assertTtl } from './assert-ttl';

export interface RedisEphemeralStoreOptions {
  /** Put before every key and channel name, so that several deployments can share one Redis. */
  keyPrefix?: string;
  /** Told of every answer and every fault of Redis (the server logs the transitions). */
  health?: StoreHealthReporter;
}

/**
 * The name the server's connections carry in CLIENT LIST, unless the URL sets its own
 * (`?connectionName=…`); the event subscriber's connection adds `-events`. An operator (or a
 * test) can tell them apart and kill only them.
 */
export const DEFAULT_CONNECTION_NAME = 'sesame';

/**
 * INCR then PEXPIRE on the first increment, in one script so that no other client can slip in
 * between: the window opens with the first hit and is never extended (a fixed window).
 */
const INCREMENT_IN_WINDOW = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`;

/** DECR only an existing counter above 0, so that its window (TTL) stays and none is created. */
const RELEASE_IN_WINDOW = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then redis.call('DECR', KEYS[1]) end
return 0`;

/**
 * PEXPIRE only an existing key whose time left is shorter (PTTL: -2 missing, -1 no expiry), in one
 * script: never creates a key, never shortens one (PEXPIRE … GT would need Redis 7).
 */
const TOUCH = `
local left = redis.call('PTTL', KEYS[1])
if left >= 0 and left < tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return 0`;

/**
 * Fail closed and fast (EphemeralStore: "every method rejects when the store does not answer"):
 * a sign-in must be refused within seconds when Redis is gone, never hang.
 */
const FAIL_FAST: RedisOptions = {
  // A half-open socket answers nothing: reject any command left without a reply for 2 s.
  commandTimeout: 2_000,
  // A SYN into the void: give up connecting after 2 s (ioredis default 10 s) and retry.
  connectTimeout: 2_000,
  // Commands caught by a dropped connection reject at once instead of being resent after up to
  // 20 reconnections, possibly after their caller was told they had failed.
  maxRetriesPerRequest: 0,
};

export function createRedisEphemeralStore(url: string, options: RedisEphemeralStoreOptions = {}): EphemeralStore {
  // The URL may carry it too (`?keyPrefix=…`), for deployments that share one Redis.
  const prefix = options.keyPrefix ?? urlParameter(url, 'keyPrefix') ?? '';
  const health = options.health ?? IGNORE_HEALTH;
  const name = urlParameter(url, 'connectionName') ?? DEFAULT_CONNECTION_NAME;
  // Why the connection is down (ECONNREFUSED…): a command refused meanwhile only says "max
  // retries reached", which tells an operator nothing.
  const link: ConnectionState = { health };
  // Auto-pipelining: the commands issued in one tick leave in one write and their replies come back
  // together, so independent writes sent at once (Promise.all) cost one round trip (docs/adr/0024).
  // Each command keeps its own reply or error. Not on the subscriber: it only (un)subscribes.
  const client = connect(url, { keyPrefix: prefix, connectionName: name, enableAutoPipelining: true }, link);
  // A connection in subscriber mode accepts no other command: pub/sub gets its own. Only the
  // command connection's ups and downs are the store's state (two would say it twice, or flap);
  // a failed (un)subscribe still reports through guard().
  const subscriber = connect(url, { keyPrefix: '', connectionName: `${name}-events` }, { health: IGNORE_HEALTH });
  const handlers = new Map<string, Set<(message: string) => void>>();

  /**
   * The adapter's boundary (issue 10 finding 5): a Redis that does not answer rejects with
   * SesameError('STORE_UNAVAILABLE') — never a raw ioredis error that would reach the user as a
   * 500 with a stack in the log — and the health tracker hears of it.
   */
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      const result = await work();
      health.answered('redis');
      return result;
    } catch (error) {
      if (!isStoreFault(error)) throw error;
      const cause = (error as Error).name === 'ReplyError' ? error : (link.lastError ?? error);
      health.failed('redis', cause);
      throw storeUnavailable(cause);
    }
  };

  subscriber.on('message', (channel: string, message: string) => {
    for (const handler of handlers.get(channel) ?? []) handler(message);
  });

  return {
    kind: 'redis',

    async set(key, value, ttlMs) {
      assertTtl(ttlMs);
      await guard(() => client.set(key, value, 'PX', ttlMs));
    },

    async setIfAbsent(key, value, ttlMs) {
      assertTtl(ttlMs);
      return (await guard(() => client.set(key, value, 'PX', ttlMs, 'NX'))) === 'OK';
    },

    get: (key) => guard(() => client.get(key)),

    // GETDEL (Redis ≥ 6.2) is one command: of concurrent callers, exactly one gets the value.
    take: (key) => guard(() => client.getdel(key)),

    async delete(key) {
      await guard(() => client.del(key));
    },

    async increment(key, ttlMs) {
      assertTtl(ttlMs);
      return Number(await guard(() => client.eval(INCREMENT_IN_WINDOW, 1, key, ttlMs)));
    },

    async release(key) {
      await guard(() => client.eval(RELEASE_IN_WINDOW, 1, key));
    },

    async touch(key, ttlMs) {
      assertTtl(ttlMs);
      await guard(() => client.eval(TOUCH, 1, key, ttlMs));
    },

    async publish(channel, message) {
      await guard(() => client.publish(prefix + channel, message));
    },

    async subscribe(channel, onMessage) {
      const channelName = prefix + channel;
      // A fresh function per subscription, so the same handler may be subscribed twice.
      const handler = (message: string) => onMessage(message);
      const channelHandlers = handlers.get(channelName) ?? new Set();
      handlers.set(channelName, channelHandlers.add(handler));
      try {
        // Also on later subscriptions to the channel: resolves once Redis has confirmed it.
        await guard(() => subscriber.subscribe(channelName));
      } catch (error) {
        channelHandlers.delete(handler);
        if (channelHandlers.size === 0 && handlers.get(channelName) === channelHandlers) handlers.delete(channelName);
        throw error;
      }
      return async () => {
        channelHandlers.delete(handler);
        if (channelHandlers.size === 0 && handlers.get(channelName) === channelHandlers) {
          handlers.delete(channelName);
          await guard(() => subscriber.unsubscribe(channelName));
        }
      };
    },

    async ping() {
      await guard(() => client.ping());
    },

    async close() {
      // QUIT lets pending replies arrive; a connection that never came up is just dropped.
      await Promise.all(
        [client, subscriber].map((connection) => connection.quit().catch(() => connection.disconnect())),
      );
    },
  };
}

function urlParameter(url: string, name: string): string | undefined {
  try {
    return new URL(url).searchParams.get(name) ?? undefined;
  } catch {
    return undefined;
  }
}

interface ConnectionState {
  health: StoreHealthReporter;
  /** The last connection error, until a connection is ready again. */
  lastError?: Error;
}

/**
 * ioredis, loaded when a Redis store is made: the embedded default (the in-memory store) does not
 * carry it in memory (issue 12 point 6: ~2 MiB of heap, more of code). CommonJS, hence `require`,
 * so that making the store stays synchronous.
 */
let ioredis: typeof IORedis | undefined;
const loadIoredis = () => (ioredis ??= createRequire(import.meta.url)('ioredis') as typeof IORedis);

function connect(url: string, options: RedisOptions, link: ConnectionState): Redis {
  const connection = new (loadIoredis().Redis)(url, { ...FAIL_FAST, ...options });
  // Queue commands only until the first connection is ready, so that a store used right after
  // start-up works; from then on, a command sent while Redis is away rejects at once instead of
  // waiting in a queue and running later, after its caller was told it failed.
  connection.once('ready', () => {
    connection.options.enableOfflineQueue = false;
  });
  // Every command reports its own failure; without a listener ioredis prints each reconnection
  // error. The tracker hears of it, so an idle node knows too (and says it once).
  connection.on('error', (error: Error) => {
    link.lastError = error;
    link.health.failed('redis', error);
  });
  // Connected again (ioredis reconnects by itself, with back-off): Redis is back.
  connection.on('ready', () => {
    delete link.lastError;
    link.health.answered('redis');
  });
  return connection;
}
