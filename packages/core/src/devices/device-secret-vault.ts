import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
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
const ALGORITHM = 'aes-256-gcm';
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
 * Imports the ring once, as secret KeyObjects. A malformed ring is a configuration fault:
 * RangeError at start-up, never a request-time surprise.
 *
 * node:crypto's synchronous AES-GCM rather than Web Crypto (issue 12 point 5): a push answer
 * opens one secret, and Web Crypto's job hop to the thread pool and back cost more CPU than
 * AES-GCM over 32 bytes. Same algorithm, same bytes: the blobs sealed before open unchanged.
 */
export async function createDeviceSecretVault(ring: DeviceKeyRing): Promise<DeviceSecretVault> {
  const keys = new Map<string, KeyObject>();
  for (const [keyId, raw] of Object.entries(ring.keys)) {
    if (!KEY_ID.test(keyId)) throw new RangeError(`device key ring: bad key id ${JSON.stringify(keyId)}`);
    if (!(raw instanceof Uint8Array) || raw.length !== 32) {
      throw new RangeError(`device key ring: key ${keyId} must be 32 bytes (AES-256)`);
    }
    keys.set(keyId, createSecretKey(new Uint8Array(raw)));
  }
  if (!keys.has(ring.currentKeyId)) throw new RangeError(`device key ring: no key ${ring.currentKeyId}`);
  const currentKeyId = ring.currentKeyId;

  function seal(deviceId: string, secret: Uint8Array): SealedDeviceSecret {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, keys.get(currentKeyId)!, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalData(currentKeyId, deviceId));
    const body = Buffer.concat([cipher.update(secret), cipher.final()]);
    const out = Buffer.concat([iv, body, cipher.getAuthTag()]);
    return { keyId: currentKeyId, ciphertext: toBase64Url(out) };
  }

  function open(deviceId: string, sealed: SealedDeviceSecret): Uint8Array {
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
      const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
      decipher.setAAD(additionalData(sealed.keyId, deviceId));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      const plain = Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
        decipher.final(),
      ]);
      // A plain Uint8Array the caller may zero, not a view on Node's shared buffer pool.
      const secret = new Uint8Array(plain);
      plain.fill(0);
      return secret;
    } catch (cause) {
      // "Unsupported state or unable to authenticate data": the tag does not authenticate the blob.
      throw unreadable(cause);
    }
  }

  return {
    currentKeyId,
    seal: async (deviceId, secret) => seal(deviceId, secret),
    open: async (deviceId, sealed) => open(deviceId, sealed),
    async reseal(deviceId, sealed) {
      if (sealed.keyId === currentKeyId) return null;
      const secret = open(deviceId, sealed);
      try {
        return seal(deviceId, secret);
      } finally {
        secret.fill(0);
      }
    },
  };
}
