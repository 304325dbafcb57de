import { isUsableDevice } from '../devices/device-blocking';
import { invalidInput } from '../errors';
import type { AccountOptions, DurableRepositories, StoredAccountOptions } from '../ports';
import type { MethodWireName } from '../sign-in/method';

/**
 * "Configure my account" (issue 13 point 5; docs/adr/0030): the second factors an account has, and
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
