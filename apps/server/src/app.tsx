import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import { isSesameError } from '@sesame/core';
import { negotiateLocale } from '@sesame/protocol';
import { faultReason } from '@sesame/storage';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { fileURLToPath } from 'node:url';
import './http/request-context';
import { errorMessage, STATUS } from './http/error-map';
import { catalogues } from './i18n/catalogues';
import { relyingAppOrigins } from './http/form-action-sources';
import { registerSecurityHeaders } from './http/security-headers';
import { sendErrorPage } from './http/send-error-page';
import { fastifyTrustProxy } from './http/trust-proxy';
import { brandingRoutes } from './branding/branding-routes';
import { registerCasApiRoutes, registerCasPortalRoutes } from './cas/cas-plugin';
import { deviceApiContextFromServices } from './device-api/context-from-services';
import { registerDeviceApi } from './device-api/register';
import { registerOidcPortalRoutes, registerOidcProvider } from './oidc/oidc-plugin';
import { registerPortalContext } from './plugins/portal-context';
import { accountRoutes } from './routes/account';
import { registerAuthenticatorApp } from './routes/authenticator-app';
import { accountRecoveryRoutes } from './routes/account-recovery';
import { deviceRoutes } from './routes/devices';
import { authenticatorAppRoutes } from './routes/authenticator-apps';
import { recoveryCodeRoutes } from './routes/recovery-codes';
import { credentialContextFromServices } from './credentials/context-from-services';
import { operationsRoutes } from './routes/operations';
import { passwordResetRoutes } from './routes/password-reset';
import { registrationRoutes } from './routes/registration';
import { helpPageRoutes } from './routes/help-pages';
import { staticPageRoutes } from './routes/static-pages';
import { retentionPurge } from './retention/retention-purge';
import { signInContextFromServices } from './sign-in/context-from-services';
import { registerSignIn } from './sign-in/register';
import type { Services } from './services';

/** A store outage: the user is told to try again in a minute (i18n STORE_UNAVAILABLE), clients too. */
const RETRY_AFTER_SECONDS = '60';

async function storesAnswer(services: Services): Promise<boolean> {
  const checks = await Promise.allSettled([services.durable.ping(), services.ephemeral.ping()]);
  return checks.every((check) => check.status === 'fulfilled');
}

/**
 * Builds the HTTP application without listening (main.ts listens), so every HTTP test runs
 * in-process with `inject()`.
 */
export async function buildApp(
  services: Services,
  options: {
    logger?: FastifyServerOptions['logger'];
    /** Serve HTTPS with this key and certificate (security/tls-certificate.ts); plain HTTP without. */
    https?: { key: string; cert: string };
  } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    // Fastify types an HTTPS instance apart; the routes are the same, so it is typed as one.
    ...(options.https ? ({ https: options.https } as object) : {}),
    logger: options.logger ?? false,
    trustProxy: fastifyTrustProxy(services.config.trustProxy),
    bodyLimit: 64 * 1024,
    // No automatic HEAD routes: a HEAD on /cas/logout must not end a session.
    exposeHeadRoutes: false,
  });

  services.log = app.log;

  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  // Strict CSP (design §10) and the other security headers, built once (http/security-headers.ts).
  registerSecurityHeaders(app, {
    formActionOrigins: relyingAppOrigins(services.registry),
    https: services.config.publicUrl.startsWith('https://'),
  });
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL('../public', import.meta.url)),
    prefix: '/static/',
    maxAge: '1h',
  });

  // The organisation on every request, for every page's layout (docs/adr/0020); its logo and colour.
  app.decorateRequest('branding', { getter: () => services.branding });
  brandingRoutes(app, services.branding);

  app.addHook('onResponse', async (request, reply) => {
    services.metrics.httpDuration.observe(
      {
        route: request.routeOptions.url ?? 'unknown',
        method: request.method,
        status: `${Math.floor(reply.statusCode / 100)}xx`,
      },
      reply.elapsedTime / 1000,
    );
  });

  operationsRoutes(app, services);
  // The retention periods of the privacy page, applied (issue 11).
  retentionPurge(app, services);
  registerCasApiRoutes(app, services);
  await registerOidcProvider(app, services);
  // The authenticator app's API: outside the portal, authenticated by the device's signatures.
  await registerDeviceApi(app, deviceApiContextFromServices(services));
  await registerAuthenticatorApp(app, services);

  // The portal: pages for people, each request with language, CSRF and session context.
  await app.register(async (portal) => {
    registerPortalContext(portal, services);
    registerSignIn(portal, signInContextFromServices(services));
    registrationRoutes(portal, services);
    passwordResetRoutes(portal, services);
    accountRoutes(portal, services);
    deviceRoutes(portal, services);
    authenticatorAppRoutes(portal, credentialContextFromServices(services));
    recoveryCodeRoutes(portal, credentialContextFromServices(services));
    accountRecoveryRoutes(portal, services);
    staticPageRoutes(portal, services);
    helpPageRoutes(portal);
    registerCasPortalRoutes(portal, services);
    registerOidcPortalRoutes(portal, services);

    portal.setNotFoundHandler(async (request, reply) => {
      // A route outside the portal may hand its 404 here (the static files, asked for a
      // directory) without the portal's context: the page gets its language first (a 500 found
      // by the fuzz suite).
      if (!request.messages) {
        request.locale = negotiateLocale(undefined, request.headers['accept-language'], services.config.defaultLocale);
        request.messages = catalogues[request.locale];
        request.csrfToken = '';
      }
      return sendErrorPage(request, reply, { message: request.messages.errors.NOT_FOUND }, 404);
    });

    // Expected errors get their message; anything else is logged with its cause and shown as a
    // generic failure that reveals nothing (fail closed: no sign-in happened).
    portal.setErrorHandler(async (error, request, reply) => {
      const m = request.messages;
      if (!m) throw error;
      let status: number;
      let message: string;
      if (isSesameError(error)) {
        status = STATUS[error.code];
        message = errorMessage(m, error, { passwordMinLength: services.config.password.minLength });
        // Issue 10 finding 5: the outage is logged once by the store-health tracker, not per request.
        if (error.code === 'STORE_UNAVAILABLE') request.log.debug('store unavailable');
      } else if ((error as { statusCode?: number }).statusCode && (error as { statusCode: number }).statusCode < 500) {
        status = (error as { statusCode: number }).statusCode;
        message = m.errors.BAD_REQUEST;
      } else if (!(await storesAnswer(services))) {
        // A store that does not answer: fail closed, say so, and let the operator see it.
        request.log.debug({ reason: faultReason(error) }, 'store unavailable');
        status = STATUS.STORE_UNAVAILABLE;
        message = m.errors.STORE_UNAVAILABLE;
      } else {
        request.log.error({ err: error }, 'unexpected error');
        status = 500;
        message = m.errors.INTERNAL;
      }
      if (status === STATUS.STORE_UNAVAILABLE) void reply.header('retry-after', RETRY_AFTER_SECONDS);
      return sendErrorPage(request, reply, { message }, status);
    });
  });

  return app;
}
