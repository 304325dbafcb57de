export { createDurableStore, type DurableStoreOptions } from './durable/create-durable-store';
export { createEphemeralStore } from './ephemeral/create-ephemeral-store';
export { createMemoryEphemeralStore, type MemoryEphemeralStoreOptions } from './ephemeral/memory-ephemeral-store';
export { createRedisEphemeralStore, type RedisEphemeralStoreOptions } from './ephemeral/redis-ephemeral-store';
