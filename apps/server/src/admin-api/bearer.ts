import { loadApiClientActor, type Actor, type AdminApiScope, type ServiceRegistry } from '@sesame/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import type { AdminApiContext } from '../compose/app-context';

/**
 * Bearer tokens of the admin REST API and SCIM (issue 14 point 6, docs/adr/0037; RFC 6750).
 * A token is an access token issued by our OIDC engine (oidc-provider) with the client-credentials
 * grant, looked up in the provider's own store (opaque tokens, so "introspection" in-process: an
 * expired, revoked or unknown token is not found). It is accepted only when:
 * - it is a client-credentials token (a user's access token from the code flow is another
 *   model: not found here, 401 invalid_token);
 * - its client is still registered with `oidc.adminApi` (a normal OIDC client: 403
 *   insufficient_scope), and
 * - it carries a scope the operation needs, among those the registration allows (a scope the
 *   registration no longer lists counts for nothing).
 * The caller then acts with the client's role grants: authorise() decides as for a person.
 */

export const BEARER_REALM = 'sesame';

export type BearerErrorCode = 'invalid_request' | 'invalid_token' | 'insufficient_scope';

/** An RFC 6750 §3.1 refusal: 401 (no or bad token) or 403 (insufficient scope), with WWW-Authenticate. */
export class BearerError extends Error {
  override readonly name = 'BearerError';
  constructor(
    /** Absent when the request carried no credentials at all (RFC 6750 §3.1: no error code then). */
    readonly error: BearerErrorCode | undefined,
    readonly description: string,
    readonly scope?: string,
  ) {
    super(description);
  }

  get status(): 400 | 401 | 403 {
    if (this.error === 'insufficient_scope') return 403;
    if (this.error === 'invalid_request') return 400;
    return 401;
  }

  /** The WWW-Authenticate challenge (RFC 6750 §3). */
  challenge(): string {
    const parts = [`realm="${BEARER_REALM}"`];
    if (this.error) parts.push(`error="${this.error}"`, `error_description="${this.description}"`);
    if (this.scope) parts.push(`scope="${this.scope}"`);
    return `Bearer ${parts.join(', ')}`;
  }
}

export function isBearerError(error: unknown): error is BearerError {
  return error instanceof BearerError;
}

export interface ApiCaller {
  readonly clientId: string;
  readonly scopes: ReadonlySet<AdminApiScope>;
  readonly actor: Actor;
}

/** The token of `Authorization: Bearer …` (RFC 6750 §2.1); tokens in the query or body are not accepted. */
export function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (header === undefined || header === '') throw new BearerError(undefined, 'a bearer token is required');
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
  if (!match?.[1]) throw new BearerError('invalid_request', 'the Authorization header is not a bearer token');
  return match[1];
}

/** The admin-API grants of a client-credentials token, or a BearerError. */
export async function authenticateCaller(
  ctx: Pick<AdminApiContext, 'provider' | 'registry' | 'admin'>,
  request: FastifyRequest,
  anyOf: readonly AdminApiScope[],
): Promise<ApiCaller> {
  const value = bearerToken(request);
  const token = await findClientCredentials(ctx.provider, value);
  if (!token) throw new BearerError('invalid_token', 'the access token is unknown, expired or revoked');
  const adminApi = adminApiOf(ctx.registry, token.clientId);
  const granted = new Set(
    (token.scope ?? '').split(' ').filter((s): s is AdminApiScope => adminApi?.scopes.includes(s as never) ?? false),
  );
  if (!adminApi || !anyOf.some((s) => granted.has(s))) {
    throw new BearerError('insufficient_scope', 'the access token does not carry the scope needed', anyOf.join(' '));
  }
  const actor = await loadApiClientActor(ctx.admin.durable, token.clientId, adminApi.roles);
  return { clientId: token.clientId, scopes: granted, actor };
}

async function findClientCredentials(
  provider: Provider,
  value: string,
): Promise<{ clientId: string; scope?: string | undefined } | undefined> {
  // oidc-provider's find() returns nothing for an unknown, expired or consumed token.
  const token = await provider.ClientCredentials.find(value);
  if (!token?.clientId) return undefined;
  return { clientId: token.clientId, scope: token.scope };
}

function adminApiOf(registry: ServiceRegistry, clientId: string) {
  return registry.byClientId(clientId)?.oidc?.adminApi;
}

/** Sends an RFC 6750 refusal; the body says it again for a human reading the answer. */
export function sendBearerError(reply: FastifyReply, error: BearerError, body: object): FastifyReply {
  return reply
    .code(error.status)
    .header('www-authenticate', error.challenge())
    .header('cache-control', 'no-store')
    .send(body);
}
