import { z } from 'zod';
import { invalidInput, SesameError } from '../errors';
import type { UserRecord } from '../ports';
import { throttleMailRequest, type AccountDeps, type RequestMeta } from './account-deps';
import { consumeLink, issueLink, peekLink } from './account-links';
import { normaliseEmail, parseEmail } from './email-address';
import { invitationPending } from './invitation';
import { checkNewPassword } from './password-policy';
import { SignInGuard } from './sign-in-guard';

const resetLink = z.object({ userId: z.string(), email: z.string(), issuedAt: z.number() });

/**
 * "Forgot your password?": the same answer whether the address has an account or not; only an
 * existing account gets a mail.
 */
export async function requestPasswordReset(
  deps: AccountDeps,
  rawEmail: string | undefined,
  meta: RequestMeta,
): Promise<void> {
  const email = parseEmail(rawEmail);
  await throttleMailRequest(deps, meta.ip, email);
  const user = await deps.durable.users.findByEmail(email);
  if (!user) return;
  await sendPasswordResetLink(deps, user);
}

/** Mails `user` a password-reset link (the forgotten-password page, or the helpdesk: issue 14). */
export async function sendPasswordResetLink(
  deps: Pick<AccountDeps, 'ephemeral' | 'mailer' | 'policy' | 'clock'>,
  user: UserRecord,
): Promise<void> {
  const ttlMinutes = deps.policy.linkTtlMinutes;
  const token = await issueLink(
    deps.ephemeral,
    'password-reset',
    { userId: user.id, email: user.email, issuedAt: deps.clock.now().getTime() },
    ttlMinutes * 60_000,
  );
  await deps.mailer.send({
    template: 'password-reset',
    to: user.email,
    locale: user.emailLocale,
    params: { firstName: user.firstName, token, ttlMinutes },
  });
}

async function linkedUser(deps: AccountDeps, token: string | undefined, consume: boolean): Promise<UserRecord> {
  const link = consume
    ? await consumeLink(deps.ephemeral, 'password-reset', token, resetLink)
    : await peekLink(deps.ephemeral, 'password-reset', token, resetLink);
  const user = await deps.durable.users.findById(link.userId);
  // A link dies when the address it was sent to is no longer the account's, or when the
  // password changed after it was issued (the older link must not undo a newer change).
  if (!user || user.email !== normaliseEmail(link.email) || user.credentialsChangedAt.getTime() > link.issuedAt) {
    throw new SesameError('LINK_INVALID');
  }
  return user;
}

export function inspectPasswordResetLink(deps: AccountDeps, token: string | undefined): Promise<UserRecord> {
  return linkedUser(deps, token, false);
}

export async function completePasswordReset(
  deps: AccountDeps,
  token: string | undefined,
  password: string | undefined,
  passwordConfirm: string | undefined,
  meta: RequestMeta,
): Promise<UserRecord> {
  const user = await linkedUser(deps, token, false);
  const accepted = checkNewPassword(password, deps.policy.password, user);
  if ((passwordConfirm ?? '').normalize('NFKC') !== accepted) throw invalidInput('passwordConfirm', 'mismatch');
  const firstPassword = invitationPending(user);
  const passwordHash = await deps.hasher.hash(accepted);
  await linkedUser(deps, token, true);
  const now = deps.clock.now();
  await deps.durable.transaction(async (tx) => {
    await tx.users.update(user.id, { passwordHash, credentialsChangedAt: now });
    await tx.audit.append({
      type: 'password.reset',
      userId: user.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: now,
      details: firstPassword ? { invitation: true } : {},
    });
  });
  await new SignInGuard(deps.ephemeral, deps.policy).unlock(user.email, meta.ip);
  // "Your password was changed" warns of a change its owner may not have made; an invited
  // account's first password replaces none, and its owner has just chosen it (docs/adr/0040).
  if (!firstPassword)
    await deps.mailer.send({
      template: 'password-changed',
      to: user.email,
      locale: user.emailLocale,
      params: { firstName: user.firstName },
    });
  return { ...user, passwordHash, credentialsChangedAt: now };
}
