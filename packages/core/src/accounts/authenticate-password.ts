import { SesameError } from '../errors';
import type { UserRecord } from '../ports';
import type { AccountDeps, RequestMeta } from './account-deps';
import { normaliseEmail } from './email-address';
import { normalisePassword } from './password-policy';
import { SignInGuard } from './sign-in-guard';
import { trustedBrowser } from './trusted-browser';

// Verified when the account does not exist, so that both answers take the same time.
let decoyHash: Promise<string> | undefined;

/**
 * Password step of sign-in. Same error (INVALID_CREDENTIALS) and same cost whether the account
 * is unknown or the password wrong; a lock is announced identically for unknown addresses.
 */
export async function authenticatePassword(
  deps: AccountDeps,
  rawEmail: string | undefined,
  rawPassword: string | undefined,
  meta: RequestMeta,
): Promise<UserRecord> {
  const email = normaliseEmail(rawEmail ?? '');
  const password = normalisePassword(rawPassword ?? '');
  if (email === '' || password === '' || email.length > 254 || password.length > 1024) {
    throw new SesameError('INVALID_CREDENTIALS');
  }
  const guard = new SignInGuard(deps.ephemeral, deps.policy);
  // Looked up first, only to set how long the guard remembers the count (docs/adr/0063); the
  // answer is the same either way. Reserved before the hash (docs/adr/0010): parallel guesses
  // cannot outrun the count. A lookup that fails reserves nothing (ADR 0009).
  const user = await deps.durable.users.findByEmail(email);
  // A browser that signed in here with this password: its own budget, not the account-wide lock
  // that others' failures set (docs/adr/0065). Read only when the cookie names this account.
  const browser =
    user && deps.knownBrowserMac
      ? await trustedBrowser({ ephemeral: deps.ephemeral, mac: deps.knownBrowserMac }, user, meta.knownBrowser)
      : undefined;
  const attempt = await guard.reserve(email, meta.ip, user !== null, browser);

  let ok: boolean;
  try {
    decoyHash ??= deps.hasher.hash('decoy password that nobody has');
    ok = await deps.hasher.verify(user?.passwordHash ?? (await decoyHash), password);
  } catch (error) {
    // No verdict (the hasher did not answer): the try does not count (ADR 0009).
    await attempt.abandoned().catch(() => undefined);
    throw error;
  }
  const now = deps.clock.now();
  if (user && ok) {
    await attempt.succeeded();
    // Said only to whoever knows the password (docs/adr/0035): a guesser learns nothing more.
    if (user.deactivatedAt) throw new SesameError('ACCOUNT_DEACTIVATED');
    return user;
  }
  const locked = await attempt.failed();
  const audit = { userId: user?.id ?? null, ip: meta.ip, userAgent: meta.userAgent, at: now };
  await deps.durable.audit.append({ ...audit, type: 'sign_in.failed', details: { reason: 'password' } });
  if (locked && user) {
    await deps.durable.audit.append({
      ...audit,
      type: 'account.locked',
      // untilReset: no wait lifts it, only a password reset or the helpdesk (docs/adr/0063).
      details:
        locked.minutes === null
          ? { untilReset: true, scope: locked.scope }
          : { minutes: locked.minutes, scope: locked.scope },
    });
    // Once per lock (the failure that reached the threshold), not once per refused attempt.
    if (await guard.shouldTell(email, locked.scope)) {
      await deps.mailer.send(
        locked.minutes === null
          ? {
              template: 'account-locked-until-reset',
              to: user.email,
              locale: user.emailLocale,
              params: { firstName: user.firstName },
            }
          : {
              template: 'account-locked',
              to: user.email,
              locale: user.emailLocale,
              params: { firstName: user.firstName, minutes: locked.minutes },
            },
      );
    }
  }
  if (locked?.minutes === null) throw new SesameError('ACCOUNT_LOCKED', { untilReset: true });
  if (locked) throw new SesameError('ACCOUNT_LOCKED', { retryAfterSeconds: locked.minutes * 60 });
  throw new SesameError('INVALID_CREDENTIALS');
}
