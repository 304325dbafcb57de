import { isLocale, type Locale } from '@sesame/protocol';
import type { RequestMeta } from '../accounts/account-deps';
import { issueLink } from '../accounts/account-links';
import { INVITED_PASSWORD_HASH, invitationPending } from '../accounts/invitation';
import { parseEmail } from '../accounts/email-address';
import { parsePersonName } from '../accounts/person-name';
import { generateUserId } from '../accounts/user-id';
import { collectInputIssues, invalidInput, SesameError } from '../errors';
import { assertAuthorised, refused, authorise, mayEver, type Actor } from '../organisations/authorise';
import type { Organisation } from '../organisations/organisation';
import type { ScopedRole } from '../organisations/roles';
import type { AuditEvent, DurableRepositories, UserRecord } from '../ports';
import type { AdminDeps } from './admin-deps';
import { targetAccount } from './admin-accounts';

export { INVITED_PASSWORD_HASH, invitationPending } from '../accounts/invitation';

/**
 * The account lifecycle of issue 14 point 2 (docs/adr/0035): invite, deactivate, reactivate,
 * delete (erasure), move. Used by the console, the CSV import, the REST API and SCIM alike; each
 * use case calls authorise() (through targetAccount or assertAuthorised) before it reads or changes
 * anything of its target, so no caller decides rights.
 */

/** How long an invitation link works: agents do not all read their mail within the hour of a reset link. */
export const INVITATION_TTL_DAYS = 7;

/** An external id as HR systems and spreadsheets write them: printable, no spaces at the ends. */
export const EXTERNAL_ID_MAX_LENGTH = 128;
// Starts with a letter or digit: a cell opening with = + - @ is a formula to spreadsheets (CSV injection).
const EXTERNAL_ID = /^[\p{L}\p{N}][\p{L}\p{N}._@:\-/+]*$/u;

/** True when the account was deactivated by a manager. */
export function isDeactivated(user: Pick<UserRecord, 'deactivatedAt'>): boolean {
  return user.deactivatedAt !== null && user.deactivatedAt !== undefined;
}

/** An optional external id: undefined or blank gives null. */
export function parseExternalId(raw: string | undefined, field = 'externalId'): string | null {
  const value = (raw ?? '').normalize('NFC').trim();
  if (value === '') return null;
  if ([...value].length > EXTERNAL_ID_MAX_LENGTH) throw invalidInput(field, 'too_long');
  if (!EXTERNAL_ID.test(value)) throw invalidInput(field, 'malformed');
  return value;
}

export interface InvitationInput {
  email?: string | undefined;
  firstName?: string | undefined;
  lastName?: string | undefined;
  /** The organisation the account is created in (required). */
  organisationId?: string | undefined;
  externalId?: string | undefined;
  /** `fr` or `en`; the actor's language when absent. */
  emailLocale?: string | undefined;
}

export interface ParsedInvitation {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly organisationId: string;
  readonly externalId: string | null;
  readonly emailLocale: Locale;
}

/** Validates every field at once (one INVALID_INPUT listing them all, WCAG 3.3.1). */
export function parseInvitation(input: InvitationInput, fallbackLocale: Locale): ParsedInvitation {
  return collectInputIssues({
    email: () => parseEmail(input.email, 'email'),
    firstName: () => parsePersonName(input.firstName, 'firstName'),
    lastName: () => parsePersonName(input.lastName, 'lastName'),
    organisationId: () => {
      const id = (input.organisationId ?? '').trim();
      if (id === '') throw invalidInput('organisationId', 'required');
      return id;
    },
    externalId: () => parseExternalId(input.externalId),
    emailLocale: () => {
      const locale = (input.emailLocale ?? '').trim().toLowerCase();
      if (locale === '') return fallbackLocale;
      if (!isLocale(locale)) throw invalidInput('emailLocale', 'malformed');
      return locale as Locale;
    },
  });
}

/**
 * The organisation `organisationId` if the actor may create or place accounts there
 * ('account.invite'); FORBIDDEN otherwise — the same answer whether it exists or not.
 */
export async function invitableOrganisation(
  deps: Pick<AdminDeps, 'durable'>,
  actor: Actor,
  organisationId: string,
): Promise<{ organisation: Organisation; allowedBy: ScopedRole }> {
  const organisation = await deps.durable.organisations.get(organisationId);
  if (!organisation) throw refused('out_of_scope', 'account.invite', organisationId);
  const allowedBy = assertAuthorised(actor, 'account.invite', { kind: 'organisation', path: organisation.path });
  return { organisation, allowedBy };
}

/**
 * The organisations where the actor may create or place accounts, parents before children (the
 * console's organisation lists). Empty for a person who may invite nowhere.
 */
export async function invitableOrganisations(deps: Pick<AdminDeps, 'durable'>, actor: Actor): Promise<Organisation[]> {
  if (!mayEver(actor, 'account.invite')) return [];
  const all = await deps.durable.organisations.list();
  return all.filter((o) => authorise(actor, 'account.invite', { kind: 'organisation', path: o.path }).allowed);
}

/** Where an account came from, in its audit line. */
export type AccountSource = 'console' | 'import' | 'api' | 'scim';

/**
 * Creates an account in an organisation for its owner to activate (issue 14 point 2): the owner
 * gets a mail with a single-use link to choose a password (the password-reset machinery: the
 * same page, the same single-use link, valid INVITATION_TTL_DAYS). Until then the account has no
 * usable password. Throws INVALID_INPUT (every bad field), FORBIDDEN (organisation out of scope or
 * unknown), EMAIL_UNAVAILABLE, EXTERNAL_ID_UNAVAILABLE; nothing is written then.
 */
export async function inviteAccount(
  deps: AdminDeps,
  actor: Actor,
  input: InvitationInput,
  meta: RequestMeta,
  options: { source?: AccountSource; sendMail?: boolean } = {},
): Promise<UserRecord> {
  const parsed = parseInvitation(input, meta.locale);
  const { organisation, allowedBy } = await invitableOrganisation(deps, actor, parsed.organisationId);
  const user = await deps.durable.transaction((tx) =>
    createInvitedAccount(tx, parsed, organisation, deps.clock.now(), {
      actor: actor.accountId,
      role: allowedBy.role,
      source: options.source ?? 'console',
      meta,
    }),
  );
  if (options.sendMail !== false) await sendInvitation(deps, user, organisation);
  return user;
}

/** Who writes an invited account: the actor, the role that allowed it, where from. */
export interface InvitedBy {
  readonly actor: string;
  readonly role: string;
  readonly source: AccountSource;
  readonly meta: RequestMeta;
}

/**
 * Writes an invited account, its place and its audit line with the repositories of one
 * transaction (the caller's). The CSV import writes its chunks with insertInvitedAccounts.
 */
export async function createInvitedAccount(
  tx: Pick<DurableRepositories, 'users' | 'organisations' | 'audit'>,
  parsed: ParsedInvitation,
  organisation: Organisation,
  now: Date,
  by: InvitedBy,
): Promise<UserRecord> {
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
    const user = invitedUser(generateUserId(), parsed, now);
    // Throws EMAIL_UNAVAILABLE / EXTERNAL_ID_UNAVAILABLE; false only when the drawn id is taken.
    // Placed in its organisation by the same insert (the caller checked it exists and is in reach).
    if (await tx.users.create({ ...user, organisationId: organisation.id, invitationSentAt: now })) {
      await tx.audit.append(invitedEvent(user, organisation, now, by));
      return user;
    }
  }
  throw new SesameError('STORE_UNAVAILABLE');
}

/**
 * Writes invited accounts in one statement (users.createMany), each placed in its organisation,
 * without their audit lines: the caller appends invitedEvent() of each with the rest of its batch,
 * in the same transaction. The accounts come back in the order given. A drawn id that is taken is
 * drawn again, for those accounts only; an address or external id taken throws (nothing written).
 */
export async function insertInvitedAccounts(
  tx: Pick<DurableRepositories, 'users'>,
  invitations: ReadonlyArray<{ readonly parsed: ParsedInvitation; readonly organisation: Organisation }>,
  now: Date,
): Promise<UserRecord[]> {
  const written: Array<UserRecord | undefined> = [];
  let pending = invitations.map((_, index) => index);
  for (let attempt = 0; attempt < ID_ATTEMPTS && pending.length > 0; attempt++) {
    const drawn = new Set<string>();
    const batch = pending.map((index) => {
      let id = generateUserId();
      // Distinct within the batch: a row skipped for another row's id would look written.
      while (drawn.has(id)) id = generateUserId();
      drawn.add(id);
      return { index, user: invitedUser(id, invitations[index]!.parsed, now) };
    });
    const stored = new Set(
      await tx.users.createMany(
        batch.map(({ index, user }) => ({
          ...user,
          organisationId: invitations[index]!.organisation.id,
          invitationSentAt: now,
        })),
      ),
    );
    for (const { index, user } of batch) if (stored.has(user.id)) written[index] = user;
    pending = batch.filter(({ user }) => !stored.has(user.id)).map(({ index }) => index);
  }
  if (pending.length > 0) throw new SesameError('STORE_UNAVAILABLE');
  return written as UserRecord[];
}

/** The audit line of an invited account (`account.invited`). */
export function invitedEvent(user: UserRecord, organisation: Organisation, now: Date, by: InvitedBy): AuditEvent {
  return {
    type: 'account.invited',
    userId: user.id,
    ip: by.meta.ip,
    userAgent: by.meta.userAgent,
    at: now,
    // The language set for the owner (docs/adr/0062 §1): who set it, and which.
    details: {
      actor: by.actor,
      role: by.role,
      organisation: organisation.id,
      source: by.source,
      language: user.emailLocale,
    },
  };
}

/** Draws of an identifier before giving up (36^7 values: a second draw is already rare). */
const ID_ATTEMPTS = 5;

function invitedUser(id: string, parsed: ParsedInvitation, now: Date): UserRecord {
  return {
    id,
    email: parsed.email,
    firstName: parsed.firstName,
    lastName: parsed.lastName,
    emailLocale: parsed.emailLocale,
    passwordHash: INVITED_PASSWORD_HASH,
    organisation: null,
    roles: [],
    createdAt: now,
    credentialsChangedAt: now,
    secondFactorSince: null,
    recovery: null,
    externalId: parsed.externalId,
    deactivatedAt: null,
  };
}

/**
 * Mails the invitation: a password-reset link (payload as password-reset.ts reads it) that lives
 * INVITATION_TTL_DAYS. Sending it again (an invitation lost) issues a new link; the older one
 * keeps working until its owner sets a password, after which both die (the link's issuedAt
 * precedes credentialsChangedAt).
 */
export async function sendInvitation(
  deps: Pick<AdminDeps, 'ephemeral' | 'mailer' | 'clock'>,
  user: UserRecord,
  organisation: Pick<Organisation, 'name'>,
): Promise<void> {
  const token = await issueLink(
    deps.ephemeral,
    'password-reset',
    { userId: user.id, email: user.email, issuedAt: deps.clock.now().getTime() },
    INVITATION_TTL_DAYS * 24 * 60 * 60_000,
  );
  await deps.mailer.send({
    template: 'invitation',
    to: user.email,
    locale: user.emailLocale,
    params: { firstName: user.firstName, token, ttlDays: INVITATION_TTL_DAYS, organisation: organisation.name },
  });
}

/**
 * Until when the last invitation mailed to an account still works (docs/adr/0051): the newest
 * `account.invited` or invitation resend of its audit history plus INVITATION_TTL_DAYS; the
 * account's creation when the history holds none (purged). Null when no invitation is pending
 * (the owner set a password). Past it, the console says "invitation expired" and offers to send
 * it again.
 */
export async function invitationExpiresAt(
  deps: Pick<AdminDeps, 'durable'>,
  user: Pick<UserRecord, 'id' | 'passwordHash' | 'createdAt'>,
): Promise<Date | null> {
  if (!invitationPending(user)) return null;
  const events = await deps.durable.audit.search({
    userId: user.id,
    types: { only: ['account.invited', 'account.password_reset_sent'] },
    limit: 50,
  });
  const last = events.find((e) => e.type === 'account.invited' || e.details.invitation === true);
  return invitationExpiry(last?.at ?? user.createdAt);
}

/** Until when an invitation sent at `sentAt` works: INVITATION_TTL_DAYS later (its link's life). */
export function invitationExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60_000);
}

/**
 * Sends the invitation of an account whose owner has not set a password yet (a lost or expired
 * invitation). Needs 'account.invite' over the account's organisation and 'account.send_password_reset'
 * on the account. Returns false (nothing sent) when the owner already set a password.
 */
export async function resendInvitation(
  deps: AdminDeps,
  actor: Actor,
  userId: string,
  meta: RequestMeta,
): Promise<boolean> {
  const target = await targetAccount(deps, actor, 'account.send_password_reset', userId);
  assertAuthorised(actor, 'account.invite', { kind: 'organisation', path: target.organisation.path });
  if (!invitationPending(target.user)) return false;
  // The audit line before the mail (docs/adr/0041 §3), as sendPasswordResetByAdmin does; with it,
  // the account's time of sending, which the export reads (docs/adr/0054 §6).
  const now = deps.clock.now();
  await deps.durable.transaction(async (tx) => {
    await tx.audit.append({
      type: 'account.password_reset_sent',
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: now,
      details: { actor: actor.accountId, role: target.allowedBy.role, invitation: true },
    });
    await tx.users.recordInvitationSent(userId, now);
  });
  await sendInvitation(deps, target.user, target.organisation);
  return true;
}

/**
 * Deactivates an account (issue 14 point 2): it can no longer sign in (authenticate-password.ts
 * answers ACCOUNT_DEACTIVATED after the right password only), and moving credentialsChangedAt
 * ends its SSO sessions and voids the CAS tickets and OIDC grants issued before (sso-session.ts,
 * cas-deps.ts, provider-configuration.ts). Audited. Returns false when it was already deactivated
 * (nothing changes: idempotent for SCIM and imports).
 */
export async function deactivateAccount(
  deps: AdminDeps,
  actor: Actor,
  userId: string,
  meta: RequestMeta,
): Promise<boolean> {
  const target = await targetAccount(deps, actor, 'account.deactivate', userId);
  if (isDeactivated(target.user)) return false;
  const now = deps.clock.now();
  await deps.durable.transaction(async (tx) => {
    await tx.users.update(userId, { deactivatedAt: now, credentialsChangedAt: now });
    await tx.audit.append({
      type: 'account.deactivated',
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: now,
      details: { actor: actor.accountId, role: target.allowedBy.role },
    });
  });
  return true;
}

/**
 * Gives a deactivated account back its sign-in, with the same right as taking it away
 * ('account.deactivate'). Its credentials are those it had; its sessions stay ended. Returns false
 * when it was active.
 */
export async function reactivateAccount(
  deps: AdminDeps,
  actor: Actor,
  userId: string,
  meta: RequestMeta,
): Promise<boolean> {
  const target = await targetAccount(deps, actor, 'account.deactivate', userId);
  if (!isDeactivated(target.user)) return false;
  const now = deps.clock.now();
  await deps.durable.transaction(async (tx) => {
    await tx.users.update(userId, { deactivatedAt: null });
    await tx.audit.append({
      type: 'account.reactivated',
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: now,
      details: { actor: actor.accountId, role: target.allowedBy.role },
    });
  });
  return true;
}

/**
 * Erases an account (issue 14 point 2, GDPR art. 17; docs/adr/0035): its row with its names,
 * address, password hash, external id, and with it (ON DELETE CASCADE) its devices, other second
 * factors, options and role grants. Its SSO sessions die at their next use (no account). What is
 * kept: the audit lines, under the bare pseudonymous identifier (who did what, when, from where),
 * for the audit's retention period; the identifier no longer leads to a person. The caller asks
 * for the confirmation (the console: the address typed again).
 */
export async function deleteAccount(deps: AdminDeps, actor: Actor, userId: string, meta: RequestMeta): Promise<void> {
  const target = await targetAccount(deps, actor, 'account.delete', userId);
  const now = deps.clock.now();
  await deps.durable.transaction(async (tx) => {
    if (!(await tx.users.delete(userId))) throw new SesameError('FORBIDDEN', { refusal: 'out_of_scope' });
    await tx.audit.append({
      type: 'account.deleted',
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: now,
      details: { actor: actor.accountId, role: target.allowedBy.role, organisation: target.organisation.id },
    });
  });
}

/**
 * Moves an account to another organisation: 'account.move' on the account (where it is) and
 * 'account.invite' on the destination (a local manager moves agents within their subtree only).
 * Returns false when it already is there.
 */
export async function moveAccount(
  deps: AdminDeps,
  actor: Actor,
  userId: string,
  organisationId: string,
  meta: RequestMeta,
): Promise<boolean> {
  const target = await targetAccount(deps, actor, 'account.move', userId);
  const { organisation } = await invitableOrganisation(deps, actor, organisationId);
  if (organisation.id === target.organisation.id) return false;
  const now = deps.clock.now();
  await deps.durable.transaction(async (tx) => {
    if (!(await tx.organisations.placeAccount(userId, organisation.id))) {
      throw new SesameError('FORBIDDEN', { refusal: 'out_of_scope' });
    }
    await tx.audit.append({
      type: 'account.moved',
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: now,
      details: {
        actor: actor.accountId,
        role: target.allowedBy.role,
        from: target.organisation.id,
        to: organisation.id,
      },
    });
  });
  return true;
}

export interface AccountDetailsPatch {
  firstName?: string | undefined;
  lastName?: string | undefined;
  /** A blank string removes the external id. */
  externalId?: string | undefined;
}

/**
 * Changes an account's names or external id (the CSV import's "update", the REST API, SCIM):
 * 'account.update' on the account. Returns the fields that changed (empty: nothing written).
 */
export async function updateAccountDetails(
  deps: AdminDeps,
  actor: Actor,
  userId: string,
  patch: AccountDetailsPatch,
  meta: RequestMeta,
  options: { source?: AccountSource } = {},
): Promise<string[]> {
  const target = await targetAccount(deps, actor, 'account.update', userId);
  const parsed = collectInputIssues({
    firstName: () => (patch.firstName === undefined ? undefined : parsePersonName(patch.firstName, 'firstName')),
    lastName: () => (patch.lastName === undefined ? undefined : parsePersonName(patch.lastName, 'lastName')),
    externalId: () => (patch.externalId === undefined ? undefined : parseExternalId(patch.externalId)),
  });
  const changes = detailChanges(target.user, parsed);
  if (Object.keys(changes).length === 0) return [];
  const fields = Object.keys(changes);
  await deps.durable.transaction(async (tx) => {
    await tx.users.update(userId, changes);
    await tx.audit.append({
      type: 'account.updated',
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: deps.clock.now(),
      details: {
        actor: actor.accountId,
        role: target.allowedBy.role,
        fields: fields.join(','),
        source: options.source ?? 'console',
      },
    });
  });
  return fields;
}

/** The fields of `wanted` that differ from `user` (undefined: left alone). */
export function detailChanges(
  user: Pick<UserRecord, 'firstName' | 'lastName' | 'externalId'>,
  wanted: { firstName?: string | undefined; lastName?: string | undefined; externalId?: string | null | undefined },
): { firstName?: string; lastName?: string; externalId?: string | null } {
  return {
    ...(wanted.firstName !== undefined && wanted.firstName !== user.firstName && { firstName: wanted.firstName }),
    ...(wanted.lastName !== undefined && wanted.lastName !== user.lastName && { lastName: wanted.lastName }),
    ...(wanted.externalId !== undefined &&
      wanted.externalId !== (user.externalId ?? null) && { externalId: wanted.externalId }),
  };
}
