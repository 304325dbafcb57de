import { type Bytes, concatBytes, copyBytes, isWellFormed, utf8 } from '../bytes';
import { ProtocolError } from '../errors';

/**
 * The byte string that Sésame signs, for every signed message (device API answers, the
 * offline QR challenge):
 *
 *     canonical(f0, f1, …, fn) = len(f0) ‖ utf8(f0) ‖ len(f1) ‖ utf8(f1) ‖ … ‖ len(fn) ‖ utf8(fn)
 *
 * - each field is a string; `len` is the byte length of its UTF-8 encoding as a 4-byte
 *   big-endian unsigned integer;
 * - f0 is a label naming the message and its version (`sesame/push-answer/1`), so a signature
 *   made for one message can never be replayed as another (domain separation);
 * - the message module fixes the order of the other fields; an integer is written in decimal
 *   without sign or leading zero, an absent optional field as the empty string (each module
 *   makes sure the empty string is not a valid value of that field).
 * Length prefixes make the encoding injective: ("ab", "c") and ("a", "bc") differ. Strings with
 * a lone surrogate are refused: TextEncoder would turn them into U+FFFD, and two different
 * strings would sign the same.
 */
export type CanonicalFields = readonly string[];

export function canonicalBytes(fields: CanonicalFields): Bytes {
  const parts: Uint8Array[] = [];
  for (const [i, field] of fields.entries()) {
    if (typeof field !== 'string' || !isWellFormed(field)) {
      throw new ProtocolError('ERR_MESSAGE_INVALID', { field: `canonical[${i}]`, reason: 'malformed' });
    }
    const bytes = utf8(field);
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, bytes.length);
    parts.push(length, bytes);
  }
  return concatBytes(...parts);
}

/** ECDSA over P-256 with SHA-256 (JOSE "ES256"). */
export const ES256_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;

/**
 * Signs canonical(fields) with an ECDSA P-256 private key. The signature is what Web Crypto
 * produces: 64 bytes, r ‖ s, each 32 bytes big-endian (IEEE P1363, as in JWS ES256), not DER.
 */
export async function signCanonical(privateKey: CryptoKey, fields: CanonicalFields): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign(ES256_PARAMS, privateKey, canonicalBytes(fields)));
}

/**
 * Verifies a 64-byte r ‖ s signature over canonical(fields); false for any other length.
 * ECDSA signatures are malleable ((r, s) and (r, n − s) both verify): never use a signature as
 * a replay key — Sésame consumes the challenge id instead.
 */
export async function verifyCanonical(
  publicKey: CryptoKey,
  fields: CanonicalFields,
  signature: Uint8Array,
): Promise<boolean> {
  if (!(signature instanceof Uint8Array) || signature.length !== 64) return false;
  return crypto.subtle.verify(ES256_PARAMS, publicKey, copyBytes(signature), canonicalBytes(fields));
}
