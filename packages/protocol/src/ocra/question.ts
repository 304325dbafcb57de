import { ProtocolError } from '../errors';
import { type Bytes, hexToBytes } from '../bytes';
import { type OcraSuite, toOcraSuite } from './suite';

/** RFC 6287 §5.1: Q is always 128 bytes in the DataInput. */
export const OCRA_QUESTION_BYTES = 128;

const FORMAT_PATTERNS = { N: /^[0-9]+$/, H: /^[0-9a-fA-F]+$/, A: /^[0-9A-Za-z]+$/ } as const;

function invalidQuestion(reason: 'required' | 'malformed' | 'too_short' | 'too_long'): ProtocolError {
  return new ProtocolError('ERR_OCRA_INPUT_INVALID', { field: 'question', reason });
}

/**
 * The 128-byte Q field of the DataInput (RFC 6287 §5.1), exactly as the RFC's reference
 * implementation (Appendix A) builds it, which the Appendix C vectors depend on:
 * - N: the decimal question is converted to a hex string (`BigInteger(q, 10).toString(16)`), so
 *   `22222222` becomes `153158E` — an odd number of nibbles, padded on the right, i.e. the value
 *   is shifted by one nibble: bytes `15 31 58 E0 00 …`;
 * - H: the hex string, padded on the right with `0` nibbles to 256;
 * - A: the ASCII bytes, padded on the right with zero bytes.
 *
 * The suite's `xx` is the length a challenger generates, not a limit on the input: in mutual
 * mode (§7.2) Q is the concatenation of both parties' challenges — Appendix C.2 uses the
 * 16-character `CLI22220SRV11110` under `QA08`. We accept 4 (the smallest `xx`) to 128 bytes.
 */
export function encodeOcraQuestion(suite: OcraSuite | string, question: string): Bytes {
  const { format } = toOcraSuite(suite).question;
  if (typeof question !== 'string' || question.length === 0) throw invalidQuestion('required');
  if (!FORMAT_PATTERNS[format].test(question)) throw invalidQuestion('malformed');
  if (question.length < 4) throw invalidQuestion('too_short');

  const out = new Uint8Array(OCRA_QUESTION_BYTES);
  if (format === 'A') {
    if (question.length > OCRA_QUESTION_BYTES) throw invalidQuestion('too_long');
    for (let i = 0; i < question.length; i++) out[i] = question.charCodeAt(i);
    return out;
  }
  const nibbles = format === 'N' ? BigInt(question).toString(16) : question;
  if (nibbles.length > 2 * OCRA_QUESTION_BYTES) throw invalidQuestion('too_long');
  const bytes = hexToBytes(nibbles.length % 2 === 0 ? nibbles : `${nibbles}0`)!;
  out.set(bytes);
  return out;
}

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const HEX_DIGITS = '0123456789abcdef';

/**
 * A fresh random challenge of exactly the suite's `xx` characters in its format, from the Web
 * Crypto RBG. Uniform: rejection sampling, no modulo bias. Hex questions are lower case.
 */
export function generateOcraQuestion(suite: OcraSuite | string): string {
  const { format, length } = toOcraSuite(suite).question;
  const alphabet = format === 'N' ? '0123456789' : format === 'H' ? HEX_DIGITS : ALPHANUMERIC;
  // Largest multiple of the alphabet size that fits in a byte: bytes at or above it are redrawn.
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}
