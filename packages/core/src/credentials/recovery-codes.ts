import type { Strength } from '@sesame/protocol';
import { assertMayChangeAuthenticators } from '../devices/authenticator-change-policy';
import type { DeviceActor, DeviceDeps } from '../devices/device-deps';
import { SesameError } from '../errors';
import type { CredentialRecord, PasswordHasher } from '../ports';
import { randomToken } from '../security/random-token';
import { formatRecoveryCode, randomRecoveryCode, type RecoveryCodeParts } from './recovery-code-format';

/**
 * Recovery codes (issue 13 point 3; SEC-29; docs/adr/0028): ten single-use codes the user keeps
 * on paper, for the day every device is lost. One credential per code in the store of
 * docs/adr/0027 (kind 'recovery-code'): its public id in `externalId`, its secret only as an
 * argon2id hash in `data` — NIST SP 800-63B rev 4 §3.1.2.2: a look-up secret of fewer than 112
 * bits is stored salted and hashed with a password hashing scheme —, `counter` 0 while unused and
 * 1 once used (advanceCounter: single use). The codes are shown once and never stored in clear.
 */
export const RECOVERY_CODE_COUNT = 10;

export type RecoveryCodeDeps = Pick<DeviceDeps, 'durable' | 'ephemeral' | 'mailer'> & {
  /** The accounts' argon2id hasher (AccountDeps.hasher). */
  readonly hasher: PasswordHasher;
};

/** The public data of a recovery-code credential. */
interface RecoveryCodeData {
  /** The secret part's password hash (salted, argon2id in the server). */
  readonly hash: string;
}

/** `(kind, externalId)` is unique across users: the public id is scoped by its owner. */
export function recoveryCodeExternalId(userId: string, id: string): string {
  return `${userId}:${id}`;
}

/** The hash of a recovery-code credential ('' when its data is unreadable: it matches nothing). */
export function recoveryCodeHash(credential: Pick<CredentialRecord, 'data'>): string {
  try {
    const data = JSON.parse(credential.data) as Partial<RecoveryCodeData>;
    return typeof data.hash === 'string' ? data.hash : '';
  } catch {
    return '';
  }
}

/** Unused: active and never advanced. */
export const isUnusedRecoveryCode = (c: Pick<CredentialRecord, 'status' | 'counter'>): boolean =>
  c.status === 'active' && c.counter === 0;

/** How many of the user's codes are still unused ("Manage my recovery codes", the use mail). */
export async function remainingRecoveryCodes(deps: Pick<DeviceDeps, 'durable'>, userId: string): Promise<number> {
  return (await deps.durable.credentials.listByUser(userId, 'recovery-code')).filter(isUnusedRecoveryCode).length;
}

/**
 * Whether the account has a second factor to recover: an active device, or an active credential
 * that is not a recovery code. Codes for an account without one would be a first factor in
 * disguise, so they are offered — and made — only then (issue 13: "offered after the first factor
 * is enrolled").
 */
export async function hasFactorToRecover(deps: Pick<DeviceDeps, 'durable'>, userId: string): Promise<boolean> {
  const devices = await deps.durable.devices.listByUser(userId);
  if (devices.some((d) => d.status === 'active')) return true;
  const credentials = await deps.durable.credentials.listByUser(userId);
  return credentials.some((c) => c.kind !== 'recovery-code' && c.status === 'active');
}

/**
 * The server's predicate for "Keep these recovery codes" after an enrolment: the account has a
 * factor to recover and no codes yet (used-up codes count as having had some: the manage page
 * offers to regenerate them, with its own count).
 */
export async function shouldOfferRecoveryCodes(deps: Pick<DeviceDeps, 'durable'>, userId: string): Promise<boolean> {
  if (!(await hasFactorToRecover(deps, userId))) return false;
  return (await deps.durable.credentials.listByUser(userId, 'recovery-code')).length === 0;
}

/** `count` codes whose public ids differ (the secret parts are 80 random bits each). */
function distinctCodes(count: number): RecoveryCodeParts[] {
  const codes = new Map<string, RecoveryCodeParts>();
  while (codes.size < count) {
    const code = randomRecoveryCode();
    if (!codes.has(code.id)) codes.set(code.id, code);
  }
  return [...codes.values()];
}

/**
 * Makes a new set of RECOVERY_CODE_COUNT codes and returns them, formatted, for the one page that
 * shows them; every earlier code of the user is deleted in the same transaction (regenerating
 * replaces the set). Needs what mayChangeAuthenticators says (SEC-27: a recovery code is an
 * authenticator; a password alone may not add one to an account with a second factor), and a
 * factor to recover (NO_ACTIVE_DEVICE otherwise). The owner is mailed (SEC-27: an independent
 * channel) and the audit says `credential.enrolled`, kind 'recovery-code', with the count.
 */
export async function generateRecoveryCodes(
  deps: RecoveryCodeDeps,
  userId: string,
  sessionStrengths: readonly Strength[],
  actor: DeviceActor,
  now: Date,
  recoveryBrowserToken?: string,
): Promise<{ readonly codes: readonly string[] }> {
  const grant = await assertMayChangeAuthenticators(deps, userId, sessionStrengths, now, recoveryBrowserToken);
  // The recovery grant restores ONE factor (issue 10; docs/adr/0008): codes made with it would be a
  // second way in beside it (found by the attacker suite of issue 13). They need a second factor.
  if (grant.via === 'recovery') throw new SesameError('SECOND_FACTOR_REQUIRED');
  if (!(await hasFactorToRecover(deps, userId))) throw new SesameError('NO_ACTIVE_DEVICE');
  const codes = distinctCodes(RECOVERY_CODE_COUNT);
  const records: CredentialRecord[] = [];
  // One after the other: argon2id is memory-hard, ten at once would take ten times the memory.
  for (const code of codes) {
    const data: RecoveryCodeData = { hash: await deps.hasher.hash(code.secret) };
    records.push({
      id: randomToken(16),
      userId,
      kind: 'recovery-code',
      name: '',
      externalId: recoveryCodeExternalId(userId, code.id),
      secret: null,
      data: JSON.stringify(data),
      counter: 0,
      status: 'active',
      createdAt: now,
      lastUsedAt: null,
    });
  }
  const replaced = await deps.durable.transaction(async (tx) => {
    const deleted = await tx.credentials.deleteByUser(userId, 'recovery-code');
    for (const record of records) {
      // The old set is gone and the ids are distinct: a refusal is a broken store, not a retry.
      if (!(await tx.credentials.create(record))) throw new Error('recovery code id taken');
    }
    await tx.audit.append({
      type: 'credential.enrolled',
      userId,
      ip: actor.ip,
      userAgent: actor.userAgent,
      at: now,
      details: { kind: 'recovery-code', count: records.length, replaced: deleted },
    });
    return deleted;
  });
  const user = await deps.durable.users.findById(userId);
  if (user) {
    await deps.mailer.send({
      template: 'recovery-codes-generated',
      to: user.email,
      locale: user.emailLocale,
      params: {
        firstName: user.firstName,
        count: records.length,
        replaced,
        ip: actor.ip ?? '-',
        browser: actor.userAgent ?? '-',
      },
    });
  }
  return { codes: codes.map(formatRecoveryCode) };
}
