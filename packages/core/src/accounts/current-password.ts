import { invalidInput } from '../errors';
import type { UserRecord } from '../ports';
import type { AccountDeps, RequestMeta } from './account-deps';
import { normalisePassword } from './password-policy';
import { SignInGuard } from './sign-in-guard';

/**
 * Re-asks the password of a signed-in user before a sensitive change (ASVS 5.0 V6.2.3). Wrong
 * answers count toward the same lock-out as sign-in failures, so a borrowed session cannot be
 * used to guess the password without limit (NIST SP 800-63B rev 4 §3.2.2).
 */
export async function verifyCurrentPassword(
  deps: AccountDeps,
  user: UserRecord,
  raw: string | undefined,
  meta: RequestMeta,
): Promise<void> {
  const current = normalisePassword(raw ?? '');
  if (current === '') throw invalidInput('currentPassword', 'required');
  const guard = new SignInGuard(deps.ephemeral, deps.policy);
  const attempt = await guard.reserve(user.email, meta.ip);
  const ok = await deps.hasher.verify(user.passwordHash, current).catch(async (error: unknown) => {
    await attempt.abandoned().catch(() => undefined);
    throw error;
  });
  if (ok) {
    await attempt.succeeded();
    return;
  }
  await attempt.failed();
  throw invalidInput('currentPassword', 'mismatch');
}
