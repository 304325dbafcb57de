import {
  computeOcra,
  decodeOfflineChallengeQr,
  generateEs256KeyPair,
  ocraTimestamp,
  SESAME_OFFLINE_OCRA_SUITE,
  signOfflineChallenge,
} from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { isSesameError } from '../../../errors';
import { createEngineWorld, type EngineWorld, META, PASSWORD } from '../app-push/engine-test-kit';
import type { AppQrView } from './app-qr-data';
import { appQrMethod } from './app-qr-method';

let w: EngineWorld | undefined;
afterEach(() => w?.kit.close());

/** Address, password, "Sésame app with QR code": the QR is shown. */
async function signIn() {
  const keys = await generateEs256KeyPair();
  w = await createEngineWorld((kit) => [
    appQrMethod(kit.deps, { kid: 'srv1', sign: (c) => signOfflineChallenge(keys.privateKey, c) }),
  ]);
  const given = await w.engine.giveAddress(undefined, 'n0025vuz@example.org');
  if (!given.ok) throw new Error('address refused');
  const step = await w.engine.submitPassword(
    given.handle,
    { password: PASSWORD, method: 'PASSWORD_SOFTWARE_TOKEN' },
    META,
  );
  if (!step.ok || step.state.step !== 'challenge') throw new Error('no challenge');
  return { world: w, handle: step.handle };
}

/** The code the app shows for the page's QR (a wrong PIN gives a wrong one). */
async function appCode(world: EngineWorld, handle: string, wrongPin = false) {
  const view = await world.engine.view<AppQrView>(handle, 'app-qr', META);
  if (!view.ok || view.state.view === null) throw new Error('no QR');
  const { question } = decodeOfflineChallengeQr(view.state.view.qrText);
  const key = wrongPin ? crypto.getRandomValues(new Uint8Array(32)) : world.device.secret;
  return computeOcra(SESAME_OFFLINE_OCRA_SUITE, key, {
    question,
    timestamp: ocraTimestamp(SESAME_OFFLINE_OCRA_SUITE, world.kit.now()),
  });
}

describe('app-qr through the engine (docs/adr/0026 §2.5)', () => {
  it('a wrong code stays at the QR (audited wrong_code); the right one authenticates with PASSWORD + PASSWORD_SOFTWARE_TOKEN', async () => {
    const { world, handle } = await signIn();
    const wrong = await world.engine.settle(handle, 'app-qr', { code: await appCode(world, handle, true) }, META);
    expect(wrong).toMatchObject({
      ok: true,
      state: { next: { step: 'challenge' }, settled: { verdict: 'refused', reason: 'wrong-answer' } },
    });
    expect(world.audit).toMatchObject([
      { type: 'sign_in.failed', details: { method: 'PASSWORD_SOFTWARE_TOKEN', reason: 'wrong_code' } },
    ]);
    const right = await world.engine.settle(handle, 'app-qr', { code: await appCode(world, handle) }, META);
    expect(right).toMatchObject({
      ok: true,
      state: {
        next: {
          step: 'authenticated',
          method: 'app-qr',
          strengths: ['PASSWORD', 'PASSWORD_SOFTWARE_TOKEN'],
          mobileDevices: [{ id: world.device.deviceId }],
        },
      },
    });
  });

  it('a code that is not 8 digits is INVALID_INPUT, thrown as before; nothing counted, nothing audited', async () => {
    const { world, handle } = await signIn();
    await expect(world.engine.settle(handle, 'app-qr', { code: '123' }, META)).rejects.toSatisfy((e: unknown) =>
      isSesameError(e, 'INVALID_INPUT'),
    );
    expect(world.audit).toEqual([]);
    expect((await world.kit.deps.durable.devices.findById(world.device.deviceId))!.failedAnswers).toBe(0);
  });

  it('the 5th wrong code blocks the device: back to the password step, with the end of the block', async () => {
    const { world, handle } = await signIn();
    for (let i = 0; i < 4; i++)
      await world.engine.settle(handle, 'app-qr', { code: await appCode(world, handle, true) }, META);
    const blocked = await world.engine.settle(handle, 'app-qr', { code: await appCode(world, handle, true) }, META);
    expect(blocked).toMatchObject({
      ok: true,
      state: {
        next: { step: 'password' },
        settled: { verdict: 'ended', reason: 'blocked', blockedUntil: expect.any(Date) },
      },
    });
    expect(world.audit).toHaveLength(5);
  });

  it('past the 5 minutes: expired, the sign-in stays at the QR step; the view has no QR', async () => {
    const { world, handle } = await signIn();
    const typed = await appCode(world, handle);
    world.kit.advance(300_000);
    expect(await world.engine.settle(handle, 'app-qr', { code: typed }, META)).toMatchObject({
      ok: true,
      state: { next: { step: 'challenge' }, settled: { verdict: 'expired' } },
    });
    expect(await world.engine.view(handle, 'app-qr', META)).toMatchObject({
      ok: true,
      state: { view: null, expired: true },
    });
  });
});
