import { SesameError } from '../errors';
import { scopeIdOf, type Role, type ScopedRole } from './roles';

/**
 * The one place where an administrative action is allowed or refused (issue 14 point 1,
 * docs/adr/0033). Every admin route and API operation calls authorise() before it reads or
 * changes anything; nothing else decides. Pure: the caller loads the actor's grants and the
 * target's ancestry, this function only compares them with the table below.
 *
 * The rules, in order:
 * 1. some role of the actor must allow the action (ACTIONS[action].roles) — else `no_role`;
 * 2. one such grant's scope must be the target's organisation or one of its ancestors (a
 *    local manager of DDPP 35 reaches DDPP 35 and below, never its siblings nor its parent) —
 *    else `out_of_scope`; actions that reshape the tree (`strictlyBelowScope`) need the target
 *    strictly below the scope, so that nobody moves their own scope out from under its owner;
 * 3. an action that changes an account never applies to the actor's own account (SEC-28: a
 *    second factor is reset by someone else, with a reason) — else `own_account`;
 * 4. an action that changes an account needs the actor to be able to grant every role the target
 *    holds (no privilege escalation: a helpdesk agent cannot reset a local manager's phone, a
 *    local manager cannot touch an administrator) — else `outranked`.
 */

type TargetKind = 'account' | 'organisation';

interface ActionRule {
  readonly roles: readonly Role[];
  /** The kinds of target the action applies to (a role grant is checked on its account and on its scope). */
  readonly targets: readonly TargetKind[];
  /** Changes the target account: rules 3 and 4 apply. */
  readonly changesAccount?: true;
  /** The target must be strictly below the scope (tree reshaping). */
  readonly strictlyBelowScope?: true;
}

const ALL_BUT_AUDITOR = ['administrator', 'local_manager', 'helpdesk'] as const;
const MANAGERS = ['administrator', 'local_manager'] as const;
const READERS_OF_AUDIT = ['administrator', 'local_manager', 'auditor'] as const;
const ACCOUNT_CHANGE = { targets: ['account'], changesAccount: true } as const;
const ON_ORGANISATION = { targets: ['organisation'] } as const;
const GRANT = { targets: ['account', 'organisation'], changesAccount: true } as const;

/** Action → the roles that may take it. Issue 14 point 1: helpdesk = search, unlock, reset a lost factor. */
export const ACTIONS = {
  'account.search': { roles: ALL_BUT_AUDITOR, ...ON_ORGANISATION },
  'account.view': { roles: ALL_BUT_AUDITOR, targets: ['account'] },
  'account.unlock': { roles: ALL_BUT_AUDITOR, ...ACCOUNT_CHANGE },
  'account.send_password_reset': { roles: ALL_BUT_AUDITOR, ...ACCOUNT_CHANGE },
  'account.reset_second_factor': { roles: ALL_BUT_AUDITOR, ...ACCOUNT_CHANGE },
  /**
   * End the waiting period of the owner's own recovery after checking their identity (docs/adr/0041
   * §4): a helpdesk action like the reset of a lost factor, and ruled as one.
   */
  'account.expedite_recovery': { roles: ALL_BUT_AUDITOR, ...ACCOUNT_CHANGE },
  'account.deactivate': { roles: MANAGERS, ...ACCOUNT_CHANGE },
  'account.delete': { roles: MANAGERS, ...ACCOUNT_CHANGE },
  'account.move': { roles: MANAGERS, ...ACCOUNT_CHANGE },
  /** Names and external id (CSV import, REST API, SCIM; docs/adr/0035). */
  'account.update': { roles: MANAGERS, ...ACCOUNT_CHANGE },
  /** Invite, import or move an account into this organisation. */
  'account.invite': { roles: MANAGERS, ...ON_ORGANISATION },
  'account.export': { roles: MANAGERS, ...ON_ORGANISATION },
  'dashboard.view': { roles: MANAGERS, ...ON_ORGANISATION },
  'reminders.send': { roles: MANAGERS, ...ON_ORGANISATION },
  'campaign.configure': { roles: MANAGERS, ...ON_ORGANISATION },
  /**
   * Excluding an agent from the registration campaign, or including them again (issue 14 point
   * 4, docs/adr/0036): it changes what the account must do at sign-in, so rules 3 and 4 apply —
   * nobody excuses themselves from enrolling, nor an account holding a role they could not grant.
   */
  'campaign.exclude': { roles: MANAGERS, ...ACCOUNT_CHANGE },
  'audit.view': { roles: READERS_OF_AUDIT, ...ON_ORGANISATION },
  'audit.export': { roles: READERS_OF_AUDIT, ...ON_ORGANISATION },
  'organisation.view': { roles: ['administrator', 'local_manager', 'helpdesk', 'auditor'], ...ON_ORGANISATION },
  /** Target: the parent of the organisation to create. */
  'organisation.create': { roles: MANAGERS, ...ON_ORGANISATION },
  'organisation.rename': { roles: MANAGERS, ...ON_ORGANISATION, strictlyBelowScope: true },
  /** Checked on the organisation moved and on its new parent. */
  'organisation.move': { roles: MANAGERS, ...ON_ORGANISATION, strictlyBelowScope: true },
  'role.grant.administrator': { roles: ['administrator'], ...GRANT },
  'role.grant.local_manager': { roles: MANAGERS, ...GRANT },
  'role.grant.helpdesk': { roles: MANAGERS, ...GRANT },
  'role.grant.auditor': { roles: ['administrator'], ...GRANT },
  /** Deployment-wide settings (relying apps, policies): the root only, hence administrators only. */
  'settings.manage': { roles: ['administrator'], ...ON_ORGANISATION },
} as const satisfies Record<string, ActionRule>;

export type AdminAction = keyof typeof ACTIONS;
export const ADMIN_ACTIONS = Object.keys(ACTIONS) as AdminAction[];

/** Revoking a role is ruled as granting it: who may give it may take it back. */
export function grantAction(role: Role): AdminAction {
  return `role.grant.${role}`;
}

export interface Actor {
  readonly accountId: string;
  readonly grants: readonly ScopedRole[];
}

export type AdminTarget =
  | {
      readonly kind: 'account';
      readonly accountId: string;
      /** The account's organisation's ancestry, root … organisation. */
      readonly path: readonly string[];
      /** The roles the target account holds (rule 4). */
      readonly grants: readonly ScopedRole[];
    }
  | { readonly kind: 'organisation'; readonly path: readonly string[] };

export type AuthorisationRefusal = 'no_role' | 'out_of_scope' | 'own_account' | 'outranked';

export type Authorisation =
  | { readonly allowed: true; readonly grant: ScopedRole }
  | { readonly allowed: false; readonly reason: AuthorisationRefusal };

export function authorise(actor: Actor, action: AdminAction, target: AdminTarget): Authorisation {
  const rule: ActionRule = ACTIONS[action];
  if (!rule.targets.includes(target.kind)) throw new Error(`${action} does not apply to an ${target.kind}`);
  const entitled = actor.grants.filter((g) => rule.roles.includes(g.role));
  if (entitled.length === 0) return { allowed: false, reason: 'no_role' };
  const grant = entitled.find((g) => reaches(g, target.path, rule.strictlyBelowScope === true));
  if (!grant) return { allowed: false, reason: 'out_of_scope' };
  if (target.kind === 'account' && rule.changesAccount) {
    if (target.accountId === actor.accountId) return { allowed: false, reason: 'own_account' };
    const outranked = target.grants.some((held) => !canGrant(actor.grants, held));
    if (outranked) return { allowed: false, reason: 'outranked' };
  }
  return { allowed: true, grant };
}

/** authorise(), throwing FORBIDDEN (HTTP 403) with the refusal's reason when refused. */
export function assertAuthorised(actor: Actor, action: AdminAction, target: AdminTarget): ScopedRole {
  const decision = authorise(actor, action, target);
  if (!decision.allowed) {
    throw refused(decision.reason, action, target.kind === 'account' ? target.accountId : (target.path.at(-1) ?? ''));
  }
  return decision.grant;
}

/**
 * The FORBIDDEN of a refusal, carrying what the audit's `admin.refused` line records (docs/adr/0041
 * §1): why, which action, and the target as the caller named it. A target that does not exist is
 * refused as one out of scope (docs/adr/0033 §6), with the same details.
 */
export function refused(reason: AuthorisationRefusal, action?: AdminAction, target?: string): SesameError {
  return new SesameError('FORBIDDEN', {
    refusal: reason,
    ...(action !== undefined && { action }),
    ...(target !== undefined && { target }),
  });
}

/** Whether any grant of the actor may take `action` somewhere (the console shows its menus by this). */
export function mayEver(actor: Pick<Actor, 'grants'>, action: AdminAction): boolean {
  const rule: ActionRule = ACTIONS[action];
  return actor.grants.some((g) => rule.roles.includes(g.role));
}

function reaches(grant: ScopedRole, targetPath: readonly string[], strictly: boolean): boolean {
  const at = targetPath.indexOf(scopeIdOf(grant));
  return at >= 0 && (!strictly || at < targetPath.length - 1);
}

/** Rule 4: the actor holds a grant that allows granting `held` over its scope. */
function canGrant(grants: readonly ScopedRole[], held: ScopedRole): boolean {
  const rule: ActionRule = ACTIONS[grantAction(held.role)];
  return grants.some((g) => rule.roles.includes(g.role) && reaches(g, held.scopePath, false));
}
