import { fromBase64Url } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDeviceKit,
  createFakeWebAuthnVerifier,
  type DeviceKit,
  enrolWebAuthn,
  fakeRegisteredCredential,
  MFA_SESSION,
} from '../../testing';
import { NO_ACTOR } from '../devices/device-deps';
import { type ErrorCode, isSesameError } from '../errors';
import { finishWebAuthnEnrolment, startWebAuthnEnrolment, webauthnUserHandle } from './webauthn-enrolment';

let kit: DeviceKit;
afterEach(() => kit?.close());

const USER = 'n0025vuz';
const code = (c: ErrorCode) => (error: unknown) => isSesameError(error, c);

async function world() {
  kit = await createDeviceKit();
  const verifier = createFakeWebAuthnVerifier();
  const deps = { ...kit.deps, webauthn: verifier };
  const user = kit.users.get(USER)!;
  const start = (name = 'YubiKey', strengths: readonly string[] = MFA_SESSION, passkey = false) =>
    startWebAuthnEnrolment(deps, user, name, { passkey }, strengths as typeof MFA_SESSION, kit.now());
  const finish = (strengths: readonly string[] = MFA_SESSION) =>
    finishWebAuthnEnrolment(deps, USER, { id: 'x' }, strengths as typeof MFA_SESSION, NO_ACTOR, kit.now());
  return { verifier, deps, start, finish };
}

describe('WebAuthn enrolment (issue 13 point 1; docs/adr/0029)', () => {
  it('start: options with a fresh challenge of 32 random bytes, the user handle, the keys excluded', async () => {
    const w = await world();
    const first = await enrolWebAuthn(kit, w.verifier);
    const options = await w.start();
    const challenge = w.verifier.challenges.at(-1)!;
    expect(fromBase64Url(challenge).length).toBeGreaterThanOrEqual(16);
    expect(options).toEqual({
      challenge,
      user: { id: webauthnUserHandle(USER) },
      excludeCredentials: [{ id: first.externalId, transports: ['usb'] }],
    });
  });

  it('start: a name is required; adding a second factor needs one (SEC-27)', async () => {
    const w = await world();
    await expect(w.start('')).rejects.toSatisfy(code('INVALID_INPUT'));
    await enrolWebAuthn(kit, w.verifier);
    await expect(w.start('Other', ['PASSWORD'])).rejects.toSatisfy(code('SECOND_FACTOR_REQUIRED'));
  });

  it('finish: stores an active credential, sets secondFactorSince, audits credential.enrolled', async () => {
    const w = await world();
    await w.start('Clé USB', ['PASSWORD']); // a first factor: the password is enough
    const registered = fakeRegisteredCredential({
      aaguid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8',
      attestation: 'attested',
    });
    w.verifier.nextRegistration = { verified: true, credential: registered };
    const stored = await w.finish(['PASSWORD']);
    expect(stored).toMatchObject({
      userId: USER,
      kind: 'webauthn',
      name: 'Clé USB',
      externalId: registered.id,
      status: 'active',
      counter: 0,
    });
    expect(JSON.parse(stored.data)).toMatchObject({
      aaguid: registered.aaguid,
      attestation: 'attested',
      userVerified: true,
    });
    expect(await kit.deps.durable.credentials.findByExternalId('webauthn', registered.id)).toMatchObject({
      id: stored.id,
    });
    expect(kit.users.get(USER)!.secondFactorSince).toEqual(kit.now());
    expect(kit.audit.at(-1)).toMatchObject({
      type: 'credential.enrolled',
      details: { kind: 'webauthn', credentialId: stored.id, aaguid: registered.aaguid, attestation: 'attested' },
    });
    expect(w.verifier.registrations.at(-1)).toMatchObject({ expectedChallenge: w.verifier.challenges.at(-1) });
  });

  it('finish: the challenge is single-use; none pending is DEVICE_CHALLENGE_EXPIRED', async () => {
    const w = await world();
    await w.start();
    await w.finish();
    await expect(w.finish()).rejects.toSatisfy(code('DEVICE_CHALLENGE_EXPIRED'));
  });

  it('finish: a failed check is INVALID_INPUT mismatch, a key the policy refuses not_accepted', async () => {
    const w = await world();
    await w.start();
    w.verifier.nextRegistration = { verified: false, reason: 'origin' };
    await expect(w.finish()).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { field: 'credential', reason: 'mismatch' },
    });
    await w.start();
    w.verifier.nextRegistration = { verified: false, reason: 'attestation-not-allowed' };
    await expect(w.finish()).rejects.toMatchObject({ details: { reason: 'not_accepted' } });
  });

  it('finish: a credential id over 1023 bytes is refused (§7.1 step 25); 1023 is taken', async () => {
    const w = await world();
    await w.start();
    w.verifier.nextRegistration = { verified: true, credential: fakeRegisteredCredential({}, 1024) };
    await expect(w.finish()).rejects.toMatchObject({ details: { reason: 'too_long' } });
    await w.start();
    w.verifier.nextRegistration = { verified: true, credential: fakeRegisteredCredential({}, 1023) };
    await expect(w.finish()).resolves.toMatchObject({ kind: 'webauthn' });
  });

  it('finish: a credential id already registered, to anyone, is DEVICE_ALREADY_ENROLLED (§7.1 step 26)', async () => {
    const w = await world();
    const taken = fakeRegisteredCredential();
    await enrolWebAuthn(kit, w.verifier, taken, 'x0099abc');
    await w.start();
    w.verifier.nextRegistration = { verified: true, credential: taken };
    await expect(w.finish()).rejects.toSatisfy(code('DEVICE_ALREADY_ENROLLED'));
    expect(await kit.deps.durable.credentials.listByUser(USER, 'webauthn')).toEqual([]);
  });
});
