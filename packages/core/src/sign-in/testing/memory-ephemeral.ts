import type { EphemeralStore, WriteOptions } from '../../ports';

/**
 * A test double of the EphemeralStore port for core's sign-in tests (core may not import
 * @sesame/storage, docs/adr/0022). Honours TTLs against the given clock; records the write
 * options so tests can check the EVICTABLE hint. Not a conformance-tested store: tests only.
 */
export class MemoryEphemeral implements EphemeralStore {
  readonly kind = 'memory';
  readonly entries = new Map<string, { value: string; expiresAt: number; options?: WriteOptions }>();
  private readonly channels = new Map<string, Set<(message: string) => void>>();

  constructor(private readonly now: () => number = Date.now) {}

  private live(key: string) {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  async set(key: string, value: string, ttlMs: number, options?: WriteOptions): Promise<void> {
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs, ...(options ? { options } : {}) });
  }

  async setIfAbsent(key: string, value: string, ttlMs: number, options?: WriteOptions): Promise<boolean> {
    if (this.live(key)) return false;
    await this.set(key, value, ttlMs, options);
    return true;
  }

  async get(key: string): Promise<string | null> {
    return this.live(key)?.value ?? null;
  }

  async take(key: string): Promise<string | null> {
    const value = this.live(key)?.value ?? null;
    this.entries.delete(key);
    return value;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async increment(key: string, ttlMs: number, options?: WriteOptions): Promise<number> {
    const entry = this.live(key);
    const count = entry ? Number(entry.value) + 1 : 1;
    this.entries.set(key, {
      value: String(count),
      expiresAt: entry?.expiresAt ?? this.now() + ttlMs,
      ...(options ? { options } : {}),
    });
    return count;
  }

  async release(key: string): Promise<void> {
    const entry = this.live(key);
    if (entry && Number(entry.value) > 0) entry.value = String(Number(entry.value) - 1);
  }

  async publish(channel: string, message: string): Promise<void> {
    for (const listener of this.channels.get(channel) ?? []) listener(message);
  }

  async subscribe(channel: string, onMessage: (message: string) => void): Promise<() => Promise<void>> {
    const listeners = this.channels.get(channel) ?? new Set();
    listeners.add(onMessage);
    this.channels.set(channel, listeners);
    return async () => {
      listeners.delete(onMessage);
    };
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}
