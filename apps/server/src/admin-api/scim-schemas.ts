import { z } from 'zod';
import type { ApiOperation } from './rest-schemas';

/**
 * SCIM 2.0 (RFC 7643 resources, RFC 7644 protocol) at /scim/v2 (issue 14 point 6, docs/adr/0037):
 * the wire shapes in zod, used to validate requests and to describe the endpoints in the OpenAPI
 * document. Requests are read loosely (SCIM clients send attributes we ignore, RFC 7644 §3.3:
 * "unknown attributes … ignored" for readOnly ones), responses strictly.
 */

export const SCIM_PREFIX = '/scim/v2';
export const SCIM_MEDIA_TYPE = 'application/scim+json';

export const SCHEMA = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  enterprise: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  list: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patch: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  serviceProviderConfig: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
  resourceType: 'urn:ietf:params:scim:schemas:core:2.0:ResourceType',
  schema: 'urn:ietf:params:scim:schemas:core:2.0:Schema',
} as const;

export const SCIM_ERROR = z
  .object({
    schemas: z.array(z.string()),
    status: z.string().meta({ description: 'The HTTP status, as a string (RFC 7644 §3.12).' }),
    scimType: z.string().optional(),
    detail: z.string().optional(),
  })
  .meta({ id: 'ScimError' });

const Meta = z.object({
  resourceType: z.string(),
  created: z.string().optional(),
  lastModified: z.string().optional(),
  location: z.string(),
  version: z.string().optional(),
});

/**
 * A reference to another resource: value, display and `$ref` (its URI, RFC 7643 §2.3.7). `$ref`
 * is passed through undeclared: an OpenAPI tool resolving every `$ref` key would read the
 * property's name as a JSON reference.
 */
const Reference = z
  .looseObject({ value: z.string(), display: z.string().optional() })
  .meta({ description: 'value (the id), display, and $ref (the resource’s URI).' });

export const ScimUser = z
  .looseObject({
    schemas: z.array(z.string()),
    id: z.string(),
    userName: z.string(),
    name: z.object({ givenName: z.string(), familyName: z.string(), formatted: z.string().optional() }),
    displayName: z.string().optional(),
    emails: z.array(z.object({ value: z.string(), type: z.string().optional(), primary: z.boolean().optional() })),
    active: z.boolean(),
    preferredLanguage: z.string().optional(),
    groups: z.array(Reference),
    meta: Meta,
  })
  .meta({ id: 'ScimUser' });

export const ScimGroup = z
  .looseObject({
    schemas: z.array(z.string()),
    id: z.string(),
    displayName: z.string(),
    members: z.array(Reference),
    meta: Meta,
  })
  .meta({ id: 'ScimGroup' });

const ListResponse = (item: z.ZodType, id: string) =>
  z
    .object({
      schemas: z.array(z.string()),
      totalResults: z.number().int(),
      startIndex: z.number().int(),
      itemsPerPage: z.number().int(),
      Resources: z.array(item),
    })
    .meta({ id });

/** RFC 7644 §3.4.2: filter, startIndex (1-based), count. */
export const ListQuery = z.object({
  filter: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: 'RFC 7644 §3.4.2.2 filter (eq, co, sw, pr, and, or, not).' }),
  startIndex: z.coerce.number().int().optional().meta({ description: '1-based; below 1 is read as 1.' }),
  count: z.coerce.number().int().optional().meta({ description: 'At most 100 per page; negative is read as 0.' }),
});

/** A User as a client sends it (create, replace): what Sésame keeps of it. */
export const ScimUserInput = z.looseObject({
  schemas: z.array(z.string()).optional(),
  userName: z.string().min(1).max(254),
  name: z
    .looseObject({ givenName: z.string().max(100).optional(), familyName: z.string().max(100).optional() })
    .optional(),
  emails: z.array(z.looseObject({ value: z.string().max(254), primary: z.boolean().optional() })).optional(),
  active: z.boolean().optional(),
  preferredLanguage: z.string().max(35).optional(),
  externalId: z.string().max(200).optional(),
});

export const PatchOp = z.looseObject({
  schemas: z.array(z.string()),
  Operations: z
    .array(
      z.looseObject({
        op: z
          .string()
          .transform((v) => v.toLowerCase())
          .pipe(z.enum(['add', 'replace', 'remove'])),
        path: z.string().max(200).optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1)
    .max(100),
});

export const IdParams = z.object({ id: z.string().min(1).max(64) });

const DISCOVERY = z.looseObject({ schemas: z.array(z.string()) });

const SCIM: readonly ['sesame:scim'] = ['sesame:scim'];

export const SCIM_OPERATIONS = {
  serviceProviderConfig: {
    method: 'GET',
    path: '/ServiceProviderConfig',
    operationId: 'scimServiceProviderConfig',
    summary: 'What this SCIM service supports (RFC 7643 §5).',
    scopes: SCIM,
    success: { status: 200, body: DISCOVERY, description: 'The configuration.' },
  },
  resourceTypes: {
    method: 'GET',
    path: '/ResourceTypes',
    operationId: 'scimResourceTypes',
    summary: 'User and Group (RFC 7643 §6).',
    scopes: SCIM,
    success: { status: 200, body: DISCOVERY, description: 'A ListResponse of resource types.' },
  },
  schemas: {
    method: 'GET',
    path: '/Schemas',
    operationId: 'scimSchemas',
    summary: 'The User and Group schemas (RFC 7643 §7).',
    scopes: SCIM,
    success: { status: 200, body: DISCOVERY, description: 'A ListResponse of schemas.' },
  },
  listUsers: {
    method: 'GET',
    path: '/Users',
    operationId: 'scimListUsers',
    summary: 'Users within the client’s organisations, filtered and paged (RFC 7644 §3.4.2).',
    scopes: SCIM,
    query: ListQuery,
    success: { status: 200, body: ListResponse(ScimUser, 'ScimUserList'), description: 'A ListResponse.' },
    failures: [400],
  },
  createUser: {
    method: 'POST',
    path: '/Users',
    operationId: 'scimCreateUser',
    summary: 'Invite an agent (RFC 7644 §3.3): the account is created and its owner mailed to choose a password.',
    scopes: SCIM,
    body: ScimUserInput,
    success: { status: 201, body: ScimUser, description: 'The created User.' },
    failures: [400, 409],
  },
  getUser: {
    method: 'GET',
    path: '/Users/:id',
    operationId: 'scimGetUser',
    summary: 'One User (ETag in meta.version and the ETag header).',
    scopes: SCIM,
    params: IdParams,
    success: { status: 200, body: ScimUser, description: 'The User.' },
    failures: [404],
  },
  replaceUser: {
    method: 'PUT',
    path: '/Users/:id',
    operationId: 'scimReplaceUser',
    summary: 'Replace a User (RFC 7644 §3.5.1): name and active.',
    scopes: SCIM,
    params: IdParams,
    body: ScimUserInput,
    ifMatch: true,
    success: { status: 200, body: ScimUser, description: 'The User.' },
    failures: [400, 404, 412],
  },
  patchUser: {
    method: 'PATCH',
    path: '/Users/:id',
    operationId: 'scimPatchUser',
    summary: 'Modify a User (RFC 7644 §3.5.2): add, replace, remove; active=false deactivates.',
    scopes: SCIM,
    params: IdParams,
    body: PatchOp,
    ifMatch: true,
    success: { status: 200, body: ScimUser, description: 'The User.' },
    failures: [400, 404, 412],
  },
  deleteUser: {
    method: 'DELETE',
    path: '/Users/:id',
    operationId: 'scimDeleteUser',
    summary: 'Delete (erase) a User (RFC 7644 §3.6); the audit keeps what the retention settings say.',
    scopes: SCIM,
    params: IdParams,
    ifMatch: true,
    success: { status: 204, body: null, description: 'Deleted.' },
    failures: [404, 412],
  },
  listGroups: {
    method: 'GET',
    path: '/Groups',
    operationId: 'scimListGroups',
    summary: 'Organisations within the client’s scopes, as Groups with their members.',
    scopes: SCIM,
    query: ListQuery,
    success: { status: 200, body: ListResponse(ScimGroup, 'ScimGroupList'), description: 'A ListResponse.' },
    failures: [400],
  },
  getGroup: {
    method: 'GET',
    path: '/Groups/:id',
    operationId: 'scimGetGroup',
    summary: 'One organisation as a Group, with its members (the accounts placed in it).',
    scopes: SCIM,
    params: IdParams,
    success: { status: 200, body: ScimGroup, description: 'The Group.' },
    failures: [404],
  },
} as const satisfies Record<string, ApiOperation>;
