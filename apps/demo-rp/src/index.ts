export { buildDemoRp, type DemoRpOptions } from './build-demo-rp';
export {
  bulletinConfigFromEnv,
  DEMO_RP_DEFAULTS,
  EDITION_LEVELS,
  demoRpConfig,
  demoRpConfigFromEnv,
  readRegisteredClient,
  type DemoRpConfig,
  type DemoRpConfigInput,
  type DemoEdition,
} from './demo-rp-config';
export type { SessionEnded, SessionEndReason } from './sessions/local-session-store';
