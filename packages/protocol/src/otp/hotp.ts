import { ProtocolError } from '../errors';
import { copyBytes, uintBytes } from '../bytes';
import { truncateOcra } from '../ocra/compute';

/** The hash of an OTP's HMAC (RFC 6238 §1.2: SHA-1, SHA-256 or SHA-512). */
export type OtpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

const WEB_CRYPTO_HASH: Record<OtpAlgorithm, string> = { SHA1: 'SHA-1', SHA256: 'SHA-256', SHA512: 'SHA-512' };

/** RFC 4226 §4 R6: "The length of the shared secret MUST be at least 128 bits". */
export const OTP_MIN_KEY_BYTES = 16;

export interface HotpOptions {
  readonly algorithm?: OtpAlgorithm;
  /** RFC 4226 §5.3: at least 6 digits; 8 at most here (RFC 6238 Appendix B uses 8). */
  readonly digits?: number;
}

/**
 * HOTP(K, C) = Truncate(HMAC(K, C)) (RFC 4226 §5.3): C is the 8-byte big-endian counter; the
 * truncation is the one OCRA uses (RFC 6287 §5.2 applies RFC 4226's).
 */
export async function computeHotp(
  key: Uint8Array,
  counter: number | bigint,
  options: HotpOptions = {},
): Promise<string> {
  const digits = options.digits ?? 6;
  if (!Number.isInteger(digits) || digits < 6 || digits > 8) {
    throw new ProtocolError('ERR_OTP_INPUT_INVALID', { field: 'digits', reason: 'out_of_range' });
  }
  if (key.length < OTP_MIN_KEY_BYTES) {
    throw new ProtocolError('ERR_OTP_INPUT_INVALID', { field: 'key', reason: 'too_short' });
  }
  const c = BigInt(counter);
  if (c < 0n || c >= 2n ** 64n)
    throw new ProtocolError('ERR_OTP_INPUT_INVALID', { field: 'counter', reason: 'out_of_range' });
  const hmacKey = await crypto.subtle.importKey(
    'raw',
    copyBytes(key),
    { name: 'HMAC', hash: WEB_CRYPTO_HASH[options.algorithm ?? 'SHA1'] },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, uintBytes(c, 8)));
  return truncateOcra(mac, digits);
}
