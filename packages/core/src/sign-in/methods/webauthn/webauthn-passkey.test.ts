import { toBase64Url } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDeviceKit,
  createFakeWebAuthnVerifier,
  type DeviceKit,
  enrolWebAuthn,
  fakeRegisteredCredential,
} from '../../../../testing';
import { WEBAUTHN_CEREMONY_MS } from '../../../credentials/webauthn-credential-data';
import { webauthnUserHandle } from '../../../credentials/webauthn-enrolment';
import { hmacChallengeMac, issueStatelessChallenge } from '../../../security/stateless-challenge';
import { finishPasskeySignIn, PASSKEY_CHALLENGE_PURPOSE, startPasskeySignIn } from './webauthn-passkey';

let kit: DeviceKit;
afterEach(() => kit?.close());

const USER = 'n0025vuz';
const macKey = () => crypto.getRandomValues(new Uint8Array(32));

async function world() {
  kit = await createDeviceKit();
  const verifier = createFakeWebAuthnVerifier();
  const key = await enrolWebAuthn(kit, verifier, fakeRegisteredCredential({ attestation: 'certified' }));
  const challengeMac = hmacChallengeMac('k1', { k1: macKey() });
  return { verifier, key, deps: { ...kit.deps, webauthn: verifier, challengeMac } };
}

/** The options' challenge (the fake verifier echoes it). */
async function start(deps: Parameters<typeof startPasskeySignIn>[0]) {
  return (await startPasskeySignIn(deps, kit.now())) as { challenge: string };
}

/** The browser's answer to `challenge` with the key (the fake verifier trusts the rest). */
function answer(keyId: string, challenge: string, userHandle: string | null = webauthnUserHandle(USER)) {
  const clientDataJSON = toBase64Url(new TextEncoder().encode(JSON.stringify({ type: 'webauthn.get', challenge })));
  return { id: keyId, response: { clientDataJSON, ...(userHandle !== null ? { userHandle } : {}) } };
}

describe('passkey sign-in: no e-mail typed (docs/adr/0029 §5, §8)', () => {
  it('options with no allow list and UV required, nothing stored; the credential names its account', async () => {
    const w = await world();
    const writes: string[] = [];
    const refuse = (name: string) => async () => {
      writes.push(name);
      throw new Error('no write expected');
    };
    const ephemeral = {
      ...w.deps.ephemeral,
      set: refuse('set'),
      setIfAbsent: refuse('setIfAbsent'),
      increment: refuse('increment'),
    };
    const options = await start({ ...w.deps, ephemeral });
    expect(writes).toEqual([]);
    expect(options).toEqual({
      challenge: w.verifier.challenges.at(-1),
      allowCredentials: [],
      userVerification: 'required',
    });
    expect(await finishPasskeySignIn(w.deps, answer(w.key.externalId!, options.challenge), kit.now())).toEqual({
      ok: true,
      userId: USER,
      credentialId: w.key.id,
      level: 'HIGH',
      // The key, for applications (EU Login's webAuthnDevice; docs/adr/0032 §4).
      device: {
        id: w.key.id,
        name: w.key.name,
        webauthn: expect.objectContaining({ type: 'SECURITY_KEY' }) as unknown,
      },
    });
    expect(w.verifier.authentications[0]).toMatchObject({
      requireUserVerification: true,
      expectedChallenge: options.challenge,
    });
  });

  it('the challenge is single-use, even when the first answer was refused', async () => {
    const w = await world();
    const { challenge } = await start(w.deps);
    await finishPasskeySignIn(w.deps, answer(w.key.externalId!, challenge), kit.now());
    expect(await finishPasskeySignIn(w.deps, answer(w.key.externalId!, challenge), kit.now())).toEqual({
      ok: false,
      auditReason: 'webauthn_challenge',
    });
    const second = (await start(w.deps)).challenge;
    w.verifier.nextAuthentication = { verified: false, reason: 'signature' };
    expect(await finishPasskeySignIn(w.deps, answer(w.key.externalId!, second), kit.now())).toMatchObject({
      ok: false,
    });
    expect(await finishPasskeySignIn(w.deps, answer(w.key.externalId!, second), kit.now())).toEqual({
      ok: false,
      auditReason: 'webauthn_challenge',
    });
  });

  it('two answers to one challenge at once: one is checked, the other refused', async () => {
    const w = await world();
    const { challenge } = await start(w.deps);
    const both = await Promise.all([
      finishPasskeySignIn(w.deps, answer(w.key.externalId!, challenge), kit.now()),
      finishPasskeySignIn(w.deps, answer(w.key.externalId!, challenge), kit.now()),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(w.verifier.authentications).toHaveLength(1);
  });

  it('refuses a forged, expired, other-purpose or other-key challenge before any check', async () => {
    const w = await world();
    const now = kit.now();
    const forged = toBase64Url(crypto.getRandomValues(new Uint8Array(64)));
    const expired = issueStatelessChallenge(w.deps.challengeMac, PASSKEY_CHALLENGE_PURPOSE, now, WEBAUTHN_CEREMONY_MS);
    const later = new Date(now.getTime() + WEBAUTHN_CEREMONY_MS);
    const otherPurpose = issueStatelessChallenge(w.deps.challengeMac, 'sesame/other', now, WEBAUTHN_CEREMONY_MS);
    const otherKey = issueStatelessChallenge(
      hmacChallengeMac('k1', { k1: macKey() }),
      PASSKEY_CHALLENGE_PURPOSE,
      now,
      WEBAUTHN_CEREMONY_MS,
    );
    const valid = (await start(w.deps)).challenge;
    const tampered = valid.slice(0, 5) + (valid[5] === 'A' ? 'B' : 'A') + valid.slice(6);
    for (const [challenge, at] of [
      [forged, now],
      [expired, later],
      [otherPurpose, now],
      [otherKey, now],
      [tampered, now],
      ['not base64url!', now],
    ] as const) {
      expect(await finishPasskeySignIn(w.deps, answer(w.key.externalId!, challenge), at)).toEqual({
        ok: false,
        auditReason: 'webauthn_challenge',
      });
    }
    expect(await finishPasskeySignIn(w.deps, { id: w.key.externalId!, response: {} }, now)).toEqual({
      ok: false,
      auditReason: 'webauthn_challenge',
    });
    expect(w.verifier.authentications).toHaveLength(0);
  });

  it('no user handle, or another’s, names no one', async () => {
    const w = await world();
    let { challenge } = await start(w.deps);
    expect(await finishPasskeySignIn(w.deps, answer(w.key.externalId!, challenge, null), kit.now())).toEqual({
      ok: false,
      auditReason: 'webauthn_unknown_credential',
    });
    ({ challenge } = await start(w.deps));
    const spoofed = answer(w.key.externalId!, challenge, webauthnUserHandle('x0099abc'));
    expect(await finishPasskeySignIn(w.deps, spoofed, kit.now())).toMatchObject({ ok: false });
  });
});
