import { createPublicKey, type KeyObject } from 'node:crypto';
import { parseEs256PublicJwk, ProtocolError } from '@sesame/protocol';
import type { DeviceRecord } from '../ports';
import { DEFAULT_DEVICE_KEY_CACHE_SIZE } from './device-key-cache';

/**
 * The devices' public keys as node:crypto `KeyObject`s, made once per device and key, for the
 * signatures checked synchronously (device-signature.ts; issue 12 point 5: Web Crypto's verify is
 * a job in the thread pool, its result a turn of the event loop later). The same rules as
 * DeviceKeyCache: keyed by device id, an entry serves only while the JWK text just read from the
 * repository is the one it was made from (a device enrolled again gets its new key at once, never
 * the old one); least recently used first out past `maxSize`; a key that cannot be made is not
 * remembered and throws ERR_KEY_INVALID, as protocol's importEs256PublicKey does.
 */
export class DeviceVerifyKeys {
  private readonly keys = new Map<string, { jwk: string; key: KeyObject }>();

  constructor(private readonly maxSize = DEFAULT_DEVICE_KEY_CACHE_SIZE) {}

  get size(): number {
    return this.keys.size;
  }

  key(device: Pick<DeviceRecord, 'id' | 'publicKeyJwk'>): KeyObject {
    const cached = this.keys.get(device.id);
    this.keys.delete(device.id);
    if (cached !== undefined && cached.jwk === device.publicKeyJwk) {
      // A Map iterates in insertion order: moving a hit to the end keeps the oldest first.
      this.keys.set(device.id, cached);
      return cached.key;
    }
    const entry = { jwk: device.publicKeyJwk, key: toKeyObject(device.publicKeyJwk) };
    this.keys.set(device.id, entry);
    if (this.keys.size > this.maxSize) this.keys.delete(this.keys.keys().next().value!);
    return entry.key;
  }
}

/** A P-256 public key from its JWK text: the shape protocol checks, then OpenSSL's point check. */
function toKeyObject(jwk: string): KeyObject {
  try {
    const { kty, crv, x, y } = parseEs256PublicJwk(JSON.parse(jwk) as unknown);
    const key = createPublicKey({ key: { kty, crv, x, y }, format: 'jwk' });
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      throw new RangeError('not a P-256 key');
    }
    return key;
  } catch (cause) {
    throw new ProtocolError('ERR_KEY_INVALID', {}, { cause });
  }
}

/** This process's keys: what the synchronous verifiers (device-signature.ts) use. */
export const deviceVerifyKeys = new DeviceVerifyKeys();
