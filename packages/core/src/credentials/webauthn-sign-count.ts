/**
 * WebAuthn L3 §7.2 step 22 (SEC-24): what a received sign count says against the stored one.
 * - both 0: the authenticator keeps no counter (many passkeys): nothing to compare;
 * - received > stored: the count moves on (taken with one conditional write);
 * - otherwise (received ≤ stored, one of them non-zero): the count went back or stood still —
 *   a sign of a cloned authenticator: flagged, refused, audited and the owner told.
 */
export type SignCountVerdict = 'no-counter' | 'advance' | 'regression';

export function signCountVerdict(stored: number, received: number): SignCountVerdict {
  if (stored === 0 && received === 0) return 'no-counter';
  return received > stored ? 'advance' : 'regression';
}
