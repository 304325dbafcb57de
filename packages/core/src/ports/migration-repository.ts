import type { Locale } from '@sesame/protocol';

/**
 * The migration off SMS (issue 14 points 3–4, docs/adr/0036): what the dashboard counts, the
 * daily snapshots its chart draws, the reminders' throttle, and the registration campaign.
 */

/**
 * How an account signs in, each account in exactly one category, the best it holds first: the
 * Sésame app (an active or blocked device), a security key or platform (WebAuthn), an
 * authenticator app (TOTP), SMS only, the password only. Recovery codes are no factor of their own.
 */
export const METHOD_CATEGORIES = ['app', 'key', 'totp', 'sms', 'password'] as const;
export type MethodCategory = (typeof METHOD_CATEGORIES)[number];
export type MethodCounts = Readonly<Record<MethodCategory, number>>;

/** The accounts placed in one organisation itself (not its subtree), by category. */
export interface OrganisationCounts {
  readonly organisationId: string;
  /** The organisation's ancestry, root … itself (from the materialised path): the roll-up adds it to each. */
  readonly path: readonly string[];
  readonly counts: MethodCounts;
}

/** One day of the chart: the counts of a subtree that day. */
export interface SnapshotPoint {
  /** `YYYY-MM-DD`, UTC. */
  readonly day: string;
  readonly counts: MethodCounts;
}

/** An agent without an accepted second factor: SMS only or the password only. */
export interface Holdout {
  readonly id: string;
  readonly email: string;
  readonly firstName: string;
  readonly emailLocale: Locale;
  readonly organisationId: string;
  readonly category: 'sms' | 'password';
}

export interface MigrationRepository {
  /**
   * The accounts of each organisation of `withinId`'s subtree, by category (the organisations
   * without accounts left out), counted in the database: one grouped query over the subtree
   * found by the materialised path, by each account's category as the store keeps it — always
   * equal to `categoryOf` (docs/adr/0039). Empty when `withinId` does not exist.
   */
  countsBySubtree(withinId: string): Promise<OrganisationCounts[]>;
  /** The holdouts of `withinId`'s subtree, by id, at most `limit`. */
  holdouts(withinId: string, limit: number): Promise<Holdout[]>;
  /** One account's category, computed from its factors (the definition); null when no such account. */
  categoryOf(userId: string): Promise<MethodCategory | null>;
  /**
   * Writes (or rewrites) the day's counts of every organisation given, and of each one's subtree
   * rolled up by the paths given (docs/adr/0039).
   */
  recordSnapshot(day: string, counts: readonly OrganisationCounts[]): Promise<void>;
  /** Whether a snapshot of `day` exists. */
  hasSnapshot(day: string): Promise<boolean>;
  /**
   * The days from `fromDay` on that have a snapshot, oldest first, each with `withinId`'s subtree
   * as it was that day (an organisation moved since counts where it was then).
   */
  snapshotSeries(withinId: string, fromDay: string): Promise<SnapshotPoint[]>;
  /**
   * The reminders' throttle, one conditional write: true when the account had no reminder since
   * `notBefore` — and `at` is now its last one; false otherwise (of two sends at once, one wins).
   */
  claimReminder(userId: string, at: Date, notBefore: Date): Promise<boolean>;
  /** Gives back a claim whose mail could not be sent (only when `at` is still its last reminder). */
  releaseReminder(userId: string, at: Date): Promise<void>;
}

/** An organisation's registration campaign, as set from the console. */
export interface CampaignSettings {
  readonly enabled: boolean;
  /** How many times "Later" may be chosen. */
  readonly snoozes: number;
  /** How many days after the first "Later" the enrolment becomes required. */
  readonly snoozeDays: number;
  /** From then on the enrolment is required, whatever the snoozes; null: none. */
  readonly deadline: Date | null;
}

export interface StoredCampaignSettings extends CampaignSettings {
  readonly organisationId: string;
}

/** One agent's state in the campaign. */
export interface CampaignAgent {
  readonly snoozes: number;
  readonly firstSnoozedAt: Date | null;
  readonly exclusion: { readonly reason: string; readonly by: string; readonly at: Date } | null;
}

export interface CampaignRepository {
  /** The settings stored for these organisations (an ancestry), in no particular order. */
  settingsFor(organisationIds: readonly string[]): Promise<StoredCampaignSettings[]>;
  /** False when the organisation does not exist. */
  setSettings(organisationId: string, settings: CampaignSettings, at: Date, by: string): Promise<boolean>;
  /** The agent's state; null when never snoozed nor excluded. */
  agent(userId: string): Promise<CampaignAgent | null>;
  /**
   * "Later", one conditional write: counts one more snooze only while fewer than `maxSnoozes`
   * were counted and the first is not older than `notBefore`; returns the new count, or null when
   * refused. The count is never lowered by the agent (only exclusion changes the campaign for them).
   */
  snooze(userId: string, at: Date, maxSnoozes: number, notBefore: Date): Promise<number | null>;
  /** False when no such account. */
  exclude(userId: string, exclusion: { reason: string; by: string; at: Date }): Promise<boolean>;
  /** True when the account was excluded and no longer is. */
  include(userId: string): Promise<boolean>;
}
