import { describe, expect, it } from 'vitest';
import { simpleWebAuthnVerifier } from './simplewebauthn-verifier';
import { type CeremonyOverrides, softwareAuthenticator } from './testing/software-authenticator';

const RP = { rpId: 'sesame.example.org', rpName: 'Sésame', origin: 'https://sesame.example.org' };
const CHALLENGE = 'Y2hhbGxlbmdlLW9mLTMyLWJ5dGVzLWZvci10ZXN0cy0hIQ';
const USER = 'bjAwMjV2dXo';

const verifier = simpleWebAuthnVerifier({ ...RP, judgeAttestation: async () => ({ accepted: true, verdict: 'none' }) });
const key = softwareAuthenticator({ rpId: RP.rpId, origin: RP.origin });

async function registered(o: CeremonyOverrides = {}, attestation: 'none' | 'self' = 'none', uv = false) {
  const { credential, response } = key.register({ challenge: CHALLENGE, user: { id: USER } }, attestation, o);
  const verdict = await verifier.verifyRegistration({
    response,
    expectedChallenge: CHALLENGE,
    requireUserVerification: uv,
  });
  return { credential, verdict };
}

describe('simpleWebAuthnVerifier: registration (WebAuthn L3 §7.1, SEC-22)', () => {
  it('a none and a packed self attestation verify; the credential comes back as plain data', async () => {
    const none = await registered();
    expect(none.verdict).toMatchObject({
      verified: true,
      credential: {
        id: none.credential.id,
        counter: 0,
        attestationFormat: 'none',
        userVerified: true,
        transports: ['usb'],
      },
    });
    expect((await registered({}, 'self')).verdict).toMatchObject({
      verified: true,
      credential: { attestationFormat: 'packed' },
    });
  });

  it.each([
    [{ type: 'webauthn.get' }, 'type'],
    [{ challenge: 'b3RoZXItY2hhbGxlbmdl' }, 'challenge'],
    [{ origin: 'https://evil.example.net' }, 'origin'],
    [{ rpId: 'evil.example.net' }, 'rp-id'],
    [{ userPresent: false }, 'user-presence'],
  ] as const)('a tampered ceremony %o is refused: %s', async (o, reason) => {
    expect((await registered(o)).verdict).toEqual({ verified: false, reason });
  });

  it('UV required and absent is refused; a bad self-attestation signature is refused', async () => {
    expect((await registered({ userVerified: false }, 'none', true)).verdict).toEqual({
      verified: false,
      reason: 'user-verification',
    });
    expect((await registered({ badSignature: true }, 'self')).verdict).toMatchObject({ verified: false });
  });

  it('the attestation policy may refuse the key', async () => {
    const strict = simpleWebAuthnVerifier({ ...RP, judgeAttestation: async () => ({ accepted: false }) });
    const { response } = key.register({ challenge: CHALLENGE, user: { id: USER } });
    expect(
      await strict.verifyRegistration({ response, expectedChallenge: CHALLENGE, requireUserVerification: false }),
    ).toEqual({
      verified: false,
      reason: 'attestation-not-allowed',
    });
  });
});

describe('simpleWebAuthnVerifier: authentication (WebAuthn L3 §7.2, SEC-23)', () => {
  async function enrolled() {
    const { credential, verdict } = await registered();
    if (!verdict.verified) throw new Error('not registered');
    const stored = { id: verdict.credential.id, publicKey: verdict.credential.publicKey, transports: [] };
    const check = (response: unknown, uv = false) =>
      verifier.verifyAuthentication({
        response,
        expectedChallenge: CHALLENGE,
        credential: stored,
        requireUserVerification: uv,
      });
    return { credential, check };
  }

  it('a right assertion verifies and reports its sign count (never judged here: SEC-24 is core’s)', async () => {
    const { credential, check } = await enrolled();
    expect(await check(key.assert(credential, CHALLENGE))).toEqual({
      verified: true,
      credentialId: credential.id,
      signCount: 1,
      userVerified: true,
      backedUp: false,
    });
    // A count that went back is returned as such.
    expect(await check(key.assert(credential, CHALLENGE, { signCount: 0 }))).toMatchObject({
      verified: true,
      signCount: 0,
    });
  });

  it.each([
    [{ type: 'webauthn.create' }, 'type'],
    [{ challenge: 'b3RoZXItY2hhbGxlbmdl' }, 'challenge'],
    [{ origin: 'https://evil.example.net' }, 'origin'],
    [{ rpId: 'evil.example.net' }, 'rp-id'],
    [{ userPresent: false }, 'user-presence'],
    [{ badSignature: true }, 'signature'],
  ] as const)('a tampered assertion %o is refused: %s', async (o, reason) => {
    const { credential, check } = await enrolled();
    expect(await check(key.assert(credential, CHALLENGE, o))).toEqual({ verified: false, reason });
  });

  it('UV required and absent is refused', async () => {
    const { credential, check } = await enrolled();
    expect(await check(key.assert(credential, CHALLENGE, { userVerified: false }), true)).toEqual({
      verified: false,
      reason: 'user-verification',
    });
  });

  it('the options carry the challenge, the RP id and the allow list as given', async () => {
    const options = await verifier.authenticationOptions({
      challenge: CHALLENGE,
      allow: [{ id: 'AAAA', transports: ['usb'] }],
      userVerification: 'required',
    });
    expect(options).toMatchObject({
      challenge: CHALLENGE,
      rpId: RP.rpId,
      allowCredentials: [{ id: 'AAAA', type: 'public-key' }],
    });
  });
});
