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
