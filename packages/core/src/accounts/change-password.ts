import { invalidInput } from '../errors';
import type { UserRecord } from '../ports';
import type { AccountDeps, RequestMeta } from './account-deps';
import { verifyCurrentPassword } from './current-password';
import { checkNewPassword } from './password-policy';

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
  await verifyCurrentPassword(deps, user, form.currentPassword, meta);
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
