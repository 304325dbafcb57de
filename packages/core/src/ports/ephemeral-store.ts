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
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Stores only when `key` is absent; true when stored. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  get(key: string): Promise<string | null>;
  /** Atomic read-and-delete: of any number of concurrent callers, exactly one gets the value. */
  take(key: string): Promise<string | null>;
  delete(key: string): Promise<void>;
  /**
   * Adds 1 to the counter at `key` and returns the new count. The counter expires `ttlMs` after
   * its first increment (a fixed window).
   */
  increment(key: string, ttlMs: number): Promise<number>;
  /**
   * Takes back one increment of the counter at `key`, keeping its window: for a reservation whose
   * check could not be made (a store fault), so that an outage does not count against anyone.
   * Never creates the counter nor takes it below 0.
   */
  release(key: string): Promise<void>;
  publish(channel: string, message: string): Promise<void>;
  /** Resolves once the subscription is active; the returned function ends it. */
  subscribe(channel: string, onMessage: (message: string) => void): Promise<() => Promise<void>>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
