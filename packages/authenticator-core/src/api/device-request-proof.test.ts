import { generateEs256KeyPair, signDeviceRequest, verifyDeviceRequest } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { NOW } from '../test-fixtures';
import { DEVICE_API_PATHS, formatDeviceAuthorization, parseDeviceAuthorization } from './http-contract';

const at = (seconds: number) => new Date(seconds * 1000);
const request = { method: 'GET', path: DEVICE_API_PATHS.challenges };

describe('device request proof (GET /device/v1/challenges)', () => {
  it('verifies within ±60 s, for this method and path only, and travels in the Authorization header', async () => {
    const { privateKey, publicKey } = await generateEs256KeyPair();
    const proof = await signDeviceRequest(privateKey, { ...request, deviceId: 'dev_0123456789abcdef', now: at(NOW) });
    const header = formatDeviceAuthorization(proof);
    expect(header).toMatch(/^SesameDevice dev_0123456789abcdef\.1750000000\.[A-Za-z0-9_-]{86}$/);
    expect(parseDeviceAuthorization(header)).toEqual(proof);
    expect(await verifyDeviceRequest(publicKey, { ...request, now: at(NOW + 60) }, proof)).toBe(true);
    expect(await verifyDeviceRequest(publicKey, { ...request, now: at(NOW - 61) }, proof)).toBe(false);
    expect(await verifyDeviceRequest(publicKey, { ...request, path: '/device/v1/other', now: at(NOW) }, proof)).toBe(
      false,
    );
    const other = { ...proof, deviceId: 'dev_fedcba9876543210' };
    expect(await verifyDeviceRequest(publicKey, { ...request, now: at(NOW) }, other)).toBe(false);
  });

  it('parses nothing but its own scheme', () => {
    for (const header of [
      undefined,
      '',
      'Bearer abc',
      'SesameDevice a.b.c',
      'SesameDevice dev_0123456789abcdef.01.x',
    ]) {
      expect(parseDeviceAuthorization(header)).toBeNull();
    }
  });
});
