import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { fromBase64Url, toBase64Url } from '@sesame/protocol';
import type { KeyValueStore } from '../ports/key-value-store';

/**
 * The CLI's state: one JSON file, mode 0600, rewritten whole (temporary file, then rename).
 *
 * CLI-only difference from the app: JSON cannot hold a CryptoKey, and Node cannot serialise a
 * non-extractable one, so the device key is generated extractable and written as its PKCS#8 —
 * in clear, guarded by the file mode, like an SSH key without a passphrase. It is deliberately
 * NOT sealed under the PIN beside the device secret: a PKCS#8 has a fixed ASN.1 header and embeds
 * the public key, so decrypting it with each candidate PIN would tell the right one — the offline
 * PIN test the tiqr design exists to deny. A copied state file thus gives the device key (answers
 * can be signed), not the device secret: an approval still needs the PIN, and only the server can
 * tell a wrong one. In the browser the key is non-extractable and lives in IndexedDB as it is.
 *
 * Encoding: Uint8Array → {"$bytes": base64url}; ECDSA P-256 private key → {"$pkcs8": base64url}.
 */
export class JsonFileStore implements KeyValueStore {
  readonly keepsNonExtractableKeys = false;

  constructor(readonly path: string) {}

  async get<T>(key: string): Promise<T | undefined> {
    const value = (await this.#read())[key];
    return value === undefined ? undefined : ((await decode(value)) as T);
  }

  async set(key: string, value: unknown): Promise<void> {
    const all = await this.#read();
    all[key] = await encode(value);
    await this.#write(all);
  }

  async delete(key: string): Promise<void> {
    const all = await this.#read();
    delete all[key];
    await this.#write(all);
  }

  async #read(): Promise<Record<string, unknown>> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
  }

  async #write(all: Record<string, unknown>): Promise<void> {
    const temporary = `${this.path}.${randomUUID()}.tmp`;
    await writeFile(temporary, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    await rename(temporary, this.path);
  }
}

const EC_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

async function encode(value: unknown): Promise<unknown> {
  if (value instanceof Uint8Array) return { $bytes: toBase64Url(value) };
  if (value instanceof CryptoKey) {
    if (value.type !== 'private' || value.algorithm.name !== 'ECDSA') throw new TypeError('only ECDSA private keys');
    return { $pkcs8: toBase64Url(new Uint8Array(await crypto.subtle.exportKey('pkcs8', value))) };
  }
  if (Array.isArray(value)) return Promise.all(value.map(encode));
  if (typeof value === 'object' && value !== null) {
    const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await encode(v)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

async function decode(value: unknown): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map(decode));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$bytes === 'string') return fromBase64Url(record.$bytes);
  if (typeof record.$pkcs8 === 'string') {
    // Extractable again, so that the next write can export it.
    return crypto.subtle.importKey('pkcs8', new Uint8Array(fromBase64Url(record.$pkcs8)), EC_P256, true, ['sign']);
  }
  const entries = await Promise.all(Object.entries(record).map(async ([k, v]) => [k, await decode(v)] as const));
  return Object.fromEntries(entries);
}
