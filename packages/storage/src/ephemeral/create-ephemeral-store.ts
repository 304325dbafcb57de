import type { EphemeralStore } from '@sesame/core';
import { createMemoryEphemeralStore, type CapEvent } from './memory-ephemeral-store';
import type { StoreHealthReporter } from '../store-health';
import { createRedisEphemeralStore } from './redis-ephemeral-store';

/** `redis://…` or `rediss://…` → Redis; `memory:` or nothing → this process's memory (one node only). */
export function createEphemeralStore(
  url: string | undefined,
  options: {
    health?: StoreHealthReporter;
    /** The memory store's cap and what it reports there (docs/adr/0021); Redis ignores both. */
    memoryMaxEntries?: number;
    onCap?: (event: CapEvent) => void;
  } = {},
): EphemeralStore {
  if (url === undefined || url === 'memory:') {
    return createMemoryEphemeralStore({
      ...(options.memoryMaxEntries !== undefined ? { maxEntries: options.memoryMaxEntries } : {}),
      ...(options.onCap ? { onCap: options.onCap } : {}),
    });
  }
  if (url.startsWith('redis://') || url.startsWith('rediss://')) {
    return createRedisEphemeralStore(url, options.health ? { health: options.health } : {});
  }
  // Only the scheme: the rest of the URL may hold a password.
  throw new Error(
    `Unsupported ephemeral store URL scheme "${url.split(':')[0]}:" (use redis://, rediss:// or memory:)`,
  );
}
