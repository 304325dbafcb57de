import type { RequestMeta } from '../accounts/account-deps';
import { issueLink } from '../accounts/account-links';
import { invalidInput } from '../errors';
import type { Actor } from '../organisations/authorise';
import type { AdminDeps } from './admin-deps';
import { RESET_REASON_MAX, targetAccount } from './admin-accounts';

/**
 * The helpdesk-verified skip of the recovery's waiting period (issue 14, docs/adr/0041 §4;
 * docs/adr/0008 and 0028 for the recovery itself). The owner who lost every second factor
 * started "I no longer have my phone" with their password and the link mailed to them; the
 * waiting period (24 h by default) is what protects them from someone who holds both. A helpdesk
 * agent who has checked the owner's identity another way (a call back, an ID document, in person)
 * ends that wait now — with a reason, audited, and the owner mailed with a link that cancels.
 *
 * What it does not do (SEC-29): start a recovery, grant a device, or give anything to any
 * browser. The grant stays the browser's that confirmed the owner's mailed link; the console only
 * moves the end of the waiting period of that one recovery, named by its start instant, so a
 * replayed or stale request (the recovery cancelled, completed or started again since) does nothing.
 */

/** How long the owner's "this was not me" link of the mail lives (the recovery's own link may be older). */
export const EXPEDITED_CANCEL_HOURS = 24;

export type ExpediteOutcome =
  /** The waiting period is over now; the owner was mailed. */
  | 'expedited'
  /** Nothing to shorten: no recovery waiting, another one, or its wait already over. Nothing changed. */
  | 'nothing_waiting';

export async function expediteRecoveryByAdmin(
  deps: AdminDeps,
  actor: Actor,
  userId: string,
  input: { reason?: string | undefined; recoveryStartedAt?: string | undefined },
  meta: RequestMeta,
): Promise<ExpediteOutcome> {
  const target = await targetAccount(deps, actor, 'account.expedite_recovery', userId);
  const reason = (input.reason ?? '').trim();
  if (reason === '') throw invalidInput('reason', 'required');
  if (reason.length > RESET_REASON_MAX) throw invalidInput('reason', 'too_long');
  const recovery = target.user.recovery;
  const now = deps.clock.now();
  // The form names the recovery the agent saw; any other one (or none) is not the one checked.
  if (recovery === null || String(recovery.startedAt.getTime()) !== input.recoveryStartedAt) {
    return 'nothing_waiting';
  }
  const done = await deps.durable.transaction(async (tx) => {
    if (!(await tx.users.shortenRecovery(userId, recovery.startedAt, now))) return false;
    await tx.audit.append({
      type: 'account.recovery_expedited',
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: now,
      details: {
        actor: actor.accountId,
        role: target.allowedBy.role,
        reason,
        waitedUntil: recovery.readyAt.toISOString(),
      },
    });
    return true;
  });
  if (!done) return 'nothing_waiting';
  // The same cancel link as the recovery's first mail (account-recovery.ts cancelAccountRecovery).
  const token = await issueLink(
    deps.ephemeral,
    'account-recovery-cancel',
    { userId, startedAt: recovery.startedAt.getTime() },
    EXPEDITED_CANCEL_HOURS * 3_600_000,
  );
  await deps.mailer.send({
    template: 'recovery-expedited',
    to: target.user.email,
    locale: target.user.emailLocale,
    params: { firstName: target.user.firstName, token },
  });
  return 'expedited';
}
