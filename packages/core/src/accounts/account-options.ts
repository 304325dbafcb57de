import type { Strength } from '@sesame/protocol';
import { isUsableDevice } from '../devices/device-blocking';
import { invalidInput, SesameError } from '../errors';
import type {
  AccountOptions,
  Clock,
  DurableRepositories,
  DurableStore,
  StoredAccountOptions,
  UserRecord,
} from '../ports';
import type { MethodWireName } from '../sign-in/method';
import type { RequestMeta } from './account-deps';

/**
 * "Configure my account" (issue 13 point 5; docs/adr/0031): the second factors an account has, and
 * the checks an option change must pass. Read only after the password (and a second factor, for
 * the options page): these facts must never reach someone who only typed an address.
 */

/** What an account's second factors are, by wire name (the chooser after the password). */
export async function accountFactors(
  durable: Pick<DurableRepositories, 'devices' | 'credentials'>,
  userId: string,
  now: Date,
): Promise<MethodWireName[]> {
  const [devices, credentials] = await Promise.all([
    durable.devices.listByUser(userId),
    durable.credentials.listByUser(userId),
  ]);
  const has = new Set<MethodWireName>();
  if (devices.some((d) => isUsableDevice(d, now))) {
    has.add('PASSWORD_MOBILE_APP');
    has.add('PASSWORD_SOFTWARE_TOKEN');
  }
  for (const c of credentials) {
    if (c.status !== 'active') continue;
    if (c.kind === 'totp') has.add('PASSWORD_TOTP');
    if (c.kind === 'webauthn') has.add('PASSWORD_WEBAUTHN');
    if (c.kind === 'sms') has.add('PASSWORD_SMS');
    // A recovery code counts while unused (counter 0, docs/adr/0028).
    if (c.kind === 'recovery-code' && c.counter === 0) has.add('PASSWORD_RECOVERY_CODE');
  }
  return [...has];
}

/** The factors that may stand for "a second factor" when turning "always require" on: not a recovery code. */
export function hasMainFactor(has: readonly MethodWireName[]): boolean {
  return has.some((w) => w !== 'PASSWORD_RECOVERY_CODE' && w !== 'PASSWORD' && w !== 'MOBILE_APP');
}

/** The methods a user may prefer: the second factors proper (never the password nor a recovery code). */
export const PREFERABLE_METHODS: readonly MethodWireName[] = [
  'PASSWORD_MOBILE_APP',
  'PASSWORD_SOFTWARE_TOKEN',
  'PASSWORD_WEBAUTHN',
  'PASSWORD_TOTP',
];

/**
 * Checks a change of options against what the account has, throwing INVALID_INPUT:
 * - "always require a second factor" turned on needs an active second factor other than a recovery
 *   code (`alwaysSecondFactor: not_accepted`), else the account would lock itself out at once;
 * - a preferred method must be one the account has (`preferredMethod: not_accepted`).
 * Turning the option off, or keeping it on, is always possible here: the page itself needs the
 * second factor (step-up), so the password alone never reaches this check.
 */
export function checkOptionsChange(
  before: StoredAccountOptions,
  after: AccountOptions,
  has: readonly MethodWireName[],
): void {
  if (after.alwaysSecondFactor && !before.alwaysSecondFactor && !hasMainFactor(has)) {
    throw invalidInput('alwaysSecondFactor', 'not_accepted');
  }
  const preferred = after.preferredMethod;
  if (preferred !== null && !PREFERABLE_METHODS.some((w) => w === preferred && has.includes(w))) {
    throw invalidInput('preferredMethod', 'not_accepted');
  }
}

/** The options that changed, with their new values: the audit entry's details (no secret in them). */
export function changedOptions(before: AccountOptions, after: AccountOptions): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const key of Object.keys(after) as (keyof AccountOptions)[]) {
    if (before[key] !== after[key]) out[key] = after[key] ?? 'none';
  }
  return out;
}

/**
 * Whether this session may open or change the options (eulogin-facts §4.7: "opening this page may
 * need stronger authentication if a second factor exists"; ASVS 5.0 7.5.1: MFA configuration
 * changes need full authentication): on an account that has or had a second factor, the session
 * must have presented one — the password alone never reaches "always require" (turning it off).
 */
export function mayConfigureAccount(
  user: Pick<UserRecord, 'secondFactorSince'>,
  has: readonly MethodWireName[],
  sessionStrengths: readonly Strength[],
): boolean {
  if (has.length === 0 && user.secondFactorSince === null) return true;
  return sessionStrengths.some((s) => s !== 'PASSWORD');
}

export interface AccountOptionsDeps {
  readonly durable: Pick<DurableStore, 'transaction' | 'accountOptions' | 'devices' | 'credentials'>;
  readonly clock: Clock;
}

/**
 * Saves the options of "Configure my account" (docs/adr/0031): checked first (mayConfigureAccount,
 * checkOptionsChange — SECOND_FACTOR_REQUIRED or INVALID_INPUT, nothing written), then in one
 * transaction the options and their audit entry. Turning "always require a second factor" on also
 * ends every other session of the account (credentialsChangedAt, as a password change does): a
 * session opened with the password alone on another browser must not outlive the option. The
 * caller gives this browser a fresh session. Returns what changed (empty: nothing).
 */
export async function saveAccountOptions(
  deps: AccountOptionsDeps,
  user: UserRecord,
  sessionStrengths: readonly Strength[],
  after: AccountOptions,
  meta: RequestMeta,
): Promise<{ changed: Record<string, string | boolean>; sessionsEnded: boolean }> {
  const now = deps.clock.now();
  const [before, has] = await Promise.all([
    deps.durable.accountOptions.get(user.id),
    accountFactors(deps.durable, user.id, now),
  ]);
  if (!mayConfigureAccount(user, has, sessionStrengths)) throw new SesameError('SECOND_FACTOR_REQUIRED');
  checkOptionsChange(before, after, has);
  const changed = changedOptions(before, after);
  if (Object.keys(changed).length === 0) return { changed, sessionsEnded: false };
  const sessionsEnded = after.alwaysSecondFactor && !before.alwaysSecondFactor;
  await deps.durable.transaction(async (tx) => {
    await tx.accountOptions.set(user.id, after);
    if (sessionsEnded) await tx.users.update(user.id, { credentialsChangedAt: now });
    await tx.audit.append({
      type: 'account.options_changed',
      userId: user.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: now,
      details: changed,
    });
  });
  return { changed, sessionsEnded };
}

/** What the "confirm with your second factor" page may offer a person who lost it (docs/adr/0050 §4). */
export interface LostFactorWays {
  /** A Sésame app's device (active or blocked): "I no longer have my phone" and PANIC fit. */
  readonly mobileDevice: boolean;
  /** A phone number (SMS): "I no longer have my phone" fits, PANIC (devices) does not. */
  readonly phoneNumber: boolean;
  /** Unused recovery codes: the chooser's "use a recovery code" is the way. */
  readonly recoveryCodes: boolean;
}

/**
 * The ways back the account's own factors allow (docs/adr/0050 §4): the confirmation page names a
 * phone only to an account that has one; else its recovery codes, else the helpdesk.
 */
export async function lostFactorWays(
  durable: Pick<DurableRepositories, 'devices' | 'credentials'>,
  userId: string,
): Promise<LostFactorWays> {
  const [devices, credentials] = await Promise.all([
    durable.devices.listByUser(userId),
    durable.credentials.listByUser(userId),
  ]);
  const active = credentials.filter((c) => c.status === 'active');
  return {
    mobileDevice: devices.some((d) => d.status !== 'pending'),
    phoneNumber: active.some((c) => c.kind === 'sms'),
    recoveryCodes: active.some((c) => c.kind === 'recovery-code' && c.counter === 0),
  };
}
