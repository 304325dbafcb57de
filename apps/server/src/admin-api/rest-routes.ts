import {
  accountOverview,
  assertAuthorised,
  deactivateAccount,
  deleteAccount,
  inviteAccount,
  isDeactivated,
  reactivateAccount,
  resetSecondFactorByAdmin,
  scopesFor,
  searchAccounts,
  SesameError,
  sendPasswordResetByAdmin,
  unlockAccount,
  type AccountOverview,
  type Organisation,
  type RequestMeta,
} from '@sesame/core';
import { negotiateLocale } from '@sesame/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { authenticateCaller, type ApiCaller } from './bearer';
import type { AdminApiContext } from '../compose/app-context';
import { ADMIN_API_PREFIX, REST_OPERATIONS, type AccountDetail, type ApiOperation } from './rest-schemas';

/**
 * The admin REST API (issue 14 point 6, docs/adr/0037) under /api/admin/v1: the console's use
 * cases (core admin/), called with the actor of an OAuth client. The route only translates: the
 * use case authorises (authorise() on the target, before anything is read or changed), so a
 * client scoped to DRAAF Bretagne gets 403 on DDPP 75 exactly as a person would.
 */
export function restRoutes(api: FastifyInstance, ctx: AdminApiContext): void {
  const { admin } = ctx;
  const op = REST_OPERATIONS;
  const route = (operation: ApiOperation, handler: Parameters<typeof apiRoute>[3]) =>
    apiRoute(api, ctx, operation, handler, ADMIN_API_PREFIX);

  route(op.searchAccounts, async (caller, request) => {
    const query = request.query as z.output<typeof op.searchAccounts.query>;
    const found = await searchAccounts(admin, caller.actor, { text: query.q ?? '', withinId: query.within });
    return { within: found.within.map(organisationJson), accounts: found.accounts };
  });

  route(op.getAccount, async (caller, request) => {
    const { id } = request.params as { id: string };
    return accountJson(await accountOverview(admin, caller.actor, id));
  });

  route(op.unlockAccount, async (caller, request) => {
    await unlockAccount(admin, caller.actor, (request.params as { id: string }).id, metaOf(request));
    return null;
  });

  route(op.sendPasswordReset, async (caller, request) => {
    await sendPasswordResetByAdmin(admin, caller.actor, (request.params as { id: string }).id, metaOf(request));
    return null;
  });

  route(op.resetSecondFactor, async (caller, request) => {
    const { id } = request.params as { id: string };
    const { reason } = request.body as { reason: string };
    return resetSecondFactorByAdmin(admin, caller.actor, id, reason, metaOf(request));
  });

  route(op.inviteAccount, async (caller, request, reply) => {
    const body = request.body as z.output<typeof op.inviteAccount.body>;
    const user = await inviteAccount(admin, caller.actor, body, metaOf(request), { source: 'api' });
    void reply.header('location', `${ctx.config.publicUrl.replace(/\/$/, '')}${ADMIN_API_PREFIX}/accounts/${user.id}`);
    return {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      organisationId: body.organisationId,
    };
  });

  route(op.deactivateAccount, async (caller, request) => {
    await deactivateAccount(admin, caller.actor, (request.params as { id: string }).id, metaOf(request));
    return null;
  });

  route(op.reactivateAccount, async (caller, request) => {
    await reactivateAccount(admin, caller.actor, (request.params as { id: string }).id, metaOf(request));
    return null;
  });

  route(op.deleteAccount, async (caller, request) => {
    await deleteAccount(admin, caller.actor, (request.params as { id: string }).id, metaOf(request));
    return null;
  });

  route(op.listOrganisations, async (caller) => {
    // The subtrees of the client's scopes: each organisation in them is one authorise() allows.
    const scopes = scopesFor(caller.actor, 'organisation.view');
    const all = await admin.durable.organisations.list();
    const visible = all.filter(
      (o) =>
        scopes.some((s) => o.path.includes(s)) &&
        assertAuthorised(caller.actor, 'organisation.view', { kind: 'organisation', path: o.path }),
    );
    return { organisations: visible.map(organisationJson) };
  });

  route(op.getOrganisation, async (caller, request) => {
    const organisation = await admin.durable.organisations.get((request.params as { id: string }).id);
    // Out of scope and missing look the same (docs/adr/0033 §6).
    if (!organisation) throw new SesameError('FORBIDDEN', { refusal: 'out_of_scope' });
    assertAuthorised(caller.actor, 'organisation.view', { kind: 'organisation', path: organisation.path });
    return organisationJson(organisation);
  });
}

/** Registers one operation of the table: its schemas, its bearer check, its success status. */
export function apiRoute(
  api: FastifyInstance,
  ctx: AdminApiContext,
  operation: ApiOperation,
  handler: (caller: ApiCaller, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
  prefix = '',
): void {
  const { success } = operation;
  api.route({
    method: operation.method,
    url: `${prefix}${operation.path}`,
    schema: {
      ...(operation.params ? { params: operation.params } : {}),
      ...(operation.query ? { querystring: operation.query } : {}),
      ...(operation.body ? { body: operation.body } : {}),
      ...(success.body ? { response: { [success.status]: success.body } } : {}),
    },
    // The token is checked before the body is validated: no detail of the contract to a stranger.
    preValidation: async (request) => {
      request.apiCaller = await authenticateCaller(ctx, request, operation.scopes);
    },
    handler: async (request, reply) => {
      const caller = request.apiCaller;
      if (!caller) throw new Error('preValidation sets the caller');
      const result = await handler(caller, request, reply);
      void reply.header('cache-control', 'no-store');
      if (success.body === null) return reply.code(success.status).send();
      return reply.code(success.status).send(result);
    },
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    apiCaller?: ApiCaller;
  }
}

export function metaOf(request: FastifyRequest): RequestMeta {
  return {
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    locale: negotiateLocale({ acceptLanguage: request.headers['accept-language'] }, 'fr'),
  };
}

export function organisationJson(o: Organisation) {
  return { id: o.id, parentId: o.parentId, kind: o.kind, name: o.name, path: [...o.path] };
}

function accountJson(view: AccountOverview): z.input<typeof AccountDetail> {
  const { user } = view;
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    emailLocale: user.emailLocale,
    externalId: user.externalId ?? null,
    active: !isDeactivated(user),
    createdAt: user.createdAt.toISOString(),
    secondFactorSince: user.secondFactorSince?.toISOString() ?? null,
    organisation: organisationJson(view.organisation),
    roles: view.grants.map((g) => ({ role: g.role, scope: g.scopeId })),
    devices: view.devices.map((d) => ({
      id: d.id,
      name: d.name,
      status: d.status,
      createdAt: d.createdAt.toISOString(),
    })),
    credentials: view.credentials.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      status: c.status,
      createdAt: c.createdAt.toISOString(),
      lastUsedAt: c.lastUsedAt?.toISOString() ?? null,
    })),
    lock: { ...view.lock, lockedAt: view.lock.lockedAt?.toISOString() ?? null },
    signIns: view.signIns.map((e) => ({ type: e.type, at: e.at.toISOString(), ip: e.ip ?? null })),
  };
}
