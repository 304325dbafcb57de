import { levelOf, type Strength } from '@sesame/protocol';
import { z } from 'zod';
import { hasOrHadSecondFactor } from '../devices/authenticator-change-policy';
import { invalidInput, SesameError } from '../errors';
import type { UserRecord } from '../ports';
import type { AccountDeps, RequestMeta } from './account-deps';
import { verifyCurrentPassword } from './current-password';
import { consumeLink, issueLink } from './account-links';
import { parseEmail } from './email-address';

const changeLink = z.object({
  userId: z.string(),
  oldEmail: z.string(),
  newEmail: z.string(),
  issuedAt: z.number(),
  /** Asked for by a session that presented a second factor (absent: it did not). */
  secondFactor: z.boolean().optional(),
});

/**
 * The account's address is where its recovery links go (PANIC, account recovery, password reset):
 * changing it changes how the account is recovered, so on an account that has or had a second
 * factor it needs that factor in this session, like any change of authenticator (issue 10: with
 * the password alone, an attacker moved the address to their own mailbox, then took the PANIC and
 * recovery links; SEC-27, NIST SP 800-63B rev 4 §4.6). True when this session may change it.
 */
export async function mayChangeEmail(
  deps: Pick<AccountDeps, 'durable'>,
  user: Pick<UserRecord, 'id' | 'secondFactorSince'>,
  sessionStrengths: readonly Strength[],
): Promise<boolean> {
  const level = levelOf(sessionStrengths);
  if (level !== null && level !== 'BASIC') return true;
  return !hasOrHadSecondFactor(user, await deps.durable.devices.listByUser(user.id));
}

/**
 * E-mail change (EU Login: "must be confirmed via a link sent to the new address"). The
 * current password is asked again; the old address is told, so a hijacker cannot switch the
 * address silently. A taken address is refused only to the signed-in owner of the account.
 */
export async function requestEmailChange(
  deps: AccountDeps,
  user: UserRecord,
  form: { newEmail?: string; currentPassword?: string },
  meta: RequestMeta,
  sessionStrengths: readonly Strength[],
): Promise<string> {
  if (!(await mayChangeEmail(deps, user, sessionStrengths))) throw new SesameError('SECOND_FACTOR_REQUIRED');
  const newEmail = parseEmail(form.newEmail, 'newEmail');
  if (newEmail === user.email) throw invalidInput('newEmail', 'mismatch');
  await verifyCurrentPassword(deps, user, form.currentPassword, meta);
  if (await deps.durable.users.findByEmail(newEmail)) throw new SesameError('EMAIL_UNAVAILABLE');
  const ttlMinutes = deps.policy.linkTtlMinutes;
  const token = await issueLink(
    deps.ephemeral,
    'email-change',
    {
      userId: user.id,
      oldEmail: user.email,
      newEmail,
      issuedAt: deps.clock.now().getTime(),
      secondFactor: levelOf(sessionStrengths) !== null && levelOf(sessionStrengths) !== 'BASIC',
    },
    ttlMinutes * 60_000,
  );
  await deps.mailer.send({
    template: 'email-change-link',
    to: newEmail,
    locale: user.emailLocale,
    params: { firstName: user.firstName, token, ttlMinutes },
  });
  await deps.durable.audit.append({
    type: 'email.change_requested',
    userId: user.id,
    ip: meta.ip,
    userAgent: meta.userAgent,
    at: deps.clock.now(),
    details: {},
  });
  return newEmail;
}

export async function confirmEmailChange(
  deps: AccountDeps,
  token: string | undefined,
  meta: RequestMeta,
): Promise<UserRecord> {
  const link = await consumeLink(deps.ephemeral, 'email-change', token, changeLink);
  const user = await deps.durable.users.findById(link.userId);
  // A password change or reset after the request voids it: whoever was shut out by the change
  // must not be able to move the account to their own address with an older link.
  if (!user || user.email !== link.oldEmail || user.credentialsChangedAt.getTime() > link.issuedAt) {
    throw new SesameError('LINK_INVALID');
  }
  // Issue 10 (SEC-27): a link asked for with the password alone dies once the account has a
  // second factor (the owner enrolled a device meanwhile): mayChangeEmail holds when it is used.
  if (link.secondFactor !== true && !(await mayChangeEmail(deps, user, []))) throw new SesameError('LINK_INVALID');
  const now = deps.clock.now();
  await deps.durable.transaction(async (tx) => {
    await tx.users.update(user.id, { email: link.newEmail });
    await tx.audit.append({
      type: 'email.changed',
      userId: user.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: now,
      details: {},
    });
  });
  await deps.mailer.send({
    template: 'email-change-notice',
    to: link.oldEmail,
    locale: user.emailLocale,
    params: { firstName: user.firstName, newEmail: link.newEmail },
  });
  return { ...user, email: link.newEmail };
}
