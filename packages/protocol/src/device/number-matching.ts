/**
 * Number matching (NIST SP 800-63B rev 4 §3.1.3: a plain "approve" no longer counts; the secret
 * shown on the primary channel must travel back on the secondary one). The browser shows one
 * two-digit number; the app shows three and the user picks the one the browser shows.
 */
export const NUMBER_MATCH_MIN = 10;
export const NUMBER_MATCH_MAX = 99;
export const NUMBER_MATCH_CANDIDATES = 3;

export type NumberCandidates = readonly [number, number, number];

export interface NumberMatch {
  /** The number the browser shows. */
  readonly shown: number;
  /** The three numbers the app shows, in display order; `shown` is one of them. */
  readonly candidates: NumberCandidates;
}

function randomBelow(n: number): number {
  // Rejection sampling: drop bytes at or above the largest multiple of n (no modulo bias).
  const limit = 256 - (256 % n);
  for (;;) {
    const [byte] = crypto.getRandomValues(new Uint8Array(1));
    if (byte! < limit) return byte! % n;
  }
}

/** Three distinct random numbers in 10–99, one of them, at a random position, shown by the browser. */
export function generateNumberMatch(): NumberMatch {
  const span = NUMBER_MATCH_MAX - NUMBER_MATCH_MIN + 1;
  const picked: number[] = [];
  while (picked.length < NUMBER_MATCH_CANDIDATES) {
    const n = NUMBER_MATCH_MIN + randomBelow(span);
    if (!picked.includes(n)) picked.push(n);
  }
  const candidates = picked as unknown as NumberCandidates;
  return { shown: candidates[randomBelow(NUMBER_MATCH_CANDIDATES)]!, candidates };
}
