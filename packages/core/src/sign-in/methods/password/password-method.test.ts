import { describe, expect, it } from 'vitest';
import type { AccountDeps } from '../../../accounts/account-deps';
import type { AuditEvent, DurableStore } from '../../../ports';
import type { SignInMeta } from '../../meta';
import { testUser } from '../../testing/fake-methods';
import { createRecordingEphemeralStore } from '../../../../testing';
import { passwordMethod } from './password-method';

const META: SignInMeta = { ip: '192.0.2.1', userAgent: 'test', locale: 'en', browser: 'Firefox on Linux' };
const user = testUser({ passwordHash: 'hash:right' });

/** Only what authenticatePassword reads of the durable store: the user by address, the audit log. */
function accounts(audit: AuditEvent[]): AccountDeps {
  const durable: Pick<DurableStore, 'users' | 'audit'> = {
    users: { findByEmail: async (email: string) => (email === user.email ? user : null) } as DurableStore['users'],
    audit: { append: async (event: AuditEvent) => void audit.push(event) } as DurableStore['audit'],
  };
  return {
    // A test double of the two repositories authenticatePassword uses; the rest is never called.
    durable: durable as DurableStore,
    ephemeral: createRecordingEphemeralStore(),
    hasher: { hash: async (p) => `hash:${p}`, verify: async (h, p) => h === `hash:${p}` },
    mailer: { send: async () => undefined },
    clock: { now: () => new Date(0) },
    policy: {
      password: { minLength: 12, maxLength: 128, blocklist: new Set() },
      linkTtlMinutes: 90,
      lockAfterFailures: 5,
      accountLockAfterFailures: 20,
      lockMinutes: 15,
      mailRequests: { perAddress: 5, perIp: 30, windowMinutes: 15 },
    },
  };
}

describe('passwordMethod: authenticatePassword behind the SignInMethod interface', () => {
  it('is the first method, PASSWORD, proving PASSWORD', () => {
    const method = passwordMethod(accounts([]));
    expect([method.id, method.wireName, method.position, method.strengths]).toEqual([
      'password',
      'PASSWORD',
      'first',
      ['PASSWORD'],
    ]);
    expect(method.parseAnswer({ password: 'p', other: 'x' })).toEqual({ password: 'p' });
  });

  it('check: the account for the right password', async () => {
    expect(await passwordMethod(accounts([])).check(user.email, { password: 'right' }, META)).toBe(user);
  });

  it('check: INVALID_CREDENTIALS and the audit entry for a wrong one, as authenticatePassword', async () => {
    const audit: AuditEvent[] = [];
    await expect(passwordMethod(accounts(audit)).check(user.email, { password: 'wrong' }, META)).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    expect(audit).toMatchObject([{ type: 'sign_in.failed', userId: 'u1', details: { reason: 'password' } }]);
  });

  it('is never a challenge: start and settle reject', async () => {
    const method = passwordMethod(accounts([]));
    const input = { handle: 'h', userId: null, email: user.email, appName: 'x', meta: META, now: new Date(0) };
    await expect(method.start(input)).rejects.toThrow(/never as a challenge/);
    await expect(
      method.settle({ handle: 'h', userId: null, data: {}, since: 0, meta: META, now: new Date(0) }, { password: 'x' }),
    ).rejects.toThrow(/never as a challenge/);
  });
});
