import type { EphemeralStore, WriteOptions } from '@sesame/core';
import { storeUnavailable } from '../store-errors';
import { assertTtl } from './assert-ttl';
import { ExpiryHeap, type HeapNode } from './expiry-heap';

/** What happened at the cap: an evictable entry dropped, or a write refused (nothing evictable left). */
export type CapEvent = 'evicted' | 'refused';

export interface MemoryEphemeralStoreOptions {
  /** Milliseconds since the epoch; tests pass a fake one to expire entries without waiting. */
  clock?: () => number;
  /** The most entries held at once (config `ephemeral.memoryMaxEntries`, docs/adr/0021). */
  maxEntries?: number;
  /** Told of each eviction and each refused write at the cap (the server counts them and warns). */
  onCap?: (event: CapEvent) => void;
}

/** The memory store, with what the soak and the tests read of it. */
export interface MemoryEphemeralStore extends EphemeralStore {
  readonly kind: 'memory';
  /** Entries held (expired ones not yet swept included) and channels with a subscriber. */
  stats(): { entries: number; channels: number };
  /** Drops every expired entry now (the timer does it every minute). */
  sweepExpired(): void;
}

interface Entry {
  value: string;
  readonly expiresAt: number;
  readonly evictable: boolean;
}

/** Default of `ephemeral.memoryMaxEntries` (issue 12 point 6: a soak of 100 000 sessions stays flat). */
export const DEFAULT_MEMORY_MAX_ENTRIES = 100_000;

/** How often expired entries nobody reads again are dropped (reads expire lazily anyway). */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * One node's ephemeral store. Node runs one callback at a time, so each method body is atomic,
 * as a Redis command is.
 *
 * Bounded (issue 12 point 6, docs/adr/0021): at `maxEntries`, a write that adds a key first drops
 * the expired entries; if none, the evictable entry created first (a session before its
 * applications, an old session before a sign-in in progress); if none, the write is refused with
 * STORE_UNAVAILABLE (fail closed: a 503, never a counter reset nor a lock lifted).
 */
export function createMemoryEphemeralStore(options: MemoryEphemeralStoreOptions = {}): MemoryEphemeralStore {
  const now = options.clock ?? Date.now;
  const maxEntries = options.maxEntries ?? DEFAULT_MEMORY_MAX_ENTRIES;
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) {
    throw new RangeError(`maxEntries must be a positive whole number, got ${maxEntries}`);
  }
  const onCap = options.onCap ?? (() => {});
  const entries = new Map<string, Entry>();
  const subscribers = new Map<string, Set<(message: string) => void>>();
  // Every entry has exactly one current node in the heap: the sweep finds the expired ones
  // without scanning the others.
  const expiry = new ExpiryHeap<Entry>();
  // The evictable keys in the order of their creation (a Set iterates in insertion order, and
  // adding a key it holds keeps its place): the first is the next to go.
  const evictionOrder = new Set<string>();
  const current = (node: HeapNode<Entry>) => entries.get(node.key) === node.entry;

  const sweep = setInterval(sweepExpired, SWEEP_INTERVAL_MS);
  // The timer alone must not keep the process alive.
  sweep.unref();

  function remove(key: string): void {
    entries.delete(key);
    evictionOrder.delete(key);
  }

  function sweepExpired(): void {
    const time = now();
    for (let top = expiry.peek(); top && top.expiresAt <= time; top = expiry.peek()) {
      expiry.pop();
      if (current(top)) remove(top.key);
    }
    compact();
  }

  /** Replaced and deleted entries leave their node behind: rebuild once those outnumber the live. */
  function compact(): void {
    if (expiry.length > 2 * entries.size + 1_000) expiry.rebuild(current);
  }

  function put(key: string, value: string, expiresAt: number, write: WriteOptions | undefined): void {
    // An expired key written again is a new entry: it takes the last place in the eviction order.
    if (live(key) === undefined && entries.size >= maxEntries) makeRoom();
    const entry: Entry = { value, expiresAt, evictable: write?.evictable === true };
    entries.set(key, entry);
    expiry.push({ key, expiresAt, entry });
    if (entry.evictable) evictionOrder.add(key);
    else evictionOrder.delete(key);
    compact();
  }

  function makeRoom(): void {
    sweepExpired();
    if (entries.size < maxEntries) return;
    const oldest = evictionOrder.values().next();
    if (oldest.done !== true) {
      remove(oldest.value);
      onCap('evicted');
      return;
    }
    onCap('refused');
    throw storeUnavailable(new Error(`the in-memory ephemeral store holds its maximum of ${maxEntries} entries`));
  }

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      remove(key);
      return undefined;
    }
    return entry;
  }

  return {
    kind: 'memory',

    async set(key, value, ttlMs, write) {
      assertTtl(ttlMs);
      put(key, value, now() + ttlMs, write);
    },

    async setIfAbsent(key, value, ttlMs, write) {
      assertTtl(ttlMs);
      if (live(key)) return false;
      put(key, value, now() + ttlMs, write);
      return true;
    },

    async get(key) {
      return live(key)?.value ?? null;
    },

    async take(key) {
      const entry = live(key);
      remove(key);
      return entry?.value ?? null;
    },

    async delete(key) {
      remove(key);
    },

    async increment(key, ttlMs, write) {
      assertTtl(ttlMs);
      const entry = live(key);
      if (entry === undefined) {
        // Fixed window: only the first increment sets the expiry, as INCR + PEXPIRE-on-1 does.
        put(key, '1', now() + ttlMs, write);
        return 1;
      }
      const count = Number(entry.value) + 1;
      if (entry.evictable && write?.evictable !== true) {
        // A counter anyone asks to keep is kept.
        put(key, String(count), entry.expiresAt, write);
      } else {
        // In place: the same entry keeps its heap node and its place in the eviction order.
        entry.value = String(count);
      }
      return count;
    },

    async release(key) {
      const entry = live(key);
      if (entry && Number(entry.value) > 0) entry.value = String(Number(entry.value) - 1);
    },

    async touch(key, ttlMs) {
      assertTtl(ttlMs);
      const entry = live(key);
      const expiresAt = now() + ttlMs;
      // A new entry (expiresAt is fixed per heap node); an existing key takes no room and, if
      // evictable, keeps its place in the eviction order.
      if (entry && entry.expiresAt < expiresAt) put(key, entry.value, expiresAt, { evictable: entry.evictable });
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
      evictionOrder.clear();
      expiry.clear();
      subscribers.clear();
    },

    stats: () => ({ entries: entries.size, channels: subscribers.size }),
    sweepExpired,
  };
}
