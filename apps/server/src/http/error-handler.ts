import { negotiateLocale } from '@sesame/protocol';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { renderCasFailure } from '../cas/cas-api-errors';
import type { ErrorContext } from '../compose/app-context';
import { catalogues } from '../i18n/catalogues';
import { auditRefusal } from './admin-refusal-audit';
import { classifyError, statusCodeOf } from './error-classification';
import { errorMessage, STATUS } from './error-map';
import type { Surface } from './request-context';
import { sendErrorPage } from './send-error-page';

/** A store outage: the user is told to try again in a minute (i18n STORE_UNAVAILABLE), clients too. */
const RETRY_AFTER_SECONDS = '60';

/** Every route registered in `scope` (and its children) answers `surface`'s kind of client. */
export function tagSurface(scope: FastifyInstance, surface: Surface): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...route.config, surface: route.config?.surface ?? surface };
  });
}

/** How one surface's client reads a failure. */
export type SurfaceRenderer = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/**
 * The one error handler of the app (ADR 0026 §2.7), installed at the root: the route's surface
 * chooses how its client reads a failure — a page in the user's language (portal), a CAS
 * document (cas-api, CAS 3.0 §2.5.3 / Appendix A), the device API's JSON (device-api, its
 * renderer given by the app: device-api/device-api-errors.ts), JSON (ops). A scope that keeps a
 * handler of its own answers before this one.
 */
export function rootErrorHandler(
  ctx: ErrorContext,
  renderers: { readonly [S in 'device-api' | 'admin-api' | 'scim']?: SurfaceRenderer } = {},
) {
  const renderCas = renderCasFailure(ctx.registry);
  const renderDevice = renderers['device-api'];
  return async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // No route (the portal's not-found handler runs the portal's hooks, CSRF included): the
    // portal's when its context was set, else ops.
    const surface = request.routeOptions.config?.surface ?? (request.messages ? 'portal' : 'ops');
    if (surface === 'cas-api') return renderCas(error, request, reply);
    if (surface === 'device-api' && renderDevice) return renderDevice(error, request, reply);
    const renderApi = surface === 'admin-api' || surface === 'scim' ? renderers[surface] : undefined;
    if (renderApi) return renderApi(error, request, reply);
    if (surface === 'portal' && request.messages) return renderPortal(ctx, error, request, reply);
    return renderOps(error, request, reply);
  };
}

/**
 * Expected errors get their message; anything else is logged with its cause and shown as a
 * generic failure that reveals nothing (fail closed: no sign-in happened).
 */
async function renderPortal(ctx: ErrorContext, error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const m = request.messages;
  await auditRefusal(ctx.refusals, request, error, 'console');
  const found = await classifyError(error, ctx.probe, request.log);
  let status: number;
  let message: string;
  switch (found.kind) {
    case 'expected':
      status = STATUS[found.error.code];
      message = errorMessage(m, found.error, { passwordMinLength: ctx.config.password.minLength });
      break;
    case 'client':
      status = found.status;
      message = m.errors.BAD_REQUEST;
      break;
    case 'store-down':
      status = STATUS.STORE_UNAVAILABLE;
      message = m.errors.STORE_UNAVAILABLE;
      break;
    case 'bug':
      status = 500;
      message = m.errors.INTERNAL;
      break;
  }
  if (status === STATUS.STORE_UNAVAILABLE) void reply.header('retry-after', RETRY_AFTER_SECONDS);
  return sendErrorPage(request, reply, { message }, status);
}

/**
 * Operations and files (health, metrics, static files, the OIDC mount): Fastify's JSON shape for
 * a refused request; a failure of ours says nothing of its cause (logged).
 */
function renderOps(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = statusCodeOf(error);
  if (status !== undefined && status >= 400 && status < 500) {
    return reply
      .code(status)
      .send({ statusCode: status, code: error.code, error: STATUS_CODES[status], message: error.message });
  }
  request.log.error({ err: error }, 'unexpected error');
  return reply.code(500).send({ statusCode: 500, error: STATUS_CODES[500], message: 'Internal Server Error' });
}

/**
 * The one not-found page. A route outside the portal may hand its 404 here (the static files,
 * asked for a directory) without the portal's context: the page gets its language first (a 500
 * found by the fuzz suite).
 */
export function notFoundHandler(ctx: Pick<ErrorContext, 'config'>) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.messages) {
      request.locale = negotiateLocale(
        { acceptLanguage: request.headers['accept-language'] },
        ctx.config.defaultLocale,
      );
      request.messages = catalogues[request.locale];
      request.csrfToken = '';
    }
    return sendErrorPage(request, reply, { message: request.messages.errors.NOT_FOUND }, 404);
  };
}
