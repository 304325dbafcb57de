import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { KeyFileSpec } from './key-file';

/**
 * The authenticator app's server-side keys (devices/device-keys.ts opens them):
 * - the key ring that seals device secrets at rest (design §5: AES-256-GCM "under a key ring with
 *   key ids, so keys rotate"); `currentKeyId` seals, every key opens;
 * - the ES256 key that signs offline QR challenges; its public half is given to the app at
 *   registration, its private half stays here.
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

const newKeyId = (): string => randomBytes(6).toString('base64url');
const newVaultKey = (): string => randomBytes(32).toString('base64url');

export const deviceKeysSpec: KeyFileSpec<DeviceKeyFile> = {
  name: 'Sésame device key file',
  schema: deviceKeyFileSchema,
  create(now) {
    const vaultKeyId = newKeyId();
    const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
    return {
      version: 1,
      vault: { currentKeyId: vaultKeyId, keys: { [vaultKeyId]: newVaultKey() } },
      signing: {
        kid: newKeyId(),
        createdAt: now.toISOString(),
        privateJwk: { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y!, d: jwk.d! },
      },
    };
  },
  /**
   * Design §5 ("a key ring with key ids, so keys rotate"): a new vault key seals from now on; the
   * old ones stay, since secrets sealed under them are opened (and resealed) until every device
   * has been seen. The offline signer is kept: every enrolled app pinned its public key at
   * registration, so a new one would make their offline codes fail until they enrol again.
   */
  rotate(file) {
    let keyId = newKeyId();
    while (keyId in file.vault.keys) keyId = newKeyId();
    return { ...file, vault: { currentKeyId: keyId, keys: { ...file.vault.keys, [keyId]: newVaultKey() } } };
  },
  createdWarning: (path) =>
    `Device key file created at ${path}: keep it secret, back it up, and give every node the same file.`,
};
