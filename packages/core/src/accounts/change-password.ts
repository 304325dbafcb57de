import { invalidInput } from '../errors';
import type { UserRecord } from '../ports';
import type { AccountDeps, RequestMeta } from './account-deps';
import { normalisePassword, checkNewPassword } from './password-policy';

/**
 * Change password from "My account": the current password is asked again (ASVS 5.0 V6.2.3),
 * every other session of the account ends (credentialsChangedAt), and the owner is told by mail.
 */
export async function changePassword(
  deps: AccountDeps,
  user: UserRecord,
  form: { currentPassword?: string; newPassword?: string; newPasswordConfirm?: string },
  meta: RequestMeta,
): Promise<UserRecord> {
  const current = normalisePassword(form.currentPassword ?? '');
  if (current === '') throw invalidInput('currentPassword', 'required');
  if (!(await deps.hasher.verify(user.passwordHash, current))) throw invalidInput('currentPassword', 'mismatch');
  const accepted = checkNewPassword(form.newPassword, deps.policy.password, user, 'newPassword');
  if ((form.newPasswordConfirm ?? '').normalize('NFKC') !== accepted) {
    throw invalidInput('newPasswordConfirm', 'mismatch');
  }
  const passwordHash = await deps.hasher.hash(accepted);
  const now = deps.clock.now();
  await deps.durable.transaction(async (tx) => {
    await tx.users.update(user.id, { passwordHash, credentialsChangedAt: now });
    await tx.audit.append({
      type: 'password.changed',
      userId: user.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: now,
      details: {},
    });
  });
  await deps.mailer.send({
    template: 'password-changed',
    to: user.email,
    locale: user.emailLocale,
    params: { firstName: user.firstName },
  });
  return { ...user, passwordHash, credentialsChangedAt: now };
}
