import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { fileURLToPath } from 'node:url';
import { CasClient } from './cas/cas-client';
import type { DemoRpConfig } from './demo-rp-config';
import { ERROR_STATUS, isDemoRpError, type DemoRpErrorCode } from './http/demo-rp-error';
import { pageContext } from './http/page-context';
import { sendPage } from './http/send-page';
import { format } from './i18n/catalogues';
import { OidcClient } from './oidc/oidc-client';
import { backchannelLogoutRoutes } from './routes/backchannel-logout';
import { casSignInRoutes } from './routes/cas-sign-in';
import { oidcSignInRoutes } from './routes/oidc-sign-in';
import { pageRoutes } from './routes/pages';
import type { RouteDeps } from './routes/route-deps';
import { signOutRoutes } from './routes/sign-out';
import { LocalSessionStore, type SessionEnded } from './sessions/local-session-store';
import { ErrorPage } from './views/error-page';

export interface DemoRpOptions {
  logger?: FastifyServerOptions['logger'];
  /** Told each time a local session ends, and why (tests, and the log). */
  onSessionEnded?: (event: SessionEnded) => void;
  /** Server-to-server HTTP to Sésame (CAS validation, OIDC discovery, tokens, JWKS); tests stub it. */
  fetch?: typeof globalThis.fetch;
}

/**
 * Builds the demo relying application "TRACES NT (démo)" without listening (main.ts listens),
 * so its HTTP tests run in-process with `inject()`.
 */
export async function buildDemoRp(config: DemoRpConfig, options: DemoRpOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 64 * 1024 });
  const store = new LocalSessionStore({
    sessionMs: config.sessionMinutes * 60_000,
    onEnded: (event) => {
      app.log.info({ protocol: event.protocol, reason: event.reason }, 'local session ended');
      options.onSessionEnded?.(event);
    },
  });
  const deps: RouteDeps = {
    config,
    store,
    cas: new CasClient(config, options.fetch),
    oidc: new OidcClient(config, options.fetch),
  };

  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  // Strict CSP: no script at all, our stylesheet only. Forms may lead to Sésame: the sign-out
  // POST redirects there, and CSP form-action applies to the redirects of a form submission.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'", new URL(config.sesameUrl).origin],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    },
    // Same-origin: a form POST then carries our Origin (the sign-out check), and no Referer leaves.
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: config.publicUrl.startsWith('https://') ? { maxAge: 31536000 } : false,
  });
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL('../public', import.meta.url)),
    prefix: '/static/',
    maxAge: '1h',
  });

  pageRoutes(app, deps);
  casSignInRoutes(app, deps);
  oidcSignInRoutes(app, deps);
  backchannelLogoutRoutes(app, deps);
  signOutRoutes(app, deps);

  const errorPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    code: DemoRpErrorCode,
    params: Record<string, string> = {},
  ) => {
    const ctx = pageContext(request, reply, config, store);
    return sendPage(reply, <ErrorPage ctx={ctx} message={format(ctx.m.errors[code], params)} />, ERROR_STATUS[code]);
  };

  app.setNotFoundHandler(async (request, reply) => errorPage(request, reply, 'NOT_FOUND'));

  // Errors raised on purpose get their message; anything else is logged with its cause and shown
  // as a generic failure that reveals nothing.
  app.setErrorHandler(async (error, request, reply) => {
    if (isDemoRpError(error)) {
      if (error.cause) request.log.warn({ err: error.cause, code: error.code }, 'sign-in failed');
      return errorPage(request, reply, error.code, error.params);
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500) return errorPage(request, reply, 'BAD_REQUEST');
    request.log.error({ err: error }, 'unexpected error');
    return errorPage(request, reply, 'INTERNAL');
  });

  return app;
}
