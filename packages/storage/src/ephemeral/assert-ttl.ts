/**
 * Redis refuses a PX of zero or less, and a fraction is meaningless to it; every backend refuses
 * the same values so that a caller's mistake shows up with the memory store too.
 */
export function assertTtl(ttlMs: number): void {
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) {
    throw new RangeError(`TTL must be a positive whole number of milliseconds, got ${ttlMs}`);
  }
}
