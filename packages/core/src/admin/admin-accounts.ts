import type { RequestMeta } from '../accounts/account-deps';
import { sendPasswordResetLink } from '../accounts/password-reset';
import { SignInGuard } from '../accounts/sign-in-guard';
import { Throttle } from '../security/throttle';
import { CHECKED_RECOVERY_LINK_HOURS, issueCheckedRecoveryLink } from '../devices/account-recovery';
import { invalidInput } from '../errors';
import { assertAuthorised, refused, type Actor, type AdminAction } from '../organisations/authorise';
import type { Organisation } from '../organisations/organisation';
import type { ScopedRole } from '../organisations/roles';
import type {
  AccountGrant,
  AccountListing,
  CredentialRecord,
  DeviceRecord,
  StoredAuditEvent,
  UserRecord,
} from '../ports';
import type { AdminDeps } from './admin-deps';
import { scopesFor } from './admin-actor';

/**
 * The admin console's account use cases (issue 14 point 2, docs/adr/0033). Each one calls
 * assertAuthorised() before it reads or changes anything of the target, so a route cannot forget.
 */

export const SEARCH_LIMIT = 50;

/** At most this long: a search box, not a query language. */
const MAX_SEARCH_TEXT = 200;

export interface AccountSearch {
  /** The organisations searched. */
  readonly within: readonly Organisation[];
  readonly accounts: readonly AccountListing[];
}

/**
 * Searches the accounts within the actor's scopes, or within `withinId` when given (which must be
 * in scope: FORBIDDEN otherwise, the same answer whether it exists or not).
 */
export async function searchAccounts(
  deps: Pick<AdminDeps, 'durable'>,
  actor: Actor,
  query: { text: string; withinId?: string | undefined },
): Promise<AccountSearch> {
  const text = query.text.trim().slice(0, MAX_SEARCH_TEXT);
  let withinIds: string[];
  if (query.withinId !== undefined) {
    const organisation = await deps.durable.organisations.get(query.withinId);
    if (!organisation) throw refused('out_of_scope', 'account.search', query.withinId);
    assertAuthorised(actor, 'account.search', { kind: 'organisation', path: organisation.path });
    withinIds = [organisation.id];
  } else {
    withinIds = scopesFor(actor, 'account.search');
  }
  const [within, accounts] = await Promise.all([
    Promise.all(withinIds.map((id) => deps.durable.organisations.get(id))),
    deps.durable.directory.search({ withinIds, text, limit: SEARCH_LIMIT }),
  ]);
  return { within: within.filter((o): o is Organisation => o !== null), accounts };
}

export interface TargetAccount {
  readonly user: UserRecord;
  readonly organisation: Organisation;
  readonly grants: readonly AccountGrant[];
  /** The actor's grant that allowed the action (audited). */
  readonly allowedBy: ScopedRole;
}

/**
 * Loads the account `userId` for `action`, or throws FORBIDDEN: an account out of scope and an
 * account that does not exist get the same answer, so the console tells nobody what lies outside
 * their organisations.
 */
export async function targetAccount(
  deps: { readonly durable: Pick<AdminDeps['durable'], 'users' | 'organisations' | 'roles'> },
  actor: Actor,
  action: AdminAction,
  userId: string,
): Promise<TargetAccount> {
  const [user, organisation, grants] = await Promise.all([
    deps.durable.users.findById(userId),
    deps.durable.organisations.accountOrganisation(userId),
    deps.durable.roles.listForAccount(userId),
  ]);
  if (!user || !organisation) throw refused('out_of_scope', action, userId);
  const allowedBy = assertAuthorised(actor, action, {
    kind: 'account',
    accountId: user.id,
    path: organisation.path,
    grants,
  });
  return { user, organisation, grants, allowedBy };
}

export interface AccountOverview extends TargetAccount {
  /** The organisation's ancestry, root first (names for the page). */
  readonly ancestry: readonly Organisation[];
  readonly devices: readonly DeviceRecord[];
  readonly credentials: readonly CredentialRecord[];
  /** The latest sign-ins, failed ones included, newest first. */
  readonly signIns: readonly StoredAuditEvent[];
  readonly lock: AccountLock;
}

export interface AccountLock {
  /** Locked for everyone (the sign-in guard's account lock). */
  readonly lockedEverywhere: boolean;
  /** Wrong passwords from all networks in the current window. */
  readonly failures: number;
  /**
   * The last lock the audit recorded (from one network or everywhere) while it may still hold: within
   * the lock period and after the last unlock or password reset; null when none. The guard's locks
   * from one network are digests the console cannot read, the audit says when one was set.
   */
  readonly lockedAt: Date | null;
}

/**
 * The last `account.locked` still within its own minutes of `now` (`lockMinutes` for a line that
 * does not say; `untilReset`: until a password reset or an unlock, docs/adr/0063) and not lifted since.
 */
export function recentLock(events: readonly StoredAuditEvent[], now: Date, lockMinutes: number): Date | null {
  // Newest first (AuditLog.list): the first lock or lift found decides.
  for (const event of events) {
    if (event.type === 'account.unlocked' || event.type === 'password.reset') return null;
    if (event.type === 'account.locked') {
      if (event.details['untilReset'] === true) return event.at;
      const minutes = event.details['minutes'];
      const lasts = typeof minutes === 'number' ? minutes : lockMinutes;
      return now.getTime() - event.at.getTime() < lasts * 60_000 ? event.at : null;
    }
  }
  return null;
}

const SIGN_IN_TYPES = new Set(['sign_in.succeeded', 'sign_in.failed', 'account.locked', 'account.unlocked']);

/** An account's page: organisation, methods and devices, last sign-ins, lock state. */
export async function accountOverview(deps: AdminDeps, actor: Actor, userId: string): Promise<AccountOverview> {
  const target = await targetAccount(deps, actor, 'account.view', userId);
  const [ancestry, devices, credentials, events, guardState] = await Promise.all([
    Promise.all(target.organisation.path.map((id) => deps.durable.organisations.get(id))),
    deps.durable.devices.listByUser(userId),
    deps.durable.credentials.listByUser(userId),
    deps.durable.audit.list({ userId, limit: 100 }),
    new SignInGuard(deps.ephemeral, deps.policy).lockState(target.user.email),
  ]);
  return {
    ...target,
    ancestry: ancestry.filter((o): o is Organisation => o !== null),
    // Secrets stay out of the console's reach: the page needs kinds, names and dates only.
    devices: devices.map((d) => ({ ...d, secretCiphertext: '', pushSubscription: null })),
    credentials: credentials.map((c) => ({ ...c, secret: null })),
    signIns: events.filter((e) => SIGN_IN_TYPES.has(e.type)).slice(0, 10),
    lock: { ...guardState, lockedAt: recentLock(events, deps.clock.now(), deps.policy.lockMinutes) },
  };
}

/**
 * Unlocks an account (issue 14 point 2): its lock everywhere and from every network, its failures
 * forgotten, audited with who did it and under which role.
 */
export async function unlockAccount(deps: AdminDeps, actor: Actor, userId: string, meta: RequestMeta): Promise<void> {
  const target = await targetAccount(deps, actor, 'account.unlock', userId);
  // The locks live in the ephemeral store, the audit in the durable one: no transaction spans both
  // (docs/adr/0041 §3). The audit line is written in a transaction that commits only once the
  // unlock succeeded, so a failing audit write unlocks nothing and a failing unlock leaves no line;
  // only a commit lost after the unlock could leave an unlock unrecorded.
  await deps.durable.transaction(async (tx) => {
    await tx.audit.append({
      type: 'account.unlocked',
      userId: target.user.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: deps.clock.now(),
      details: { actor: actor.accountId, role: target.allowedBy.role },
    });
    await new SignInGuard(deps.ephemeral, deps.policy).unlockEverywhere(target.user.email);
  });
}

/**
 * Mails the owner a password-reset link (issue 14 point 2), as "Forgot your password?" does: the
 * helpdesk never sets nor sees a password. The owner's address shares the forgotten-password
 * page's per-address limit, so the console cannot be used to flood a mailbox; audited.
 */
export async function sendPasswordResetByAdmin(
  deps: AdminDeps,
  actor: Actor,
  userId: string,
  meta: RequestMeta,
): Promise<void> {
  const target = await targetAccount(deps, actor, 'account.send_password_reset', userId);
  const { perAddress, windowMinutes } = deps.policy.mailRequests;
  await new Throttle(deps.ephemeral, 'mail-address', perAddress, windowMinutes * 60_000).hit(target.user.email);
  // The audit line first (docs/adr/0041 §3): a mail cannot be part of a transaction, and a link
  // mailed without its line is the harm to avoid; a mailer failure after it over-reports one send.
  await deps.durable.audit.append({
    type: 'account.password_reset_sent',
    userId: target.user.id,
    ip: meta.ip,
    userAgent: meta.userAgent,
    at: deps.clock.now(),
    details: { actor: actor.accountId, role: target.allowedBy.role },
  });
  await sendPasswordResetLink(deps, target.user);
}

/** The reason a second factor was reset: said, and short enough for the audit. */
export const RESET_REASON_MAX = 500;

/**
 * Removes every second factor of an account whose owner lost them (issue 14 point 2, SEC-28): its
 * mobile devices (pending pushes and QR challenges die with them) and its other credentials
 * (authenticator apps, security keys, recovery codes, phone numbers, linked eIDs); ends its sessions. The owner
 * is mailed a CHECKED recovery link (docs/adr/0040): the recovery of docs/adr/0008 — the grant is
 * the browser's that confirms the link, never the console's (SEC-29) — without its waiting period,
 * since the person resetting checked the owner's identity. A recovery already in progress ends:
 * the checked link replaces it.
 * A reason is required and audited with the actor and the counts.
 */
export async function resetSecondFactorByAdmin(
  deps: AdminDeps,
  actor: Actor,
  userId: string,
  rawReason: string | undefined,
  meta: RequestMeta,
): Promise<{ devices: number; credentials: number }> {
  const target = await targetAccount(deps, actor, 'account.reset_second_factor', userId);
  const reason = (rawReason ?? '').trim();
  if (reason === '') throw invalidInput('reason', 'required');
  if (reason.length > RESET_REASON_MAX) throw invalidInput('reason', 'too_long');
  const now = deps.clock.now();
  const removed = await deps.durable.transaction(async (tx) => {
    const devices = await tx.devices.deleteAllOfUser(userId);
    // Its linked eIDs count with the credentials (docs/adr/0042 §5): each one signs in at its level
    // without a password, so one linked by whoever held the account goes with the rest.
    const credentials = (await tx.credentials.deleteByUser(userId)) + (await tx.eidLinks.deleteByUser(userId));
    // Every session ends (a stolen phone's browser too). No recovery grant is made here: the grant
    // is the browser's that confirms the owner's mailed link (account-recovery.ts), never the console's.
    await tx.users.update(userId, { credentialsChangedAt: now, recovery: null });
    await tx.audit.append({
      type: 'account.second_factor_reset',
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: now,
      details: { actor: actor.accountId, role: target.allowedBy.role, reason, devices, credentials },
    });
    return { devices, credentials };
  });
  const token = await issueCheckedRecoveryLink(deps, target.user, actor.accountId, now);
  await deps.mailer.send({
    template: 'second-factor-reset',
    to: target.user.email,
    locale: target.user.emailLocale,
    params: { firstName: target.user.firstName, token, ttlHours: CHECKED_RECOVERY_LINK_HOURS },
  });
  return removed;
}
