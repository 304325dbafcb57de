import { ROLES, type AdminApiScope } from '@sesame/core';
import { LOCALES } from '@sesame/protocol';
import { z } from 'zod';

/**
 * The admin REST API's contract (issue 14 point 6, docs/adr/0037), in zod: the same schemas
 * validate the requests (http/zod-route.ts), filter the responses and generate the OpenAPI 3.1
 * document (openapi.ts, z.toJSONSchema → JSON Schema 2020-12, OpenAPI 3.1's dialect).
 */

export const ADMIN_API_PREFIX = '/api/admin/v1';

const accountId = z.string().min(1).max(64).meta({ description: 'The account’s stable user id (e.g. n0025vuz).' });
const organisationId = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/)
  .meta({ description: 'An organisation id (lower-case letters, digits, inner hyphens).' });
const dateTime = z.iso.datetime();

export const Problem = z
  .object({
    type: z.string().meta({ description: 'about:blank, or a URN naming the Sésame error code.' }),
    title: z.string(),
    status: z.number().int(),
    code: z.string().meta({ description: 'The stable Sésame error code (FORBIDDEN, INVALID_INPUT, …).' }),
    detail: z.string().meta({ description: 'What happened and what to do, in the language of Accept-Language.' }),
    field: z.string().optional(),
    reason: z.string().optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

export const BearerProblem = z
  .object({ error: z.string(), error_description: z.string().optional() })
  .meta({ id: 'BearerError', description: 'RFC 6750 §3.1: also in the WWW-Authenticate header.' });

export const AccountSummary = z
  .object({
    id: accountId,
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    organisationId,
  })
  .meta({ id: 'AccountSummary' });

export const Organisation = z
  .object({
    id: organisationId,
    parentId: organisationId.nullable(),
    kind: z.string(),
    name: z.string(),
    path: z.array(organisationId).meta({ description: 'The ancestry, root first, itself last.' }),
  })
  .meta({ id: 'Organisation' });

export const AccountDetail = z
  .object({
    id: accountId,
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    emailLocale: z.enum(LOCALES),
    externalId: z.string().nullable(),
    active: z.boolean().meta({ description: 'False once deactivated.' }),
    createdAt: dateTime,
    secondFactorSince: dateTime.nullable(),
    organisation: Organisation,
    roles: z.array(z.object({ role: z.enum(ROLES), scope: organisationId })),
    devices: z.array(z.object({ id: z.string(), name: z.string(), status: z.string(), createdAt: dateTime })),
    credentials: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        name: z.string(),
        status: z.string(),
        createdAt: dateTime,
        lastUsedAt: dateTime.nullable(),
      }),
    ),
    lock: z.object({ lockedEverywhere: z.boolean(), failures: z.number().int(), lockedAt: dateTime.nullable() }),
    signIns: z.array(z.object({ type: z.string(), at: dateTime, ip: z.string().nullable() })),
  })
  .meta({ id: 'AccountDetail' });

export const SearchQuery = z.object({
  q: z.string().max(200).optional().meta({ description: 'Start of the e-mail, first or last name; or a whole id.' }),
  within: organisationId.optional().meta({ description: 'Only this organisation’s subtree (must be in scope).' }),
});

export const SearchResult = z
  .object({ within: z.array(Organisation), accounts: z.array(AccountSummary) })
  .meta({ id: 'AccountSearch' });

export const AccountParams = z.object({ id: accountId });
export const OrganisationParams = z.object({ id: organisationId });

export const ResetBody = z.object({
  reason: z.string().max(500).meta({ description: 'Why the second factor is reset (required, audited, SEC-28).' }),
});
export const ResetResult = z.object({ devices: z.number().int(), credentials: z.number().int() });

export const InviteBody = z.object({
  email: z.string().max(254),
  firstName: z.string().max(100),
  lastName: z.string().max(100),
  organisationId,
  externalId: z.string().max(200).optional().meta({ description: 'The HR system’s identifier (unique).' }),
  emailLocale: z.enum(LOCALES).optional().meta({
    description:
      'The account’s language: its mails’, and its pages’ once its owner chose it (then its owner’s to change); the caller’s by default.',
  }),
});

export const OrganisationList = z.object({ organisations: z.array(Organisation) });

/** One operation of the API: what registers the route and what the OpenAPI document says of it. */
export interface ApiOperation {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify's syntax (`:id`); the document writes `{id}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  /** Any one of these scopes is enough. */
  readonly scopes: readonly AdminApiScope[];
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** The success status and body (null: no content). */
  readonly success: { readonly status: number; readonly body: z.ZodType | null; readonly description: string };
  /** The failure statuses besides 401/403/503 (which every operation may answer). */
  readonly failures?: readonly number[];
  /** Takes If-Match (SCIM ETags, RFC 7644 §3.14). */
  readonly ifMatch?: true;
}

const READ: readonly AdminApiScope[] = ['sesame:admin:read', 'sesame:admin:write'];
const WRITE: readonly AdminApiScope[] = ['sesame:admin:write'];

export const REST_OPERATIONS = {
  searchAccounts: {
    method: 'GET',
    path: '/accounts',
    operationId: 'searchAccounts',
    summary: 'Search the accounts within the client’s organisations (at most 50).',
    scopes: READ,
    query: SearchQuery,
    success: { status: 200, body: SearchResult, description: 'The accounts found.' },
    failures: [400],
  },
  getAccount: {
    method: 'GET',
    path: '/accounts/:id',
    operationId: 'getAccount',
    summary: 'An account: organisation, roles, methods and devices, lock, last sign-ins.',
    scopes: READ,
    params: AccountParams,
    success: { status: 200, body: AccountDetail, description: 'The account.' },
  },
  unlockAccount: {
    method: 'POST',
    path: '/accounts/:id/unlock',
    operationId: 'unlockAccount',
    summary: 'Lift every sign-in lock of the account (audited).',
    scopes: WRITE,
    params: AccountParams,
    success: { status: 204, body: null, description: 'Unlocked.' },
  },
  sendPasswordReset: {
    method: 'POST',
    path: '/accounts/:id/password-reset',
    operationId: 'sendPasswordReset',
    summary: 'Mail the owner a password-reset link (audited; shares the per-address mail limit).',
    scopes: WRITE,
    params: AccountParams,
    success: { status: 202, body: null, description: 'The link was mailed.' },
    failures: [429],
  },
  resetSecondFactor: {
    method: 'POST',
    path: '/accounts/:id/second-factor-reset',
    operationId: 'resetSecondFactor',
    summary: 'Remove every second factor of an owner who lost them (reason required; owner mailed; SEC-28).',
    scopes: WRITE,
    params: AccountParams,
    body: ResetBody,
    success: { status: 200, body: ResetResult, description: 'What was removed.' },
    failures: [400],
  },
  inviteAccount: {
    method: 'POST',
    path: '/accounts',
    operationId: 'inviteAccount',
    summary: 'Create an account in an organisation; its owner is mailed a link to choose a password (audited).',
    scopes: WRITE,
    body: InviteBody,
    success: { status: 201, body: AccountSummary, description: 'The account, waiting for its owner.' },
    failures: [400, 409],
  },
  deactivateAccount: {
    method: 'POST',
    path: '/accounts/:id/deactivate',
    operationId: 'deactivateAccount',
    summary: 'Deactivate an account: no sign-in, its sessions end (audited).',
    scopes: WRITE,
    params: AccountParams,
    success: { status: 204, body: null, description: 'Deactivated (or already).' },
  },
  reactivateAccount: {
    method: 'POST',
    path: '/accounts/:id/reactivate',
    operationId: 'reactivateAccount',
    summary: 'Reactivate a deactivated account (audited).',
    scopes: WRITE,
    params: AccountParams,
    success: { status: 204, body: null, description: 'Active again (or already).' },
  },
  deleteAccount: {
    method: 'DELETE',
    path: '/accounts/:id',
    operationId: 'deleteAccount',
    summary: 'Erase an account; the audit keeps the bare identifier, who and when (docs/adr/0035).',
    scopes: WRITE,
    params: AccountParams,
    success: { status: 204, body: null, description: 'Erased.' },
  },
  listOrganisations: {
    method: 'GET',
    path: '/organisations',
    operationId: 'listOrganisations',
    summary: 'The organisations the client may see: its scopes and their subtrees.',
    scopes: READ,
    success: { status: 200, body: OrganisationList, description: 'The organisations, parents first.' },
  },
  getOrganisation: {
    method: 'GET',
    path: '/organisations/:id',
    operationId: 'getOrganisation',
    summary: 'One organisation within the client’s scopes.',
    scopes: READ,
    params: OrganisationParams,
    success: { status: 200, body: Organisation, description: 'The organisation.' },
  },
} as const satisfies Record<string, ApiOperation>;
