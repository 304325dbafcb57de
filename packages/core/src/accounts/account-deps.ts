import type { Locale } from '@sesame/protocol';
import type { Clock, DurableStore, EphemeralStore, Mailer, PasswordHasher } from '../ports';
import { Throttle } from '../security/throttle';
import type { PasswordRules } from './password-policy';

export interface AccountPolicy {
  password: PasswordRules;
  /** Life of the links sent by e-mail (registration, reset, e-mail change). */
  linkTtlMinutes: number;
  /** Failures on one account from one network that lock that pair (NIST ≤ 100; EU Login locks). */
  lockAfterFailures: number;
  /** Failures on one account from every network that lock it for everyone (docs/adr/0010). */
  accountLockAfterFailures: number;
  /** EU Login: "wait 15 minutes until the account is unlocked automatically"; also the counting window. */
  lockMinutes: number;
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
}

/** Who is asking: recorded in the audit log, used by throttles. */
export interface RequestMeta {
  ip: string;
  userAgent: string | null;
  locale: Locale;
}

/** Limits anonymous requests that send mail, per IP and (more strictly) per address. */
export async function throttleMailRequest(deps: AccountDeps, ip: string, email: string): Promise<void> {
  const { perAddress, perIp, windowMinutes } = deps.policy.mailRequests;
  const windowMs = windowMinutes * 60_000;
  await new Throttle(deps.ephemeral, 'mail-ip', perIp, windowMs).hit(ip);
  await new Throttle(deps.ephemeral, 'mail-address', perAddress, windowMs).hit(email);
}
