import { ProtocolError } from '../errors';
import { at, base64urlBytes, fail, literal, matching, record } from './fields';
import { KEY_ID_PATTERN } from './rules';

/** A P-256 public key as a JWK (RFC 7518 §6.2.1), nothing else: the device's key. */
export interface Es256PublicJwk {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  /** base64url of the 32-byte x coordinate. */
  readonly x: string;
  /** base64url of the 32-byte y coordinate. */
  readonly y: string;
}

/** A server signing key as the app stores it (from the registration result), with its key id. */
export interface ServerSigningKey extends Es256PublicJwk {
  readonly kid: string;
  readonly alg: 'ES256';
  readonly use: 'sig';
}

const EC_PARAMS = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/**
 * Checks a P-256 public JWK. A JWK with `d` is refused outright: a private key must never travel
 * (NIST SP 800-63B: the device key stays in the device).
 */
export function parseEs256PublicJwk(value: unknown, path = 'publicKey'): Es256PublicJwk {
  if (typeof value === 'object' && value !== null && 'd' in value) fail(at(path, 'd'), 'not_allowed');
  const obj = record(value, path, ['kty', 'crv', 'x', 'y']);
  return {
    kty: literal(obj.kty, at(path, 'kty'), ['EC']),
    crv: literal(obj.crv, at(path, 'crv'), ['P-256']),
    x: coordinate(obj.x, at(path, 'x')),
    y: coordinate(obj.y, at(path, 'y')),
  };
}

function coordinate(value: unknown, path: string): string {
  base64urlBytes(value, path, 32);
  return value as string;
}

export function parseServerSigningKey(value: unknown, path = 'serverKey'): ServerSigningKey {
  if (typeof value === 'object' && value !== null && 'd' in value) fail(at(path, 'd'), 'not_allowed');
  const obj = record(value, path, ['kid', 'alg', 'use', 'kty', 'crv', 'x', 'y']);
  const { kid, alg, use, ...jwk } = obj;
  return {
    ...parseEs256PublicJwk(jwk, path),
    kid: matching(kid, at(path, 'kid'), KEY_ID_PATTERN),
    alg: literal(alg, at(path, 'alg'), ['ES256']),
    use: literal(use, at(path, 'use'), ['sig']),
  };
}

/**
 * Imports a public JWK for ECDSA verification. Web Crypto checks that the point is on the curve;
 * a refusal becomes ERR_KEY_INVALID.
 */
export async function importEs256PublicKey(jwk: Es256PublicJwk): Promise<CryptoKey> {
  let checked: Es256PublicJwk;
  try {
    checked = parseEs256PublicJwk({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
  } catch (cause) {
    throw new ProtocolError('ERR_KEY_INVALID', {}, { cause });
  }
  try {
    return await crypto.subtle.importKey('jwk', { ...checked, ext: true }, EC_PARAMS, true, ['verify']);
  } catch (cause) {
    throw new ProtocolError('ERR_KEY_INVALID', {}, { cause });
  }
}

/** The public JWK of a P-256 key, reduced to kty, crv, x, y (Web Crypto adds ext and key_ops). */
export async function exportEs256PublicJwk(publicKey: CryptoKey): Promise<Es256PublicJwk> {
  const jwk = await crypto.subtle.exportKey('jwk', publicKey);
  if (jwk.d !== undefined) throw new ProtocolError('ERR_KEY_INVALID', { reason: 'not_allowed' });
  return parseEs256PublicJwk({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
}

/**
 * A fresh P-256 key pair for a device or a server. The private key is not extractable by
 * default (design §5: "a non-extractable ECDSA P-256 key"); the public key always is.
 */
export async function generateEs256KeyPair(extractable = false): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(EC_PARAMS, extractable, ['sign', 'verify']);
}
