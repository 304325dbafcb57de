import { SesameError } from '../errors';
import type { EphemeralStore } from '../ports';
import { randomToken, tokenDigest } from '../security/random-token';
import type { AccountPolicy } from './account-deps';
import { networkOf } from './client-network';

/** Which lock a failure set: the account from one network, or the account everywhere. */
export type LockScope = 'ip' | 'account';

/** One password check the guard has let through; exactly one of its methods is called. */
export interface GuardedAttempt {
  /** The right password: the account's consecutive failures start again (NIST §3.2.2 SHOULD). */
  succeeded(): Promise<void>;
  /** A wrong password: the lock this failure set, if it set one (once per lock, never twice). */
  failed(): Promise<LockScope | null>;
  /**
   * No verdict: the check could not be made (a store that does not answer). The reservation is
   * given back, so that users retrying through an outage do not lock themselves out (ADR 0009).
   */
  abandoned(): Promise<void>;
}

/**
 * Lock-out of password guessing (NIST SP 800-63B rev 4 §3.2.2; EU Login locks an account for 15
 * minutes after repeated failures; docs/adr/0010). Two limits, both per account:
 * - `lockAfterFailures` failures on one account from one network (an IPv4 address, an IPv6 /64)
 *   lock that pair: someone guessing from there, or the owner mistyping;
 * - `accountLockAfterFailures` failures on one account from anywhere lock it for everyone: a
 *   guessing attack spread over many addresses.
 * No limit is per network alone: it would refuse the right password of every account of an
 * office behind one address.
 *
 * Each attempt RESERVES its place in both counters before the password is checked (an atomic
 * increment), so that parallel attempts cannot all pass a check made before any of them is
 * counted: an attempt whose number is past a threshold is refused without a hash. The failure
 * that reaches a threshold sets the lock, so exactly one attempt reports each lock.
 *
 * Counters are keyed by the *submitted* e-mail address, whether an account exists or not, so a
 * lock looks the same for both and reveals nothing. Keys hold digests, never the address or IP.
 */
export class SignInGuard {
  constructor(
    private readonly store: EphemeralStore,
    private readonly policy: AccountPolicy,
  ) {}

  /**
   * The pair keys carry the account's unlock generation (none until a helpdesk unlock): an unlock
   * by the helpdesk cannot list the networks that locked the account (their keys are digests), so
   * it starts a new generation and every pair counter and lock of the old one is left to expire.
   */
  private async keys(email: string, ip: string) {
    const account = tokenDigest(`acct:${email}`);
    const generation = await this.store.get(`signin:generation:${account}`);
    const pair = tokenDigest(`acct-ip:${email}\n${networkOf(ip)}${generation === null ? '' : `\n${generation}`}`);
    return {
      generation: `signin:generation:${account}`,
      accountFailures: `signin:fail:${account}`,
      accountLock: `signin:lock:${account}`,
      pairFailures: `signin:fail-ip:${pair}`,
      pairLock: `signin:lock-ip:${pair}`,
      mailed: `signin:mailed:${account}`,
    };
  }

  private locked(): SesameError {
    return new SesameError('ACCOUNT_LOCKED', { retryAfterSeconds: this.policy.lockMinutes * 60 });
  }

  /**
   * Throws ACCOUNT_LOCKED while the account is locked everywhere or from this network. Counts
   * nothing: for paths that check no password (the "on mobile" request) but must not open a
   * way around a lock.
   */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const keys = await this.keys(email, ip);
    const [account, pair] = await Promise.all([this.store.get(keys.accountLock), this.store.get(keys.pairLock)]);
    if (account !== null || pair !== null) throw this.locked();
  }

  /**
   * Reserves one password check for `email` from `ip`, or throws ACCOUNT_LOCKED without any
   * being made. Call it BEFORE the hash is verified, then `succeeded` or `failed` on the result.
   */
  async reserve(email: string, ip: string): Promise<GuardedAttempt> {
    const keys = await this.keys(email, ip);
    const windowMs = this.policy.lockMinutes * 60_000;
    // A lock already set: refused without counting, so waiting it out is enough.
    await this.assertAllowed(email, ip);
    // The pair first: one network's refused attempts do not count against the account everywhere.
    const pairNumber = await this.store.increment(keys.pairFailures, windowMs);
    if (pairNumber > this.policy.lockAfterFailures) throw this.locked();
    const accountNumber = await this.store.increment(keys.accountFailures, windowMs);
    if (accountNumber > this.policy.accountLockAfterFailures) throw this.locked();

    return {
      succeeded: async () => {
        await Promise.all([this.store.delete(keys.pairFailures), this.store.delete(keys.accountFailures)]);
      },
      abandoned: async () => {
        await Promise.all([this.store.release(keys.pairFailures), this.store.release(keys.accountFailures)]);
      },
      failed: async () => {
        // The failure that takes a counter to its threshold locks; later numbers were refused.
        if (accountNumber === this.policy.accountLockAfterFailures) {
          await this.store.set(keys.accountLock, '1', windowMs);
          return 'account';
        }
        if (pairNumber === this.policy.lockAfterFailures) {
          await this.store.set(keys.pairLock, '1', windowMs);
          return 'ip';
        }
        return null;
      },
    };
  }

  /**
   * True once per lock period and account: a lock from one network tells the owner once, not
   * once per network an attacker locks. A lock of the account everywhere is always told.
   */
  async shouldTell(email: string, scope: LockScope): Promise<boolean> {
    const marked = await this.store.setIfAbsent(
      (await this.keys(email, '')).mailed,
      '1',
      this.policy.lockMinutes * 60_000,
    );
    return scope === 'account' || marked;
  }

  /**
   * A password reset by e-mail proves control of the address: it lifts the account's lock and
   * the lock of the network the reset came from. Locks of other networks stay (docs/adr/0010).
   */
  async unlock(email: string, ip: string): Promise<void> {
    const keys = await this.keys(email, ip);
    await Promise.all(
      [keys.accountLock, keys.accountFailures, keys.pairLock, keys.pairFailures].map((key) => this.store.delete(key)),
    );
  }

  /**
   * Unlock by the helpdesk or a local manager (issue 14 point 2, docs/adr/0033): lifts the lock of
   * the account everywhere and from every network, and forgets its failures. The new generation
   * lives as long as a lock, so that the old generation's keys, all older, expire first.
   */
  async unlockEverywhere(email: string): Promise<void> {
    const keys = await this.keys(email, '');
    const windowMs = this.policy.lockMinutes * 60_000;
    await this.store.set(keys.generation, randomToken(), windowMs);
    await Promise.all([keys.accountLock, keys.accountFailures, keys.mailed].map((key) => this.store.delete(key)));
  }

  /** What the console shows: the lock of the account everywhere, and its failures in the current window. */
  async lockState(email: string): Promise<{ lockedEverywhere: boolean; failures: number }> {
    const keys = await this.keys(email, '');
    const [lock, failures] = await Promise.all([
      this.store.get(keys.accountLock),
      this.store.get(keys.accountFailures),
    ]);
    return { lockedEverywhere: lock !== null, failures: failures === null ? 0 : Number(failures) };
  }
}
