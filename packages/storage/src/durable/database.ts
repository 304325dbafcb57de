import type {
  AuditEventType,
  CredentialKind,
  MethodCategory,
  Role,
  CredentialStatus,
  DeviceStatus,
  UserRecord,
} from '@sesame/core';
import type { ColumnType } from 'kysely';

/**
 * Row types shared by both dialects. Instants are written as ISO-8601 text, which SQLite keeps
 * as is and PostgreSQL parses into timestamptz; they read back as text (SQLite) or Date (pg).
 */
type Instant = ColumnType<Date | string, string, string>;
type NullableInstant = ColumnType<Date | string | null, string | null, string | null>;
/** bigserial reads back as a string from pg, integer as a number from SQLite. */
type Serial = ColumnType<number | string, never, never>;

export interface Database {
  users: UsersTable;
  devices: DevicesTable;
  credentials: CredentialsTable;
  account_options: AccountOptionsTable;
  organisations: OrganisationsTable;
  role_assignments: RoleAssignmentsTable;
  audit_events: AuditEventsTable;
  outbox_mail: OutboxMailTable;
  migration_snapshots: MigrationSnapshotsTable;
  migration_subtree_snapshots: MigrationSnapshotsTable;
  reminder_sends: ReminderSendsTable;
  campaign_settings: CampaignSettingsTable;
  campaign_agents: CampaignAgentsTable;
  eid_links: EidLinksTable;
}

/**
 * Migration 0009 (docs/adr/0036): an organisation's own accounts by category, one row a day; the
 * same columns in `migration_subtree_snapshots` (migration 0012, docs/adr/0039) for its subtree's.
 */
export interface MigrationSnapshotsTable {
  day: string;
  organisation_id: string;
  app: number;
  key: number;
  totp: number;
  sms: number;
  password: number;
}

export interface ReminderSendsTable {
  user_id: string;
  last_sent_at: Instant;
}

/** `enabled` is 0/1. */
export interface CampaignSettingsTable {
  organisation_id: string;
  enabled: number;
  snoozes: number;
  snooze_days: number;
  deadline: NullableInstant;
  updated_at: Instant;
  updated_by: string;
}

export interface CampaignAgentsTable {
  user_id: string;
  snoozes: number;
  first_snoozed_at: NullableInstant;
  last_snoozed_at: NullableInstant;
  excluded_reason: string | null;
  excluded_by: string | null;
  excluded_at: NullableInstant;
}

export interface UsersTable {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  email_locale: UserRecord['emailLocale'];
  password_hash: string;
  organisation: string | null;
  /** Migration 0007: NULL means the root organisation. */
  organisation_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON array of strings. */
  roles: string;
  created_at: Instant;
  credentials_changed_at: Instant;
  second_factor_since: NullableInstant;
  recovery_started_at: NullableInstant;
  recovery_ready_at: NullableInstant;
  /** Migration 0008: NULL while the account is active. */
  deactivated_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
  /** Migration 0008: unique when present (an HR system's or a CSV file's identifier). */
  external_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migration 0016 (docs/adr/0055): when the owner chose the account's language; NULL: set for them. */
  language_chosen_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
  /**
   * Migration 0018 (docs/adr/0060): core `accountSearchKeys` of the e-mail and names, what the
   * console's search matches; written by the users' repository with every e-mail and name.
   */
  search_email: string;
  search_first_last: string;
  search_last_first: string;
  /**
   * Migration 0012 (docs/adr/0039): the account's best second factor, kept by the database's
   * triggers on devices and credentials; never written by the application (hence `never`).
   */
  method_category: ColumnType<MethodCategory, never, never>;
  /**
   * Migration 0015 (docs/adr/0054 §6): when the last invitation was mailed; NULL for an account
   * never invited. Read only while the account is invited (no password chosen yet).
   */
  invitation_sent_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
}

export interface DevicesTable {
  id: string;
  user_id: string;
  name: string;
  installation_id: string;
  /** JSON Web Key, as JSON text. */
  public_key_jwk: string;
  secret_key_id: string;
  secret_ciphertext: string;
  /** Web Push subscription, as JSON text. */
  push_subscription: string | null;
  status: DeviceStatus;
  failed_answers: number;
  blocked_until: NullableInstant;
  blocks: number;
  created_at: Instant;
  activated_at: NullableInstant;
  last_used_at: NullableInstant;
}

export interface CredentialsTable {
  id: string;
  user_id: string;
  kind: CredentialKind;
  name: string;
  external_id: string | null;
  secret_key_id: string | null;
  secret_ciphertext: string | null;
  /** JSON text, kind-specific. */
  data: string;
  /** bigint in PostgreSQL: pg reads it back as a string. */
  counter: ColumnType<number | string, number, number>;
  status: CredentialStatus;
  created_at: Instant;
  last_used_at: NullableInstant;
}

/** Migration 0014 (docs/adr/0042): an eID linked to an account, unique by (issuer, subject). */
export interface EidLinksTable {
  id: string;
  user_id: string;
  provider: string;
  issuer: string;
  subject: string;
  created_at: Instant;
  last_used_at: NullableInstant;
}

/** Flags are 0/1 in both dialects (migrations 0006). */
export interface AccountOptionsTable {
  user_id: string;
  always_second_factor: number;
  warn_on_application: number;
  notify_new_browser: number;
  preferred_method: string | null;
  last_used_method: string | null;
}

/** Migration 0007: a materialised path, `/root/dgal/ddpp-35/`. */
export interface OrganisationsTable {
  id: string;
  parent_id: string | null;
  kind: string;
  name: string;
  path: string;
  created_at: Instant;
}

export interface RoleAssignmentsTable {
  user_id: string;
  role: Role;
  scope_id: string;
  granted_at: Instant;
}

export interface AuditEventsTable {
  seq: Serial;
  type: AuditEventType;
  user_id: string | null;
  ip: string | null;
  user_agent: string | null;
  at: Instant;
  /** JSON object. */
  details: string;
  /** `details.actor` when there is one (migration 0011): who acted on the account. */
  actor_id: string | null;
}

export interface OutboxMailTable {
  id: Serial;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  created_at: Instant;
}

export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export function toNullableDate(value: Date | string | null): Date | null {
  return value === null ? null : toDate(value);
}
