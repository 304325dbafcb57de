import { ProtocolError } from '../errors';
import { copyBytes } from '../bytes';
import { type OcraSuite, toOcraSuite } from './suite';

/**
 * RFC 4226 §4 R6 (which OCRA builds on): "The length of the shared secret MUST be at least
 * 128 bits". Sésame's device secrets are 256 bits (design §5).
 */
export const OCRA_MIN_KEY_BYTES = 16;

/**
 * Imports the shared secret as a Web Crypto HMAC key for the suite's hash. Non-extractable by
 * default, so the app can keep the decrypted device secret as a key that scripts cannot read back.
 */
export async function importOcraKey(
  suite: OcraSuite | string,
  secret: Uint8Array,
  extractable = false,
): Promise<CryptoKey> {
  const s = toOcraSuite(suite);
  if (!(secret instanceof Uint8Array)) {
    throw new ProtocolError('ERR_OCRA_INPUT_INVALID', { field: 'key', reason: 'malformed' });
  }
  if (secret.length < OCRA_MIN_KEY_BYTES) {
    throw new ProtocolError('ERR_OCRA_INPUT_INVALID', { field: 'key', reason: 'too_short' });
  }
  return crypto.subtle.importKey('raw', copyBytes(secret), { name: 'HMAC', hash: s.hash }, extractable, ['sign']);
}

/** A CryptoKey must be an HMAC key over the suite's hash, allowed to sign. */
export function checkOcraKey(suite: OcraSuite, key: CryptoKey): void {
  const algorithm = key.algorithm as Partial<HmacKeyAlgorithm>;
  if (algorithm.name !== 'HMAC' || algorithm.hash?.name !== suite.hash || !key.usages.includes('sign')) {
    throw new ProtocolError('ERR_OCRA_INPUT_INVALID', { field: 'key', reason: 'mismatch' });
  }
}
