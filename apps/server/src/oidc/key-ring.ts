import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * The OpenID Provider's keys: the keys that sign ID tokens and logout tokens (published at
 * /oidc/jwks) and the keys that sign its cookies. Kept in one JSON file that every node reads.
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

export function createKeyRing(now: Date): KeyRing {
  return {
    version: 1,
    cookieKeys: [cookieKey()],
    active: generateGeneration(now),
    next: generateGeneration(now),
    retired: [],
  };
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

/**
 * The keys as oidc-provider takes them (private; it publishes their public halves). Only the
 * active generation may sign: the others carry `key_ops: ["verify"]` (RFC 7517 §4.3), which
 * oidc-provider honours when it picks a signing key and relying parties honour when verifying.
 */
export function providerJwks(ring: KeyRing): { keys: PrivateJwk[] } {
  const verifyOnly = [ring.next, ...ring.retired].flatMap((generation) =>
    generation.keys.map((key) => ({ ...key, key_ops: ['verify'] })),
  );
  return { keys: [...ring.active.keys, ...verifyOnly] };
}

export function parseKeyRing(raw: string, source: string): KeyRing {
  const parsed = keyRingSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error(`${source} is not a Sésame OIDC key ring: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Written whole then renamed, so a reader never sees half a file; readable by the owner only. */
export function saveKeyRing(path: string, ring: KeyRing): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(ring, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** The key ring at `path`, created there when the file does not exist yet. */
export function loadOrCreateKeyRing(path: string, now: Date): { ring: KeyRing; created: boolean } {
  if (existsSync(path)) return { ring: parseKeyRing(readFileSync(path, 'utf8'), path), created: false };
  const ring = createKeyRing(now);
  saveKeyRing(path, ring);
  return { ring, created: true };
}

/** Rotates the key ring file in place (tools/rotate-oidc-keys.ts); nodes use it once restarted. */
export function rotateKeyRingFile(path: string, now: Date): KeyRing {
  const ring = rotateKeyRing(parseKeyRing(readFileSync(path, 'utf8'), path), now);
  saveKeyRing(path, ring);
  return ring;
}
