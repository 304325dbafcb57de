import { ConfigError, devOnlyWarnings, loadConfig } from './config/load-config';
import { buildApp } from './app';
import { compose } from './compose/compose';
import { openParts } from './compose/open-parts';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './demo/demo-accounts';
import { serverLogger } from './observability/logger';
import { metricsToken, metricsWhere } from './observability/metrics-access';
import { loadTls } from './security/tls-certificate';
import { STORE_STARTUP_EXIT_CODE, StoreStartupError } from './stores/store-startup';

/**
 * Starts one server node: configuration, stores, HTTP. SIGTERM/SIGINT stop accepting
 * connections, let requests in flight finish, then close the stores (graceful shutdown).
 */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  let tls;
  try {
    tls = await loadTls(config);
    metricsToken(config); // an unreadable metrics.tokenFile stops the start here, in one line
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = serverLogger(config);
  let parts;
  try {
    parts = await openParts(config, logger);
  } catch (error) {
    // A store that never answered: one readable line naming it (URL without password), no stack.
    if (error instanceof StoreStartupError) {
      console.error(error.message);
      process.exit(STORE_STARTUP_EXIT_CODE);
    }
    throw error;
  }
  // The server, composed once from its parts (ADR 0026 §2.6); nothing is assigned afterwards.
  const app = await buildApp(compose(parts), tls ? { https: { key: tls.key, cert: tls.cert } } : {});
  for (const warning of devOnlyWarnings(config)) app.log.warn(`DEV-ONLY DEFAULT: ${warning}`);
  for (const warning of parts.startupWarnings) app.log.warn(warning);
  if (config.demoAccounts) await seedDemoAccounts(parts);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await parts.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  const base = config.publicUrl;
  const lines = [
    '',
    '  Sésame is running.',
    '',
    `  Portal (sign in, create an account):  ${base}/login`,
    ...(config.devPages ? [`  Outbox (mails, development):          ${base}/dev/outbox`] : []),
    `  The Sésame app (open it on the phone): ${base}/app/`,
    `  Health / readiness:                    ${base}/health  ${base}/ready`,
    `  Metrics (Prometheus):                  ${metricsWhere(config)}`,
  ];
  if (tls) lines.push('', `  HTTPS certificate SHA-256: ${tls.fingerprint}`);
  if (config.demoAccounts) {
    lines.push('', '  Demo accounts (e-mail / password):');
    // Columns as wide as their longest entry: the demo e-mails are of any length.
    const labelWidth = Math.max(...DEMO_ACCOUNTS.map((d) => d.label.length));
    const emailWidth = Math.max(...DEMO_ACCOUNTS.map((d) => d.email.length));
    for (const demo of DEMO_ACCOUNTS)
      lines.push(`    ${demo.label.padEnd(labelWidth)}  ${demo.email.padEnd(emailWidth)}  ${demo.password}`);
  }
  lines.push('', '  Stop with Ctrl+C.', '');
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
