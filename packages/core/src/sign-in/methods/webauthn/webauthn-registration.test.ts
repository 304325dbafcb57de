import { generateEs256KeyPair, signOfflineChallenge } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeviceKit, createFakeWebAuthnVerifier, type DeviceKit } from '../../../../testing';
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
    // The password method only keeps them; it is not asked here.
    accounts: { durable: kit.deps.durable, ephemeral: kit.deps.ephemeral } as unknown as AccountDeps,
    devices: kit.deps,
    notifier: { notify: async () => undefined },
    offlineSigner: { kid: 'srv1', sign: (c) => signOfflineChallenge(keys.privateKey, c) },
  };
}

describe('registering "Security key or trusted platform" (docs/adr/0026 §2.4, docs/adr/0029)', () => {
  it('is offered only when the deployment turns it on: the chooser is unchanged otherwise', async () => {
    const without = createSignInMethods(await deps());
    expect(without.byId('webauthn')).toBeUndefined();
    expect(planPasswordStep({ purpose: 'sign-in', methods: without.list }).chooser).toEqual([
      'app-push',
      'app-qr',
      'password',
    ]);
  });

  it('on: found by its wire name, listed after the app’s QR code and before an authenticator app', async () => {
    const registry = createSignInMethods({
      ...(await deps()),
      totp: {},
      webauthn: { verifier: createFakeWebAuthnVerifier() },
    });
    expect(registry.byWireName('PASSWORD_WEBAUTHN')?.id).toBe('webauthn');
    expect(planPasswordStep({ purpose: 'sign-in', methods: registry.list }).chooser).toEqual([
      'app-push',
      'app-qr',
      'webauthn',
      'totp',
      'password',
    ]);
  });

  it('a pending "webauthn" challenge is a valid stored sign-in (v2)', () => {
    const state = {
      v: 2,
      step: 'challenge',
      ctx: { purpose: 'sign-in' },
      email: 'n0025vuz@example.org',
      method: 'webauthn',
      userId: 'n0025vuz',
      presented: ['PASSWORD'],
      since: 1,
      expiresAt: 2,
      data: { until: 2 },
    };
    expect(readSignInState(JSON.stringify(state))).toMatchObject({ method: 'webauthn' });
  });
});
