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
// Its texts, so that e2e compares the demo's pages with the real catalogues (ADR 0026 §2.8).
export { catalogues, editionMessages } from './i18n/catalogues';
export { en, type Messages } from './i18n/en';
export { fr } from './i18n/fr';
