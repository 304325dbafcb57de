import {
  METHOD_CATEGORIES,
  type MethodCategory,
  type MethodCounts,
  type OrganisationCounts,
} from '../ports/migration-repository';

/**
 * The migration dashboard's figures (issue 14 point 3, docs/adr/0036), from the counts the
 * database groups by organisation and category. Pure.
 */

/** The categories that count as an accepted second factor: everything but SMS and the password alone. */
export const ACCEPTED_CATEGORIES: readonly MethodCategory[] = ['app', 'key', 'totp'];

export function isAccepted(category: MethodCategory): boolean {
  return ACCEPTED_CATEGORIES.includes(category);
}

export function emptyCounts(): MethodCounts {
  return { app: 0, key: 0, totp: 0, sms: 0, password: 0 };
}

export function addCounts(a: MethodCounts, b: MethodCounts): MethodCounts {
  return {
    app: a.app + b.app,
    key: a.key + b.key,
    totp: a.totp + b.totp,
    sms: a.sms + b.sms,
    password: a.password + b.password,
  };
}

export interface Figures {
  readonly total: number;
  readonly byMethod: MethodCounts;
  /** Agents with an accepted second factor (the app, a key or platform, an authenticator app). */
  readonly equipped: number;
  /** Agents whose only second factor is SMS: they lose their way in at the sunset. */
  readonly smsHoldouts: number;
  /**
   * Phones to buy, one per agent (the instruction): agents with neither an app device nor another
   * accepted factor — SMS only or the password only.
   */
  readonly phonesToBuy: number;
  /** `equipped / total`, 0 for an empty organisation; 0…1. */
  readonly progress: number;
}

export function figuresOf(counts: MethodCounts): Figures {
  const total = METHOD_CATEGORIES.reduce((sum, c) => sum + counts[c], 0);
  const equipped = counts.app + counts.key + counts.totp;
  return {
    total,
    byMethod: counts,
    equipped,
    smsHoldouts: counts.sms,
    phonesToBuy: counts.sms + counts.password,
    progress: total === 0 ? 0 : equipped / total,
  };
}

/**
 * The counts of `organisationId`'s whole subtree: the sum of every organisation whose ancestry
 * (materialised path) holds it.
 */
export function rolledUp(own: readonly OrganisationCounts[], organisationId: string): MethodCounts {
  return own.filter((o) => o.path.includes(organisationId)).reduce((sum, o) => addCounts(sum, o.counts), emptyCounts());
}

const DAY_MS = 86_400_000;

/** Whole days left before `sunset`, rounded up, never below 0; null without a sunset. */
export function daysLeft(sunset: Date | null, now: Date): number | null {
  if (sunset === null) return null;
  return Math.max(0, Math.ceil((sunset.getTime() - now.getTime()) / DAY_MS));
}

/** `YYYY-MM-DD` of `at` in UTC: the snapshots' day. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function daysBefore(at: Date, days: number): Date {
  return new Date(at.getTime() - days * DAY_MS);
}
