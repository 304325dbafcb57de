import { describe, expect, it } from 'vitest';
import { signCountVerdict } from './webauthn-sign-count';

describe('signCountVerdict (WebAuthn L3 §7.2 step 22, SEC-24)', () => {
  it('both zero: an authenticator without a counter', () => {
    expect(signCountVerdict(0, 0)).toBe('no-counter');
  });
  it('a greater count moves on', () => {
    expect(signCountVerdict(0, 1)).toBe('advance');
    expect(signCountVerdict(100, 101)).toBe('advance');
  });
  it('a count that went back or stood still is a regression (a cloned key)', () => {
    expect(signCountVerdict(100, 5)).toBe('regression');
    expect(signCountVerdict(100, 100)).toBe('regression');
    expect(signCountVerdict(7, 0)).toBe('regression');
  });
});
