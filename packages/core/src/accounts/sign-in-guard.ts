import { SesameError } from '../errors';
import type { EphemeralStore } from '../ports';
import { randomToken, tokenDigest } from '../security/random-token';
import type { AccountPolicy } from './account-deps';
import { networkOf } from './client-network';

/** Which lock a failure set: the account from one network, or the account everywhere. */
export type LockScope = 'ip' | 'account';

/** A lock a failure set: its scope, and its minutes (null: until a password reset or the helpdesk). */
export interface SetLock {
  readonly scope: LockScope;
  readonly minutes: number | null;
}

/** One password check the guard has let through; exactly one of its methods is called. */
export interface GuardedAttempt {
  /** The right password: the account's consecutive failures start again (NIST §3.2.2 SHOULD). */
  succeeded(): Promise<void>;
  /** A wrong password: the lock this failure set, if it set one (once per lock, never twice). */
  failed(): Promise<SetLock | null>;
  /**
   * No verdict: the check could not be made (a store that does not answer). The reservation is
   * given back, so that users retrying through an outage do not lock themselves out (ADR 0009).
   */
  abandoned(): Promise<void>;
}

/** A run of consecutive failures with growing locks: its lock's key, its count of locks', its step and cap. */
interface Counter {
  readonly lock: string;
  readonly locks: string;
  readonly step: number;
  readonly max: number;
}

/** The defaults of the optional AccountPolicy fields of the growing lock (docs/adr/0063). */
export const LOCK_GROWTH_DEFAULTS = { lockMaxMinutes: 240, maxConsecutiveFailures: 100, failureMemoryDays: 30 };

/**
 * A known browser's own budget (docs/adr/0065): its failures pause its exemption from the
 * account-wide lock for `lockMinutes` (then twice as long) every `step`, and end it at `max`; the
 * failures of all of an account's known browsers together end every exemption at `accountMax`. So
 * an account sees at most `maxConsecutiveFailures` + `accountMax` (100 + 20) consecutive checks.
 */
export const KNOWN_BROWSER_LIMITS = { step: 5, max: 10, accountMax: 20 };

/** How much longer than the failures the count of locks is kept, so that it never expires first. */
const MARKER_MARGIN_MS = 60_000;

/**
 * Minutes of the `k`-th lock of an account everywhere (k ≥ 1) in one run of consecutive failures:
 * `lockMinutes`, doubled at each lock, at most `lockMaxMinutes` (docs/adr/0063).
 */
export function accountLockMinutes(k: number, policy: Pick<AccountPolicy, 'lockMinutes' | 'lockMaxMinutes'>): number {
  const most = Math.max(policy.lockMaxMinutes ?? LOCK_GROWTH_DEFAULTS.lockMaxMinutes, policy.lockMinutes);
  return Math.min(policy.lockMinutes * 2 ** Math.min(Math.max(k - 1, 0), 20), most);
}

/**
 * Lock-out of password guessing (NIST SP 800-63B rev 4 §3.2.2; EU Login locks an account for 15
 * minutes after repeated failures; docs/adr/0010, 0063). Two limits, both per account:
 * - `lockAfterFailures` failures on one account from one network (an IPv4 address, an IPv6 /64)
 *   within `lockMinutes` lock that pair for `lockMinutes`: someone guessing from there, or the
 *   owner mistyping;
 * - the account's CONSECUTIVE failures from anywhere (none of them followed by a success, a
 *   password reset or an unlock by the helpdesk), however far apart: every
 *   `accountLockAfterFailures` of them lock it for everyone, for `lockMinutes`, then twice as long
 *   each time (at most `lockMaxMinutes`); at `maxConsecutiveFailures` (≤ 100) it stays locked until
 *   a password reset by e-mail or the helpdesk. A lock's end does not reset the count, so no
 *   number of networks, however patient, gets past `maxConsecutiveFailures` guesses.
 * No limit is per network alone: it would refuse the right password of every account of an
 * office behind one address.
 *
 * Each attempt RESERVES its place in both counters before the password is checked (an atomic
 * increment), so that parallel attempts cannot all pass a check made before any of them is
 * counted: an attempt whose number is past a threshold is refused without a hash until that
 * threshold's lock has been set and has ended. The failure that reaches a threshold sets the lock,
 * so exactly one attempt reports each lock.
 *
 * Counters are keyed by the *submitted* e-mail address, whether an account exists or not, so a
 * lock looks the same for both and reveals nothing. Keys hold digests, never the address or IP.
 * An account's count is remembered `failureMemoryDays` after the last attempt on it; an address
 * without an account, `lockMinutes` (and through its locks), so that the store cannot be filled
 * with a counter per invented address (docs/adr/0063).
 */
export class SignInGuard {
  constructor(
    private readonly store: EphemeralStore,
    private readonly policy: AccountPolicy,
  ) {}

  private get maxFailures(): number {
    return this.policy.maxConsecutiveFailures ?? LOCK_GROWTH_DEFAULTS.maxConsecutiveFailures;
  }

  private memoryMs(accountExists: boolean): number {
    return accountExists
      ? (this.policy.failureMemoryDays ?? LOCK_GROWTH_DEFAULTS.failureMemoryDays) * 86_400_000
      : this.policy.lockMinutes * 60_000;
  }

  /**
   * The pair keys carry the account's unlock generation (none until a helpdesk unlock): an unlock
   * by the helpdesk cannot list the networks that locked the account (their keys are digests), so
   * it starts a new generation and every pair counter and lock of the old one is left to expire.
   */
  private async keys(email: string, ip: string, browser?: string) {
    const account = tokenDigest(`acct:${email}`);
    const known = tokenDigest(`acct-browser:${email}\n${browser ?? ''}`);
    const generation = await this.store.get(`signin:generation:${account}`);
    const pair = tokenDigest(`acct-ip:${email}\n${networkOf(ip)}${generation === null ? '' : `\n${generation}`}`);
    return {
      generation: `signin:generation:${account}`,
      accountFailures: `signin:fail:${account}`,
      accountLock: `signin:lock:${account}`,
      // How many locks of the account everywhere the current run of failures has set.
      accountLocks: `signin:locks:${account}`,
      pairFailures: `signin:fail-ip:${pair}`,
      pairLock: `signin:lock-ip:${pair}`,
      mailed: `signin:mailed:${account}`,
      // A known browser's own failures, lock and count of locks; every known browser's failures.
      browserFailures: `signin:fail-kb:${known}`,
      browserLock: `signin:lock-kb:${known}`,
      browserLocks: `signin:locks-kb:${known}`,
      knownFailures: `signin:fail-known:${account}`,
    };
  }

  private locked(minutes: number): SesameError {
    return new SesameError('ACCOUNT_LOCKED', { retryAfterSeconds: minutes * 60 });
  }

  private lockedUntilReset(): SesameError {
    return new SesameError('ACCOUNT_LOCKED', { untilReset: true });
  }

  /** The refusal a lock in place calls for, if any: until reset, everywhere, from this network. */
  private async lockInPlace(keys: Awaited<ReturnType<SignInGuard['keys']>>): Promise<SesameError | null> {
    const [failures, account, pair] = await Promise.all([
      this.store.get(keys.accountFailures),
      this.store.get(keys.accountLock),
      this.store.get(keys.pairLock),
    ]);
    if (failures !== null && Number(failures) >= this.maxFailures) return this.lockedUntilReset();
    if (account !== null) return this.locked(accountLockMinutes(Number(account), this.policy));
    if (pair !== null) return this.locked(this.policy.lockMinutes);
    return null;
  }

  /**
   * Throws ACCOUNT_LOCKED while the account is locked everywhere or from this network. Counts
   * nothing: for paths that check no password (the "on mobile" request) but must not open a
   * way around a lock.
   */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const refusal = await this.lockInPlace(await this.keys(email, ip));
    if (refusal) throw refusal;
  }

  /**
   * Reserves one password check for `email` from `ip`, or throws ACCOUNT_LOCKED without any
   * being made. Call it BEFORE the hash is verified, then `succeeded` or `failed` on the result.
   * `accountExists` only sets how long the count is remembered (see the class).
   */
  async reserve(email: string, ip: string, accountExists = true, browser?: string): Promise<GuardedAttempt> {
    const keys = await this.keys(email, ip, browser);
    const windowMs = this.policy.lockMinutes * 60_000;
    const memoryMs = this.memoryMs(accountExists);
    // A known browser within its own budget: neither the account-wide lock nor the pair's applies.
    if (browser !== undefined) {
      const known = await this.reserveKnown(keys, memoryMs);
      if (known) return known;
    }
    // A lock already set: refused without counting, so waiting it out is enough.
    const inPlace = await this.lockInPlace(keys);
    if (inPlace && inPlace.details.untilReset !== true) throw inPlace;
    // The pair first: one network's refused attempts do not count against the account everywhere.
    const pairNumber = await this.store.increment(keys.pairFailures, windowMs);
    if (pairNumber > this.policy.lockAfterFailures) throw inPlace ?? this.locked(this.policy.lockMinutes);
    const accountNumber = await this.store.increment(keys.accountFailures, memoryMs);
    // Remembered as long as the account is tried, refused attempts included: an attacker who keeps
    // trying, however slowly, never outlives the count (the count of locks outlives it).
    await Promise.all([
      this.store.touch(keys.accountFailures, memoryMs),
      this.store.touch(keys.accountLocks, memoryMs + MARKER_MARGIN_MS),
    ]);
    const refusal = await this.refusal(keys, accountNumber, memoryMs);
    if (refusal) {
      // Given back: a refused attempt checked nothing, and the count stays that of the checked ones.
      await this.store.release(keys.accountFailures);
      throw refusal;
    }

    return {
      succeeded: async () => {
        await this.forget(keys, browser !== undefined);
        await this.store.delete(keys.pairFailures);
      },
      abandoned: async () => {
        await Promise.all([this.store.release(keys.pairFailures), this.store.release(keys.accountFailures)]);
      },
      failed: async () => {
        // The failure that takes a counter to a threshold locks; later numbers were refused.
        if (accountNumber === this.maxFailures) return { scope: 'account', minutes: null };
        const step = this.policy.accountLockAfterFailures;
        if (accountNumber % step === 0) {
          const k = accountNumber / step;
          const minutes = accountLockMinutes(k, this.policy);
          // The lock first, then its count: whoever reads the count k reads the lock, unless over.
          await this.store.set(keys.accountLock, String(k), minutes * 60_000);
          await this.store.set(keys.accountLocks, String(k), memoryMs + minutes * 60_000 + MARKER_MARGIN_MS);
          // The count outlives the lock, for an address without an account too.
          await this.store.touch(keys.accountFailures, memoryMs + minutes * 60_000);
          return { scope: 'account', minutes };
        }
        if (pairNumber === this.policy.lockAfterFailures) {
          await this.store.set(keys.pairLock, '1', windowMs);
          return { scope: 'ip', minutes: this.policy.lockMinutes };
        }
        return null;
      },
    };
  }

  /**
   * The right password, or an eID sign-in that proved the account: its consecutive failures start
   * again and the account-wide lock (timed or until reset) is lifted; with a known browser, that
   * browser's own count too. Pair locks stay (they shut one network out, never the owner).
   */
  private async forget(keys: Awaited<ReturnType<SignInGuard['keys']>>, browser: boolean): Promise<void> {
    const own = browser ? [keys.browserFailures, keys.browserLock, keys.browserLocks] : [];
    await Promise.all(
      [keys.accountFailures, keys.accountLocks, keys.accountLock, keys.knownFailures, ...own].map((key) =>
        this.store.delete(key),
      ),
    );
  }

  /**
   * An eID sign-in proved the account (docs/adr/0047, 0053, 0065): as the right password, the
   * account's consecutive failures start again and its lock everywhere is lifted.
   */
  async provedElsewhere(email: string): Promise<void> {
    await this.forget(await this.keys(email, ''), false);
  }

  /**
   * A known browser's reservation on its own counter (docs/adr/0065), or null when its budget is
   * spent or paused (its own lock, its cap, the account's known browsers' cap): the browser is then
   * treated as any other. Reserved as the account's (an increment before the check, a number past
   * a threshold refused until that threshold's lock is set and over), so that parallel requests
   * with one stolen cookie do not race past its cap. Touches nothing of the account or the pair.
   */
  private async reserveKnown(
    keys: Awaited<ReturnType<SignInGuard['keys']>>,
    memoryMs: number,
  ): Promise<GuardedAttempt | null> {
    const limits = KNOWN_BROWSER_LIMITS;
    if ((await this.store.get(keys.browserLock)) !== null) return null;
    const number = await this.store.increment(keys.browserFailures, memoryMs);
    const total = await this.store.increment(keys.knownFailures, memoryMs);
    await Promise.all([
      this.store.touch(keys.browserFailures, memoryMs),
      this.store.touch(keys.browserLocks, memoryMs + MARKER_MARGIN_MS),
      this.store.touch(keys.knownFailures, memoryMs),
    ]);
    const counter = this.browserCounter(keys);
    if (total > limits.accountMax || (await this.counterRefusal(counter, number, memoryMs))) {
      await Promise.all([this.store.release(keys.browserFailures), this.store.release(keys.knownFailures)]);
      return null;
    }
    return {
      succeeded: () => this.forget(keys, true),
      abandoned: async () => {
        await Promise.all([this.store.release(keys.browserFailures), this.store.release(keys.knownFailures)]);
      },
      failed: async () => {
        // Its own lock pauses its exemption; nothing is locked for anyone, nobody is mailed.
        if (number % limits.step === 0 && number < limits.max) {
          const k = number / limits.step;
          const minutes = accountLockMinutes(k, this.policy);
          await this.store.set(keys.browserLock, String(k), minutes * 60_000);
          await this.store.set(keys.browserLocks, String(k), memoryMs + minutes * 60_000 + MARKER_MARGIN_MS);
        }
        return null;
      },
    };
  }

  private accountCounter(keys: Awaited<ReturnType<SignInGuard['keys']>>): Counter {
    return {
      lock: keys.accountLock,
      locks: keys.accountLocks,
      step: this.policy.accountLockAfterFailures,
      max: this.maxFailures,
    };
  }

  private browserCounter(keys: Awaited<ReturnType<SignInGuard['keys']>>): Counter {
    return { lock: keys.browserLock, locks: keys.browserLocks, ...KNOWN_BROWSER_LIMITS };
  }

  /**
   * Why attempt number `n` of the account's run must be refused, if it must: past the lock until
   * reset; or past the k-th threshold while a lock is in place, or while the next lock is not yet
   * recorded (the failure that reaches it still being checked, or gone without a verdict).
   */
  private refusal(
    keys: Awaited<ReturnType<SignInGuard['keys']>>,
    n: number,
    memoryMs: number,
  ): Promise<SesameError | null> {
    return this.counterRefusal(this.accountCounter(keys), n, memoryMs);
  }

  /** `refusal` for any run of consecutive failures with growing locks (the account's, a known browser's). */
  private async counterRefusal(counter: Counter, n: number, memoryMs: number): Promise<SesameError | null> {
    if (n > counter.max) return this.lockedUntilReset();
    const k = Math.min(Math.floor((n - 1) / counter.step), Math.floor((counter.max - 1) / counter.step));
    if (k === 0) return null;
    // The count of locks before the lock: failed() writes the lock, then the count.
    const recorded = Number((await this.store.get(counter.locks)) ?? 0);
    const lock = await this.store.get(counter.lock);
    if (lock !== null) return this.locked(accountLockMinutes(Number(lock), this.policy));
    if (recorded >= k) return null;
    // The next lock is not recorded: set it here. Its own failure, if it comes, sets it again and
    // tells the owner; if it never comes (a node that died, a store that failed after the check),
    // the account is open again when this lock ends, instead of refusing every number past it.
    const next = recorded + 1;
    const minutes = accountLockMinutes(next, this.policy);
    await this.store.setIfAbsent(counter.lock, String(next), minutes * 60_000);
    await this.store.set(counter.locks, String(next), memoryMs + minutes * 60_000 + MARKER_MARGIN_MS);
    return this.locked(minutes);
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
      [
        keys.accountLock,
        keys.accountFailures,
        keys.accountLocks,
        keys.knownFailures,
        keys.pairLock,
        keys.pairFailures,
      ].map((key) => this.store.delete(key)),
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
    await Promise.all(
      [keys.accountLock, keys.accountFailures, keys.accountLocks, keys.knownFailures, keys.mailed].map((key) =>
        this.store.delete(key),
      ),
    );
  }

  /**
   * What the console shows: the lock of the account everywhere (for a while, or until reset), and
   * its consecutive failures (since its last success, password reset or unlock).
   */
  async lockState(email: string): Promise<{ lockedEverywhere: boolean; failures: number }> {
    const keys = await this.keys(email, '');
    const [lock, stored] = await Promise.all([this.store.get(keys.accountLock), this.store.get(keys.accountFailures)]);
    const failures = stored === null ? 0 : Number(stored);
    return { lockedEverywhere: lock !== null || failures >= this.maxFailures, failures };
  }
}
