import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIMPLEWEBAUTHN_BROWSER_PATH } from '../views/webauthn-scripts';
import { brandingRoutes } from '../branding/branding-routes';
import type { ShellContext } from '../compose/app-context';
import { eidProviderOrigins, relyingAppOrigins } from './form-action-sources';
import { registerSecurityHeaders } from './security-headers';

/**
 * What every route shares: cookies and forms parsed, the security headers, the static files,
 * the organisation's branding, and the duration of every answer in the metrics.
 */
export async function registerShell(app: FastifyInstance, shell: ShellContext): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  // Strict CSP (design §10) and the other security headers, built once (http/security-headers.ts).
  registerSecurityHeaders(app, {
    formActionOrigins: [...relyingAppOrigins(shell.registry), ...eidProviderOrigins(shell.config.eid.providers)],
    https: shell.config.publicUrl.startsWith('https://'),
  });
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL('../../public', import.meta.url)),
    prefix: '/static/',
    maxAge: '1h',
  });

  // @simplewebauthn/browser 14 for the security-key pages (docs/adr/0029 §6): its UMD bundle, from
  // the installed package (its `exports` name only the entry points, hence the path from there).
  const webauthnBrowser = readFileSync(
    join(dirname(createRequire(import.meta.url).resolve('@simplewebauthn/browser')), '../dist/bundle/index.umd.min.js'),
  );
  app.get(SIMPLEWEBAUTHN_BROWSER_PATH, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(webauthnBrowser),
  );

  // The organisation on every request, for every page's layout (docs/adr/0020); its logo and colour.
  app.decorateRequest('branding', { getter: () => shell.branding });
  brandingRoutes(app, shell.branding);

  app.addHook('onResponse', async (request, reply) => {
    shell.metrics.httpDuration.observe(
      {
        route: request.routeOptions.url ?? 'unknown',
        method: request.method,
        status: `${Math.floor(reply.statusCode / 100)}xx`,
      },
      reply.elapsedTime / 1000,
    );
  });
}
