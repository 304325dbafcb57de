import type { EphemeralStore, WriteOptions } from '../src/ports';
import { createMemoryEphemeralStore } from './memory-ephemeral-store';

/** What a test reads of a key written through a recording store. */
export interface RecordedWrite {
  readonly value: string;
  readonly expiresAt: number;
  readonly options?: WriteOptions;
}

/**
 * The memory double with its writes recorded: the TTL and the EVICTABLE hint a caller gave each
 * key (docs/adr/0021), which the store itself does not expose. Deleted or taken keys leave.
 */
export function createRecordingEphemeralStore(
  clock: () => number = Date.now,
): EphemeralStore & { readonly entries: ReadonlyMap<string, RecordedWrite> } {
  const inner = createMemoryEphemeralStore({ clock });
  const entries = new Map<string, RecordedWrite>();
  const record = (key: string, value: string, ttlMs: number, options?: WriteOptions) =>
    entries.set(key, { value, expiresAt: clock() + ttlMs, ...(options ? { options } : {}) });
  return Object.assign(Object.create(inner) as EphemeralStore, {
    entries,
    async set(key: string, value: string, ttlMs: number, options?: WriteOptions) {
      await inner.set(key, value, ttlMs, options);
      record(key, value, ttlMs, options);
    },
    async setIfAbsent(key: string, value: string, ttlMs: number, options?: WriteOptions) {
      const written = await inner.setIfAbsent(key, value, ttlMs, options);
      if (written) record(key, value, ttlMs, options);
      return written;
    },
    async delete(key: string) {
      entries.delete(key);
      return inner.delete(key);
    },
    async take(key: string) {
      entries.delete(key);
      return inner.take(key);
    },
  });
}
