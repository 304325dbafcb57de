import { createHash } from 'node:crypto';
import { toBase64Url } from '@sesame/protocol';

/** A random token of `bytes` bytes (default 32 = 256 bits, above the 128 bits design §10 asks). */
export function randomToken(bytes = 32): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/**
 * SHA-256 of a token, base64url: what stores keep, so a store dump reveals no live token.
 * node:crypto's synchronous hash: several per request, and Web Crypto's job queue costs ~20×
 * more CPU for such short inputs (measured by bench/sign-in).
 */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Constant-time string comparison for tokens of public length. */
export function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
