import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { KeyFileSpec } from './key-file';

/**
 * The OpenID Provider's keys (oidc/key-ring.ts hands them to oidc-provider): the keys that sign
 * ID tokens and logout tokens (published at /oidc/jwks) and the keys that sign its cookies.
 *
 * Rotation without a window where a token cannot be verified: each rotation promotes the `next`
 * generation, which has been published since the previous rotation, so relying parties that
 * cached the JWKS already know it (OIDC Core §10.1.1: "the JWK Set … MAY contain multiple keys
 * … the signer can begin using a new key at its discretion and signals the change using the kid").
 * The generation it replaces stays published, for verification only, while tokens it signed may
 * still be checked.
 */

/** Each generation has an RS256 key (OIDC Core §15.1: OPs MUST support RS256) and an ES256 key. */
const ALGORITHMS = ['RS256', 'ES256'] as const;
/** Retired generations kept in the JWKS: ID tokens live an hour, so two rotations is plenty. */
const RETIRED_KEPT = 2;
/** Cookie keys: the first signs, all verify (Keygrip); three spans two rotations. */
const COOKIE_KEYS_KEPT = 3;

const privateJwk = z.looseObject({
  kty: z.enum(['RSA', 'EC']),
  kid: z.string().min(1),
  alg: z.enum(ALGORITHMS),
  use: z.literal('sig'),
});
export type PrivateJwk = z.infer<typeof privateJwk>;

const keyGeneration = z.object({
  createdAt: z.string(),
  keys: z.array(privateJwk).min(1),
});
export type KeyGeneration = z.infer<typeof keyGeneration>;

const keyRingSchema = z.object({
  version: z.literal(1),
  cookieKeys: z.array(z.string().min(32)).min(1),
  /** Signs every token. */
  active: keyGeneration,
  /** Published, signs after the next rotation. */
  next: keyGeneration,
  /** Published for verification only, newest first. */
  retired: z.array(keyGeneration),
});
export type KeyRing = z.infer<typeof keyRingSchema>;

/** RFC 7638 JWK thumbprint: the required members in lexicographic order, SHA-256, base64url. */
function thumbprint(jwk: JsonWebKey): string {
  const members =
    jwk.kty === 'RSA' ? { e: jwk.e, kty: jwk.kty, n: jwk.n } : { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y };
  return createHash('sha256').update(JSON.stringify(members)).digest('base64url');
}

function generateKey(alg: (typeof ALGORITHMS)[number]): PrivateJwk {
  const { privateKey } =
    alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kty: jwk.kty as 'RSA' | 'EC', kid: thumbprint(jwk), alg, use: 'sig' };
}

function generateGeneration(now: Date): KeyGeneration {
  return { createdAt: now.toISOString(), keys: ALGORITHMS.map(generateKey) };
}

function cookieKey(): string {
  return randomBytes(32).toString('base64url');
}

/** One rotation: `next` starts signing, `active` retires, a new `next` is published. */
export function rotateKeyRing(ring: KeyRing, now: Date): KeyRing {
  return {
    version: 1,
    cookieKeys: [cookieKey(), ...ring.cookieKeys].slice(0, COOKIE_KEYS_KEPT),
    active: ring.next,
    next: generateGeneration(now),
    retired: [ring.active, ...ring.retired].slice(0, RETIRED_KEPT),
  };
}

export const oidcKeyRingSpec: KeyFileSpec<KeyRing> = {
  name: 'Sésame OIDC key ring',
  schema: keyRingSchema,
  create: (now) => ({
    version: 1,
    cookieKeys: [cookieKey()],
    active: generateGeneration(now),
    next: generateGeneration(now),
    retired: [],
  }),
  rotate: rotateKeyRing,
  createdWarning: (path) =>
    `OIDC key ring created at ${path}: keep it secret, back it up, and give every node the same file.`,
};
