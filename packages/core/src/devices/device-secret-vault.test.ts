import { canonicalBytes, fromBase64Url, toBase64Url } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { isSesameError } from '../errors';
import { createDeviceSecretVault } from './device-secret-vault';

const key = (fill: number) => new Uint8Array(32).fill(fill);
const DEVICE = 'dev_0123456789abcdef';
const secret = crypto.getRandomValues(new Uint8Array(32));

const unreadable = (error: unknown) => isSesameError(error, 'DEVICE_SECRET_UNREADABLE');

describe('device secret vault (AES-256-GCM under a key ring)', () => {
  it('seals with the current key and opens again; each seal draws a new IV', async () => {
    const vault = await createDeviceSecretVault({ currentKeyId: 'k1', keys: { k1: key(1) } });
    const a = await vault.seal(DEVICE, secret);
    const b = await vault.seal(DEVICE, secret);
    expect(a.keyId).toBe('k1');
    expect(fromBase64Url(a.ciphertext)).toHaveLength(12 + 32 + 16);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(await vault.open(DEVICE, a)).toEqual(secret);
  });

  it('keeps the format of the Web Crypto vault before it: each opens what the other sealed', async () => {
    // The vault used Web Crypto's AES-GCM until issue 12 point 5; secrets sealed then stay readable.
    const vault = await createDeviceSecretVault({ currentKeyId: 'k1', keys: { k1: key(1) } });
    const webKey = await crypto.subtle.importKey('raw', key(1), 'AES-GCM', false, ['encrypt', 'decrypt']);
    const additionalData = canonicalBytes(['sesame/device-secret/1', 'k1', DEVICE]);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealedByWeb = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData, tagLength: 128 }, webKey, secret),
    );
    const blob = new Uint8Array([...iv, ...sealedByWeb]);
    expect(await vault.open(DEVICE, { keyId: 'k1', ciphertext: toBase64Url(blob) })).toEqual(secret);

    const sealed = fromBase64Url((await vault.seal(DEVICE, secret)).ciphertext);
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.slice(0, 12), additionalData, tagLength: 128 },
      webKey,
      sealed.slice(12),
    );
    expect(new Uint8Array(opened)).toEqual(secret);
  });

  it('refuses a tampered blob, a blob moved to another device, a relabelled key id and an unknown key', async () => {
    const vault = await createDeviceSecretVault({ currentKeyId: 'k1', keys: { k1: key(1), k2: key(2) } });
    const sealed = await vault.seal(DEVICE, secret);
    const bytes = fromBase64Url(sealed.ciphertext);
    for (const index of [0, 20, bytes.length - 1]) {
      const tampered = new Uint8Array(bytes);
      tampered[index]! ^= 1;
      await expect(vault.open(DEVICE, { ...sealed, ciphertext: toBase64Url(tampered) })).rejects.toSatisfy(unreadable);
    }
    await expect(vault.open('dev_fedcba9876543210', sealed)).rejects.toSatisfy(unreadable);
    await expect(vault.open(DEVICE, { ...sealed, keyId: 'k2' })).rejects.toSatisfy(unreadable);
    await expect(vault.open(DEVICE, { ...sealed, keyId: 'k9' })).rejects.toSatisfy(unreadable);
    await expect(vault.open(DEVICE, { ...sealed, ciphertext: 'AAAA' })).rejects.toSatisfy(unreadable);
    await expect(vault.open(DEVICE, { ...sealed, ciphertext: '!!' })).rejects.toSatisfy(unreadable);
  });

  it('rotation: old records still open, reseal moves them to the current key', async () => {
    const before = await createDeviceSecretVault({ currentKeyId: 'k1', keys: { k1: key(1) } });
    const old = await before.seal(DEVICE, secret);
    const after = await createDeviceSecretVault({ currentKeyId: 'k2', keys: { k1: key(1), k2: key(2) } });
    expect(await after.open(DEVICE, old)).toEqual(secret);
    const moved = await after.reseal(DEVICE, old);
    expect(moved?.keyId).toBe('k2');
    expect(await after.reseal(DEVICE, moved!)).toBeNull();
    // Once k1 is retired, only the moved record opens.
    const retired = await createDeviceSecretVault({ currentKeyId: 'k2', keys: { k2: key(2) } });
    expect(await retired.open(DEVICE, moved!)).toEqual(secret);
    await expect(retired.open(DEVICE, old)).rejects.toSatisfy(unreadable);
  });

  it('refuses a malformed ring at start-up', async () => {
    await expect(createDeviceSecretVault({ currentKeyId: 'k1', keys: { k1: new Uint8Array(16) } })).rejects.toThrow(
      RangeError,
    );
    await expect(createDeviceSecretVault({ currentKeyId: 'k2', keys: { k1: key(1) } })).rejects.toThrow(RangeError);
    await expect(createDeviceSecretVault({ currentKeyId: 'a b', keys: { 'a b': key(1) } })).rejects.toThrow(RangeError);
  });
});
