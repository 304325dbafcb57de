import type { Locale } from '@sesame/protocol';
import type { AccountOptionsRepository } from './account-options-repository';
import type { CredentialRepository } from './credential-repository';
import type { DeviceRepository } from './device-repository';
import type { EidLinkRepository } from './eid-link-repository';
import type { CampaignRepository, MigrationRepository } from './migration-repository';
import type { AccountDirectory, OrganisationRepository, RoleAssignmentRepository } from './organisation-repository';

/** A person's account. `id` is the stable EU Login-style identifier (e.g. `n0025vuz`). */
export interface UserRecord {
  id: string;
  /** Normalised (trimmed, lower-case); unique. */
  email: string;
  firstName: string;
  lastName: string;
  /**
   * The account's language (docs/adr/0055): of the e-mails we send and, once its owner chose it
   * (`languageChosenAt`), of the portal's pages when signed in (after an explicit choice on the
   * browser and the application's wish, ADR 0045 §1). The language chooser, used while signed in,
   * changes it.
   */
  emailLocale: Locale;
  passwordHash: string;
  /** Free text such as "DDPP 35" or "Operator"; EU Login's `domain`. */
  organisation: string | null;
  roles: string[];
  createdAt: Date;
  /** Sessions authenticated before this instant are no longer valid (password change, reset). */
  credentialsChangedAt: Date;
  /**
   * When the account first had an active second factor (issue 10): from then on, adding,
   * deleting or replacing an authenticator needs a second factor or the recovery path, even with
   * no device left (a PANIC or the deletion of the last device does not clear it). Null: never.
   */
  secondFactorSince: Date | null;
  /** A recovery in progress ("I no longer have my phone"), confirmed from the mailed link. */
  recovery: AccountRecovery | null;
  /**
   * The identifier an HR system or an imported CSV file gives the agent (SCIM `externalId`, issue
   * 14 point 2, docs/adr/0035); unique when present. Stores always fill it (null when none);
   * optional for the accounts that tests and older callers build by hand.
   */
  externalId?: string | null;
  /**
   * When a manager deactivated the account (docs/adr/0035): it cannot sign in, and its sessions and
   * tickets were ended. Null (or absent) while the account is active.
   */
  deactivatedAt?: Date | null;
  /**
   * When the owner last chose the account's language (docs/adr/0055): the chooser used while
   * signed in, the registration form. Null (or absent) when it was set for them (an import, an
   * administrator, SCIM, an eID account): the pages then follow the browser, as before.
   */
  languageChosenAt?: Date | null;
}

export interface AccountRecovery {
  startedAt: Date;
  /** End of the waiting period: from then on, the password alone may add one new device. */
  readyAt: Date;
}

export type NewUser = Omit<UserRecord, 'createdAt' | 'credentialsChangedAt' | 'secondFactorSince' | 'recovery'> & {
  createdAt: Date;
  /** The organisation to place the account in at once (docs/adr/0035: one write per imported agent); the root when absent. */
  organisationId?: string | null;
  /** An invited account: when its invitation is sent (docs/adr/0054 §6); absent for any other. */
  invitationSentAt?: Date | null;
};

export type UserPatch = Partial<
  Pick<
    UserRecord,
    | 'email'
    | 'firstName'
    | 'lastName'
    | 'emailLocale'
    | 'passwordHash'
    | 'credentialsChangedAt'
    | 'secondFactorSince'
    | 'recovery'
    | 'externalId'
    | 'deactivatedAt'
    | 'languageChosenAt'
  >
>;

export interface UserRepository {
  /**
   * Throws SesameError EMAIL_UNAVAILABLE when the e-mail is taken (EXTERNAL_ID_UNAVAILABLE when the
   * external id is); returns false when the id is (caller retries with a new id).
   */
  create(user: NewUser): Promise<boolean>;
  /**
   * Writes these accounts in one statement (the CSV import, 100 lines a transaction, docs/adr/0035):
   * all of them but those whose id is taken, and returns the ids written (the caller draws others
   * for the rest). Throws EMAIL_UNAVAILABLE / EXTERNAL_ID_UNAVAILABLE, writing none, when an
   * address or external id is taken — by a stored account or another of the batch. The ids must
   * differ from one another. At most 1,000 accounts per call.
   */
  createMany(users: readonly NewUser[]): Promise<string[]>;
  findById(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  /** The account an HR system or a CSV file knows by `externalId` (docs/adr/0035). */
  findByExternalId(externalId: string): Promise<UserRecord | null>;
  /**
   * The accounts whose address is one of `emails` or whose external id is one of `externalIds`, in
   * one query (the CSV import looks up a file's lines by the hundred, docs/adr/0035). At most 1,000
   * of each per call. `ids` adds the accounts of those identifiers (a SCIM page read in one query,
   * docs/adr/0041 §5).
   */
  findMany(query: {
    emails: readonly string[];
    externalIds: readonly string[];
    ids?: readonly string[];
  }): Promise<UserRecord[]>;
  /**
   * Erases the account (docs/adr/0035): the row and, with it, its devices, credentials, options,
   * role grants. Audit lines stay, under the bare identifier. False when no such user.
   */
  delete(id: string): Promise<boolean>;
  /**
   * Throws EMAIL_UNAVAILABLE when `patch.email` is taken, EXTERNAL_ID_UNAVAILABLE when
   * `patch.externalId` is. Returns false when no such user.
   */
  update(id: string, patch: UserPatch): Promise<boolean>;
  /**
   * An invitation was mailed again to this account (docs/adr/0054 §6): its `invitationSentAt`,
   * which the CSV export reads to tell an expired invitation. False when no such user.
   */
  recordInvitationSent(id: string, at: Date): Promise<boolean>;
  /**
   * Stores `recovery` only when the account has none (one conditional write: of two links used at
   * once, one starts the waiting period). Returns the recovery the account now has, the one
   * already there if any; null when no such user.
   */
  startRecovery(id: string, recovery: AccountRecovery): Promise<AccountRecovery | null>;
  /**
   * Brings the waiting period of the recovery that started at `startedAt` forward to `readyAt`
   * (a helpdesk identity check, docs/adr/0041 §4), in one conditional write: only that recovery,
   * only when it still ends after `readyAt`. False otherwise (cancelled, completed, another
   * recovery since, already over): a replayed or stale request changes nothing.
   */
  shortenRecovery(id: string, startedAt: Date, readyAt: Date): Promise<boolean>;
  count(): Promise<number>;
}

export interface AuditEvent {
  type: AuditEventType;
  /** The account concerned, when there is one. */
  userId: string | null;
  ip: string | null;
  userAgent: string | null;
  at: Date;
  /** Small, non-secret facts (never a password, token or code). */
  details: Record<string, string | number | boolean>;
}

export type AuditEventType =
  | 'account.created'
  | 'sign_in.succeeded'
  | 'sign_in.failed'
  | 'account.locked'
  | 'sign_out'
  | 'password.changed'
  | 'password.reset'
  | 'email.change_requested'
  | 'email.changed'
  | 'device.enrolled'
  | 'device.renamed'
  | 'device.deleted'
  | 'device.blocked'
  /** A credential of docs/adr/0027 (TOTP, recovery codes, WebAuthn, SMS): `details.kind` says which. */
  | 'credential.enrolled'
  | 'credential.renamed'
  | 'credential.deleted'
  /** "Configure my account": `details` lists the options changed, with their new values. */
  | 'account.options_changed'
  /** The account's language changed (docs/adr/0062): `details.from`, `details.to`, `details.source`. */
  | 'account.language_changed'
  /** A sign-in from a browser new to the account was mailed to its owner (docs/adr/0032 §2). */
  | 'account.new_browser_mailed'
  | 'account.recovery_started'
  | 'account.recovery_cancelled'
  | 'account.recovery_completed'
  /** The recovery's waiting period ended by the helpdesk after an identity check (docs/adr/0041 §4): actor, role, reason. */
  | 'account.recovery_expedited'
  /** An administrative unlock (issue 14): `details.actor` and `details.role` say who, with which role. */
  | 'account.unlocked'
  /** A password-reset link sent by the helpdesk or a manager (issue 14): `details.actor`, `details.role`. */
  | 'account.password_reset_sent'
  /** Every second factor removed by the helpdesk or a manager (issue 14, SEC-28): actor, role, reason, counts. */
  | 'account.second_factor_reset'
  /** A reminder to enrol mailed to a holdout (issue 14 point 3, docs/adr/0036): actor, role, category. */
  | 'campaign.reminder_sent'
  /** "Later" at the registration campaign's page (issue 14 point 4): the count after it. */
  | 'campaign.snoozed'
  /** An agent excluded from the registration campaign (actor, role, reason), or included again. */
  | 'campaign.excluded'
  | 'campaign.included'
  /** An organisation's registration campaign set from the console (actor, role, the settings). */
  | 'campaign.configured'
  /** An account created by a manager, CSV import or API (docs/adr/0035): actor, role, organisation, source. */
  | 'account.invited'
  /** An account's names, external id or organisation changed by an import or the API: actor, role, fields. */
  | 'account.updated'
  /** docs/adr/0035: actor, role. */
  | 'account.deactivated'
  | 'account.reactivated'
  /** Erased (docs/adr/0035): the line keeps the bare identifier, actor and role; no name nor address. */
  | 'account.deleted'
  /** Moved to another organisation: actor, role, from, to. */
  | 'account.moved'
  /** A role granted to the account (issue 14 point 1, docs/adr/0038): actor, role (the actor's), granted, scope. */
  | 'role.granted'
  /** A role taken back from the account: actor, role (the actor's), revoked, scope. */
  | 'role.revoked'
  /** The organisation tree changed by the console (no account concerned): actor, role, organisation, … */
  | 'organisation.created'
  | 'organisation.renamed'
  | 'organisation.moved'
  /** The accounts' CSV export downloaded (docs/adr/0041 §2): actor, role(s), the organisations exported. */
  | 'account.exported'
  /** The migration dashboard's CSV downloaded (docs/adr/0041 §2): actor, role, organisation. */
  | 'dashboard.exported'
  /** An audit export (issue 14 point 5): actor, role, format, the filters, the number of lines. */
  | 'audit.exported'
  /** A retention purge that deleted something (docs/adr/0014, 0038): the counts and cut-offs. */
  | 'audit.purged'
  /** An administrative action refused by authorise() (docs/adr/0038): actor, action, refusal. */
  | 'admin.refused';

export interface StoredAuditEvent extends AuditEvent {
  seq: number;
}

/**
 * The console's audit search (issue 14 point 5, docs/adr/0038): every filter optional but the
 * page size; newest first, by seq; the next page starts before the last seq seen.
 */
export interface AuditQuery {
  /**
   * Only events about accounts placed in these organisations or below them; events about no
   * account only when the root is among them (the whole deployment). Absent: no restriction.
   */
  withinIds?: readonly string[];
  /** Who acted (`details.actor`). */
  actorId?: string;
  /** The account concerned. */
  userId?: string;
  types?: AuditTypeFilter;
  /** From this instant, included. */
  from?: Date;
  /** Up to this instant, excluded. */
  to?: Date;
  beforeSeq?: number;
  limit: number;
}

/** Which event types a retention purge applies to: these only, or all but these. */
export type AuditTypeFilter = { only: readonly AuditEventType[] } | { except: readonly AuditEventType[] };

/**
 * Append-only: there is deliberately no update, and no delete but one — the retention purge
 * (docs/adr/0014): events older than their retention period are deleted, never changed.
 */
export interface AuditLog {
  append(event: AuditEvent): Promise<void>;
  /** Appends these events in one statement, in the order given (the CSV import's chunks). At most 1,000 per call. */
  appendMany(events: readonly AuditEvent[]): Promise<void>;
  /** Newest first. */
  list(query: { userId?: string; limit: number; beforeSeq?: number }): Promise<StoredAuditEvent[]>;
  /** The console's search (issue 14 point 5): newest first, filtered and scoped by `query`. */
  search(query: AuditQuery): Promise<StoredAuditEvent[]>;
  /**
   * Retention only (core retention/purge.ts): deletes at most `limit` events of the `types`
   * whose instant is before `before`, oldest first; returns how many were deleted. Bounded so
   * that one call holds the table briefly; the caller loops while it gets `limit`.
   */
  deleteBefore(types: AuditTypeFilter, before: Date, limit: number): Promise<number>;
}

export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: Date;
}

export interface StoredOutboxMail extends OutboxMail {
  id: number;
}

/** Development mail sink: mails stored instead of sent. */
export interface MailOutbox {
  append(mail: OutboxMail): Promise<number>;
  /** Newest first. */
  list(limit: number): Promise<StoredOutboxMail[]>;
  /** Retention: deletes at most `limit` mails created before `before`, oldest first; returns how many. */
  deleteBefore(before: Date, limit: number): Promise<number>;
}

export interface DurableRepositories {
  users: UserRepository;
  devices: DeviceRepository;
  /** The other second factors: TOTP, recovery codes, WebAuthn, SMS (docs/adr/0027). */
  credentials: CredentialRepository;
  /** "Configure my account" and the last used method (docs/adr/0031). */
  accountOptions: AccountOptionsRepository;
  /** The organisation tree and each account's place in it (docs/adr/0033). */
  organisations: OrganisationRepository;
  /** Who holds which administrative role over which organisation (docs/adr/0033). */
  roles: RoleAssignmentRepository;
  /** Account search within organisations (the admin console, docs/adr/0033). */
  directory: AccountDirectory;
  audit: AuditLog;
  outbox: MailOutbox;
  /** The migration dashboard's counts, snapshots and reminder throttle (docs/adr/0036). */
  migration: MigrationRepository;
  /** The registration campaign: per organisation, and each agent's snoozes and exclusion (docs/adr/0036). */
  campaign: CampaignRepository;
  /** The eIDs linked to accounts (issue 15 point 1; docs/adr/0042). */
  eidLinks: EidLinkRepository;
}

export interface DurableStore extends DurableRepositories {
  readonly kind: 'sqlite' | 'postgres';
  /** Runs `work` in one transaction: all of its writes land, or none. */
  transaction<T>(work: (tx: DurableRepositories) => Promise<T>): Promise<T>;
  /** Rejects when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
