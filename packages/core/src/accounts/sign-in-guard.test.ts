import { describe, expect, it } from 'vitest';
import { createMemoryEphemeralStore } from '../../testing';
import type { AccountPolicy } from './account-deps';
import { SesameError } from '../errors';
import { accountLockMinutes, SignInGuard, type GuardedAttempt } from './sign-in-guard';

const POLICY: AccountPolicy = {
  password: { minLength: 12, maxLength: 128, blocklist: new Set() },
  linkTtlMinutes: 90,
  lockAfterFailures: 3,
  accountLockAfterFailures: 5,
  lockMinutes: 15,
  mailRequests: { perAddress: 5, perIp: 30, windowMinutes: 15 },
};
const EMAIL = 'marie@example.eu';

async function fail(guard: SignInGuard, ip: string, times: number) {
  for (let i = 0; i < times; i++) await (await guard.reserve(EMAIL, ip)).failed();
}

describe('SignInGuard.unlockEverywhere (issue 14: unlock by the helpdesk)', () => {
  it('lifts the lock from one network, which the helpdesk cannot name', async () => {
    const guard = new SignInGuard(createMemoryEphemeralStore(), POLICY);
    await fail(guard, '192.0.2.10', 3);
    await expect(guard.assertAllowed(EMAIL, '192.0.2.10')).rejects.toThrow(/ACCOUNT_LOCKED/);
    await guard.unlockEverywhere(EMAIL);
    await expect(guard.assertAllowed(EMAIL, '192.0.2.10')).resolves.toBeUndefined();
    // The counting starts again: three more failures lock again.
    await fail(guard, '192.0.2.10', 2);
    await expect(guard.assertAllowed(EMAIL, '192.0.2.10')).resolves.toBeUndefined();
    await fail(guard, '192.0.2.10', 1);
    await expect(guard.assertAllowed(EMAIL, '192.0.2.10')).rejects.toThrow(/ACCOUNT_LOCKED/);
  });

  it('lifts the lock everywhere, and lockState tells it before and after', async () => {
    const guard = new SignInGuard(createMemoryEphemeralStore(), POLICY);
    expect(await guard.lockState(EMAIL)).toEqual({ lockedEverywhere: false, failures: 0 });
    await fail(guard, '192.0.2.10', 2);
    await fail(guard, '198.51.100.7', 2);
    await fail(guard, '203.0.113.5', 1);
    expect(await guard.lockState(EMAIL)).toEqual({ lockedEverywhere: true, failures: 5 });
    await expect(guard.assertAllowed(EMAIL, '203.0.113.99')).rejects.toThrow(/ACCOUNT_LOCKED/);
    await guard.unlockEverywhere(EMAIL);
    expect(await guard.lockState(EMAIL)).toEqual({ lockedEverywhere: false, failures: 0 });
    await expect(guard.assertAllowed(EMAIL, '203.0.113.99')).resolves.toBeUndefined();
  });

  it('leaves other accounts locked', async () => {
    const guard = new SignInGuard(createMemoryEphemeralStore(), POLICY);
    for (let i = 0; i < 3; i++) await (await guard.reserve('other@example.eu', '192.0.2.10')).failed();
    await guard.unlockEverywhere(EMAIL);
    await expect(guard.assertAllowed('other@example.eu', '192.0.2.10')).rejects.toThrow(/ACCOUNT_LOCKED/);
  });
});

describe('SignInGuard: the growing lock-out (docs/adr/0063)', () => {
  const GROWING: AccountPolicy = { ...POLICY, lockMaxMinutes: 40, maxConsecutiveFailures: 20 };
  const minutes = (error: unknown) => (error as SesameError).details;

  function world() {
    let now = 1_000_000;
    const store = createMemoryEphemeralStore({ clock: () => now });
    const guard = new SignInGuard(store, GROWING);
    let ip = 0;
    return {
      guard,
      advanceMinutes: (m: number) => (now += m * 60_000),
      /** A wrong password from a new network each time, till refused: the refusal's details. */
      async failUntilRefused() {
        for (;;) {
          const attempt = await guard.reserve(EMAIL, `198.51.100.${++ip}`).catch((error: unknown) => error);
          if (attempt instanceof SesameError) return attempt.details;
          await (attempt as GuardedAttempt).failed();
        }
      },
    };
  }

  it('doubles each lock up to lockMaxMinutes, and never lets the count past maxConsecutiveFailures', async () => {
    expect([1, 2, 3, 4, 30].map((k) => accountLockMinutes(k, GROWING))).toEqual([15, 30, 40, 40, 40]);
    const w = world();
    const refusals = [];
    for (let round = 0; round < 5; round++) {
      const refusal = await w.failUntilRefused();
      refusals.push(refusal);
      w.advanceMinutes((refusal.retryAfterSeconds ?? 0) / 60 + 1);
    }
    expect(refusals).toEqual([
      { retryAfterSeconds: 900 },
      { retryAfterSeconds: 1800 },
      { retryAfterSeconds: 2400 },
      { untilReset: true },
      { untilReset: true },
    ]);
    expect(await w.guard.lockState(EMAIL)).toEqual({ lockedEverywhere: true, failures: 20 });
    await expect(w.guard.assertAllowed(EMAIL, '203.0.113.1')).rejects.toSatisfy((e) => minutes(e).untilReset === true);
  });

  it('is lifted, count and all, by the helpdesk and by a password reset, and by nothing else', async () => {
    for (const lift of ['helpdesk', 'reset'] as const) {
      const w = world();
      for (let round = 0; round < 4; round++)
        w.advanceMinutes(((await w.failUntilRefused()).retryAfterSeconds ?? 0) / 60 + 1);
      w.advanceMinutes(29 * 24 * 60);
      await expect(w.guard.assertAllowed(EMAIL, '203.0.113.1')).rejects.toThrow(/ACCOUNT_LOCKED/);
      if (lift === 'helpdesk') await w.guard.unlockEverywhere(EMAIL);
      else await w.guard.unlock(EMAIL, '203.0.113.1');
      expect(await w.guard.lockState(EMAIL)).toEqual({ lockedEverywhere: false, failures: 0 });
      // A new run: the first lock is the shortest again.
      expect(await w.failUntilRefused()).toEqual({ retryAfterSeconds: 900 });
    }
  });

  it('is not stuck when the failure that reaches a threshold never reports (a node gone mid-check)', async () => {
    const w = world();
    for (let i = 0; i < 4; i++) await (await w.guard.reserve(EMAIL, `192.0.2.${i}`)).failed();
    // The fifth is reserved, then its node dies: no verdict, no lock written by it.
    await w.guard.reserve(EMAIL, '192.0.2.5');
    // The next one sets the lock the fifth would have: refused for 15 minutes, no longer.
    await expect(w.guard.reserve(EMAIL, '192.0.2.6')).rejects.toSatisfy((e) => minutes(e).retryAfterSeconds === 900);
    w.advanceMinutes(16);
    const sixth = await w.guard.reserve(EMAIL, '192.0.2.6');
    await sixth.succeeded();
    expect(await w.guard.lockState(EMAIL)).toEqual({ lockedEverywhere: false, failures: 0 });
  });

  it('remembers an account’s count failureMemoryDays after the last attempt, refused ones included', async () => {
    const w = world();
    for (let round = 0; round < 4; round++)
      w.advanceMinutes(((await w.failUntilRefused()).retryAfterSeconds ?? 0) / 60 + 1);
    // Tried every 29 days for a year: the lock holds.
    for (let month = 0; month < 13; month++) {
      w.advanceMinutes(29 * 24 * 60);
      await expect(w.guard.reserve(EMAIL, '203.0.113.1')).rejects.toThrow(/ACCOUNT_LOCKED/);
    }
    // Left alone for the whole memory: forgotten (the store cannot keep every count for ever).
    w.advanceMinutes(31 * 24 * 60);
    expect(await w.guard.lockState(EMAIL)).toEqual({ lockedEverywhere: false, failures: 0 });
  });
});

describe('SignInGuard: a known browser’s own budget (docs/adr/0065)', () => {
  const GROWING: AccountPolicy = { ...POLICY, lockMaxMinutes: 40, maxConsecutiveFailures: 20 };
  const HOME = 'browser-at-home';

  function world() {
    let now = 1_000_000;
    const store = createMemoryEphemeralStore({ clock: () => now });
    const guard = new SignInGuard(store, GROWING);
    let ip = 0;
    const reserve = (browser?: string) =>
      guard.reserve(EMAIL, `198.51.100.${(++ip % 250) + 1}`, true, browser).catch((error: unknown) => error);
    return {
      guard,
      reserve,
      advanceMinutes: (m: number) => (now += m * 60_000),
      /** Wrong passwords till refused (an attacker without a known browser): the account at its cap. */
      async toTheCap() {
        for (let round = 0; round < 10; round++) {
          for (;;) {
            const attempt = await reserve();
            if (attempt instanceof SesameError) {
              if (attempt.details.untilReset === true) return;
              now += (Number(attempt.details.retryAfterSeconds) + 60) * 1000;
              break;
            }
            await (attempt as GuardedAttempt).failed();
          }
        }
      },
      /** Wrong passwords from `browser` until one is refused: how many were let through. */
      async guessesOf(browser: string) {
        let through = 0;
        for (;;) {
          const attempt = await reserve(browser);
          if (attempt instanceof SesameError) return through;
          through++;
          await (attempt as GuardedAttempt).failed();
        }
      },
    };
  }

  it('lets a known browser through the lock until reset, and its right password lifts it for everyone', async () => {
    const w = world();
    await w.toTheCap();
    expect(await w.guard.lockState(EMAIL)).toEqual({ lockedEverywhere: true, failures: 20 });
    await expect(w.reserve()).resolves.toBeInstanceOf(SesameError);
    const attempt = await w.reserve(HOME);
    expect(attempt).not.toBeInstanceOf(SesameError);
    await (attempt as GuardedAttempt).succeeded();
    expect(await w.guard.lockState(EMAIL)).toEqual({ lockedEverywhere: false, failures: 0 });
  });

  it('gives a known browser its own bounded guesses: 5, a pause of 15 minutes, 5, then none', async () => {
    const w = world();
    await w.toTheCap();
    expect(await w.guessesOf(HOME)).toBe(5);
    w.advanceMinutes(16);
    expect(await w.guessesOf(HOME)).toBe(5);
    for (let day = 0; day < 60; day++) {
      w.advanceMinutes(24 * 60);
      expect(await w.guessesOf(HOME)).toBe(0);
    }
    // Its failures locked nothing for the others and never reached the account's count.
    expect(await w.guard.lockState(EMAIL)).toEqual({ lockedEverywhere: true, failures: 20 });
  });

  it('bounds every known browser of the account together: 20 guesses at most, then the account’s lock', async () => {
    const w = world();
    await w.toTheCap();
    let total = 0;
    for (const browser of ['one', 'two', 'three', 'four']) {
      total += await w.guessesOf(browser);
      w.advanceMinutes(16);
      total += await w.guessesOf(browser);
    }
    expect(total).toBe(20);
  });

  it('counts on the account while the browser is paused: then it is as any other browser', async () => {
    const w = world();
    // Its own 5, then 5 on the account's count, which then locks the account everywhere.
    expect(await w.guessesOf(HOME)).toBe(10);
    expect(await w.guard.lockState(EMAIL)).toEqual({ lockedEverywhere: true, failures: 5 });
  });

  it('lets no more than a threshold of a parallel burst from one known browser through', async () => {
    const w = world();
    await w.toTheCap();
    const attempts = await Promise.all(Array.from({ length: 30 }, () => w.reserve(HOME)));
    const through = attempts.filter((a): a is GuardedAttempt => !(a instanceof SesameError));
    expect(through).toHaveLength(5);
    await Promise.all(through.map((a) => a.failed()));
    expect(await w.guessesOf(HOME)).toBe(0);
  });

  it('starts a known browser’s count again after its right password', async () => {
    const w = world();
    await w.toTheCap();
    expect(await w.guessesOf(HOME)).toBe(5);
    w.advanceMinutes(16);
    for (let i = 0; i < 4; i++) await ((await w.reserve(HOME)) as GuardedAttempt).failed();
    await ((await w.reserve(HOME)) as GuardedAttempt).succeeded();
    // Its own 5 again, then 5 on the account's count, started again too.
    expect(await w.guessesOf(HOME)).toBe(10);
    expect(await w.guard.lockState(EMAIL)).toEqual({ lockedEverywhere: true, failures: 5 });
  });

  it('provedElsewhere (an eID sign-in) starts the account’s count again and lifts its lock', async () => {
    const w = world();
    await w.toTheCap();
    await w.guard.provedElsewhere(EMAIL);
    expect(await w.guard.lockState(EMAIL)).toEqual({ lockedEverywhere: false, failures: 0 });
    await expect(w.guard.assertAllowed(EMAIL, '203.0.113.1')).resolves.toBeUndefined();
  });
});
