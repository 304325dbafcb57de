import type { EphemeralStore } from '@sesame/core';
import { assertTtl } from './assert-ttl';

export interface MemoryEphemeralStoreOptions {
  /** Milliseconds since the epoch; tests pass a fake one to expire entries without waiting. */
  clock?: () => number;
}

interface Entry {
  value: string;
  expiresAt: number;
}

/** How often expired entries nobody reads again are dropped (reads expire lazily anyway). */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * One node's ephemeral store. Node runs one callback at a time, so each method body is atomic,
 * as a Redis command is.
 */
export function createMemoryEphemeralStore(options: MemoryEphemeralStoreOptions = {}): EphemeralStore {
  const now = options.clock ?? Date.now;
  const entries = new Map<string, Entry>();
  const subscribers = new Map<string, Set<(message: string) => void>>();

  const sweep = setInterval(() => {
    const time = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= time) entries.delete(key);
  }, SWEEP_INTERVAL_MS);
  // The timer alone must not keep the process alive.
  sweep.unref();

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  return {
    kind: 'memory',

    async set(key, value, ttlMs) {
      assertTtl(ttlMs);
      entries.set(key, { value, expiresAt: now() + ttlMs });
    },

    async setIfAbsent(key, value, ttlMs) {
      assertTtl(ttlMs);
      if (live(key)) return false;
      entries.set(key, { value, expiresAt: now() + ttlMs });
      return true;
    },

    async get(key) {
      return live(key)?.value ?? null;
    },

    async take(key) {
      const entry = live(key);
      entries.delete(key);
      return entry?.value ?? null;
    },

    async delete(key) {
      entries.delete(key);
    },

    async increment(key, ttlMs) {
      assertTtl(ttlMs);
      const entry = live(key);
      // Fixed window: only the first increment sets the expiry, as INCR + PEXPIRE-on-1 does.
      const count = entry ? Number(entry.value) + 1 : 1;
      entries.set(key, { value: String(count), expiresAt: entry?.expiresAt ?? now() + ttlMs });
      return count;
    },

    async release(key) {
      const entry = live(key);
      if (entry && Number(entry.value) > 0) entries.set(key, { ...entry, value: String(Number(entry.value) - 1) });
    },

    async publish(channel, message) {
      for (const handler of subscribers.get(channel) ?? []) {
        // Delivered later, as Redis does, and not to a handler unsubscribed in the meantime.
        setImmediate(() => {
          if (subscribers.get(channel)?.has(handler)) handler(message);
        });
      }
    },

    async subscribe(channel, onMessage) {
      // A fresh function per subscription, so the same handler may be subscribed twice.
      const handler = (message: string) => onMessage(message);
      const handlers = subscribers.get(channel) ?? new Set();
      subscribers.set(channel, handlers.add(handler));
      return async () => {
        handlers.delete(handler);
        if (handlers.size === 0 && subscribers.get(channel) === handlers) subscribers.delete(channel);
      };
    },

    async ping() {},

    async close() {
      clearInterval(sweep);
      entries.clear();
      subscribers.clear();
    },
  };
}
