import type { RequestMeta } from '../accounts/account-deps';
import { invalidInput } from '../errors';
import { assertAuthorised, refused, authorise, grantAction, mayEver, type Actor } from '../organisations/authorise';
import { ROOT_ORGANISATION_ID, type Organisation } from '../organisations/organisation';
import { checkGrantScope, isRole, ROLES, type Role } from '../organisations/roles';
import type { AdminDeps } from './admin-deps';
import { targetAccount } from './admin-accounts';

/**
 * Granting and taking back administrative roles from the console (issue 14 point 1,
 * docs/adr/0038). A grant is authorised twice (docs/adr/0033 §4): on the account that receives it
 * (`role.grant.<role>` with rules 3 and 4 — nobody grants themselves a role, nor touches an
 * account that outranks them) and on the scope organisation (inside the actor's scope). Taking a
 * role back is ruled as granting it. Both are audited and the owner is mailed.
 */

export type RoleChange = 'granted' | 'revoked';

/** The roles and scopes the actor may grant to `userId`: what the account page offers, nothing more. */
export interface GrantOption {
  readonly role: Role;
  readonly scopes: readonly Organisation[];
}

export async function grantOptions(
  deps: Pick<AdminDeps, 'durable'>,
  actor: Actor,
  userId: string,
): Promise<GrantOption[]> {
  const candidates = ROLES.filter((role) => mayEver(actor, grantAction(role)));
  if (candidates.length === 0) return [];
  const [user, organisation, grants, tree] = await Promise.all([
    deps.durable.users.findById(userId),
    deps.durable.organisations.accountOrganisation(userId),
    deps.durable.roles.listForAccount(userId),
    deps.durable.organisations.list(),
  ]);
  if (!user || !organisation) return [];
  const options: GrantOption[] = [];
  for (const role of candidates) {
    const action = grantAction(role);
    const onAccount = authorise(actor, action, { kind: 'account', accountId: userId, path: organisation.path, grants });
    if (!onAccount.allowed) continue;
    const scopes = tree.filter(
      (o) =>
        checkGrantScope(role, o.id, ROOT_ORGANISATION_ID) &&
        authorise(actor, action, { kind: 'organisation', path: o.path }).allowed,
    );
    if (scopes.length > 0) options.push({ role, scopes });
  }
  return options;
}

/** Grants (`granted`) or takes back (`revoked`) `role` over `scopeId` on the account `userId`. */
export async function changeRole(
  deps: AdminDeps,
  actor: Actor,
  change: RoleChange,
  input: { userId: string; role: string; scopeId: string },
  meta: RequestMeta,
): Promise<void> {
  if (!isRole(input.role)) throw invalidInput('role', 'unknown');
  const role = input.role;
  const action = grantAction(role);
  const target = await targetAccount(deps, actor, action, input.userId);
  const scope = await deps.durable.organisations.get(input.scopeId);
  // Out of scope and unknown get the same answer (docs/adr/0033 §6).
  if (!scope) throw refused('out_of_scope', action, input.scopeId);
  assertAuthorised(actor, action, { kind: 'organisation', path: scope.path });
  if (!checkGrantScope(role, scope.id, ROOT_ORGANISATION_ID)) throw invalidInput('scope', 'malformed');
  const assignment = { userId: target.user.id, role, scopeId: scope.id };
  const now = deps.clock.now();
  const changed = await deps.durable.transaction(async (tx) => {
    const done =
      change === 'granted'
        ? !target.grants.some((g) => g.role === role && g.scopeId === scope.id) &&
          (await tx.roles.grant(assignment, now))
        : await tx.roles.revoke(assignment);
    if (!done) return false;
    await tx.audit.append({
      type: change === 'granted' ? 'role.granted' : 'role.revoked',
      userId: target.user.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: now,
      details: { actor: actor.accountId, role: target.allowedBy.role, [change]: role, scope: scope.id },
    });
    return true;
  });
  // Granting what is held, or taking back what is not: nothing to say, nothing audited.
  if (!changed) return;
  await deps.mailer.send({
    template: 'role-changed',
    to: target.user.email,
    locale: target.user.emailLocale,
    params: { firstName: target.user.firstName, change, role, organisation: scope.name },
  });
}
