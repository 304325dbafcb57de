import { importEs256PublicKey, type Es256PublicJwk } from '@sesame/protocol';
import type { DeviceRecord } from '../ports';

/** Devices whose key is kept imported: more than a node's devices active within minutes. */
export const DEFAULT_DEVICE_KEY_CACHE_SIZE = 10_000;

/**
 * The devices' public keys, imported once (issue 12 point 5: importing the JWK at every request
 * cost 0.6–0.9 ms). Keyed by device id, an entry serves only while the JWK text just read from
 * the repository is the one it was imported from: a device enrolled again or with a new key gets
 * its new key at once, never the old one. The caller always reads the device first, so a deleted
 * device (not found) never reaches the cache. Least recently used first out past `maxSize`.
 */
export class DeviceKeyCache {
  private readonly keys = new Map<string, { jwk: string; key: Promise<CryptoKey> }>();

  constructor(private readonly maxSize = DEFAULT_DEVICE_KEY_CACHE_SIZE) {}

  get size(): number {
    return this.keys.size;
  }

  key(device: Pick<DeviceRecord, 'id' | 'publicKeyJwk'>): Promise<CryptoKey> {
    const cached = this.keys.get(device.id);
    this.keys.delete(device.id);
    if (cached !== undefined && cached.jwk === device.publicKeyJwk) {
      // A Map iterates in insertion order: moving a hit to the end keeps the oldest first.
      this.keys.set(device.id, cached);
      return cached.key;
    }
    const entry = { jwk: device.publicKeyJwk, key: importKey(device.publicKeyJwk) };
    this.keys.set(device.id, entry);
    if (this.keys.size > this.maxSize) this.keys.delete(this.keys.keys().next().value!);
    // A key that cannot be imported is not remembered: the next request tries again.
    entry.key.catch(() => {
      if (this.keys.get(device.id) === entry) this.keys.delete(device.id);
    });
    return entry.key;
  }
}

async function importKey(jwk: string): Promise<CryptoKey> {
  return importEs256PublicKey(JSON.parse(jwk) as Es256PublicJwk);
}

/** This process's cache: what `deviceKey` (enrolment.ts) serves every verifier from. */
export const deviceKeyCache = new DeviceKeyCache();
