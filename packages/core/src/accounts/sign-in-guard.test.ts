import { describe, expect, it } from 'vitest';
import { createMemoryEphemeralStore } from '../../testing';
import type { AccountPolicy } from './account-deps';
import { SignInGuard } from './sign-in-guard';

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
