import type { Locale } from '@sesame/protocol';
import type { ChallengeMac, Clock, DurableStore, EphemeralStore, Mailer, PasswordHasher } from '../ports';
import { Throttle } from '../security/throttle';
import type { PasswordRules } from './password-policy';

export interface AccountPolicy {
  password: PasswordRules;
  /** Life of the links sent by e-mail (registration, reset, e-mail change). */
  linkTtlMinutes: number;
  /** Failures on one account from one network that lock that pair (NIST ≤ 100; EU Login locks). */
  lockAfterFailures: number;
  /**
   * Consecutive failures on one account from every network that lock it for everyone, and lock it
   * again at each further multiple, each lock twice as long as the one before (docs/adr/0063).
   */
  accountLockAfterFailures: number;
  /** EU Login: "wait 15 minutes until the account is unlocked automatically"; the first lock, the pair's window. */
  lockMinutes: number;
  /** The longest lock of the account everywhere, however often it recurs (docs/adr/0063; default 240). */
  lockMaxMinutes?: number;
  /**
   * Consecutive failures on one account after which it stays locked until a password reset by
   * e-mail or an unlock by the helpdesk (NIST SP 800-63B rev 4 §3.2.2: at most 100; default 100).
   */
  maxConsecutiveFailures?: number;
  /** Days an account's consecutive failures are remembered after the last attempt on it (default 30). */
  failureMemoryDays?: number;
  /** Anonymous requests that send mail (registration, forgotten password), per window. */
  mailRequests: { perAddress: number; perIp: number; windowMinutes: number };
}

export interface AccountDeps {
  durable: DurableStore;
  ephemeral: EphemeralStore;
  hasher: PasswordHasher;
  mailer: Mailer;
  clock: Clock;
  policy: AccountPolicy;
  /**
   * The known-browser cookie's key ring: with it, a browser that signed in with the password is
   * exempt from the account-wide lock within its own budget (docs/adr/0065); without it, none is.
   */
  knownBrowserMac?: ChallengeMac;
}

/** Who is asking: recorded in the audit log, used by throttles. */
export interface RequestMeta {
  ip: string;
  userAgent: string | null;
  locale: Locale;
  /** The known-browser cookie as the request carried it (docs/adr/0065), when the caller passes it. */
  knownBrowser?: string;
}

/** Limits anonymous requests that send mail, per IP and (more strictly) per address. */
export async function throttleMailRequest(deps: AccountDeps, ip: string, email: string): Promise<void> {
  const { perAddress, perIp, windowMinutes } = deps.policy.mailRequests;
  const windowMs = windowMinutes * 60_000;
  await new Throttle(deps.ephemeral, 'mail-ip', perIp, windowMs).hit(ip);
  await new Throttle(deps.ephemeral, 'mail-address', perAddress, windowMs).hit(email);
}
