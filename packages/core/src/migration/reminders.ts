import type { RequestMeta } from '../accounts/account-deps';
import { targetAccount } from '../admin/admin-accounts';

import { assertAuthorised, refused, type Actor } from '../organisations/authorise';
import type { ScopedRole } from '../organisations/roles';
import type { Holdout } from '../ports';
import { daysBefore } from './figures';
import type { MigrationDeps } from './migration-deps';

/** At most this many holdouts mailed by one press of the button (the rest at the next press). */
export const REMINDERS_PER_SEND = 5_000;

export interface RemindersOutcome {
  /** Mailed now. */
  readonly sent: number;
  /** Reminded within the last `reminderEveryDays` days: not mailed again. */
  readonly skipped: number;
  /** The mail could not be sent: the throttle given back, tried again at the next press. */
  readonly failed: number;
}

/**
 * Reminds every holdout of an organisation's subtree (issue 14 point 3): each agent with SMS only
 * or the password only gets a mail with where they stand, the sunset, and how to enrol — at most
 * one per `reminderEveryDays` days (one conditional write per agent, so two managers pressing at
 * once mail nobody twice); each send audited with who sent it.
 */
export async function sendReminders(
  deps: MigrationDeps,
  actor: Actor,
  organisationId: string,
  meta: RequestMeta,
): Promise<RemindersOutcome> {
  const organisation = await deps.durable.organisations.get(organisationId);
  if (!organisation) throw refused('out_of_scope', 'reminders.send', organisationId);
  const allowedBy = assertAuthorised(actor, 'reminders.send', { kind: 'organisation', path: organisation.path });
  const holdouts = await deps.durable.migration.holdouts(organisation.id, REMINDERS_PER_SEND);
  let sent = 0;
  let skipped = 0;
  let failed = 0;
  for (const holdout of holdouts) {
    const outcome = await remind(deps, actor, allowedBy, holdout, meta);
    if (outcome === 'sent') sent++;
    else if (outcome === 'skipped') skipped++;
    else failed++;
  }
  return { sent, skipped, failed };
}

/**
 * Reminds one agent (the button on the account's page): the account must be visible to the actor
 * and its organisation within their `reminders.send` scope. An agent already equipped is skipped.
 */
export async function sendReminder(
  deps: MigrationDeps,
  actor: Actor,
  userId: string,
  meta: RequestMeta,
): Promise<RemindersOutcome> {
  const target = await targetAccount(deps, actor, 'account.view', userId);
  const allowedBy = assertAuthorised(actor, 'reminders.send', {
    kind: 'organisation',
    path: target.organisation.path,
  });
  const category = await deps.durable.migration.categoryOf(userId);
  if (category !== 'sms' && category !== 'password') return { sent: 0, skipped: 1, failed: 0 };
  const holdout: Holdout = {
    id: target.user.id,
    email: target.user.email,
    firstName: target.user.firstName,
    emailLocale: target.user.emailLocale,
    organisationId: target.organisation.id,
    category,
  };
  const outcome = await remind(deps, actor, allowedBy, holdout, meta);
  return {
    sent: outcome === 'sent' ? 1 : 0,
    skipped: outcome === 'skipped' ? 1 : 0,
    failed: outcome === 'failed' ? 1 : 0,
  };
}

async function remind(
  deps: MigrationDeps,
  actor: Actor,
  allowedBy: ScopedRole,
  holdout: Holdout,
  meta: RequestMeta,
): Promise<'sent' | 'skipped' | 'failed'> {
  const now = deps.clock.now();
  const claimed = await deps.durable.migration.claimReminder(holdout.id, now, daysBefore(now, deps.reminderEveryDays));
  if (!claimed) return 'skipped';
  const organisation = await deps.durable.organisations.get(holdout.organisationId);
  const sunset = organisation ? deps.smsSunsetFor(organisation) : null;
  try {
    await deps.mailer.send({
      template: 'enrolment-reminder',
      to: holdout.email,
      locale: holdout.emailLocale,
      params: { firstName: holdout.firstName, category: holdout.category, sunset: sunset?.toISOString() ?? '' },
    });
  } catch {
    await deps.durable.migration.releaseReminder(holdout.id, now);
    return 'failed';
  }
  await deps.durable.audit.append({
    type: 'campaign.reminder_sent',
    userId: holdout.id,
    ip: meta.ip,
    userAgent: meta.userAgent,
    at: now,
    details: { actor: actor.accountId, role: allowedBy.role, category: holdout.category },
  });
  return 'sent';
}
