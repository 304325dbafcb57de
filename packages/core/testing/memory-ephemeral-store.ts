import type { EphemeralStore } from '../src/ports';

/**
 * A plain in-memory EphemeralStore for core's tests, so that core needs no @sesame/storage
 * (ADR 0026 §1.4, rule `core-no-infra`). No cap and no sweep timer: expired entries are dropped
 * when read. packages/storage's ephemeral conformance suite runs on it too
 * (packages/storage/src/ephemeral/ephemeral-store.test.ts), so it cannot drift from the real
 * backends.
 */
export interface MemoryEphemeralStoreOptions {
  /** Milliseconds since the epoch; tests pass a fake one to expire entries without waiting. */
  clock?: () => number;
}

interface Entry {
  value: string;
  readonly expiresAt: number;
}

/** Redis refuses a PX of zero or less and a fraction; every backend refuses the same values. */
function assertTtl(ttlMs: number): void {
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) {
    throw new RangeError(`TTL must be a positive whole number of milliseconds, got ${ttlMs}`);
  }
}

export function createMemoryEphemeralStore(options: MemoryEphemeralStoreOptions = {}): EphemeralStore {
  const now = options.clock ?? Date.now;
  const entries = new Map<string, Entry>();
  const subscribers = new Map<string, Set<(message: string) => void>>();

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry !== undefined && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  // Each method body runs without awaiting, so it is atomic, as a Redis command is.
  return {
    kind: 'memory',

    async set(key, value, ttlMs) {
      assertTtl(ttlMs);
      entries.set(key, { value, expiresAt: now() + ttlMs });
    },

    async setIfAbsent(key, value, ttlMs) {
      assertTtl(ttlMs);
      if (live(key) !== undefined) return false;
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
      if (entry === undefined) {
        // A fixed window: only the first increment sets the expiry (INCR + PEXPIRE on 1).
        entries.set(key, { value: '1', expiresAt: now() + ttlMs });
        return 1;
      }
      entry.value = String(Number(entry.value) + 1);
      return Number(entry.value);
    },

    async release(key) {
      const entry = live(key);
      if (entry !== undefined && Number(entry.value) > 0) entry.value = String(Number(entry.value) - 1);
    },

    async touch(key, ttlMs) {
      assertTtl(ttlMs);
      const entry = live(key);
      if (entry !== undefined && entry.expiresAt < now() + ttlMs) {
        entries.set(key, { value: entry.value, expiresAt: now() + ttlMs });
      }
    },

    async publish(channel, message) {
      for (const handler of subscribers.get(channel) ?? []) {
        // Delivered later, as Redis does, and not to a handler unsubscribed in the meantime.
        setImmediate(() => {
          if (subscribers.get(channel)?.has(handler) === true) handler(message);
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
      entries.clear();
      subscribers.clear();
    },
  };
}
