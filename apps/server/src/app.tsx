import { migrationSnapshotJob } from './dashboard/snapshot-job';
import Fastify, { type FastifyInstance } from 'fastify';
import type { LoggerOptions } from 'pino';
import './http/request-context';
import { adminApiErrorHandler, registerAdminApi, scimErrorHandler } from './admin-api/register';
import { registerCasApiRoutes, registerCasPortalRoutes } from './cas/register';
import type { AppContext } from './compose/app-context';
import { compose } from './compose/compose';
import type { Parts } from './compose/parts';
import { deviceApiErrorHandler } from './device-api/device-api-errors';
import { registerDeviceApi } from './device-api/register';
import { notFoundHandler, rootErrorHandler, tagSurface } from './http/error-handler';
import { registerShell } from './http/register-shell';
import { fastifyTrustProxy } from './http/trust-proxy';
import { createLogger } from './observability/logger';
import { registerOidcPortalRoutes, registerOidcProvider } from './oidc/register';
import { registerPortalContext } from './plugins/portal-context';
import { retentionPurge } from './retention/retention-purge';
import { registerAuthenticatorApp } from './routes/authenticator-app';
import { operationsRoutes } from './routes/operations';
import { registerPages } from './routes/register-pages';
import { registerSignIn } from './sign-in/register';

function isAppContext(source: AppContext | Parts): source is AppContext {
  return 'portal' in source;
}

/**
 * Builds the HTTP application without listening (main.ts listens), so every HTTP test runs
 * in-process with `inject()`. Given parts instead of a composed context (openParts'
 * callers: main.ts, the e2e stack), composes them first, with a logger of `options.logger` if given.
 */
export async function buildApp(
  source: AppContext | Parts,
  options: {
    logger?: LoggerOptions;
    /** Serve HTTPS with this key and certificate (security/tls-certificate.ts); plain HTTP without. */
    https?: { key: string; cert: string };
    /** Told of every route as it is registered (Fastify's onRoute hook): the fuzz suite lists them so. */
    onRoute?: (route: { method: string | string[]; url: string }) => void;
  } = {},
): Promise<FastifyInstance> {
  const ctx = isAppContext(source)
    ? source
    : compose(options.logger ? { ...source, logger: createLogger(options.logger) } : source);
  const app = Fastify({
    // Fastify types an HTTPS instance apart; the routes are the same, so it is typed as one.
    ...(options.https ? ({ https: options.https } as object) : {}),
    loggerInstance: ctx.log,
    trustProxy: fastifyTrustProxy(ctx.config.trustProxy),
    bodyLimit: 64 * 1024,
    // No automatic HEAD routes: a HEAD on /cas/logout must not end a session.
    exposeHeadRoutes: false,
  });
  const { onRoute } = options;
  if (onRoute) app.addHook('onRoute', (route) => onRoute({ method: route.method, url: route.url }));

  // One error handler for every route; the route's surface chooses the answer (ADR 0026 §2.7).
  app.setErrorHandler(
    rootErrorHandler(ctx.errors, {
      'device-api': deviceApiErrorHandler(ctx.deviceApi),
      'admin-api': adminApiErrorHandler(ctx.adminApi),
      scim: scimErrorHandler(ctx.adminApi),
    }),
  );
  await registerShell(app, ctx.shell);

  operationsRoutes(app, ctx.operations);
  // The retention periods of the privacy page, applied (issue 11).
  retentionPurge(app, ctx.retention);
  migrationSnapshotJob(app, { config: ctx.config, migration: ctx.admin.migration });
  await registerCasApiRoutes(app, ctx.cas);
  await registerOidcProvider(app, ctx.oidc);
  // The authenticator app's API: outside the portal, authenticated by the device's signatures.
  await app.register(async (scope) => {
    tagSurface(scope, 'device-api');
    await registerDeviceApi(scope, ctx.deviceApi);
  });
  await registerAuthenticatorApp(app, ctx.authenticatorApp);
  // The admin REST API and SCIM: outside the portal, authenticated by client-credentials tokens.
  await registerAdminApi(app, ctx.adminApi);

  // The portal: pages for people, each request with language, CSRF and session context.
  await app.register(async (portal) => {
    tagSurface(portal, 'portal');
    registerPortalContext(portal, ctx.portal);
    registerSignIn(portal, ctx.signIn);
    registerPages(portal, ctx);
    registerCasPortalRoutes(portal, ctx.cas);
    registerOidcPortalRoutes(portal, ctx.oidc);
    portal.setNotFoundHandler(notFoundHandler(ctx.errors));
  });

  return app;
}
