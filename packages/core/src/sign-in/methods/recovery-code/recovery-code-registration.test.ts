import { generateEs256KeyPair, signOfflineChallenge } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeviceKit, createTestHasher, type DeviceKit } from '../../../../testing';
import type { AccountDeps } from '../../../accounts/account-deps';
import { planPasswordStep } from '../../policy';
import { readSignInState } from '../../state-schema';
import { createSignInMethods, type MethodDeps } from '../registry';

let kit: DeviceKit;
afterEach(() => kit?.close());

async function deps(): Promise<MethodDeps> {
  kit = await createDeviceKit();
  const keys = await generateEs256KeyPair();
  return {
    // The recovery codes take the accounts' hasher; the password method only keeps the rest.
    accounts: {
      durable: kit.deps.durable,
      ephemeral: kit.deps.ephemeral,
      hasher: createTestHasher(),
    } as unknown as AccountDeps,
    devices: kit.deps,
    notifier: { notify: async () => undefined },
    offlineSigner: { kid: 'srv1', sign: (c) => signOfflineChallenge(keys.privateKey, c) },
  };
}

describe('registering "Recovery code" (docs/adr/0026 §2.4, docs/adr/0028)', () => {
  it('is offered only when the deployment turns it on: the chooser is unchanged otherwise', async () => {
    const without = createSignInMethods(await deps());
    expect(without.byId('recovery-code')).toBeUndefined();
    expect(planPasswordStep({ purpose: 'sign-in', methods: without.list }).chooser).toEqual([
      'app-push',
      'app-qr',
      'password',
    ]);
  });

  it('on: found by its wire name, listed after the other factors and before the password', async () => {
    const registry = createSignInMethods({ ...(await deps()), totp: {}, recoveryCodes: true });
    expect(registry.byWireName('PASSWORD_RECOVERY_CODE')?.id).toBe('recovery-code');
    expect(planPasswordStep({ purpose: 'sign-in', methods: registry.list }).chooser).toEqual([
      'app-push',
      'app-qr',
      'totp',
      'recovery-code',
      'password',
    ]);
  });

  it('pre-selected when just chosen, never from the `method` cookie: after a recovery, the new factor', async () => {
    const registry = createSignInMethods({ ...(await deps()), recoveryCodes: true });
    const plan = (extra: { lastUsed?: string; chosen?: string }) =>
      planPasswordStep({ purpose: 'sign-in', methods: registry.list, ...extra }).preselected;
    expect(plan({ lastUsed: 'PASSWORD_RECOVERY_CODE' })).toBe('password');
    expect(plan({ chosen: 'PASSWORD_RECOVERY_CODE' })).toBe('recovery-code');
    expect(plan({ lastUsed: 'PASSWORD_MOBILE_APP' })).toBe('app-push');
  });

  it('a pending "recovery-code" challenge is a valid stored sign-in (v2)', () => {
    const state = {
      v: 2,
      step: 'challenge',
      ctx: { purpose: 'sign-in' },
      email: 'n0025vuz@example.org',
      method: 'recovery-code',
      userId: 'n0025vuz',
      presented: ['PASSWORD'],
      since: 1,
      expiresAt: 2,
      data: { until: 2 },
    };
    expect(readSignInState(JSON.stringify(state))).toEqual(state);
  });
});
