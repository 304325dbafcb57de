/**
 * EU Login-style user identifiers (reference/eulogin-facts.md §2.8): a letter then seven
 * characters of [0-9a-z], e.g. `n0025vuz`. `n` marks a self-registered account. 36^7 ≈ 7.8e10
 * values; uniqueness is enforced by the store and `createUser` retries on a collision.
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
export const USER_ID_PATTERN = /^[a-z][0-9a-z]{7}$/;

export function generateUserId(prefix = 'n'): string {
  const out: string[] = [prefix];
  // Rejection sampling keeps the distribution uniform: 252 = 7 * 36.
  while (out.length < 8) {
    const [byte] = crypto.getRandomValues(new Uint8Array(1));
    if (byte !== undefined && byte < 252) out.push(ALPHABET[byte % 36]!);
  }
  return out.join('');
}
