import { verifyDeviceRequest, type DeviceRequestProof } from '@sesame/protocol';
import { SesameError } from '../errors';
import type { DeviceRecord } from '../ports';
import { assertNotBlocked } from './device-blocking';
import type { DeviceDeps } from './device-deps';
import { deviceKey } from './enrolment';

/**
 * Server side of the device's request proof (@sesame/protocol device/request-proof.ts): the
 * device signs canonical("sesame/device-request/1", deviceId, method, path, issuedAt) with its
 * ES256 key (NIST SP 800-63B rev 3 §5.1.3.1: the out-of-band device authenticates itself).
 */
export type DeviceRequestProofInput = DeviceRequestProof;

/** The active device that signed this request, or DEVICE_UNAUTHENTICATED (DEVICE_BLOCKED when blocked). */
export async function verifyDeviceRequestProof(
  deps: DeviceDeps,
  request: { method: string; path: string },
  proof: DeviceRequestProofInput,
  now: Date,
): Promise<DeviceRecord> {
  const refused = () => new SesameError('DEVICE_UNAUTHENTICATED');
  if (!Number.isSafeInteger(proof.issuedAt)) throw refused();
  const device = await deps.durable.devices.findById(proof.deviceId);
  if (device === null || device.status === 'pending') throw refused();
  // The protocol's verifier checks the signature and the ±60 s skew of issuedAt.
  if (!(await verifyDeviceRequest(await deviceKey(device), { ...request, now }, proof))) throw refused();
  assertNotBlocked(device, now);
  return device;
}
