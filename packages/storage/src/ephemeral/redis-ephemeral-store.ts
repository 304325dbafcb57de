import type { EphemeralStore } from '@sesame/core';
import { Redis, type RedisOptions } from 'ioredis';
import { assertTtl } from './assert-ttl';

export interface RedisEphemeralStoreOptions {
  /** Put before every key and channel name, so that several deployments can share one Redis. */
  keyPrefix?: string;
}

/**
 * INCR then PEXPIRE on the first increment, in one script so that no other client can slip in
 * between: the window opens with the first hit and is never extended (a fixed window).
 */
const INCREMENT_IN_WINDOW = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`;

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
  const prefix = options.keyPrefix ?? '';
  const client = connect(url, { keyPrefix: prefix });
  // A connection in subscriber mode accepts no other command: pub/sub gets its own.
  const subscriber = connect(url, {});
  const handlers = new Map<string, Set<(message: string) => void>>();

  subscriber.on('message', (channel: string, message: string) => {
    for (const handler of handlers.get(channel) ?? []) handler(message);
  });

  return {
    kind: 'redis',

    async set(key, value, ttlMs) {
      assertTtl(ttlMs);
      await client.set(key, value, 'PX', ttlMs);
    },

    async setIfAbsent(key, value, ttlMs) {
      assertTtl(ttlMs);
      return (await client.set(key, value, 'PX', ttlMs, 'NX')) === 'OK';
    },

    get: (key) => client.get(key),

    // GETDEL (Redis ≥ 6.2) is one command: of concurrent callers, exactly one gets the value.
    take: (key) => client.getdel(key),

    async delete(key) {
      await client.del(key);
    },

    async increment(key, ttlMs) {
      assertTtl(ttlMs);
      return Number(await client.eval(INCREMENT_IN_WINDOW, 1, key, ttlMs));
    },

    async publish(channel, message) {
      await client.publish(prefix + channel, message);
    },

    async subscribe(channel, onMessage) {
      const name = prefix + channel;
      // A fresh function per subscription, so the same handler may be subscribed twice.
      const handler = (message: string) => onMessage(message);
      const channelHandlers = handlers.get(name) ?? new Set();
      handlers.set(name, channelHandlers.add(handler));
      try {
        // Also on later subscriptions to the channel: resolves once Redis has confirmed it.
        await subscriber.subscribe(name);
      } catch (error) {
        channelHandlers.delete(handler);
        if (channelHandlers.size === 0 && handlers.get(name) === channelHandlers) handlers.delete(name);
        throw error;
      }
      return async () => {
        channelHandlers.delete(handler);
        if (channelHandlers.size === 0 && handlers.get(name) === channelHandlers) {
          handlers.delete(name);
          await subscriber.unsubscribe(name);
        }
      };
    },

    async ping() {
      await client.ping();
    },

    async close() {
      // QUIT lets pending replies arrive; a connection that never came up is just dropped.
      await Promise.all(
        [client, subscriber].map((connection) => connection.quit().catch(() => connection.disconnect())),
      );
    },
  };
}

function connect(url: string, options: RedisOptions): Redis {
  const connection = new Redis(url, { ...FAIL_FAST, ...options });
  // Queue commands only until the first connection is ready, so that a store used right after
  // start-up works; from then on, a command sent while Redis is away rejects at once instead of
  // waiting in a queue and running later, after its caller was told it failed.
  connection.once('ready', () => {
    connection.options.enableOfflineQueue = false;
  });
  // Every command reports its own failure; without a listener ioredis prints each reconnection error.
  connection.on('error', () => {});
  return connection;
}
