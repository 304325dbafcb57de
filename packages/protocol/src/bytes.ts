/**
 * Byte helpers shared by ocra/, device/ and qr/. Internal: not re-exported by index.ts.
 * Isomorphic (no Buffer). Every function returns `Uint8Array<ArrayBuffer>` so the result can be
 * handed to `crypto.subtle` as a BufferSource without a cast.
 */

export type Bytes = Uint8Array<ArrayBuffer>;

const encoder = new TextEncoder();

/** A copy backed by a plain ArrayBuffer (Web Crypto refuses SharedArrayBuffer views). */
export function copyBytes(bytes: Uint8Array): Bytes {
  return new Uint8Array(bytes);
}

export function utf8(text: string): Bytes {
  return encoder.encode(text) as Bytes;
}

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

export function concatBytes(...parts: readonly Uint8Array[]): Bytes {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const HEX = /^(?:[0-9a-fA-F]{2})*$/;

/** Strict hex → bytes (even length); returns null on anything else. */
export function hexToBytes(hex: string): Bytes | null {
  if (!HEX.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** Big-endian unsigned integer of `size` bytes; the caller has checked the range. */
export function uintBytes(value: bigint, size: number): Bytes {
  const out = new Uint8Array(size);
  let rest = value;
  for (let i = size - 1; i >= 0; i--) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return out;
}

/**
 * Compares two strings in time independent of where they differ (their lengths may leak, which
 * is public anyway: the suite fixes the length of an OCRA response).
 */
export function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * False for strings with a lone surrogate: TextEncoder turns each into U+FFFD, so two different
 * strings would encode to the same bytes (String.prototype.isWellFormed is ES2024).
 */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}
