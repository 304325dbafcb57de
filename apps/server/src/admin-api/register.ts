import { negotiateLocale } from '@sesame/protocol';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { tagSurface } from '../http/error-handler';
import { auditRefusal } from '../http/admin-refusal-audit';
import { classifyError } from '../http/error-classification';
import { errorMessage, STATUS } from '../http/error-map';
import { useZodSchemas } from '../http/zod-route';
import { catalogues } from '../i18n/catalogues';
import { isBearerError, sendBearerError } from './bearer';
import type { AdminApiContext } from '../compose/app-context';
import { buildOpenApiDocument } from './openapi';
import { restRoutes } from './rest-routes';
import { ADMIN_API_PREFIX } from './rest-schemas';
import { isScimError, scimRoutes } from './scim-routes';
import { SCHEMA, SCIM_MEDIA_TYPE } from './scim-schemas';

/**
 * The automation APIs (issue 14 point 6, docs/adr/0037): the admin REST API under /api/admin/v1
 * and SCIM 2.0 under /scim/v2, outside the portal (no cookies, no CSRF: a bearer token of the
 * client-credentials grant), with their own error shapes: RFC 9457 problem details for the REST
 * API, RFC 7644 §3.12 errors for SCIM, RFC 6750 challenges for a missing or weak token.
 */
export async function registerAdminApi(app: FastifyInstance, ctx: AdminApiContext): Promise<void> {
  const document = buildOpenApiDocument(ctx.config.publicUrl);
  await app.register(async (api) => {
    tagSurface(api, 'admin-api');
    useZodSchemas(api, 'INVALID_INPUT');
    api.get(`${ADMIN_API_PREFIX}/openapi.json`, async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=300').type('application/json').send(document),
    );
    restRoutes(api, ctx);
  });
  await app.register(async (scim) => {
    tagSurface(scim, 'scim');
    useZodSchemas(scim, 'INVALID_INPUT');
    // RFC 7644 §3.1: requests and responses are application/scim+json (application/json accepted).
    scim.addContentTypeParser(SCIM_MEDIA_TYPE, { parseAs: 'string' }, scim.getDefaultJsonParser('error', 'error'));
    scim.addHook('onSend', async (_request, reply, payload) => {
      if (String(reply.getHeader('content-type') ?? '').startsWith('application/json')) {
        void reply.header('content-type', `${SCIM_MEDIA_TYPE}; charset=utf-8`);
      }
      return payload;
    });
    scimRoutes(scim, ctx);
  });
}

/** The admin REST API's failures: RFC 6750 for the token, RFC 9457 problem details otherwise. */
export function adminApiErrorHandler(ctx: Pick<AdminApiContext, 'probe' | 'config' | 'admin'>) {
  return async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const m =
      catalogues[negotiateLocale({ acceptLanguage: request.headers['accept-language'] }, ctx.config.defaultLocale)];
    await auditRefusal(ctx.admin, request, error, 'api');
    if (isBearerError(error)) {
      return sendBearerError(reply, error, {
        error: error.error ?? 'invalid_request',
        error_description: error.description,
      });
    }
    const found = await classifyError(error, ctx.probe, request.log);
    let status: number;
    let code: string;
    let detail: string;
    let extra: Record<string, string> = {};
    switch (found.kind) {
      case 'expected':
        status = STATUS[found.error.code];
        code = found.error.code;
        detail = errorMessage(m, found.error, { passwordMinLength: ctx.config.password.minLength });
        if (found.error.details.field) extra = { field: found.error.details.field };
        if (found.error.details.reason) extra = { ...extra, reason: found.error.details.reason };
        if (found.error.details.retryAfterSeconds) {
          void reply.header('retry-after', String(found.error.details.retryAfterSeconds));
        }
        break;
      case 'client':
        status = found.status;
        code = 'BAD_REQUEST';
        detail = m.errors.BAD_REQUEST;
        break;
      case 'store-down':
        status = STATUS.STORE_UNAVAILABLE;
        code = 'STORE_UNAVAILABLE';
        detail = m.errors.STORE_UNAVAILABLE;
        void reply.header('retry-after', '60');
        break;
      case 'bug':
        status = 500;
        code = 'INTERNAL';
        detail = STATUS_CODES[500] ?? 'Internal Server Error';
        break;
    }
    return reply
      .code(status)
      .header('cache-control', 'no-store')
      .type('application/problem+json')
      .send({ type: 'about:blank', title: STATUS_CODES[status], status, code, detail, ...extra });
  };
}

/** SCIM's failures (RFC 7644 §3.12): `{ schemas: [Error], status: "404", scimType?, detail }`. */
export function scimErrorHandler(ctx: Pick<AdminApiContext, 'probe' | 'config' | 'admin'>) {
  return async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const m =
      catalogues[negotiateLocale({ acceptLanguage: request.headers['accept-language'] }, ctx.config.defaultLocale)];
    const send = (status: number, detail: string, scimType?: string) =>
      reply
        .code(status)
        .header('cache-control', 'no-store')
        .type(`${SCIM_MEDIA_TYPE}; charset=utf-8`)
        .send({ schemas: [SCHEMA.error], status: String(status), ...(scimType ? { scimType } : {}), detail });
    // SCIM answers an out-of-scope resource as a missing one (404); the refusal is its cause.
    await auditRefusal(ctx.admin, request, error, 'scim');
    if (isBearerError(error)) {
      void reply.header('www-authenticate', error.challenge());
      return send(error.status, error.description);
    }
    if (isScimError(error)) return send(error.status, error.message, error.scimType);
    const found = await classifyError(error, ctx.probe, request.log);
    switch (found.kind) {
      case 'expected': {
        const detail = errorMessage(m, found.error, { passwordMinLength: ctx.config.password.minLength });
        if (found.error.code === 'INVALID_INPUT') return send(400, detail, 'invalidValue');
        if (found.error.code === 'EMAIL_UNAVAILABLE' || found.error.code === 'EXTERNAL_ID_UNAVAILABLE') {
          return send(409, detail, 'uniqueness');
        }
        return send(STATUS[found.error.code], detail);
      }
      case 'client':
        return send(found.status, m.errors.BAD_REQUEST, 'invalidSyntax');
      case 'store-down':
        void reply.header('retry-after', '60');
        return send(503, m.errors.STORE_UNAVAILABLE);
      case 'bug':
        return send(500, STATUS_CODES[500] ?? 'Internal Server Error');
    }
  };
}
