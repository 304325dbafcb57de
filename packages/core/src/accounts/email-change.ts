import { z } from 'zod';
import { invalidInput, SesameError } from '../errors';
import type { UserRecord } from '../ports';
import type { AccountDeps, RequestMeta } from './account-deps';
import { consumeLink, issueLink } from './account-links';
import { parseEmail } from './email-address';
import { normalisePassword } from './password-policy';

const changeLink = z.object({ userId: z.string(), oldEmail: z.string(), newEmail: z.string() });

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
): Promise<string> {
  const newEmail = parseEmail(form.newEmail, 'newEmail');
  if (newEmail === user.email) throw invalidInput('newEmail', 'mismatch');
  const current = normalisePassword(form.currentPassword ?? '');
  if (current === '') throw invalidInput('currentPassword', 'required');
  if (!(await deps.hasher.verify(user.passwordHash, current))) throw invalidInput('currentPassword', 'mismatch');
  if (await deps.durable.users.findByEmail(newEmail)) throw new SesameError('EMAIL_UNAVAILABLE');
  const ttlMinutes = deps.policy.linkTtlMinutes;
  const token = await issueLink(
    deps.ephemeral,
    'email-change',
    { userId: user.id, oldEmail: user.email, newEmail },
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
  if (!user || user.email !== link.oldEmail) throw new SesameError('LINK_INVALID');
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
