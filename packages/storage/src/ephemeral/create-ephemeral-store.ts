import type { EphemeralStore } from '@sesame/core';
import { createMemoryEphemeralStore } from './memory-ephemeral-store';
import type { StoreHealthReporter } from '../store-health';
import { createRedisEphemeralStore } from './redis-ephemeral-store';

/** `redis://…` or `rediss://…` → Redis; `memory:` or nothing → this process's memory (one node only). */
export function createEphemeralStore(
  url: string | undefined,
  options: { health?: StoreHealthReporter } = {},
): EphemeralStore {
  if (url === undefined || url === 'memory:') return createMemoryEphemeralStore();
  if (url.startsWith('redis://') || url.startsWith('rediss://')) {
    return createRedisEphemeralStore(url, options.health ? { health: options.health } : {});
  }
  // Only the scheme: the rest of the URL may hold a password.
  throw new Error(
    `Unsupported ephemeral store URL scheme "${url.split(':')[0]}:" (use redis://, rediss:// or memory:)`,
  );
}
