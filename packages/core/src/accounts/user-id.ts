/**
 * EU Login-style user identifiers (reference/eulogin-facts.md §2.8): a letter then seven
 * characters of [0-9a-z], e.g. `n0025vuz`. `n` marks a self-registered account. 36^7 ≈ 7.8e10
 * values; uniqueness is enforced by the store and `createUser` retries on a collision.
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
export const USER_ID_PATTERN = /^[a-z][0-9a-z]{7}$/;

export function generateUserId(prefix = 'n'): string {
  let out = prefix;
  // Rejection sampling keeps the distribution uniform: 252 = 7 * 36. The bytes are drawn by the
  // dozen, not one call each (a CSV import draws 10,000 identifiers, bench/admin-scale).
  while (out.length < 8) {
    for (const byte of crypto.getRandomValues(new Uint8Array(12))) {
      if (byte < 252) out += ALPHABET[byte % 36]!;
      if (out.length === 8) break;
    }
  }
  return out;
}
