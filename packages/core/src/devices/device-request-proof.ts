import { fromBase64Url, verifyCanonical } from '@sesame/protocol';
import { SesameError } from '../errors';
import type { DeviceRecord } from '../ports';
import { type DeviceDeps, seconds } from './device-deps';
import { deviceKey } from './enrolment';

/**
 * Server side of the app's request proof (authenticator-core api/device-request-proof.ts): the
 * device signs canonical("sesame/device-request/1", deviceId, method, path, issuedAt) with its
 * ES256 key (NIST SP 800-63B rev 3 §5.1.3.1: the out-of-band device authenticates itself).
 * Label, field order and skew must stay those of the app's signer; they belong in
 * @sesame/protocol, where both sides would import them.
 */
export const DEVICE_REQUEST_LABEL = 'sesame/device-request/1';
export const DEVICE_REQUEST_MAX_SKEW_SECONDS = 60;

export interface DeviceRequestProofInput {
  deviceId: string;
  /** Seconds since the epoch. */
  issuedAt: number;
  /** base64url of the 64-byte r ‖ s. */
  signature: string;
}

/** The active device that signed this request, or DEVICE_UNAUTHENTICATED (DEVICE_BLOCKED when blocked). */
export async function verifyDeviceRequestProof(
  deps: DeviceDeps,
  request: { method: string; path: string },
  proof: DeviceRequestProofInput,
  now: Date,
): Promise<DeviceRecord> {
  const refused = () => new SesameError('DEVICE_UNAUTHENTICATED');
  if (
    !Number.isSafeInteger(proof.issuedAt) ||
    Math.abs(seconds(now) - proof.issuedAt) > DEVICE_REQUEST_MAX_SKEW_SECONDS
  ) {
    throw refused();
  }
  const device = await deps.durable.devices.findById(proof.deviceId);
  if (device === null || device.status === 'pending') throw refused();
  let signature: Uint8Array;
  try {
    signature = fromBase64Url(proof.signature);
  } catch {
    throw refused();
  }
  const fields = [DEVICE_REQUEST_LABEL, proof.deviceId, request.method, request.path, String(proof.issuedAt)];
  if (!(await verifyCanonical(await deviceKey(device), fields, signature))) throw refused();
  if (device.status === 'blocked') throw new SesameError('DEVICE_BLOCKED');
  return device;
}
