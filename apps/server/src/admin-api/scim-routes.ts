import {
  API_LISTING_MAX,
  assertAuthorised,
  authorise,
  deactivateAccount,
  deleteAccount,
  inviteAccount,
  isDeactivated,
  isSesameError,
  listAccountsForApi,
  reactivateAccount,
  updateAccountDetails,
  scopesFor,
  SesameError,
  targetAccount,
  type Actor,
  type Organisation,
  type UserRecord,
  type TargetAccount,
} from '@sesame/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ApiCaller } from './bearer';
import type { AdminApiContext } from '../compose/app-context';
import { apiRoute, metaOf } from './rest-routes';
import { filterReadsOnly, indexHint, matches, parseFilter, ScimFilterError, type Filter } from './scim-filter';
import {
  ifMatchPasses,
  listResponse,
  RESOURCE_TYPES,
  SCHEMAS,
  scimGroup,
  scimUser,
  SERVICE_PROVIDER_CONFIG,
} from './scim-resources';
import type { ListQuery, PatchOp, ScimUserInput } from './scim-schemas';
import { SCHEMA, SCIM_OPERATIONS, SCIM_PREFIX } from './scim-schemas';

/** A SCIM error (RFC 7644 §3.12): the status, its scimType, a detail for the operator. */
export class ScimError extends Error {
  override readonly name = 'ScimError';
  constructor(
    readonly status: number,
    readonly scimType: string | undefined,
    detail: string,
    cause?: unknown,
  ) {
    super(detail, cause === undefined ? undefined : { cause });
  }
}

export function isScimError(error: unknown): error is ScimError {
  return error instanceof ScimError;
}

const PAGE_MAX = 100;

/** The attributes a User filter can be decided on from the directory's listing alone. */
const LISTING_ATTRIBUTES = new Set([
  'id',
  'username',
  'emails',
  'emails.value',
  'emails.type',
  'emails.primary',
  'value',
  'type',
  'primary',
  'name',
  'name.givenname',
  'name.familyname',
  'name.formatted',
  'displayname',
]);

/**
 * SCIM 2.0 at /scim/v2 (issue 14 point 6; RFC 7643/7644; docs/adr/0037). Every operation acts
 * with the client's actor through core's use cases, so authorise() decides; an account or group
 * out of the client's scope answers 404 exactly like one that does not exist (RFC 7644 §3.4.1;
 * docs/adr/0033 §6: nothing is told about other organisations).
 */
export function scimRoutes(api: FastifyInstance, ctx: AdminApiContext): void {
  const base = ctx.config.publicUrl.replace(/\/$/, '');
  const { admin } = ctx;
  const op = SCIM_OPERATIONS;
  const at = (operation: (typeof op)[keyof typeof op], handler: Parameters<typeof apiRoute>[3]) =>
    apiRoute(api, ctx, operation, handler, SCIM_PREFIX);

  at(op.serviceProviderConfig, async () => SERVICE_PROVIDER_CONFIG(base));
  at(op.resourceTypes, async () => listResponse(RESOURCE_TYPES(base), 2, 1));
  at(op.schemas, async () => listResponse(SCHEMAS(base), 3, 1));

  /** The account as a User, or 404 (missing and out of scope alike). */
  async function loadUser(actor: Actor, id: string) {
    let target: TargetAccount;
    try {
      target = await targetAccount(admin, actor, 'account.view', id);
    } catch (error) {
      if (isSesameError(error, 'FORBIDDEN')) throw notFound(error);
      throw error;
    }
    return {
      target,
      resource: scimUser(base, {
        user: target.user,
        organisation: target.organisation,
        active: !isDeactivated(target.user),
      }),
    };
  }

  at(op.listUsers, async (caller, request) => {
    const query = request.query as z.output<typeof ListQuery>;
    const filter = parse(query.filter);
    const listing = await listAccountsForApi(admin, caller.actor, {
      text: (filter && indexHint(filter)) ?? '',
      limit: API_LISTING_MAX + 1,
    });
    if (listing.length > API_LISTING_MAX) {
      throw new ScimError(400, 'tooMany', `more than ${API_LISTING_MAX} users: narrow the filter (userName eq/sw …)`);
    }
    const organisations = new Map((await admin.durable.organisations.list()).map((o) => [o.id, o]));
    const full = async (subset: typeof listing) => {
      // One query per 1,000 accounts (a page is at most 100), not one per account (docs/adr/0041 §5).
      const found = new Map<string, UserRecord>();
      for (let i = 0; i < subset.length; i += 1_000) {
        const ids = subset.slice(i, i + 1_000).map((l) => l.id);
        for (const user of await admin.durable.users.findMany({ emails: [], externalIds: [], ids })) {
          found.set(user.id, user);
        }
      }
      return subset
        .map((l) => found.get(l.id))
        .filter((u) => u !== undefined)
        .map((user) =>
          scimUser(base, {
            user,
            organisation: organisations.get(subset.find((l) => l.id === user.id)?.organisationId ?? '') ?? null,
            active: !isDeactivated(user),
          }),
        );
    };
    if (filter && !filterReadsOnly(filter, LISTING_ATTRIBUTES)) {
      // The filter needs what only the account's record holds (active, externalId…): read each.
      return page(
        (await full(listing)).filter((r) => matches(filter, r)),
        query,
      );
    }
    // Filtered on what the directory's listing holds; only the page's accounts are read in full
    // (bench/admin-scale.bench.ts: a department of 500 read in full costs 80–200 ms).
    const matching = listing.filter(
      (l) =>
        !filter ||
        matches(filter, {
          id: l.id,
          userName: l.email,
          emails: [{ value: l.email, type: 'work', primary: true }],
          name: { givenName: l.firstName, familyName: l.lastName, formatted: `${l.firstName} ${l.lastName}` },
          displayName: `${l.firstName} ${l.lastName}`,
        }),
    );
    const { startIndex, count } = paging(query);
    const resources = await full(matching.slice(startIndex - 1, startIndex - 1 + count));
    return listResponse(resources, matching.length, startIndex);
  });

  at(op.getUser, async (caller, request, reply) => {
    const { resource } = await loadUser(caller.actor, (request.params as { id: string }).id);
    void reply.header('etag', (resource.meta as { version: string }).version);
    return resource;
  });

  at(op.createUser, async (caller, request, reply) => {
    const input = request.body as z.output<typeof ScimUserInput>;
    const meta = metaOf(request);
    // Create = invite (issue 14 point 2, docs/adr/0035): the owner is mailed to choose a password.
    const user = await inviteAccount(
      admin,
      caller.actor,
      {
        email: input.userName,
        firstName: input.name?.givenName,
        lastName: input.name?.familyName,
        organisationId: organisationOf(caller, input),
        externalId: input.externalId,
        emailLocale: input.preferredLanguage?.slice(0, 2),
      },
      meta,
      { source: 'scim' },
    );
    if (input.active === false) await deactivateAccount(admin, caller.actor, user.id, meta);
    const { resource } = await loadUser(caller.actor, user.id);
    void reply.header('location', (resource.meta as { location: string }).location);
    void reply.header('etag', (resource.meta as { version: string }).version);
    return resource;
  });

  /** Applies the wanted state (names, active) to the account; the userName is the owner's to change. */
  async function apply(caller: ApiCaller, request: FastifyRequest, id: string, wanted: Wanted) {
    const { target, resource } = await loadUser(caller.actor, id);
    if (!ifMatchPasses(request.headers['if-match'], (resource.meta as { version: string }).version)) {
      throw new ScimError(412, undefined, 'the User changed since that version (If-Match)');
    }
    const { user } = target;
    if (wanted.userName !== undefined && wanted.userName.trim().toLowerCase() !== user.email) {
      // The address is the owner's to change, confirmed from the new mailbox (design: e-mail change).
      throw new ScimError(400, 'mutability', 'userName (the e-mail address) is changed by its owner in My account');
    }
    const meta = metaOf(request);
    await updateAccountDetails(
      admin,
      caller.actor,
      id,
      { firstName: wanted.givenName, lastName: wanted.familyName, externalId: wanted.externalId },
      meta,
      { source: 'scim' },
    );
    if (wanted.active === false) await deactivateAccount(admin, caller.actor, id, meta);
    if (wanted.active === true) await reactivateAccount(admin, caller.actor, id, meta);
    return (await loadUser(caller.actor, id)).resource;
  }

  at(op.replaceUser, async (caller, request, reply) => {
    const input = request.body as z.output<typeof ScimUserInput>;
    const resource = await apply(caller, request, (request.params as { id: string }).id, {
      userName: input.userName,
      givenName: input.name?.givenName,
      familyName: input.name?.familyName,
      // RFC 7644 §3.5.1: an attribute left out of a replace is cleared, so no externalId removes it.
      externalId: input.externalId ?? '',
      ...(input.active !== undefined ? { active: input.active } : {}),
    });
    void reply.header('etag', (resource.meta as { version: string }).version);
    return resource;
  });

  at(op.patchUser, async (caller, request, reply) => {
    const patch = request.body as z.output<typeof PatchOp>;
    if (!patch.schemas.includes(SCHEMA.patch))
      throw new ScimError(400, 'invalidSyntax', `schemas must list ${SCHEMA.patch}`);
    const wanted = wantedFromPatch(patch);
    const resource = await apply(caller, request, (request.params as { id: string }).id, wanted);
    void reply.header('etag', (resource.meta as { version: string }).version);
    return resource;
  });

  at(op.deleteUser, async (caller, request) => {
    const id = (request.params as { id: string }).id;
    const { resource } = await loadUser(caller.actor, id);
    if (!ifMatchPasses(request.headers['if-match'], (resource.meta as { version: string }).version)) {
      throw new ScimError(412, undefined, 'the User changed since that version (If-Match)');
    }
    await deleteAccount(admin, caller.actor, id, metaOf(request));
    return null;
  });

  async function groupsInScope(actor: Actor): Promise<Organisation[]> {
    const scopes = scopesFor(actor, 'organisation.view');
    return (await admin.durable.organisations.list()).filter((o) => scopes.some((s) => o.path.includes(s)));
  }

  /** The accounts placed in the organisation itself, when the client may search there. */
  async function membersOf(actor: Actor, organisation: Organisation) {
    if (!authorise(actor, 'account.search', { kind: 'organisation', path: organisation.path }).allowed) return [];
    const listing = await admin.durable.directory.search({
      withinIds: [organisation.id],
      text: '',
      limit: API_LISTING_MAX,
    });
    return listing.filter((l) => l.organisationId === organisation.id);
  }

  at(op.listGroups, async (caller, request) => {
    const query = request.query as z.output<typeof ListQuery>;
    const filter = parse(query.filter);
    // Filtered on id and displayName (members are listed on the page only).
    const matching = (await groupsInScope(caller.actor)).filter(
      (o) => !filter || matches(filter, scimGroup(base, o, [])),
    );
    const { startIndex, count } = paging(query);
    const slice = matching.slice(startIndex - 1, startIndex - 1 + count);
    const resources = await Promise.all(slice.map(async (o) => scimGroup(base, o, await membersOf(caller.actor, o))));
    return listResponse(resources, matching.length, startIndex);
  });

  at(op.getGroup, async (caller, request, reply) => {
    const organisation = await admin.durable.organisations.get((request.params as { id: string }).id);
    if (!organisation) throw notFound();
    try {
      assertAuthorised(caller.actor, 'organisation.view', { kind: 'organisation', path: organisation.path });
    } catch (error) {
      if (isSesameError(error, 'FORBIDDEN')) throw notFound(error);
      throw error;
    }
    const resource = scimGroup(base, organisation, await membersOf(caller.actor, organisation));
    void reply.header('etag', (resource.meta as { version: string }).version);
    return resource;
  });
}

/** 404; `refusal`, when authorise() refused, is kept as the cause for the audit (docs/adr/0041 §1). */
function notFound(refusal?: unknown): ScimError {
  return new ScimError(404, undefined, 'no such resource', refusal);
}

function parse(text: string | undefined): Filter | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return parseFilter(text);
  } catch (error) {
    if (error instanceof ScimFilterError) throw new ScimError(400, 'invalidFilter', error.message);
    throw error;
  }
}

function paging(query: z.output<typeof ListQuery>): { startIndex: number; count: number } {
  // RFC 7644 §3.4.2.4: below 1 is 1; a negative count is 0; the server may cap it.
  const startIndex = Math.max(1, query.startIndex ?? 1);
  const count = Math.min(PAGE_MAX, Math.max(0, query.count ?? PAGE_MAX));
  return { startIndex, count };
}

function page(resources: readonly unknown[], query: z.output<typeof ListQuery>) {
  const { startIndex, count } = paging(query);
  return listResponse(resources.slice(startIndex - 1, startIndex - 1 + count), resources.length, startIndex);
}

/** The organisation a created User goes to: the enterprise extension's `organization`, else the client's only scope. */
function organisationOf(caller: ApiCaller, input: z.output<typeof ScimUserInput>): string {
  const extension = input[SCHEMA.enterprise] as { organization?: unknown } | undefined;
  if (typeof extension?.organization === 'string') return extension.organization;
  const scopes = scopesFor(caller.actor, 'account.invite');
  if (scopes.length === 1 && scopes[0] !== undefined) return scopes[0];
  throw new ScimError(
    400,
    'invalidValue',
    `say the organisation in ${SCHEMA.enterprise}:organization (the client holds several scopes)`,
  );
}

/** A boolean as SCIM clients send it (Entra ID sends "False"). */
function asBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw new ScimError(400, 'invalidValue', 'active must be a boolean');
}

function asName(value: unknown, attribute: string): string {
  if (typeof value !== 'string') throw new ScimError(400, 'invalidValue', `${attribute} must be a string`);
  return value;
}

type Wanted = {
  userName?: string | undefined;
  givenName?: string | undefined;
  familyName?: string | undefined;
  externalId?: string | undefined;
  active?: boolean;
};

/** RFC 7644 §3.5.2: add and replace set single-valued attributes; remove clears (names and active cannot be cleared). */
export function wantedFromPatch(patch: z.output<typeof PatchOp>): Wanted {
  const wanted: Wanted = {};
  const set = (path: string, value: unknown) => {
    const name = path.replace(new RegExp(`^${SCHEMA.user}:`, 'i'), '').toLowerCase();
    if (name === 'active') wanted.active = asBoolean(value);
    else if (name === 'name.givenname') wanted.givenName = asName(value, 'name.givenName');
    else if (name === 'name.familyname') wanted.familyName = asName(value, 'name.familyName');
    else if (name === 'username') wanted.userName = asName(value, 'userName');
    else if (name === 'externalid') wanted.externalId = asName(value, 'externalId');
    else if (name === 'name' && typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) set(`name.${key}`, inner);
    } else if (['displayname', 'name.formatted', 'emails', 'groups', 'preferredlanguage'].includes(name)) {
      // Read-only here (derived from the names, the userName or the tree), or not kept: ignored.
    } else throw new ScimError(400, 'invalidPath', `${path} cannot be changed`);
  };
  for (const operation of patch.Operations) {
    if (operation.op === 'remove') {
      throw new ScimError(400, 'mutability', `${operation.path ?? 'the attribute'} cannot be removed`);
    }
    if (operation.path) set(operation.path, operation.value);
    else if (typeof operation.value === 'object' && operation.value !== null) {
      for (const [key, value] of Object.entries(operation.value)) set(key, value);
    } else throw new ScimError(400, 'invalidValue', 'an operation without path takes an object');
  }
  return wanted;
}

export { SesameError };
