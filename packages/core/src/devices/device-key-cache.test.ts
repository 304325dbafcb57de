import { exportEs256PublicJwk, generateEs256KeyPair, signDeviceRequest } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { isSesameError } from '../errors';
import { DeviceKeyCache } from './device-key-cache';
import { verifyDeviceRequestProof } from './device-request-proof';
import { createDeviceKit, type DeviceKit } from '../../testing';

const data = new TextEncoder().encode('signed by the device');
const ecdsa = { name: 'ECDSA', hash: 'SHA-256' } as const;

async function keyPair() {
  const keys = await generateEs256KeyPair();
  return { keys, jwk: JSON.stringify(await exportEs256PublicJwk(keys.publicKey)) };
}

/** True when `publicKey` verifies what `keys` signed: the cache served that key pair's public half. */
async function servesKeyOf(publicKey: CryptoKey, keys: CryptoKeyPair) {
  const signature = await crypto.subtle.sign(ecdsa, keys.privateKey, data);
  return crypto.subtle.verify(ecdsa, publicKey, signature, data);
}

describe('DeviceKeyCache', () => {
  it('imports a device key once while its JWK text stays the same', async () => {
    const cache = new DeviceKeyCache();
    const { keys, jwk } = await keyPair();
    const first = await cache.key({ id: 'device-1', publicKeyJwk: jwk });
    expect(await cache.key({ id: 'device-1', publicKeyJwk: jwk })).toBe(first);
    expect(await servesKeyOf(first, keys)).toBe(true);
  });

  it('imports again, and never serves the old key, when the stored JWK of the device changed', async () => {
    const cache = new DeviceKeyCache();
    const before = await keyPair();
    const after = await keyPair();
    const old = await cache.key({ id: 'device-1', publicKeyJwk: before.jwk });
    const current = await cache.key({ id: 'device-1', publicKeyJwk: after.jwk });
    expect(current).not.toBe(old);
    expect(await servesKeyOf(current, after.keys)).toBe(true);
    expect(await servesKeyOf(current, before.keys)).toBe(false);
    expect(cache.size).toBe(1);
  });

  it('keeps at most maxSize devices, the least recently used leaving first', async () => {
    const cache = new DeviceKeyCache(2);
    const { jwk } = await keyPair();
    const a = await cache.key({ id: 'a', publicKeyJwk: jwk });
    await cache.key({ id: 'b', publicKeyJwk: jwk });
    await cache.key({ id: 'a', publicKeyJwk: jwk });
    await cache.key({ id: 'c', publicKeyJwk: jwk });
    expect(cache.size).toBe(2);
    expect(await cache.key({ id: 'a', publicKeyJwk: jwk })).toBe(a);
  });

  it('does not remember a key it could not import', async () => {
    const cache = new DeviceKeyCache();
    await expect(cache.key({ id: 'device-1', publicKeyJwk: '{"kty":"EC"}' })).rejects.toThrow();
    expect(cache.size).toBe(0);
  });
});

describe('device keys as the verifiers use them', () => {
  let kit: DeviceKit;
  afterEach(() => kit?.close());
  const request = { method: 'GET', path: '/device/v1/challenges' };

  it("refuses a deleted device's proof though its key was imported a moment before", async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const proof = await signDeviceRequest(device.keys.privateKey, {
      ...request,
      deviceId: device.deviceId,
      now: kit.now(),
    });
    await expect(verifyDeviceRequestProof(kit.deps, request, proof, kit.now())).resolves.toBeDefined();
    expect(await kit.deps.durable.devices.delete(device.deviceId)).toBe(true);
    await expect(verifyDeviceRequestProof(kit.deps, request, proof, kit.now())).rejects.toSatisfy((error) =>
      isSesameError(error, 'DEVICE_UNAUTHENTICATED'),
    );
  });

  it('refuses the old key of a device whose stored key changed, and accepts the new one', async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const sign = (keys: CryptoKeyPair) =>
      signDeviceRequest(keys.privateKey, { ...request, deviceId: device.deviceId, now: kit.now() });
    await expect(
      verifyDeviceRequestProof(kit.deps, request, await sign(device.keys), kit.now()),
    ).resolves.toBeDefined();
    // The repository now holds another key for the same device id (a key rotation).
    const next = await keyPair();
    const devices = kit.deps.durable.devices;
    const findById = devices.findById.bind(devices);
    devices.findById = async (id) => {
      const found = await findById(id);
      return found && { ...found, publicKeyJwk: next.jwk };
    };
    await expect(verifyDeviceRequestProof(kit.deps, request, await sign(device.keys), kit.now())).rejects.toSatisfy(
      (error) => isSesameError(error, 'DEVICE_UNAUTHENTICATED'),
    );
    await expect(verifyDeviceRequestProof(kit.deps, request, await sign(next.keys), kit.now())).resolves.toBeDefined();
  });
});
