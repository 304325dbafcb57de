import { signDeviceRequest } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { type ErrorCode, isSesameError } from '../errors';
import { verifyDeviceRequestProof } from './device-request-proof';
import { createDeviceKit, type DeviceKit } from '../../testing';

let kit: DeviceKit;
afterEach(() => kit?.close());

const code = (c: ErrorCode) => (error: unknown) => isSesameError(error, c);
const request = { method: 'GET', path: '/device/v1/challenges' };

describe('device request proof, server side', () => {
  it("verifies authenticator-core's proof within ±60 s, for its method, path and device only", async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const proof = await signDeviceRequest(device.keys.privateKey, {
      ...request,
      deviceId: device.deviceId,
      now: kit.now(),
    });
    expect((await verifyDeviceRequestProof(kit.deps, request, proof, kit.now())).id).toBe(device.deviceId);
    kit.advance(60_000);
    await expect(verifyDeviceRequestProof(kit.deps, request, proof, kit.now())).resolves.toBeDefined();
    kit.advance(1_000);
    await expect(verifyDeviceRequestProof(kit.deps, request, proof, kit.now())).rejects.toSatisfy(
      code('DEVICE_UNAUTHENTICATED'),
    );
    const fresh = await signDeviceRequest(device.keys.privateKey, {
      ...request,
      deviceId: device.deviceId,
      now: kit.now(),
    });
    await expect(
      verifyDeviceRequestProof(kit.deps, { ...request, path: '/device/v1/other' }, fresh, kit.now()),
    ).rejects.toSatisfy(code('DEVICE_UNAUTHENTICATED'));
    await expect(
      verifyDeviceRequestProof(kit.deps, request, { ...fresh, deviceId: 'unknown-device-0001' }, kit.now()),
    ).rejects.toSatisfy(code('DEVICE_UNAUTHENTICATED'));
    const other = await kit.enrol('n0025vuz', 'inst-fedcba9876543210');
    await expect(
      verifyDeviceRequestProof(kit.deps, request, { ...fresh, deviceId: other.deviceId }, kit.now()),
    ).rejects.toSatisfy(code('DEVICE_UNAUTHENTICATED'));
  });
});
