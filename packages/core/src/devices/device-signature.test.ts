import {
  exportEs256PublicJwk,
  generateEs256KeyPair,
  type PushAnswer,
  signPushAnswer,
  toBase64Url,
  verifyPushAnswer,
} from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { verifyPushAnswerSignature } from './device-signature';
import { DeviceVerifyKeys } from './device-verify-keys';

const b64 = (n: number, fill: number) => toBase64Url(new Uint8Array(n).fill(fill));
const CHALLENGE = { challengeId: b64(16, 1), deviceId: 'dev_0123456789abcdef', nonce: b64(16, 2) };
/** P-256's group order n: (r, n − s) verifies whenever (r, s) does (ECDSA is malleable). */
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

async function device() {
  const keys = await generateEs256KeyPair();
  const jwk = JSON.stringify(await exportEs256PublicJwk(keys.publicKey));
  return { keys, record: { id: CHALLENGE.deviceId, publicKeyJwk: jwk } };
}

async function approval(privateKey: CryptoKey): Promise<PushAnswer> {
  return signPushAnswer(
    privateKey,
    {
      type: 'push-answer',
      deviceId: CHALLENGE.deviceId,
      challengeId: CHALLENGE.challengeId,
      decision: 'approve',
      pickedNumber: 42,
      ocraResponse: '01234567',
    },
    CHALLENGE,
  );
}

function withSignature(answer: PushAnswer, signature: Uint8Array): PushAnswer {
  return { ...answer, signature: toBase64Url(signature) };
}

/** s → n − s: the other valid signature of the same message. */
function otherHalf(answer: PushAnswer): Uint8Array {
  const bytes = Buffer.from(answer.signature, 'base64url');
  const s = BigInt(`0x${bytes.subarray(32).toString('hex')}`);
  const flipped = Buffer.from((N - s).toString(16).padStart(64, '0'), 'hex');
  return new Uint8Array(Buffer.concat([bytes.subarray(0, 32), flipped]));
}

describe('verifyPushAnswerSignature (node:crypto): the verdicts of protocol verifyPushAnswer (Web Crypto)', () => {
  it('gives the same verdict on the right answer, every changed field, another challenge and wrong signatures', async () => {
    const { keys, record } = await device();
    const other = await device();
    const key = new DeviceVerifyKeys().key(record);
    const answer = await approval(keys.privateKey);
    const signature = Buffer.from(answer.signature, 'base64url');
    const cases: Array<[string, PushAnswer, typeof CHALLENGE, boolean]> = [
      ['the right answer', answer, CHALLENGE, true],
      ['(r, n − s): malleable, valid for both', withSignature(answer, otherHalf(answer)), CHALLENGE, true],
      ['a denial under the approval’s signature', { ...answer, decision: 'deny' }, CHALLENGE, false],
      ['another number', { ...answer, pickedNumber: 17 }, CHALLENGE, false],
      ['another OCRA response', { ...answer, ocraResponse: '01234568' }, CHALLENGE, false],
      ['another nonce', answer, { ...CHALLENGE, nonce: b64(16, 9) }, false],
      ['another challenge', answer, { ...CHALLENGE, challengeId: b64(16, 9) }, false],
      ['another device', answer, { ...CHALLENGE, deviceId: 'dev_fedcba9876543210' }, false],
      ['another key’s signature', await approval(other.keys.privateKey), CHALLENGE, false],
      [
        'a flipped bit',
        withSignature(
          answer,
          Uint8Array.from(signature, (b, i) => (i === 10 ? b ^ 1 : b)),
        ),
        CHALLENGE,
        false,
      ],
      ['zeros', withSignature(answer, new Uint8Array(64)), CHALLENGE, false],
      ['r and s ≥ n', withSignature(answer, new Uint8Array(64).fill(0xff)), CHALLENGE, false],
      ['63 bytes', withSignature(answer, signature.subarray(0, 63)), CHALLENGE, false],
      ['a DER-length signature', withSignature(answer, new Uint8Array(70).fill(1)), CHALLENGE, false],
    ];
    for (const [name, a, challenge, expected] of cases) {
      expect([name, await verifyPushAnswer(keys.publicKey, a, challenge)]).toEqual([name, expected]);
      expect([name, verifyPushAnswerSignature(key, a, challenge)]).toEqual([name, expected]);
    }
  });

  it('checks many answers signed by the app’s Web Crypto like Web Crypto does', async () => {
    const { keys, record } = await device();
    const key = new DeviceVerifyKeys().key(record);
    for (let i = 0; i < 20; i++) {
      const answer = { ...(await approval(keys.privateKey)) };
      expect(verifyPushAnswerSignature(key, answer, CHALLENGE)).toBe(true);
    }
  });
});

describe('DeviceVerifyKeys', () => {
  it('makes a key once while its JWK text stays the same, again when it changed, never serving the old one', async () => {
    const cache = new DeviceVerifyKeys();
    const before = await device();
    const after = await device();
    const first = cache.key(before.record);
    expect(cache.key(before.record)).toBe(first);
    const current = cache.key({ ...before.record, publicKeyJwk: after.record.publicKeyJwk });
    expect(current).not.toBe(first);
    expect(verifyPushAnswerSignature(current, await approval(after.keys.privateKey), CHALLENGE)).toBe(true);
    expect(verifyPushAnswerSignature(current, await approval(before.keys.privateKey), CHALLENGE)).toBe(false);
    expect(cache.size).toBe(1);
  });

  it('keeps at most maxSize devices, the least recently used leaving first', async () => {
    const cache = new DeviceVerifyKeys(2);
    const { record } = await device();
    const a = cache.key({ ...record, id: 'a' });
    cache.key({ ...record, id: 'b' });
    cache.key({ ...record, id: 'a' });
    cache.key({ ...record, id: 'c' });
    expect(cache.size).toBe(2);
    expect(cache.key({ ...record, id: 'a' })).toBe(a);
  });

  it('refuses, and does not remember, a key that is not a P-256 point', async () => {
    const cache = new DeviceVerifyKeys();
    const { record } = await device();
    const jwk = JSON.parse(record.publicKeyJwk) as { x: string; y: string };
    const offCurve = JSON.stringify({ ...jwk, y: jwk.x });
    for (const bad of ['{"kty":"EC"}', offCurve, 'not json']) {
      expect(() => cache.key({ id: 'd', publicKeyJwk: bad })).toThrow(
        expect.objectContaining({ code: 'ERR_KEY_INVALID' }),
      );
    }
    expect(cache.size).toBe(0);
  });
});
