/**
 * Short-lived shared state: login transactions, SSO sessions, single-use tokens, rate-limit
 * counters, and the fan-out of events between server nodes. In memory for one node, Redis for
 * many. Every implementation passes packages/storage/test/ephemeral-conformance.ts.
 *
 * Every method rejects when the store does not answer; callers fail closed.
 */
export interface EphemeralStore {
  readonly kind: 'memory' | 'redis';
  /** Stores `value` under `key` for `ttlMs`, replacing any previous value. */
  set(key: string, value: string, ttlMs: number, options?: WriteOptions): Promise<void>;
  /** Stores only when `key` is absent; true when stored. */
  setIfAbsent(key: string, value: string, ttlMs: number, options?: WriteOptions): Promise<boolean>;
  get(key: string): Promise<string | null>;
  /** Atomic read-and-delete: of any number of concurrent callers, exactly one gets the value. */
  take(key: string): Promise<string | null>;
  delete(key: string): Promise<void>;
  /**
   * Adds 1 to the counter at `key` and returns the new count. The counter expires `ttlMs` after
   * its first increment (a fixed window).
   */
  increment(key: string, ttlMs: number, options?: WriteOptions): Promise<number>;
  /**
   * Takes back one increment of the counter at `key`, keeping its window: for a reservation whose
   * check could not be made (a store fault), so that an outage does not count against anyone.
   * Never creates the counter nor takes it below 0.
   */
  release(key: string): Promise<void>;
  /**
   * Makes the entry at `key` live at least `ttlMs` from now, keeping its value: never creates an
   * entry, never shortens one. For a counter that must be remembered as long as it is in use (a
   * sliding expiry on top of `increment`'s fixed window: the sign-in guard's consecutive failures).
   */
  touch(key: string, ttlMs: number): Promise<void>;
  publish(channel: string, message: string): Promise<void>;
  /** Resolves once the subscription is active; the returned function ends it. */
  subscribe(channel: string, onMessage: (message: string) => void): Promise<() => Promise<void>>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * What a write tells the store about the entry it makes (docs/adr/0021). The memory store has a
 * cap on its entries; at the cap it may drop an `evictable` entry before its TTL, the one created
 * first, and never any other. Mark evictable only an entry whose loss makes
 * someone start again — a session (a sign-out), a login transaction, a ticket, a token — never a
 * counter, a lock, a revocation, or a "used", "cancelled" or "ended" mark, whose loss would give
 * an attacker another try or a second use. Unmarked entries are kept: at the cap with nothing
 * evictable left, the write is refused (STORE_UNAVAILABLE). Redis keeps everything (it must run
 * with `maxmemory-policy noeviction`).
 */
export interface WriteOptions {
  evictable?: boolean;
}

/** The options of a write whose entry may be evicted (see WriteOptions). */
export const EVICTABLE: WriteOptions = Object.freeze({ evictable: true });
