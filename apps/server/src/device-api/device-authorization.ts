import type { DeviceRequestProofInput } from '@sesame/core';

/**
 * `Authorization: SesameDevice <deviceId>.<issuedAt>.<signature>`, as authenticator-core's
 * api/http-contract.ts formats it (the server does not import the app's package): a 16–64
 * character base64url device id, seconds since the epoch, a base64url 64-byte ES256 signature.
 */
const AUTHORIZATION = /^SesameDevice ([A-Za-z0-9_-]{16,64})\.(0|[1-9][0-9]{0,9})\.([A-Za-z0-9_-]{86})$/;

export function parseDeviceAuthorization(header: string | undefined): DeviceRequestProofInput | null {
  const match = header === undefined ? null : AUTHORIZATION.exec(header);
  if (!match) return null;
  return { deviceId: match[1]!, issuedAt: Number(match[2]), signature: match[3]! };
}
