export { createDurableStore, type DurableStoreOptions } from './durable/create-durable-store';
export { createEphemeralStore } from './ephemeral/create-ephemeral-store';
export {
  type CapEvent,
  createMemoryEphemeralStore,
  DEFAULT_MEMORY_MAX_ENTRIES,
  type MemoryEphemeralStore,
  type MemoryEphemeralStoreOptions,
} from './ephemeral/memory-ephemeral-store';
export { createRedisEphemeralStore, type RedisEphemeralStoreOptions } from './ephemeral/redis-ephemeral-store';
export { DEFAULT_APPLICATION_NAME } from './durable/open-postgres';
export { DEFAULT_CONNECTION_NAME } from './ephemeral/redis-ephemeral-store';
export { faultReason, isStoreFault, storeUnavailable, type StoreName } from './store-errors';
export {
  createStoreHealth,
  type StoreHealth,
  type StoreHealthOptions,
  type StoreHealthReporter,
  type StoreTransition,
} from './store-health';
