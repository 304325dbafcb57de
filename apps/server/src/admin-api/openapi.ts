import { ADMIN_API_SCOPES } from '@sesame/core';
import { z } from 'zod';
import { ADMIN_API_PREFIX, BearerProblem, Problem, REST_OPERATIONS, type ApiOperation } from './rest-schemas';
import { SCIM_OPERATIONS, SCIM_PREFIX } from './scim-schemas';

/**
 * The OpenAPI 3.1 document of the admin REST API and SCIM (issue 14 point 6, docs/adr/0037),
 * built from the operation tables that register the routes, and from their zod schemas
 * (z.toJSONSchema, JSON Schema draft 2020-12: OpenAPI 3.1's own dialect). Served at
 * /api/admin/v1/openapi.json; admin-api/openapi.test.ts validates it and matches it with the
 * routes Fastify registered.
 */

type JsonObject = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: 'The request is malformed (the field and reason are said).',
  401: 'No bearer token, or one unknown, expired or revoked (RFC 6750).',
  403: 'The token lacks the scope (RFC 6750 insufficient_scope), or authorise() refused: nothing changed.',
  404: 'Not found.',
  409: 'Conflict.',
  412: 'If-Match does not match the resource’s current version (RFC 7644 §3.14).',
  429: 'Too many requests: try again later.',
  503: 'A store does not answer: nothing was changed; try again in a minute.',
};

/** `/accounts/:id` → `/accounts/{id}` */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

export function buildOpenApiDocument(publicUrl: string): JsonObject {
  const components: Record<string, unknown> = {};
  const schema = (type: z.ZodType): JsonObject => {
    const json = z.toJSONSchema(type, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as JsonObject;
    delete json.$schema;
    // Named schemas (.meta({ id })) go to components.schemas, referenced by $ref.
    const defs = json.$defs as Record<string, JsonObject> | undefined;
    delete json.$defs;
    let text = JSON.stringify(json);
    if (defs) {
      for (const [name, def] of Object.entries(defs)) {
        components[name] = JSON.parse(JSON.stringify(def).replaceAll('"#/$defs/', '"#/components/schemas/')) as unknown;
      }
      text = text.replaceAll('"#/$defs/', '"#/components/schemas/');
    }
    const id = (json as { id?: string }).id;
    if (id) {
      delete json.id;
      components[id] = JSON.parse(text) as unknown;
      return { $ref: `#/components/schemas/${id}` };
    }
    return JSON.parse(text) as JsonObject;
  };
  const errorSchema = schema(Problem);
  const bearerSchema = schema(BearerProblem);
  const paths: Record<string, Record<string, unknown>> = {};
  const add = (prefix: string, operation: ApiOperation, errorBody: JsonObject, mediaType: string) => {
    const responses: Record<string, unknown> = {
      [String(operation.success.status)]: {
        description: operation.success.description,
        ...(operation.success.body ? { content: { [mediaType]: { schema: schema(operation.success.body) } } } : {}),
      },
    };
    for (const status of [...(operation.failures ?? []), 403, 503]) {
      responses[String(status)] = { description: STATUS_TEXT[status], content: { [mediaType]: { schema: errorBody } } };
    }
    responses['401'] = { description: STATUS_TEXT[401], content: { 'application/json': { schema: bearerSchema } } };
    const parameters = [
      ...parametersOf(operation.params, 'path', schema),
      ...parametersOf(operation.query, 'query', schema),
      ...(operation.ifMatch
        ? [
            {
              name: 'If-Match',
              in: 'header',
              required: false,
              schema: { type: 'string' },
              description: 'RFC 7644 §3.14',
            },
          ]
        : []),
    ];
    const path = `${prefix}${openApiPath(operation.path)}`;
    paths[path] ??= {};
    paths[path][operation.method.toLowerCase()] = {
      operationId: operation.operationId,
      summary: operation.summary,
      security: [{ clientCredentials: [...operation.scopes] }],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(operation.body
        ? { requestBody: { required: true, content: { [mediaType]: { schema: schema(operation.body) } } } }
        : {}),
      responses,
    };
  };
  for (const operation of Object.values(REST_OPERATIONS) as ApiOperation[]) {
    add(ADMIN_API_PREFIX, operation, errorSchema, 'application/json');
  }
  const scimError = schema(SCIM_ERROR);
  for (const operation of Object.values(SCIM_OPERATIONS) as ApiOperation[]) {
    add(SCIM_PREFIX, operation, scimError, 'application/scim+json');
  }
  paths[`${ADMIN_API_PREFIX}/openapi.json`] = {
    get: {
      operationId: 'getOpenApiDocument',
      summary: 'This document.',
      security: [],
      responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': {} } } },
    },
  };
  const base = publicUrl.replace(/\/$/, '');
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sésame admin API and SCIM 2.0',
      version: '1.0.0',
      description:
        'For OAuth clients with the client-credentials grant (token endpoint of the OpenID Provider) and the scopes below. A client acts like a person holding the role grants it was registered with: it reaches its organisations and their subtrees only. See docs/administrators/api.md.',
    },
    servers: [{ url: base }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        clientCredentials: {
          type: 'oauth2',
          flows: {
            clientCredentials: {
              tokenUrl: `${base}/oidc/token`,
              scopes: Object.fromEntries(ADMIN_API_SCOPES.map((s) => [s, SCOPE_TEXT[s]])),
            },
          },
        },
      },
    },
  };
}

const SCOPE_TEXT: Record<(typeof ADMIN_API_SCOPES)[number], string> = {
  'sesame:admin:read': 'Search and read accounts and organisations.',
  'sesame:admin:write': 'Read, and act on accounts (unlock, password reset, second-factor reset, …).',
  'sesame:scim': 'SCIM 2.0 provisioning (/scim/v2).',
};

function parametersOf(
  object: z.ZodObject | undefined,
  where: 'path' | 'query',
  schema: (type: z.ZodType) => JsonObject,
): JsonObject[] {
  if (!object) return [];
  return Object.entries(object.shape).map(([name, type]) => {
    const t = type as z.ZodType;
    const description = (z.globalRegistry.get(t) as { description?: string } | undefined)?.description;
    return {
      name,
      in: where,
      required: where === 'path' || !t.safeParse(undefined).success,
      schema: schema(t),
      ...(description ? { description } : {}),
    };
  });
}

import { SCIM_ERROR } from './scim-schemas';
