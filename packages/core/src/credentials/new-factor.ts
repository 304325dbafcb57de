import { recoveryGranted } from '../devices/authenticator-change-policy';
import type { DeviceActor } from '../devices/device-deps';
import type { DurableRepositories, Mailer, UserRecord } from '../ports';

/**
 * What a new active factor — a device of the Sésame app, an authenticator app, a security key, a
 * phone number — does to its account, inside the transaction that makes it active:
 * - from the first one on, the account "had" a second factor (`secondFactorSince`, issue 10);
 * - made while a recovery grant holds, it uses the grant up: the grant is good for ONE new
 *   factor (issue 10 point 1; docs/adr/0008), and the history says the recovery is complete.
 *   Found by the attacker suite of issue 13: these factors left the grant in place, so the
 *   password alone could go on adding and deleting factors and making recovery codes.
 * Returns whether the recovery was completed, for `tellRecoveryCompleted` after the commit.
 */
export async function markNewFactor(
  tx: DurableRepositories,
  owner: UserRecord | null,
  actor: DeviceActor,
  now: Date,
  /** What the history names the new factor by: `{ deviceId }`, or `{ credentialId, kind }`. */
  details: Readonly<Record<string, string>>,
): Promise<boolean> {
  if (owner === null) return false;
  const viaRecovery = recoveryGranted(owner, now);
  if (owner.secondFactorSince === null || viaRecovery) {
    await tx.users.update(owner.id, {
      ...(owner.secondFactorSince === null && { secondFactorSince: now }),
      ...(viaRecovery && { recovery: null }),
    });
  }
  if (viaRecovery) {
    await tx.audit.append({
      type: 'account.recovery_completed',
      userId: owner.id,
      ip: actor.ip,
      userAgent: actor.userAgent,
      at: now,
      details: { ...details },
    });
  }
  return viaRecovery;
}

/** The owner hears that the recovery is complete, naming the new factor (as recovery-completed for a device). */
export async function tellRecoveryCompleted(mailer: Mailer, owner: UserRecord | null, name: string): Promise<void> {
  if (owner === null) return;
  await mailer.send({
    template: 'recovery-completed',
    to: owner.email,
    locale: owner.emailLocale,
    params: { firstName: owner.firstName, deviceName: name },
  });
}
