import type { Locale } from '@sesame/protocol';
import type { Clock, DurableStore, EphemeralStore, Mailer, PasswordHasher } from '../ports';
import { Throttle } from '../security/throttle';
import type { PasswordRules } from './password-policy';

export interface AccountPolicy {
  password: PasswordRules;
  /** Life of the links sent by e-mail (registration, reset, e-mail change). */
  linkTtlMinutes: number;
  /** Consecutive failures on one account before it is locked (NIST ≤ 100; EU Login locks). */
  lockAfterFailures: number;
  /** EU Login: "wait 15 minutes until the account is unlocked automatically". */
  lockMinutes: number;
  /** Failed sign-ins allowed from one IP address per window before it is throttled. */
  ipFailuresPerWindow: number;
  ipWindowMinutes: number;
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
