import { ACTIONS, refused, type Actor, type AdminAction } from '../organisations/authorise';
import { scopeIdOf } from '../organisations/roles';
import type { DurableRepositories } from '../ports';

/** The signed-in person as authorise() sees them: their grants, each with its scope's ancestry. */
export async function loadActor(durable: Pick<DurableRepositories, 'roles'>, accountId: string): Promise<Actor> {
  const grants = await durable.roles.listForAccount(accountId);
  return { accountId, grants: grants.map(({ role, scopePath }) => ({ role, scopePath })) };
}

/**
 * The organisations where the actor may take `action`: the scopes of the grants that allow it,
 * those inside another one left out (a helpdesk of DRAAF Bretagne and of DDPP 35 searches DRAAF
 * Bretagne once). Throws FORBIDDEN `no_role` when there is none: the console's entry refuses a
 * person without any administrative role.
 */
export function scopesFor(actor: Actor, action: AdminAction): string[] {
  const roles: readonly string[] = ACTIONS[action].roles;
  const entitled = actor.grants.filter((g) => roles.includes(g.role));
  if (entitled.length === 0) throw refused('no_role', action);
  const outermost = entitled.filter(
    (g) =>
      !entitled.some(
        (other) => other !== g && g.scopePath.includes(scopeIdOf(other)) && scopeIdOf(other) !== scopeIdOf(g),
      ),
  );
  return [...new Set(outermost.map(scopeIdOf))];
}
