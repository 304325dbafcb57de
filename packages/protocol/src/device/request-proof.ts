import { fromBase64Url, toBase64Url } from '../base64url';
import { signCanonical, verifyCanonical } from './canonical';

/**
 * How the device authenticates a request that carries no signed message: fetching its pending
 * challenges (NIST SP 800-63B rev 3 §5.1.3.1: the out-of-band device authenticates itself to the
 * verifier). The device signs
 *
 *     canonical("sesame/device-request/1", deviceId, method, path, issuedAt)
 *
 * with its ES256 key (the protocol's canonical encoding); the server verifies with the key it
 * registered and accepts `issuedAt` within ±60 s of its clock. A replay inside that minute can
 * only read the list again: answering needs a signed PushAnswer.
 */
export interface DeviceRequestProof {
  readonly deviceId: string;
  /** Seconds since the epoch. */
  readonly issuedAt: number;
  /** ES256 over deviceRequestSigningFields(…), base64url of r ‖ s. */
  readonly signature: string;
}

export const DEVICE_REQUEST_LABEL = 'sesame/device-request/1';
export const DEVICE_REQUEST_MAX_SKEW_SECONDS = 60;

function signingFields(method: string, path: string, deviceId: string, issuedAt: number): string[] {
  return [DEVICE_REQUEST_LABEL, deviceId, method, path, String(issuedAt)];
}

export async function signDeviceRequest(
  privateKey: CryptoKey,
  request: { method: string; path: string; deviceId: string; now: Date },
): Promise<DeviceRequestProof> {
  const issuedAt = Math.floor(request.now.getTime() / 1000);
  const signature = await signCanonical(
    privateKey,
    signingFields(request.method, request.path, request.deviceId, issuedAt),
  );
  return { deviceId: request.deviceId, issuedAt, signature: toBase64Url(signature) };
}

/** Server side: the signature verifies and `issuedAt` is within the allowed skew of `now`. */
export async function verifyDeviceRequest(
  publicKey: CryptoKey,
  request: { method: string; path: string; now: Date },
  proof: DeviceRequestProof,
): Promise<boolean> {
  const now = Math.floor(request.now.getTime() / 1000);
  if (Math.abs(now - proof.issuedAt) > DEVICE_REQUEST_MAX_SKEW_SECONDS) return false;
  let signature: Uint8Array;
  try {
    signature = fromBase64Url(proof.signature);
  } catch {
    return false;
  }
  return verifyCanonical(
    publicKey,
    signingFields(request.method, request.path, proof.deviceId, proof.issuedAt),
    signature,
  );
}
