import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuthenticatorAppContext } from '../compose/app-context';

/** Where `npm run build:app` (Vite, apps/authenticator) writes the app. */
export const AUTHENTICATOR_APP_DIST = fileURLToPath(new URL('../../../authenticator/dist', import.meta.url));

export const APP_PREFIX = '/app/';

/**
 * The app's own CSP, instead of the portal's: the app is static files (no nonce to carry), it
 * reads the camera (media-src mediastream:, blob:), draws frames on a canvas, installs a service
 * worker and a manifest, and talks only to this server's device API (connect-src 'self').
 */
export const AUTHENTICATOR_APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export const APP_NOT_BUILT = 'The Sésame app is not built: run npm run build:app';

/** Files whose address never changes: the browser must ask again each time (Service Workers §4.4 update check). */
const REVALIDATED = new Set(['', 'index.html', 'sw.js', 'manifest.webmanifest']);

function appPath(request: FastifyRequest): string | null {
  const path = request.url.split('?')[0] ?? '';
  return path.startsWith(APP_PREFIX) ? path.slice(APP_PREFIX.length) : null;
}

function cacheControl(file: string): string {
  if (REVALIDATED.has(file)) return 'no-cache';
  // Vite names built assets by content hash: a new build is a new address.
  if (file.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=86400';
}

/**
 * The Sésame app (apps/authenticator, the PWA of design §5) under /app/: the built files of
 * `root` (apps/authenticator/dist by default), index.html at /app/, /app redirected there. Its
 * service worker may control /app/ (Service-Worker-Allowed). While the app is not built, /app/
 * answers 503 saying how to build it; the check is made per request, so a build made after the
 * server started is served at once.
 */
export async function registerAuthenticatorApp(
  app: FastifyInstance,
  services: AuthenticatorAppContext,
  options: { root?: string } = {},
): Promise<void> {
  const root = options.root ?? AUTHENTICATOR_APP_DIST;
  const index = join(root, 'index.html');
  if (!existsSync(index)) services.log.warn({ root }, APP_NOT_BUILT);

  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (appPath(request) !== null && !existsSync(index)) {
        return reply.code(503).type('text/plain; charset=utf-8').send(APP_NOT_BUILT);
      }
    });
    // Helmet set the portal's CSP (with nonces) on every response; these responses get the app's.
    scope.addHook('onSend', async (request, reply, payload) => {
      reply.header('content-security-policy', AUTHENTICATOR_APP_CSP);
      const file = appPath(request);
      if (file !== null && reply.statusCode < 400) {
        reply.header('cache-control', cacheControl(file));
        if (file === 'sw.js') reply.header('service-worker-allowed', APP_PREFIX);
      } else {
        reply.header('cache-control', 'no-store');
      }
      return payload;
    });

    scope.get('/app', async (_request, reply) => reply.redirect(APP_PREFIX, 301));
    await scope.register(fastifyStatic, {
      root,
      prefix: APP_PREFIX,
      // The portal's instance owns reply.sendFile.
      decorateReply: false,
      index: 'index.html',
      redirect: false,
      cacheControl: false,
      etag: true,
      lastModified: true,
    });
  });
}
