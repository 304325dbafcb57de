import { buildDemoRp } from './build-demo-rp';
import { DEMO_RP_DEFAULTS, DemoRpConfigError, demoRpConfigFromEnv } from './demo-rp-config';

/**
 * Starts "TRACES NT (démo)" on its own port (DEMO_RP_PORT, default 8081; DEMO_RP_HOST, default
 * 127.0.0.1). Other settings: see demoRpConfigFromEnv. SIGTERM/SIGINT close it gracefully.
 */
async function main() {
  const port = Number(process.env.DEMO_RP_PORT || DEMO_RP_DEFAULTS.port);
  const host = process.env.DEMO_RP_HOST || DEMO_RP_DEFAULTS.host;
  let config;
  try {
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new DemoRpConfigError('DEMO_RP_PORT must be a port number');
    config = demoRpConfigFromEnv({
      ...process.env,
      DEMO_RP_PUBLIC_URL: process.env.DEMO_RP_PUBLIC_URL || `http://localhost:${port}`,
    });
  } catch (error) {
    if (error instanceof DemoRpConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const app = await buildDemoRp(config, {
    logger: {
      level: process.env.LOG_LEVEL || 'info',
      // Never log query strings: CAS tickets and OIDC codes travel there.
      serializers: { req: (req) => ({ method: req.method, url: req.url.split('?')[0], remoteAddress: req.ip }) },
    },
  });
  if (!config.publicUrl.startsWith('https://'))
    app.log.warn(`DEV-ONLY: the demo app's public URL ${config.publicUrl} is not https: only acceptable on localhost.`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ host, port });
  process.stdout.write(
    [
      '',
      '  TRACES NT (démo) is running.',
      '',
      `  Demo relying app:  ${config.publicUrl}/`,
      `  Signs in through:  ${config.sesameUrl} (CAS ${config.cas.flavour}, level ${config.authenticationLevel}; OpenID Connect client ${config.oidc.clientId})`,
      '',
    ].join('\n') + '\n',
  );
}

await main();
