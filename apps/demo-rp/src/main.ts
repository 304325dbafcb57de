import type { FastifyInstance } from 'fastify';
import { buildDemoRp } from './build-demo-rp';
import {
  bulletinConfigFromEnv,
  DEMO_RP_DEFAULTS,
  type DemoRpConfig,
  DemoRpConfigError,
  demoRpConfigFromEnv,
} from './demo-rp-config';

/** A port number from the environment, or the default. */
function portFrom(value: string | undefined, fallback: number, name: string): number {
  const port = Number(value || fallback);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DemoRpConfigError(`${name} must be a port number`);
  return port;
}

/**
 * Starts the two demo entries in one process (issue 11 point 4; docs/adr/0019): "TRACES NT (démo)"
 * on DEMO_RP_PORT (default 8081), which requires MEDIUM, and "Bulletin sanitaire (démo)" on
 * DEMO_RP_BULLETIN_PORT (default 8082; 0: not started), which a password alone opens; both on
 * DEMO_RP_HOST (default 127.0.0.1). Other settings: see demoRpConfigFromEnv. SIGTERM/SIGINT
 * close them gracefully.
 */
async function main() {
  const host = process.env.DEMO_RP_HOST || DEMO_RP_DEFAULTS.host;
  let traces: DemoRpConfig;
  let bulletin: DemoRpConfig | null;
  let ports: { traces: number; bulletin: number };
  try {
    ports = {
      traces: portFrom(process.env.DEMO_RP_PORT, DEMO_RP_DEFAULTS.port, 'DEMO_RP_PORT'),
      bulletin: portFrom(process.env.DEMO_RP_BULLETIN_PORT, DEMO_RP_DEFAULTS.bulletinPort, 'DEMO_RP_BULLETIN_PORT'),
    };
    const env = {
      ...process.env,
      DEMO_RP_PUBLIC_URL: process.env.DEMO_RP_PUBLIC_URL || `http://localhost:${ports.traces}`,
      DEMO_RP_BULLETIN_PUBLIC_URL:
        ports.bulletin === 0 ? '' : process.env.DEMO_RP_BULLETIN_PUBLIC_URL || `http://localhost:${ports.bulletin}`,
    };
    traces = demoRpConfigFromEnv(env);
    bulletin = ports.bulletin === 0 ? null : bulletinConfigFromEnv(env, traces);
  } catch (error) {
    if (error instanceof DemoRpConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = {
    level: process.env.LOG_LEVEL || 'info',
    // Never log query strings: CAS tickets and OIDC codes travel there.
    serializers: {
      req: (req: { method: string; url: string; ip: string }) => ({
        method: req.method,
        url: req.url.split('?')[0],
        remoteAddress: req.ip,
      }),
    },
  };
  const apps: FastifyInstance[] = [];
  for (const config of bulletin ? [traces, bulletin] : [traces]) {
    const app = await buildDemoRp(config, { logger });
    if (!config.publicUrl.startsWith('https://'))
      app.log.warn(
        `DEV-ONLY: the demo app's public URL ${config.publicUrl} is not https: only acceptable on localhost.`,
      );
    apps.push(app);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    apps[0]?.log.info({ signal }, 'shutting down');
    await Promise.all(apps.map((app) => app.close()));
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await apps[0]!.listen({ host, port: ports.traces });
  if (apps[1]) await apps[1].listen({ host, port: ports.bulletin });
  const lines = [
    '',
    '  The demo applications are running.',
    '',
    `  TRACES NT (démo):          ${traces.publicUrl}/   (level ${traces.authenticationLevel}: the Sésame app)`,
  ];
  if (bulletin)
    lines.push(
      `  Bulletin sanitaire (démo): ${bulletin.publicUrl}/   (level ${bulletin.authenticationLevel}: a password)`,
    );
  lines.push(
    `  Signing in through:        ${traces.sesameUrl} (CAS ${traces.cas.flavour}; OpenID Connect clients ${[
      traces,
      bulletin,
    ]
      .filter((c) => c !== null)
      .map((c) => c.oidc.clientId)
      .join(', ')})`,
    '',
  );
  process.stdout.write(lines.join('\n') + '\n');
}

await main();
