import { afterEach, describe, expect, it } from 'vitest';
import { createFakeWebAuthnVerifier, enrolWebAuthn, fakeRegisteredCredential } from '../../../../testing';
import { createEngineWorld, type EngineWorld, META, PASSWORD } from '../app-push/engine-test-kit';
import { webauthnMethod } from './webauthn-method';

let w: EngineWorld | undefined;
afterEach(() => w?.kit.close());

async function worldWithKey(counter = 0, attestation: 'certified' | 'none' = 'none') {
  const verifier = createFakeWebAuthnVerifier();
  w = await createEngineWorld((kit) => [webauthnMethod({ ...kit.deps, webauthn: verifier })]);
  const key = await enrolWebAuthn(w.kit, verifier, fakeRegisteredCredential({ counter, attestation }));
  const given = await w.engine.giveAddress(undefined, 'n0025vuz@example.org');
  if (!given.ok) throw new Error('address refused');
  const step = await w.engine.submitPassword(given.handle, { password: PASSWORD, method: 'PASSWORD_WEBAUTHN' }, META);
  if (!step.ok || step.state.step !== 'challenge') throw new Error('no challenge');
  const answer = { credential: JSON.stringify({ id: key.externalId, response: {} }) };
  return { world: w, verifier, key, handle: step.handle, answer };
}

describe('webauthn through the engine (docs/adr/0026 §2.5, docs/adr/0029)', () => {
  it('a verified assertion authenticates with PASSWORD + PASSWORD_WEBAUTHN', async () => {
    const { world, handle, answer } = await worldWithKey();
    expect(await world.engine.settle(handle, 'webauthn', answer, META)).toMatchObject({
      ok: true,
      state: { next: { step: 'authenticated', method: 'webauthn', strengths: ['PASSWORD', 'PASSWORD_WEBAUTHN'] } },
    });
  });

  it('a certified key that verified its user keeps HIGH in the session: PASSWORD_WEBAUTHN_HIGH (docs/adr/0029 §6)', async () => {
    const { world, handle, answer } = await worldWithKey(0, 'certified');
    expect(await world.engine.settle(handle, 'webauthn', answer, META)).toMatchObject({
      ok: true,
      state: { next: { step: 'authenticated', strengths: ['PASSWORD', 'PASSWORD_WEBAUTHN_HIGH'] } },
    });
  });

  it('a sign count that goes back stays at the key page, audited webauthn_counter_regression (SEC-24)', async () => {
    const { world, verifier, key, handle, answer } = await worldWithKey(100);
    verifier.nextAuthentication = {
      verified: true,
      credentialId: key.externalId!,
      signCount: 5,
      userVerified: true,
      backedUp: false,
    };
    expect(await world.engine.settle(handle, 'webauthn', answer, META)).toMatchObject({
      ok: true,
      state: {
        next: { step: 'challenge', method: 'webauthn' },
        settled: { verdict: 'refused', reason: 'wrong-answer' },
      },
    });
    expect(world.audit).toMatchObject([
      { type: 'sign_in.failed', details: { method: 'PASSWORD_WEBAUTHN', reason: 'webauthn_counter_regression' } },
    ]);
  });
});
