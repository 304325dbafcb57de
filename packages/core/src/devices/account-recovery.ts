import { levelOf, type Strength } from '@sesame/protocol';
import { z } from 'zod';
import { throttleMailRequest, type AccountDeps } from '../accounts/account-deps';
import { consumeLink, issueLink, peekLink } from '../accounts/account-links';
import { SesameError } from '../errors';
import type { UserRecord } from '../ports';
import { randomToken, tokenDigest } from '../security/random-token';
import type { DeviceActor, DeviceDeps } from './device-deps';

/**
 * "I no longer have my phone" (issue 10; SEC-29; NIST SP 800-63B rev 4 §4.2 and §4.6): the
 * recovery of an account that has lost every second factor, in three steps.
 *
 * 1. requestAccountRecovery: a single-use link to the account's verified address (throttled like
 *    every request that sends mail), whatever the account's devices — the page says the same.
 * 2. confirmAccountRecovery (the link opened and confirmed): a WAITING PERIOD starts
 *    (`recoveryWaitingHours`, 24 by default), kept durably on the user, and the owner is mailed at
 *    once: from where, from when a new device may be added, and a single-use link that cancels.
 * 3. After the waiting period, mayChangeAuthenticators lets the password-only session add one
 *    new device (and delete old ones); the grant is used up when a device becomes active
 *    (enrolment.ts activateDevice), with a last mail. The recovery never raises a session's
 *    level: MEDIUM needs a real sign-in with the new device.
 *
 * Cancelling: the mailed link, or a session that presented a second factor.
 *
 * After a helpdesk reset (admin-accounts.ts resetSecondFactorByAdmin, docs/adr/0040) the owner's
 * mail carries a CHECKED link: the same link and the same browser grant, without the waiting
 * period — the helpdesk checked the owner's identity, which is what the waiting period stands in for.
 */

const recoveryLink = z.object({
  userId: z.string(),
  email: z.string(),
  issuedAt: z.number(),
  /** Who checked the owner's identity and reset the second factors (docs/adr/0040): no waiting period. */
  checkedBy: z.string().optional(),
});
/** Life of the checked link a helpdesk reset mails (docs/adr/0040): the owner may read it days later. */
export const CHECKED_RECOVERY_LINK_HOURS = 72;
const cancelLink = z.object({ userId: z.string(), startedAt: z.number() });

/**
 * The grant is the browser's that confirmed the link (issue 10): it was earned with the password
 * AND the mailbox, so someone who knows only the password gets nothing from it in their own
 * browser. Confirming gives the browser a random token (a cookie); the store keeps its digest →
 * the account and the recovery, through the waiting period and RECOVERY_BROWSER_DAYS more.
 */
const recoveryBrowser = z.object({ userId: z.string(), startedAt: z.number() });
const recoveryBrowserKey = (token: string) => `recovery-browser:${tokenDigest(token)}`;
export const RECOVERY_BROWSER_DAYS = 30;

/** True when `browserToken` (the browser's cookie) confirmed the account's current recovery. */
export async function recoveryConfirmedHere(
  deps: Pick<DeviceDeps, 'ephemeral'>,
  user: Pick<UserRecord, 'id' | 'recovery'>,
  browserToken: string | undefined,
): Promise<boolean> {
  if (user.recovery === null || !browserToken || browserToken.length > 100) return false;
  const raw = await deps.ephemeral.get(recoveryBrowserKey(browserToken));
  const parsed = raw === null ? null : recoveryBrowser.safeParse(JSON.parse(raw));
  return (
    parsed?.success === true &&
    parsed.data.userId === user.id &&
    parsed.data.startedAt === user.recovery.startedAt.getTime()
  );
}

/** Step 1. The caller has a signed-in session of `user` (the password was given). */
export async function requestAccountRecovery(
  deps: DeviceDeps,
  accounts: AccountDeps,
  user: Pick<UserRecord, 'id' | 'email' | 'emailLocale' | 'firstName'>,
  actor: DeviceActor,
  now: Date,
): Promise<void> {
  await throttleMailRequest(accounts, actor.ip ?? 'unknown', user.email);
  const ttlMinutes = deps.policy.linkTtlMinutes;
  const token = await issueLink(
    deps.ephemeral,
    'account-recovery',
    { userId: user.id, email: user.email, issuedAt: now.getTime() },
    ttlMinutes * 60_000,
  );
  await deps.mailer.send({
    template: 'recovery-link',
    to: user.email,
    locale: user.emailLocale,
    params: { firstName: user.firstName, token, ttlMinutes },
  });
}

/**
 * The checked link of a helpdesk reset (docs/adr/0040): a recovery link to the owner's address
 * that, confirmed, starts a recovery already over. `checkedBy` is the actor who reset the factors.
 */
export async function issueCheckedRecoveryLink(
  deps: Pick<DeviceDeps, 'ephemeral'>,
  user: Pick<UserRecord, 'id' | 'email'>,
  checkedBy: string,
  now: Date,
): Promise<string> {
  const link: z.infer<typeof recoveryLink> = { userId: user.id, email: user.email, issuedAt: now.getTime(), checkedBy };
  return issueLink(deps.ephemeral, 'account-recovery', link, CHECKED_RECOVERY_LINK_HOURS * 3_600_000);
}

async function linkedUser(
  deps: DeviceDeps,
  token: string | undefined,
  consume: boolean,
): Promise<{ user: UserRecord; checkedBy: string | undefined }> {
  const link = consume
    ? await consumeLink(deps.ephemeral, 'account-recovery', token, recoveryLink)
    : await peekLink(deps.ephemeral, 'account-recovery', token, recoveryLink);
  const user = await deps.durable.users.findById(link.userId);
  // Only to the address it was sent to: a link to an address the account no longer has is dead.
  if (!user || user.email !== link.email) throw new SesameError('LINK_INVALID');
  return { user, checkedBy: link.checkedBy };
}

/**
 * The link's page (GET): LINK_INVALID when it cannot be used; nothing is used up. `checked`: a
 * helpdesk reset's link, without a waiting period (the page says so).
 */
export async function inspectAccountRecoveryLink(
  deps: DeviceDeps,
  token: string | undefined,
): Promise<{ checked: boolean }> {
  const { checkedBy } = await linkedUser(deps, token, false);
  return { checked: checkedBy !== undefined };
}

/**
 * Step 2: the link is used up and the waiting period starts (a recovery already waiting keeps
 * its own, earlier, end). Returns when a new device may be added.
 */
export async function confirmAccountRecovery(
  deps: DeviceDeps,
  token: string | undefined,
  actor: DeviceActor,
  now: Date,
): Promise<{ userId: string; readyAt: Date; browserToken: string; browserTtlMs: number }> {
  const { user, checkedBy } = await linkedUser(deps, token, true);
  // A helpdesk checked the owner's identity (docs/adr/0040): no waiting period.
  const waitingMs = checkedBy === undefined ? deps.policy.recoveryWaitingHours * 3_600_000 : 0;
  // One conditional write: of two links used at once, one starts the waiting period and both
  // mails carry its cancel link (a later link never restarts nor shortens it).
  const recovery = await deps.durable.transaction(async (tx) => {
    const started = await tx.users.startRecovery(user.id, {
      startedAt: now,
      readyAt: new Date(now.getTime() + waitingMs),
    });
    if (started === null) throw new SesameError('LINK_INVALID');
    await tx.audit.append({
      type: 'account.recovery_started',
      userId: user.id,
      ip: actor.ip,
      userAgent: actor.userAgent,
      at: now,
      details: { readyAt: started.readyAt.toISOString(), ...(checkedBy !== undefined && { checkedBy }) },
    });
    return started;
  });
  // The cancel link lives through the waiting period and a day more.
  const cancelTtlMs = recovery.readyAt.getTime() - now.getTime() + 24 * 3_600_000;
  const cancelToken = await issueLink(
    deps.ephemeral,
    'account-recovery-cancel',
    { userId: user.id, startedAt: recovery.startedAt.getTime() },
    cancelTtlMs,
  );
  await deps.mailer.send({
    template: 'recovery-started',
    to: user.email,
    locale: user.emailLocale,
    params: {
      firstName: user.firstName,
      readyAt: recovery.readyAt.toISOString(),
      ip: actor.ip ?? '-',
      browser: actor.userAgent ?? '-',
      token: cancelToken,
    },
  });
  const browserToken = randomToken();
  const browserTtlMs = recovery.readyAt.getTime() - now.getTime() + RECOVERY_BROWSER_DAYS * 24 * 3_600_000;
  const mark: z.infer<typeof recoveryBrowser> = { userId: user.id, startedAt: recovery.startedAt.getTime() };
  await deps.ephemeral.set(recoveryBrowserKey(browserToken), JSON.stringify(mark), browserTtlMs);
  return { userId: user.id, readyAt: recovery.readyAt, browserToken, browserTtlMs };
}

async function endRecovery(deps: DeviceDeps, user: UserRecord, actor: DeviceActor, now: Date) {
  await deps.durable.transaction(async (tx) => {
    await tx.users.update(user.id, { recovery: null });
    await tx.audit.append({
      type: 'account.recovery_cancelled',
      userId: user.id,
      ip: actor.ip,
      userAgent: actor.userAgent,
      at: now,
      details: {},
    });
  });
  await deps.mailer.send({
    template: 'recovery-cancelled',
    to: user.email,
    locale: user.emailLocale,
    params: { firstName: user.firstName },
  });
}

/** "This was not me", from the mail: the link is used up and the recovery it announced ends. */
export async function cancelAccountRecovery(
  deps: DeviceDeps,
  token: string | undefined,
  actor: DeviceActor,
  now: Date,
): Promise<void> {
  const link = await consumeLink(deps.ephemeral, 'account-recovery-cancel', token, cancelLink);
  const user = await deps.durable.users.findById(link.userId);
  // Already used, cancelled, or another recovery since: nothing to cancel, and the link is dead.
  if (!user || user.recovery === null || user.recovery.startedAt.getTime() !== link.startedAt) {
    throw new SesameError('LINK_INVALID');
  }
  await endRecovery(deps, user, actor, now);
}

/** Cancelling from a session that presented a second factor (the owner still has a device). */
export async function cancelAccountRecoveryInSession(
  deps: DeviceDeps,
  userId: string,
  sessionStrengths: readonly Strength[],
  actor: DeviceActor,
  now: Date,
): Promise<void> {
  const level = levelOf(sessionStrengths);
  if (level === null || level === 'BASIC') throw new SesameError('SECOND_FACTOR_REQUIRED');
  const user = await deps.durable.users.findById(userId);
  if (user?.recovery) await endRecovery(deps, user, actor, now);
}
