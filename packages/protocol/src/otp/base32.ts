import { ProtocolError } from '../errors';
import type { Bytes } from '../bytes';

/** RFC 4648 §6 alphabet. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * RFC 4648 §6 base32. `padding: false` drops the trailing `=` as the Key Uri Format asks of an
 * `otpauth://` secret ("the padding specified in RFC 3548 section 2.2 is not required").
 */
export function toBase32(bytes: Uint8Array, options: { padding?: boolean } = {}): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >>> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  if (options.padding ?? true) out += '='.repeat((8 - (out.length % 8)) % 8);
  return out;
}

/**
 * Decodes base32 (RFC 4648 §6) as people type it from an authenticator screen: case-insensitive,
 * spaces and hyphens ignored, padding optional. Anything else is ERR_OTP_INPUT_INVALID.
 */
export function fromBase32(text: string): Bytes {
  const clean = text.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
  // RFC 4648 §6: a final quantum has 2, 4, 5, 7 or 8 characters (1, 3, 4, 6 are impossible).
  if ([1, 3, 6].includes(clean.length % 8)) {
    throw new ProtocolError('ERR_OTP_INPUT_INVALID', { field: 'secret', reason: 'malformed' });
  }
  const out = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of clean) {
    const value = ALPHABET.indexOf(char);
    if (value === -1) throw new ProtocolError('ERR_OTP_INPUT_INVALID', { field: 'secret', reason: 'malformed' });
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >>> bits) & 0xff;
    }
  }
  return out;
}
