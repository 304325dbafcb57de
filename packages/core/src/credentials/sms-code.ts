import { invalidInput } from '../errors';
import { safeEqual, tokenDigest } from '../security/random-token';

/**
 * EU Login's SMS challenge: "a sign in challenge code made of nine characters separated with
 * hyphens" (reference/eulogin-facts.md §1.2), here three groups of three: `K7P-M2X-9QR`. The
 * alphabet is upper-case letters and digits without the ones read alike (0/O, 1/I/L): 31
 * symbols, 9 of them ≈ 44.6 bits — far beyond NIST SP 800-63B rev 4 §3.1.3's 20 bits for an
 * out-of-band secret, and typed in any case, with or without the hyphens.
 */
export const SMS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SMS_CODE_LENGTH = 9;

/** A fresh code, formatted as texted: XXX-XXX-XXX. Rejection sampling: every symbol equally likely. */
export function generateSmsCode(): string {
  const n = SMS_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  while (out.length < SMS_CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte < limit && out.length < SMS_CODE_LENGTH) out += SMS_CODE_ALPHABET[byte % n];
    }
  }
  return formatSmsCode(out);
}

/** Nine symbols in groups of three, hyphen-separated. */
export function formatSmsCode(symbols: string): string {
  return symbols.match(/.{1,3}/g)!.join('-');
}

/**
 * The typed code, normalised (case, spaces and hyphens ignored) to the texted shape; INVALID_INPUT
 * `code` required / malformed otherwise — a malformed code is not counted as a try.
 */
export function parseSmsCode(raw: string | undefined): string {
  const typed = (raw ?? '').replace(/[\s\u00a0\u202f-]/g, '').toUpperCase();
  if (typed === '') throw invalidInput('code', 'required');
  if (typed.length !== SMS_CODE_LENGTH || [...typed].some((c) => !SMS_CODE_ALPHABET.includes(c))) {
    throw invalidInput('code', 'malformed');
  }
  return formatSmsCode(typed);
}

/** What a store keeps of a code: its digest, never the code (issue 13 point 4). */
export function smsCodeDigest(code: string): string {
  return tokenDigest(`sms:${code}`);
}

/** Whether the parsed `code` is the one whose digest was kept (constant time). */
export function smsCodeMatches(code: string, digest: string): boolean {
  return safeEqual(smsCodeDigest(code), digest);
}
