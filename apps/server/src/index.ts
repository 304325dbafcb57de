// `@sesame/server`: the server's public entry (ADR 0026 §2.8). e2e/, bench/ and tools/ import the
// server through this file only (rule `nothing-imports-an-app`, .dependency-cruiser.cjs); main.ts
// is the program, spawned by path.

// Building and running the server (ADR 0026 §2.6): open the parts the configuration names (stores,
// mailer, key files), compose them into the app's frozen contexts, build the Fastify app on them.
export { buildApp } from './app';
export { compose } from './compose/compose';
export type { AppContext } from './compose/app-context';
export { openParts, type Opened } from './compose/open-parts';
export type { Parts } from './compose/parts';
export { serverLogger } from './observability/logger';

// Configuration: loading, the schema the reference is generated from, dev-only warnings.
export { type SesameConfig, configSchema } from './config/config-schema';
export { ConfigError, devOnlyWarnings, ENV_VARIABLES, loadConfig } from './config/load-config';

// The demo accounts seeded in development (and by the e2e stack and the benches).
export { DEMO_ACCOUNTS, seedDemoAccounts } from './demo/demo-accounts';

// Texts: the catalogues and the message format, so that tests compare pages with the real texts.
export { catalogues } from './i18n/catalogues';
export { en, type Messages } from './i18n/en';
export { format } from './i18n/format-message';
export { fr } from './i18n/fr';
export { HELP_STEPS, type HelpStep } from './help/help-guide';

// What OIDC tells relying parties of a sign-in (acr, amr).
export { acrFor, AMR_BY_STRENGTH, amrFor } from './oidc/authentication-methods';

// Passwords and key files (the benches seed accounts and sign offline challenges; tools rotate keys).
export { type Argon2Parameters, createArgon2Hasher } from './security/argon2-hasher';
export {
  createDeviceKeyFile,
  type DeviceKeyFile,
  type DeviceKeys,
  loadOrCreateDeviceKeyFile,
  openDeviceKeys,
} from './devices/device-keys';
export { loadOrCreateKeyRing, rotateKeyRingFile } from './oidc/key-ring';
export { rotateKeysCommand } from './keys/rotate-keys-command';

// The CSV files of the admin console's import and export (docs/adr/0035), for the admin bench.
export { exportHeader, exportLines, parseAccountsCsv } from './http/accounts-csv';
