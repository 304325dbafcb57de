import type { Actor } from '../organisations/authorise';
import type { Role, ScopedRole } from '../organisations/roles';
import type { DurableRepositories } from '../ports';
import type { AccountListing } from '../ports';
import { scopesFor } from './admin-actor';

/**
 * An OAuth client of the admin REST API or SCIM acts "like a person" (issue 14 point 6,
 * docs/adr/0037): it holds role grants declared with the client (relying-app `oidc.adminApi`),
 * and authorise() decides for it exactly as for a person with the same grants. Its actor id
 * carries a prefix no account id can have (account ids are 8 letters and digits), so rule 3
 * (`own_account`) never matches an account, and the audit says which client acted.
 */
export const API_CLIENT_ACTOR_PREFIX = 'client:';

export function apiClientActorId(clientId: string): string {
  return `${API_CLIENT_ACTOR_PREFIX}${clientId}`;
}

/**
 * The client's grants, each with its scope's ancestry read from the tree. A grant whose
 * organisation does not exist (yet) gives no right at all — never a wider one.
 */
export async function loadApiClientActor(
  durable: Pick<DurableRepositories, 'organisations'>,
  clientId: string,
  roles: readonly { readonly role: Role; readonly organisation: string }[],
): Promise<Actor> {
  const scoped = await Promise.all(
    roles.map(async ({ role, organisation }): Promise<ScopedRole | null> => {
      const found = await durable.organisations.get(organisation);
      return found ? { role, scopePath: found.path } : null;
    }),
  );
  return { accountId: apiClientActorId(clientId), grants: scoped.filter((g): g is ScopedRole => g !== null) };
}

/** The most accounts one API listing reads before filtering; past it the caller narrows the query. */
export const API_LISTING_MAX = 2_000;

/**
 * The accounts within the actor's search scopes whose e-mail or names start with `text` (or whose
 * id is `text`), at most `limit` (≤ API_LISTING_MAX + 1: one more than the most a listing reads,
 * so that the caller can tell "all of them" from "too many"). SCIM narrows by the index with
 * `text`, then filters exactly.
 */
export async function listAccountsForApi(
  deps: { durable: Pick<DurableRepositories, 'directory'> },
  actor: Actor,
  query: { text: string; limit: number },
): Promise<AccountListing[]> {
  const withinIds = scopesFor(actor, 'account.search');
  return deps.durable.directory.search({
    withinIds,
    text: query.text.trim().slice(0, 200),
    limit: Math.min(query.limit, API_LISTING_MAX + 1),
  });
}
