import { fromBase64Url, toBase64Url } from '../base64url';
import { type CanonicalFields, signCanonical, verifyCanonical } from './canonical';
import { at, base64url, epochSeconds, fail, integer, lifetime, literal, matching, record } from './fields';
import {
  DEVICE_ACTIVATION_MAX_LIFETIME,
  OPAQUE_ID_PATTERN,
  RANDOM_MAX_BYTES,
  RANDOM_MIN_BYTES,
  SIGNATURE_BYTES,
} from './rules';

/**
 * Server → app, in the answer to a right PIN (annex step 10: « vous recevrez une notification de
 * l'application sur votre téléphone. Cliquez dessus pour valider l'acceptation de votre
 * téléphone »). The device stays pending until the app sends a DeviceActivation signed over the
 * nonce; only then is it active, mailed about and shown on the portal.
 */
export interface DeviceActivationRequest {
  readonly type: 'device-activation-request';
  readonly deviceId: string;
  /** Random, base64url of ≥ 16 bytes (≥ 128 bits, design §10); enters the signature, never sent back. */
  readonly nonce: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/** App → server: "I accept this device", signed with the device key. */
export interface DeviceActivation {
  readonly type: 'device-activation';
  readonly deviceId: string;
  /** ES256 over deviceActivationSigningFields(…), base64url of r ‖ s. */
  readonly signature: string;
}

/**
 * Server → app, the answer to a PinConfirmationAnswer. A right PIN carries the activation
 * request; a wrong one says how many tries are left (0: the enrolment is cancelled), when the
 * server tells.
 */
export type PinConfirmationResult =
  | { readonly accepted: true; readonly activation: DeviceActivationRequest }
  | { readonly accepted: false; readonly triesLeft?: number };

export const DEVICE_ACTIVATION_LABEL = 'sesame/device-activation/1';
/** More than any deployment allows (core's pinConfirmationTries); only a bound on the field. */
const MAX_TRIES = 100;

export function parseDeviceActivationRequest(value: unknown, path = ''): DeviceActivationRequest {
  const obj = record(value, path, ['type', 'deviceId', 'nonce', 'issuedAt', 'expiresAt']);
  const request: DeviceActivationRequest = {
    type: literal(obj.type, at(path, 'type'), ['device-activation-request']),
    deviceId: matching(obj.deviceId, at(path, 'deviceId'), OPAQUE_ID_PATTERN),
    nonce: base64url(obj.nonce, at(path, 'nonce'), RANDOM_MIN_BYTES, RANDOM_MAX_BYTES),
    issuedAt: epochSeconds(obj.issuedAt, at(path, 'issuedAt')),
    expiresAt: epochSeconds(obj.expiresAt, at(path, 'expiresAt')),
  };
  lifetime(request.issuedAt, request.expiresAt, at(path, 'expiresAt'), DEVICE_ACTIVATION_MAX_LIFETIME);
  return request;
}

export function parseDeviceActivation(value: unknown, path = ''): DeviceActivation {
  const obj = record(value, path, ['type', 'deviceId', 'signature']);
  return {
    type: literal(obj.type, at(path, 'type'), ['device-activation']),
    deviceId: matching(obj.deviceId, at(path, 'deviceId'), OPAQUE_ID_PATTERN),
    signature: base64url(obj.signature, at(path, 'signature'), SIGNATURE_BYTES),
  };
}

/**
 * The answer to a PIN confirmation, for the device `deviceId` when given: an activation request
 * for another device is refused (`activation.deviceId` mismatch).
 */
export function parsePinConfirmationResult(value: unknown, deviceId?: string, path = ''): PinConfirmationResult {
  if (typeof value === 'object' && value !== null && (value as { accepted?: unknown }).accepted === true) {
    const obj = record(value, path, ['accepted', 'activation']);
    const activation = parseDeviceActivationRequest(obj.activation, at(path, 'activation'));
    if (deviceId !== undefined && activation.deviceId !== deviceId) fail(at(path, 'activation.deviceId'), 'mismatch');
    return { accepted: true, activation };
  }
  const obj = record(value, path, ['accepted'], ['triesLeft']);
  if (obj.accepted !== false) fail(at(path, 'accepted'), 'malformed');
  return obj.triesLeft === undefined
    ? { accepted: false }
    : { accepted: false, triesLeft: integer(obj.triesLeft, at(path, 'triesLeft'), 0, MAX_TRIES) };
}

/**
 * Signed fields, in order: label, deviceId, the request's nonce (the server supplies it from its
 * record). The label keeps the signature from serving as any other message; the device id and
 * the single-use nonce keep it from accepting another device or a later enrolment.
 */
export function deviceActivationSigningFields(
  activation: Pick<DeviceActivation, 'deviceId'>,
  request: Pick<DeviceActivationRequest, 'nonce'>,
): CanonicalFields {
  return [DEVICE_ACTIVATION_LABEL, activation.deviceId, request.nonce];
}

export async function signDeviceActivation(
  privateKey: CryptoKey,
  request: Pick<DeviceActivationRequest, 'deviceId' | 'nonce'>,
): Promise<DeviceActivation> {
  const activation = { type: 'device-activation', deviceId: request.deviceId } as const;
  const signature = await signCanonical(privateKey, deviceActivationSigningFields(activation, request));
  return { ...activation, signature: toBase64Url(signature) };
}

/** True when the activation names the request's device and its signature verifies over the request's nonce. */
export async function verifyDeviceActivation(
  publicKey: CryptoKey,
  activation: DeviceActivation,
  request: Pick<DeviceActivationRequest, 'deviceId' | 'nonce'>,
): Promise<boolean> {
  if (activation.deviceId !== request.deviceId) return false;
  return verifyCanonical(
    publicKey,
    deviceActivationSigningFields(activation, request),
    fromBase64Url(activation.signature),
  );
}
