import { SesameError } from '../errors';
import type { EphemeralStore } from '../ports';
import { tokenDigest } from '../security/random-token';
import type { AccountPolicy } from './account-deps';

/**
 * Lock-out and throttling of password sign-in (NIST SP 800-63B rev 4 §3.2.2; EU Login locks an
 * account for 15 minutes after repeated failures). Counters are keyed by the *submitted*
 * e-mail address, whether an account exists or not, so a lock looks the same for both and
 * reveals nothing. Keys hold a digest of the address, never the address itself.
 */
export class SignInGuard {
  constructor(
    private readonly store: EphemeralStore,
    private readonly policy: AccountPolicy,
  ) {}

  private async keys(email: string, ip: string) {
    const account = tokenDigest(`acct:${email}`);
    return {
      failures: `signin:fail:${account}`,
      lock: `signin:lock:${account}`,
      ip: `signin:ip:${ip}`,
    };
  }

  /** Throws ACCOUNT_LOCKED or TOO_MANY_REQUESTS before any password is checked. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const keys = await this.keys(email, ip);
    if ((await this.store.get(keys.lock)) !== null) {
      throw new SesameError('ACCOUNT_LOCKED', { retryAfterSeconds: this.policy.lockMinutes * 60 });
    }
    const ipCount = Number((await this.store.get(keys.ip)) ?? 0);
    if (ipCount >= this.policy.ipFailuresPerWindow) {
      throw new SesameError('TOO_MANY_REQUESTS', { retryAfterSeconds: this.policy.ipWindowMinutes * 60 });
    }
  }

  /** Counts a failure; returns true when this failure locked the account. */
  async recordFailure(email: string, ip: string): Promise<boolean> {
    const keys = await this.keys(email, ip);
    const lockMs = this.policy.lockMinutes * 60_000;
    await this.store.increment(keys.ip, this.policy.ipWindowMinutes * 60_000);
    const failures = await this.store.increment(keys.failures, lockMs);
    if (failures < this.policy.lockAfterFailures) return false;
    await this.store.set(keys.lock, '1', lockMs);
    await this.store.delete(keys.failures);
    return true;
  }

  /** A success resets the account's consecutive failures (NIST §3.2.2 SHOULD). */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.store.delete((await this.keys(email, ip)).failures);
  }

  /** A password reset by e-mail proves control of the address: it lifts the lock. */
  async unlock(email: string): Promise<void> {
    const keys = await this.keys(email, '');
    await this.store.delete(keys.lock);
    await this.store.delete(keys.failures);
  }
}
