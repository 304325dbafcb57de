import { canonicalBytes, fromBase64Url, toBase64Url } from '@sesame/protocol';
import { SesameError } from '../errors';

/**
 * Device secrets at rest (design §5: "the server keeps the device secret encrypted at rest,
 * AES-256-GCM under a key ring with key ids, so keys rotate"; NIST SP 800-63B rev 4 §3.1.4.1:
 * symmetric keys "SHALL be strongly protected against unauthorized disclosure").
 *
 * A sealed secret is `keyId` + base64url(iv ‖ ciphertext ‖ tag): a fresh 96-bit IV per
 * encryption (NIST SP 800-38D §8.2.2, random IVs) and a 128-bit tag. The additional data binds
 * the blob to its key id and device id, so a blob copied onto another device's row, or relabelled
 * with another key id, fails like a tampered one.
 */
export interface DeviceKeyRing {
  /** Key that seals new secrets. */
  readonly currentKeyId: string;
  /** Every key that may still open a stored secret: 32 bytes each. */
  readonly keys: Readonly<Record<string, Uint8Array>>;
}

export interface SealedDeviceSecret {
  readonly keyId: string;
  /** base64url(iv ‖ ciphertext ‖ tag). */
  readonly ciphertext: string;
}

export interface DeviceSecretVault {
  readonly currentKeyId: string;
  seal(deviceId: string, secret: Uint8Array): Promise<SealedDeviceSecret>;
  /** Throws DEVICE_SECRET_UNREADABLE for an unknown key id or a blob that does not authenticate. */
  open(deviceId: string, sealed: SealedDeviceSecret): Promise<Uint8Array>;
  /** Rotation: the same secret sealed under the current key; null when it already is. */
  reseal(deviceId: string, sealed: SealedDeviceSecret): Promise<SealedDeviceSecret | null>;
}

const LABEL = 'sesame/device-secret/1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

function unreadable(cause?: unknown): SesameError {
  return new SesameError('DEVICE_SECRET_UNREADABLE', {}, { cause });
}

function additionalData(keyId: string, deviceId: string) {
  return canonicalBytes([LABEL, keyId, deviceId]);
}

/**
 * Imports the ring once, as non-extractable AES-GCM keys. A malformed ring is a configuration
 * fault: RangeError at start-up, never a request-time surprise.
 */
export async function createDeviceSecretVault(ring: DeviceKeyRing): Promise<DeviceSecretVault> {
  const keys = new Map<string, CryptoKey>();
  for (const [keyId, raw] of Object.entries(ring.keys)) {
    if (!KEY_ID.test(keyId)) throw new RangeError(`device key ring: bad key id ${JSON.stringify(keyId)}`);
    if (!(raw instanceof Uint8Array) || raw.length !== 32) {
      throw new RangeError(`device key ring: key ${keyId} must be 32 bytes (AES-256)`);
    }
    keys.set(
      keyId,
      await crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-GCM', false, ['encrypt', 'decrypt']),
    );
  }
  if (!keys.has(ring.currentKeyId)) throw new RangeError(`device key ring: no key ${ring.currentKeyId}`);
  const currentKeyId = ring.currentKeyId;

  async function seal(deviceId: string, secret: Uint8Array): Promise<SealedDeviceSecret> {
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(currentKeyId, deviceId), tagLength: TAG_BYTES * 8 },
      keys.get(currentKeyId)!,
      new Uint8Array(secret),
    );
    const out = new Uint8Array(IV_BYTES + sealed.byteLength);
    out.set(iv);
    out.set(new Uint8Array(sealed), IV_BYTES);
    return { keyId: currentKeyId, ciphertext: toBase64Url(out) };
  }

  async function open(deviceId: string, sealed: SealedDeviceSecret): Promise<Uint8Array> {
    const key = keys.get(sealed.keyId);
    if (key === undefined) throw unreadable();
    let bytes: Uint8Array;
    try {
      bytes = fromBase64Url(sealed.ciphertext);
    } catch (cause) {
      throw unreadable(cause);
    }
    if (bytes.length < IV_BYTES + TAG_BYTES) throw unreadable();
    try {
      const plain = await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: bytes.slice(0, IV_BYTES),
          additionalData: additionalData(sealed.keyId, deviceId),
          tagLength: TAG_BYTES * 8,
        },
        key,
        bytes.slice(IV_BYTES),
      );
      return new Uint8Array(plain);
    } catch (cause) {
      // Web Crypto's OperationError: the tag does not authenticate the blob.
      throw unreadable(cause);
    }
  }

  return {
    currentKeyId,
    seal,
    open,
    async reseal(deviceId, sealed) {
      if (sealed.keyId === currentKeyId) return null;
      const secret = await open(deviceId, sealed);
      try {
        return await seal(deviceId, secret);
      } finally {
        secret.fill(0);
      }
    },
  };
}
