import { hkdfSync } from 'node:crypto';
import {
  type ChallengeMac,
  createDeviceSecretVault,
  type DeviceSecretVault,
  hmacChallengeMac,
  type OfflineChallengeSigner,
} from '@sesame/core';
import { fromBase64Url, type ServerSigningKey, signOfflineChallenge } from '@sesame/protocol';
import { type DeviceKeyFile, deviceKeysSpec } from '../keys/device-keys-spec';
import { loadOrCreateKeyFile, memoryKeyFile, parseKeyFile, writeKeyFile } from '../keys/key-file';

/**
 * The authenticator app's server-side keys, opened: the vault that seals device secrets and the
 * signer of offline QR challenges. The file itself (content, creation, rotation) is
 * keys/device-keys-spec.ts, read and written through keys/key-file.ts; the functions below keep
 * their names for the callers of before that lifecycle.
 */

export type { DeviceKeyFile, OfflineChallengeSigner };

/** What DeviceDeps needs from the key file, plus the offline signer. */
export interface DeviceKeys {
  vault: DeviceSecretVault;
  serverKeys: readonly ServerSigningKey[];
  signer: OfflineChallengeSigner;
  /** The MAC of stateless challenges (the first screen's passkey challenge, docs/adr/0029 §8). */
  challengeMac: ChallengeMac;
}

export const createDeviceKeyFile = (now: Date): DeviceKeyFile => memoryKeyFile(deviceKeysSpec, now);

export const parseDeviceKeyFile = (raw: string, source: string): DeviceKeyFile =>
  parseKeyFile(deviceKeysSpec, raw, source);

export const saveDeviceKeyFile = (path: string, file: DeviceKeyFile): void => writeKeyFile(path, file);

/** The key file at `path`, created there when it does not exist yet. */
export const loadOrCreateDeviceKeyFile = (path: string, now: Date): { file: DeviceKeyFile; created: boolean } =>
  loadOrCreateKeyFile(deviceKeysSpec, path, now);

function ring(file: DeviceKeyFile) {
  return {
    currentKeyId: file.vault.currentKeyId,
    keys: Object.fromEntries(Object.entries(file.vault.keys).map(([id, key]) => [id, fromBase64Url(key)])),
  };
}

/**
 * A sub-key per vault key (HKDF-SHA-256, RFC 5869, its own `info`), so the challenge MAC
 * shares the vault's lifecycle — created, shared by every node, rotated by tools/rotate-keys.ts,
 * the old keys kept — without ever using a sealing key for anything else.
 */
function challengeMacOf(file: DeviceKeyFile): ChallengeMac {
  const keys = Object.fromEntries(
    Object.entries(file.vault.keys).map(([id, key]) => [
      id,
      new Uint8Array(hkdfSync('sha256', fromBase64Url(key), new Uint8Array(), 'sesame challenge mac v1', 32)),
    ]),
  );
  return hmacChallengeMac(file.vault.currentKeyId, keys);
}

function serverKeys(file: DeviceKeyFile): ServerSigningKey[] {
  const { x, y } = file.signing.privateJwk;
  return [{ kty: 'EC', crv: 'P-256', x, y, kid: file.signing.kid, alg: 'ES256', use: 'sig' }];
}

function importSigningKey(file: DeviceKeyFile): Promise<CryptoKey> {
  const { kty, crv, x, y, d } = file.signing.privateJwk;
  // Non-extractable: once imported, the private key cannot leave Web Crypto.
  return crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
}

/** Imports the keys once; a malformed file fails here, at start-up. */
export async function openDeviceKeys(file: DeviceKeyFile): Promise<DeviceKeys> {
  const vault = await createDeviceSecretVault(ring(file));
  const privateKey = await importSigningKey(file);
  return {
    vault,
    serverKeys: serverKeys(file),
    signer: { kid: file.signing.kid, sign: (challenge) => signOfflineChallenge(privateKey, challenge) },
    challengeMac: challengeMacOf(file),
  };
}

/**
 * Fresh keys held in memory, built synchronously (tests, parts given without keys): the
 * Web Crypto imports are awaited on first use. A generated file is always well formed, so no
 * start-up error can be deferred.
 */
export function memoryDeviceKeys(now: Date): DeviceKeys {
  const file = createDeviceKeyFile(now);
  const opened = openDeviceKeys(file);
  const vault: DeviceSecretVault = {
    currentKeyId: file.vault.currentKeyId,
    seal: async (deviceId, secret) => (await opened).vault.seal(deviceId, secret),
    open: async (deviceId, sealed) => (await opened).vault.open(deviceId, sealed),
    reseal: async (deviceId, sealed) => (await opened).vault.reseal(deviceId, sealed),
  };
  return {
    vault,
    serverKeys: serverKeys(file),
    signer: { kid: file.signing.kid, sign: async (challenge) => (await opened).signer.sign(challenge) },
    challengeMac: challengeMacOf(file),
  };
}
