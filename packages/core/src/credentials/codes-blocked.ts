import { issueLink } from '../accounts/account-links';
import type { DeviceDeps } from '../devices/device-deps';
import type { SignInMeta } from '../sign-in/meta';

/** The methods whose typed codes CodeAttempts counts at sign-in, as the mail names them. */
export type BlockedCodeMethod = 'totp' | 'sms' | 'recovery-code';

export type CodesBlockedDeps = Pick<DeviceDeps, 'durable' | 'ephemeral' | 'mailer' | 'policy'>;

/**
 * Wrong codes blocked a method after a right password (issue 10 point 1: "the owner is mailed at
 * once when a device is blocked, with 'this was not me'"; ASVS 5.0 6.3.5: notify a partially
 * successful authentication). Whoever reached the code page knows the password, so the link is
 * a password reset — a new password ends every session, the guesser's too (as device-blocked's).
 * Called once per block: only the reservation that reaches the limit blocks (CodeAttempts). A
 * failing mailer changes no verdict.
 */
export async function tellOwnerCodesBlocked(
  deps: CodesBlockedDeps,
  input: { userId: string; method: BlockedCodeMethod; blockedUntil: Date; meta: SignInMeta; now: Date },
): Promise<void> {
  const user = await deps.durable.users.findById(input.userId);
  if (user === null) return;
  const ttlMinutes = deps.policy.linkTtlMinutes;
  const token = await issueLink(
    deps.ephemeral,
    'password-reset',
    { userId: user.id, email: user.email, issuedAt: input.now.getTime() },
    ttlMinutes * 60_000,
  );
  await deps.mailer
    .send({
      template: 'second-factor-blocked',
      to: user.email,
      locale: user.emailLocale,
      params: {
        firstName: user.firstName,
        method: input.method,
        blockedUntil: input.blockedUntil.toISOString(),
        ip: input.meta.ip,
        browser: input.meta.browser,
        token,
        ttlMinutes,
      },
    })
    .catch(() => undefined);
}
