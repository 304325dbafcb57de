export { withBackend, type Backend } from './backends';
export { describeDurableStoreConformance } from './durable-conformance';
export { describeEphemeralStoreCap, describeEphemeralStoreConformance } from './ephemeral-conformance';
export {
  createTemporaryPostgresStore,
  createTemporaryRedisStore,
  createTemporarySqliteStore,
} from './temporary-stores';
