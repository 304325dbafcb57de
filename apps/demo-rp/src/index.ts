export { buildDemoRp, type DemoRpOptions } from './build-demo-rp';
export {
  DEMO_RP_DEFAULTS,
  demoRpConfig,
  demoRpConfigFromEnv,
  readRegisteredClient,
  type DemoRpConfig,
  type DemoRpConfigInput,
} from './demo-rp-config';
export type { SessionEnded, SessionEndReason } from './sessions/local-session-store';
