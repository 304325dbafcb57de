import { levelOf, type Strength } from '@sesame/protocol';
import { SesameError } from '../errors';
import type { DeviceRecord, UserRecord } from '../ports';
import { recoveryConfirmedHere } from './account-recovery';
import type { DeviceDeps } from './device-deps';

/**
 * Who may add, delete or replace an authenticator (issue 10; SEC-27; NIST SP 800-63B rev 3
 * §6.1.2.1: binding needs the AAL the authenticator will be used at; ASVS 5.0 7.5.1). The ONE
 * place the rule lives: every route and core entry point that changes an account's factors asks
 * it. On an account that has, or ever had, a second factor — blocked devices included — the
 * session must have presented a second factor (MEDIUM or more), or the account must hold a
 * recovery grant whose waiting period is over. Only an account that never had a second factor
 * may enrol its first device with the password alone (the instruction's annex, first enrolment).
 * Renaming a device changes no factor and is not asked here.
 */
export type AuthenticatorChangeVerdict =
  | { allowed: true; via: 'second_factor' | 'first_enrolment' | 'recovery' }
  | { allowed: false; reason: 'second_factor_required' };

export interface AuthenticatorChangeInput {
  user: Pick<UserRecord, 'secondFactorSince' | 'recovery'>;
  /** Every device of the account, whatever its status. */
  devices: ReadonlyArray<Pick<DeviceRecord, 'status'>>;
  /** The strengths this session presented. */
  sessionStrengths: readonly Strength[];
  /** This browser confirmed the recovery's link (account-recovery.ts recoveryConfirmedHere). */
  recoveryConfirmedHere?: boolean;
  now: Date;
}

/** True when the account has or had a second factor: a pending device does not count. */
export function hasOrHadSecondFactor(
  user: Pick<UserRecord, 'secondFactorSince'>,
  devices: ReadonlyArray<Pick<DeviceRecord, 'status'>>,
): boolean {
  return user.secondFactorSince !== null || devices.some((d) => d.status !== 'pending');
}

/** A recovery whose waiting period is over (account-recovery.ts). */
export function recoveryGranted(user: Pick<UserRecord, 'recovery'>, now: Date): boolean {
  return user.recovery !== null && user.recovery.readyAt.getTime() <= now.getTime();
}

export function mayChangeAuthenticators(input: AuthenticatorChangeInput): AuthenticatorChangeVerdict {
  const level = levelOf(input.sessionStrengths);
  if (level !== null && level !== 'BASIC') return { allowed: true, via: 'second_factor' };
  if (!hasOrHadSecondFactor(input.user, input.devices)) return { allowed: true, via: 'first_enrolment' };
  // The grant is the browser's that confirmed the link: not the password's alone (issue 10).
  if (input.recoveryConfirmedHere === true && recoveryGranted(input.user, input.now)) {
    return { allowed: true, via: 'recovery' };
  }
  return { allowed: false, reason: 'second_factor_required' };
}

/**
 * True when the account holds nothing a session could confirm with: no device but pending ones
 * (a blocked one works again when its block ends), no active credential, recovery codes included —
 * after a helpdesk reset or a PANIC. Refused a change of factors, such an account is shown the way
 * back (the recovery, docs/adr/0040), not "confirm with your second factor", which would be a dead end.
 */
export async function nothingToConfirmWith(deps: Pick<DeviceDeps, 'durable'>, userId: string): Promise<boolean> {
  const devices = await deps.durable.devices.listByUser(userId);
  if (devices.some((d) => d.status !== 'pending')) return false;
  const credentials = await deps.durable.credentials.listByUser(userId);
  return !credentials.some((c) => c.status === 'active');
}

/** The rule against the store's current state; SECOND_FACTOR_REQUIRED when refused. */
export async function assertMayChangeAuthenticators(
  deps: Pick<DeviceDeps, 'durable' | 'ephemeral'>,
  userId: string,
  sessionStrengths: readonly Strength[],
  now: Date,
  /** The browser's recovery cookie, if any (recoveryConfirmedHere). */
  recoveryBrowserToken?: string,
): Promise<Extract<AuthenticatorChangeVerdict, { allowed: true }>> {
  const user = await deps.durable.users.findById(userId);
  if (user === null) throw new SesameError('SECOND_FACTOR_REQUIRED');
  const devices = await deps.durable.devices.listByUser(userId);
  const here = await recoveryConfirmedHere(deps, user, recoveryBrowserToken);
  const verdict = mayChangeAuthenticators({ user, devices, sessionStrengths, recoveryConfirmedHere: here, now });
  if (!verdict.allowed) throw new SesameError('SECOND_FACTOR_REQUIRED');
  return verdict;
}
