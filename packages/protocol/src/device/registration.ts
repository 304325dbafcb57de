import { fromBase64Url, toBase64Url } from '../base64url';
import { type CanonicalFields, signCanonical, verifyCanonical } from './canonical';
import { ENROLMENT_TOKEN_MAX_BYTES, optionalDeviceName } from './enrolment';
import { at, base64url, displayText, fail, integer, literal, matching, record } from './fields';
import { type Es256PublicJwk, parseEs256PublicJwk, parseServerSigningKey, type ServerSigningKey } from './keys';
import { type PinConfirmationChallenge, parsePinConfirmationChallenge } from './pin-confirmation';
import {
  ACCOUNT_PATTERN,
  DEVICE_MODEL_MAX_BYTES,
  DEVICE_NAME_MAX_BYTES,
  DEVICE_SECRET_BYTES,
  OPAQUE_ID_PATTERN,
  RANDOM_MIN_BYTES,
  SIGNATURE_BYTES,
} from './rules';

/**
 * A Web Push subscription as `PushSubscription.toJSON()` gives it (Push API; keys of RFC 8291:
 * the UA's P-256 ECDH public key and a 16-byte authentication secret).
 */
export interface PushSubscriptionJson {
  readonly endpoint: string;
  readonly expirationTime?: number | null;
  readonly keys: { readonly p256dh: string; readonly auth: string };
}

/**
 * App → server, after scanning the enrolment QR (annex step 3–4). The app proves possession of
 * its new key by signing the registration (NIST SP 800-63B rev 4 §3.1.3: the key is provisioned
 * in an authenticated session; here the enrolment token authenticates the session).
 */
export interface DeviceRegistration {
  readonly type: 'device-registration';
  readonly enrolmentToken: string;
  /** Random id the app draws once per installation (a UUID fits). */
  readonly installationId: string;
  /** The name from the enrolment QR, sent back unchanged ('' when the portal's was left empty). */
  readonly deviceName: string;
  /**
   * The phone's model ("Pixel 8", "iPhone"), sent when the QR's name is empty: the server names
   * the device from it (issue 11). Untrusted text, at most DEVICE_MODEL_MAX_BYTES.
   */
  readonly deviceModel?: string;
  readonly publicKey: Es256PublicJwk;
  readonly pushSubscription?: PushSubscriptionJson;
  /** ES256 over registrationSigningFields(…), base64url of r ‖ s. */
  readonly signature: string;
}

export type UnsignedDeviceRegistration = Omit<DeviceRegistration, 'signature'>;

/**
 * Server → app, the answer to a registration: the device id, the 256-bit device secret (the
 * OCRA key, which the app stores encrypted under its PIN, design §5), the server keys that sign
 * offline QR challenges, and the PIN confirmation of annex step 4.
 */
export interface DeviceRegistrationResult {
  readonly type: 'device-registration-result';
  readonly deviceId: string;
  readonly account: string;
  /** The device's name as the server recorded it: the QR's, or the one made from the phone's model. */
  readonly deviceName?: string;
  readonly deviceSecret: string;
  readonly serverKeys: readonly ServerSigningKey[];
  readonly pinConfirmation: PinConfirmationChallenge;
}

export const REGISTRATION_LABEL = 'sesame/device-registration/1';
const MAX_SERVER_KEYS = 4;
const ENDPOINT_MAX_LENGTH = 2048;

export function parsePushSubscription(value: unknown, path = 'pushSubscription'): PushSubscriptionJson {
  const obj = record(value, path, ['endpoint', 'keys'], ['expirationTime']);
  const endpointPath = at(path, 'endpoint');
  if (typeof obj.endpoint !== 'string') fail(endpointPath, 'malformed');
  if (obj.endpoint.length > ENDPOINT_MAX_LENGTH) fail(endpointPath, 'too_long');
  let url: URL;
  try {
    url = new URL(obj.endpoint);
  } catch {
    fail(endpointPath, 'malformed');
  }
  // RFC 8030 requires HTTPS towards the push service; a plain-http endpoint is not one.
  if (url.protocol !== 'https:') fail(endpointPath, 'not_allowed');
  const keys = record(obj.keys, at(path, 'keys'), ['p256dh', 'auth']);
  const p256dhPath = at(path, 'keys.p256dh');
  // RFC 8291 §3.1: an uncompressed P-256 point (65 bytes, 0x04 first) and a 16-byte auth secret.
  const p256dh = base64url(keys.p256dh, p256dhPath, 65);
  if (fromBase64Url(p256dh)[0] !== 0x04) fail(p256dhPath, 'malformed');
  const auth = base64url(keys.auth, at(path, 'keys.auth'), 16);
  const expirationTime =
    obj.expirationTime === undefined || obj.expirationTime === null
      ? obj.expirationTime
      : integer(obj.expirationTime, at(path, 'expirationTime'), 0, Number.MAX_SAFE_INTEGER);
  return {
    endpoint: obj.endpoint,
    ...(expirationTime === undefined ? {} : { expirationTime }),
    keys: { p256dh, auth },
  };
}

export function parseDeviceRegistration(value: unknown, path = ''): DeviceRegistration {
  const obj = record(
    value,
    path,
    ['type', 'enrolmentToken', 'installationId', 'deviceName', 'publicKey', 'signature'],
    ['pushSubscription', 'deviceModel'],
  );
  return {
    type: literal(obj.type, at(path, 'type'), ['device-registration']),
    enrolmentToken: base64url(
      obj.enrolmentToken,
      at(path, 'enrolmentToken'),
      RANDOM_MIN_BYTES,
      ENROLMENT_TOKEN_MAX_BYTES,
    ),
    installationId: matching(obj.installationId, at(path, 'installationId'), OPAQUE_ID_PATTERN),
    deviceName: optionalDeviceName(obj.deviceName, at(path, 'deviceName')),
    ...(obj.deviceModel === undefined
      ? {}
      : { deviceModel: displayText(obj.deviceModel, at(path, 'deviceModel'), DEVICE_MODEL_MAX_BYTES) }),
    publicKey: parseEs256PublicJwk(obj.publicKey, at(path, 'publicKey')),
    ...(obj.pushSubscription === undefined
      ? {}
      : { pushSubscription: parsePushSubscription(obj.pushSubscription, at(path, 'pushSubscription')) }),
    signature: base64url(obj.signature, at(path, 'signature'), SIGNATURE_BYTES),
  };
}

/**
 * Signed fields, in order: label, enrolmentToken, installationId, deviceName, publicKey.x,
 * publicKey.y, then the push subscription's endpoint, expirationTime, keys.p256dh, keys.auth
 * (each "" when there is no subscription or no expiration), then deviceModel ("" when absent).
 */
export function registrationSigningFields(registration: UnsignedDeviceRegistration): CanonicalFields {
  const push = registration.pushSubscription;
  return [
    REGISTRATION_LABEL,
    registration.enrolmentToken,
    registration.installationId,
    registration.deviceName,
    registration.publicKey.x,
    registration.publicKey.y,
    push?.endpoint ?? '',
    push?.expirationTime === undefined || push.expirationTime === null ? '' : String(push.expirationTime),
    push?.keys.p256dh ?? '',
    push?.keys.auth ?? '',
    registration.deviceModel ?? '',
  ];
}

export async function signDeviceRegistration(
  privateKey: CryptoKey,
  registration: UnsignedDeviceRegistration,
): Promise<DeviceRegistration> {
  const signature = await signCanonical(privateKey, registrationSigningFields(registration));
  return { ...registration, signature: toBase64Url(signature) };
}

/** Proof of possession: the registration is signed by the private half of `publicKey`. */
export async function verifyDeviceRegistration(
  publicKey: CryptoKey,
  registration: DeviceRegistration,
): Promise<boolean> {
  return verifyCanonical(publicKey, registrationSigningFields(registration), fromBase64Url(registration.signature));
}

export function parseDeviceRegistrationResult(value: unknown, path = ''): DeviceRegistrationResult {
  const obj = record(
    value,
    path,
    ['type', 'deviceId', 'account', 'deviceSecret', 'serverKeys', 'pinConfirmation'],
    ['deviceName'],
  );
  const type = literal(obj.type, at(path, 'type'), ['device-registration-result']);
  const deviceId = matching(obj.deviceId, at(path, 'deviceId'), OPAQUE_ID_PATTERN);
  const account = matching(obj.account, at(path, 'account'), ACCOUNT_PATTERN);
  const deviceName =
    obj.deviceName === undefined
      ? undefined
      : displayText(obj.deviceName, at(path, 'deviceName'), DEVICE_NAME_MAX_BYTES, { noSpace: true });
  const deviceSecret = base64url(obj.deviceSecret, at(path, 'deviceSecret'), DEVICE_SECRET_BYTES);
  const keysPath = at(path, 'serverKeys');
  if (!Array.isArray(obj.serverKeys)) fail(keysPath, 'malformed');
  if (obj.serverKeys.length === 0) fail(keysPath, 'required');
  if (obj.serverKeys.length > MAX_SERVER_KEYS) fail(keysPath, 'too_long');
  const serverKeys = obj.serverKeys.map((key, i) => parseServerSigningKey(key, at(keysPath, i)));
  serverKeys.forEach((key, i) => {
    if (serverKeys.findIndex((other) => other.kid === key.kid) !== i) fail(at(at(keysPath, i), 'kid'), 'duplicate');
  });
  const pinConfirmation = parsePinConfirmationChallenge(obj.pinConfirmation, at(path, 'pinConfirmation'));
  if (pinConfirmation.deviceId !== deviceId) fail(at(path, 'pinConfirmation.deviceId'), 'mismatch');
  return {
    type,
    deviceId,
    account,
    ...(deviceName === undefined ? {} : { deviceName }),
    deviceSecret,
    serverKeys,
    pinConfirmation,
  };
}
