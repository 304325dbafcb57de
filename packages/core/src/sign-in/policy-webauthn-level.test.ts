import { describe, expect, it } from 'vitest';
import { webauthnLevel } from './policy';

describe('webauthnLevel (design §3, SEC-25, docs/adr/0029 §3)', () => {
  it('HIGH only for a certified key that verified its user now', () => {
    expect(webauthnLevel({ attestation: 'certified', userVerified: true })).toBe('HIGH');
  });
  it('a certified key without UV is MEDIUM', () => {
    expect(webauthnLevel({ attestation: 'certified', userVerified: false })).toBe('MEDIUM');
  });
  it('an attested or unattested key is MEDIUM, UV or not', () => {
    expect(webauthnLevel({ attestation: 'attested', userVerified: true })).toBe('MEDIUM');
    expect(webauthnLevel({ attestation: 'none', userVerified: true })).toBe('MEDIUM');
    expect(webauthnLevel({ attestation: 'none', userVerified: false })).toBe('MEDIUM');
  });
});
