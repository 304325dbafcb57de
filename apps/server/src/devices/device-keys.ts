import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createDeviceSecretVault, type DeviceSecretVault, type OfflineChallengeSigner } from '@sesame/core';
import { fromBase64Url, type ServerSigningKey, signOfflineChallenge } from '@sesame/protocol';
import { z } from 'zod';

/**
 * The authenticator app's server-side keys, in one JSON file every node reads (like the OIDC key
 * ring, oidc/key-ring.ts):
 * - the key ring that seals device secrets at rest (design §5: AES-256-GCM "under a key ring with
 *   key ids, so keys rotate"); `currentKeyId` seals, every key opens;
 * - the ES256 key that signs offline QR challenges; its public half is given to the app at
 *   registration, its private half stays here and is imported non-extractable.
 */

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/);
/** Protocol KEY_ID_PATTERN (1 to 8 base64url characters): the app stores the kid. */
const signingKid = z.string().regex(/^[A-Za-z0-9_-]{1,8}$/);

const deviceKeyFileSchema = z.object({
  version: z.literal(1),
  vault: z
    .object({
      currentKeyId: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
      /** base64url of 32 bytes each. */
      keys: z.record(z.string(), base64url),
    })
    .refine((vault) => vault.currentKeyId in vault.keys, { message: 'currentKeyId names no key' }),
  signing: z.object({
    kid: signingKid,
    createdAt: z.string(),
    /** P-256 private JWK (RFC 7518 §6.2.2). */
    privateJwk: z.looseObject({
      kty: z.literal('EC'),
      crv: z.literal('P-256'),
      x: base64url,
      y: base64url,
      d: base64url,
    }),
  }),
});
export type DeviceKeyFile = z.infer<typeof deviceKeyFileSchema>;

export type { OfflineChallengeSigner };

/** What DeviceDeps needs from the key file, plus the offline signer. */
export interface DeviceKeys {
  vault: DeviceSecretVault;
  serverKeys: readonly ServerSigningKey[];
  signer: OfflineChallengeSigner;
}

const newKeyId = (): string => randomBytes(6).toString('base64url');

export function createDeviceKeyFile(now: Date): DeviceKeyFile {
  const vaultKeyId = newKeyId();
  const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return {
    version: 1,
    vault: { currentKeyId: vaultKeyId, keys: { [vaultKeyId]: randomBytes(32).toString('base64url') } },
    signing: {
      kid: newKeyId(),
      createdAt: now.toISOString(),
      privateJwk: { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y!, d: jwk.d! },
    },
  };
}

export function parseDeviceKeyFile(raw: string, source: string): DeviceKeyFile {
  const parsed = deviceKeyFileSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error(`${source} is not a Sésame device key file: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Written whole then renamed, so a reader never sees half a file; readable by the owner only. */
export function saveDeviceKeyFile(path: string, file: DeviceKeyFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** The key file at `path`, created there when it does not exist yet. */
export function loadOrCreateDeviceKeyFile(path: string, now: Date): { file: DeviceKeyFile; created: boolean } {
  if (existsSync(path)) return { file: parseDeviceKeyFile(readFileSync(path, 'utf8'), path), created: false };
  const file = createDeviceKeyFile(now);
  saveDeviceKeyFile(path, file);
  return { file, created: true };
}

function ring(file: DeviceKeyFile) {
  return {
    currentKeyId: file.vault.currentKeyId,
    keys: Object.fromEntries(Object.entries(file.vault.keys).map(([id, key]) => [id, fromBase64Url(key)])),
  };
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
  };
}

/**
 * Fresh keys held in memory, built synchronously (tests, assembleServices without keys): the
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
  };
}
