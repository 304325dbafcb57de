import { afterEach, describe, expect, it } from 'vitest';
import {
  createDeviceKit,
  createFakeWebAuthnVerifier,
  type DeviceKit,
  enrolWebAuthn,
  fakeRegisteredCredential,
} from '../../../../testing';
import { webauthnUserHandle } from '../../../credentials/webauthn-enrolment';
import { finishPasskeySignIn, startPasskeySignIn } from './webauthn-passkey';

let kit: DeviceKit;
afterEach(() => kit?.close());

const USER = 'n0025vuz';

async function world() {
  kit = await createDeviceKit();
  const verifier = createFakeWebAuthnVerifier();
  const key = await enrolWebAuthn(kit, verifier, fakeRegisteredCredential({ attestation: 'certified' }));
  return { verifier, key, deps: { ...kit.deps, webauthn: verifier } };
}

describe('passkey sign-in: no e-mail typed (docs/adr/0029 §5)', () => {
  it('options with no allow list and UV required; the credential names its account', async () => {
    const w = await world();
    const options = await startPasskeySignIn(w.deps, 'h1');
    expect(options).toEqual({
      challenge: w.verifier.challenges.at(-1),
      allowCredentials: [],
      userVerification: 'required',
    });
    const response = { id: w.key.externalId, response: { userHandle: webauthnUserHandle(USER) } };
    expect(await finishPasskeySignIn(w.deps, 'h1', response, kit.now())).toEqual({
      ok: true,
      userId: USER,
      credentialId: w.key.id,
      level: 'HIGH',
    });
    expect(w.verifier.authentications[0]).toMatchObject({ requireUserVerification: true });
  });

  it('the challenge is single-use; no user handle, or another’s, names no one', async () => {
    const w = await world();
    await startPasskeySignIn(w.deps, 'h1');
    const response = { id: w.key.externalId, response: { userHandle: webauthnUserHandle(USER) } };
    await finishPasskeySignIn(w.deps, 'h1', response, kit.now());
    expect(await finishPasskeySignIn(w.deps, 'h1', response, kit.now())).toEqual({
      ok: false,
      auditReason: 'webauthn_challenge',
    });
    await startPasskeySignIn(w.deps, 'h2');
    expect(await finishPasskeySignIn(w.deps, 'h2', { id: w.key.externalId, response: {} }, kit.now())).toEqual({
      ok: false,
      auditReason: 'webauthn_unknown_credential',
    });
    await startPasskeySignIn(w.deps, 'h3');
    const spoofed = { id: w.key.externalId, response: { userHandle: webauthnUserHandle('x0099abc') } };
    expect(await finishPasskeySignIn(w.deps, 'h3', spoofed, kit.now())).toMatchObject({ ok: false });
  });
});
