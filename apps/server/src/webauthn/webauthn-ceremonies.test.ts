import {
  finishWebAuthnEnrolment,
  NO_ACTOR,
  type SignInMeta,
  startWebAuthnEnrolment,
  webauthnMethod,
  type WebAuthnCounterRegression,
  type WebAuthnVerifier,
} from '@sesame/core';
import { createDeviceKit, type DeviceKit, MFA_SESSION } from '@sesame/core/testing';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { attestationJudge } from './attestation-policy';
import { verifyMds3Blob } from './mds3';
import { simpleWebAuthnVerifier } from './simplewebauthn-verifier';
import { type AttestationKey, type SoftwareCredential, softwareAuthenticator } from './testing/software-authenticator';
import { testBlob, testLeaf, testMdsPayload, testRoot } from './testing/test-pki';

/**
 * End to end through core and @simplewebauthn/server with the node:crypto authenticator
 * (issue 13 "Done when", short of the browser): enrol, sign in, levels, SEC-22..24.
 */
const RP = { rpId: 'sesame.example.org', rpName: 'Sésame', origin: 'https://sesame.example.org' };
const CERTIFIED_MODEL = 'cb69481e-8ff7-4039-93ec-0a2729a154a8';
const USER = 'n0025vuz';
const HANDLE = 'ltx-desk-1';
const META: SignInMeta = {
  ip: '192.0.2.10',
  userAgent: 'Mozilla/5.0',
  locale: 'fr',
  browser: 'Firefox 128 on Windows',
};

let kit: DeviceKit;
afterEach(() => kit?.close());

let verifier: WebAuthnVerifier;
let attestationKey: AttestationKey;

beforeAll(async () => {
  const mdsRoot = await testRoot('TEST MDS root');
  const signer = await testLeaf(mdsRoot, 'mds.test.example');
  const makerRoot = await testRoot('TEST maker root');
  const attestation = await testLeaf(makerRoot, 'TEST key', { attestation: true });
  attestationKey = { privateKey: attestation.privateKey, x5c: [attestation.der] };
  const blob = testBlob(
    testMdsPayload([{ aaguid: CERTIFIED_MODEL, statuses: ['FIDO_CERTIFIED_L2'], roots: [makerRoot] }]),
    signer,
    [signer],
  );
  const metadata = verifyMds3Blob(blob, mdsRoot.pem, new Date());
  verifier = simpleWebAuthnVerifier({
    ...RP,
    judgeAttestation: attestationJudge({ mode: 'fido-certified', metadata }),
  });
});

async function world(model: string | undefined = undefined) {
  kit = await createDeviceKit();
  const deps = { ...kit.deps, webauthn: verifier };
  const key = softwareAuthenticator({ rpId: RP.rpId, origin: RP.origin, ...(model ? { aaguid: model } : {}) });
  const regressions: WebAuthnCounterRegression[] = [];
  const method = webauthnMethod(deps, { onCounterRegression: async (r) => void regressions.push(r) });

  async function enrol(attestation: 'none' | 'self' | AttestationKey = 'none', spoil = {}) {
    const options = (await startWebAuthnEnrolment(
      deps,
      kit.users.get(USER)!,
      'Ma clé',
      {},
      MFA_SESSION,
      kit.now(),
    )) as {
      challenge: string;
      user: { id: string };
    };
    const { credential, response } = key.register(options, attestation, spoil);
    const stored = await finishWebAuthnEnrolment(deps, USER, response, MFA_SESSION, NO_ACTOR, kit.now());
    return { credential, stored };
  }

  async function signIn(credential: SoftwareCredential, spoil = {}) {
    const started = await method.start({
      handle: HANDLE,
      userId: USER,
      email: 'n0025vuz@example.org',
      appName: 'TRACES NT (démo)',
      meta: META,
      now: kit.now(),
    });
    const input = { handle: HANDLE, userId: USER, data: started.data, since: 0, meta: META, now: kit.now() };
    const view = await method.view(input);
    const challenge = (view!.options as { challenge: string }).challenge;
    const answer = method.parseAnswer({ credential: JSON.stringify(key.assert(credential, challenge, spoil)) });
    return method.settle(input, answer);
  }
  return { enrol, signIn, regressions };
}

describe('WebAuthn end to end: core + @simplewebauthn/server + a software authenticator', () => {
  it('a certified model with a full attestation enrols as certified and signs in at HIGH (with UV)', async () => {
    const w = await world(CERTIFIED_MODEL);
    const { credential, stored } = await w.enrol(attestationKey);
    expect(JSON.parse(stored.data)).toMatchObject({
      aaguid: CERTIFIED_MODEL,
      attestation: 'certified',
      attestationFormat: 'packed',
    });
    expect(await w.signIn(credential)).toMatchObject({ verdict: 'verified', userId: USER, level: 'HIGH' });
    expect(await w.signIn(credential, { userVerified: false })).toMatchObject({ verdict: 'verified', level: 'MEDIUM' });
  });

  it('a certified model whose key is backup-eligible (a synced passkey) stays at MEDIUM', async () => {
    const w = await world(CERTIFIED_MODEL);
    const { credential, stored } = await w.enrol(attestationKey, { backupEligible: true });
    expect(JSON.parse(stored.data)).toMatchObject({ attestation: 'certified', backupEligible: true });
    expect(await w.signIn(credential, { backupEligible: true })).toMatchObject({
      verdict: 'verified',
      level: 'MEDIUM',
    });
  });

  it('a key without attestation enrols as none and signs in at MEDIUM', async () => {
    const w = await world();
    const { credential, stored } = await w.enrol('none');
    expect(JSON.parse(stored.data)).toMatchObject({ attestation: 'none' });
    expect(await w.signIn(credential)).toMatchObject({ verdict: 'verified', level: 'MEDIUM' });
  });

  it('enrolment with a tampered clientDataJSON or rpIdHash is INVALID_INPUT (SEC-22)', async () => {
    const w = await world();
    for (const spoil of [
      { type: 'webauthn.get' },
      { challenge: 'AAAAAAAAAAAAAAAAAAAAAA' },
      { origin: 'https://evil.example' },
      { rpId: 'evil.example' },
    ]) {
      await expect(w.enrol('none', spoil)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        details: { reason: 'mismatch' },
      });
    }
  });

  it('a wrong signature, a wrong origin, no user presence: refused with the reason (SEC-23)', async () => {
    const w = await world();
    const { credential } = await w.enrol('none');
    expect(await w.signIn(credential, { badSignature: true })).toMatchObject({
      verdict: 'refused',
      auditReason: 'webauthn_signature',
    });
    expect(await w.signIn(credential, { origin: 'https://evil.example' })).toMatchObject({
      auditReason: 'webauthn_origin',
    });
    expect(await w.signIn(credential, { userPresent: false })).toMatchObject({ auditReason: 'webauthn_user-presence' });
  });

  it('a cloned key whose sign count goes back is flagged (SEC-24)', async () => {
    const w = await world();
    const { credential, stored } = await w.enrol('none');
    expect(await w.signIn(credential, { signCount: 100 })).toMatchObject({ verdict: 'verified' });
    expect(await w.signIn(credential, { signCount: 5 })).toMatchObject({
      verdict: 'refused',
      auditReason: 'webauthn_counter_regression',
    });
    expect(w.regressions).toMatchObject([{ userId: USER, credentialId: stored.id }]);
  });

  it('a credential id already registered is refused (SEC-22); one over 1023 bytes too', async () => {
    const w = await world();
    const { credential } = await w.enrol('none');
    await expect(w.enrol('none', { credentialId: credential.id })).rejects.toMatchObject({
      code: 'DEVICE_ALREADY_ENROLLED',
    });
    await expect(w.enrol('none', { credentialIdBytes: 1024 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { reason: 'too_long' },
    });
  });
});
