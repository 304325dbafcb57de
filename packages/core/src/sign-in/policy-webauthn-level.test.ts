import { describe, expect, it } from 'vitest';
import { strengthsAtLevel, webauthnLevel } from './policy';

const CERTIFIED_KEY = { attestation: 'certified', backupEligible: false } as const;

describe('webauthnLevel (design §3, SEC-25, docs/adr/0029 §3)', () => {
  it('HIGH only for a certified, device-bound key that verified its user now', () => {
    expect(webauthnLevel({ ...CERTIFIED_KEY, userVerified: true })).toBe('HIGH');
  });
  it('a certified key without UV is MEDIUM', () => {
    expect(webauthnLevel({ ...CERTIFIED_KEY, userVerified: false })).toBe('MEDIUM');
  });
  it('a backup-eligible (synced) key is MEDIUM: AAL3 keys are not exportable (63B-4 §2.3.2)', () => {
    expect(webauthnLevel({ ...CERTIFIED_KEY, backupEligible: true, userVerified: true })).toBe('MEDIUM');
  });
  it('an attested or unattested key is MEDIUM, UV or not', () => {
    expect(webauthnLevel({ attestation: 'attested', backupEligible: false, userVerified: true })).toBe('MEDIUM');
    expect(webauthnLevel({ attestation: 'none', backupEligible: false, userVerified: true })).toBe('MEDIUM');
    expect(webauthnLevel({ attestation: 'none', backupEligible: false, userVerified: false })).toBe('MEDIUM');
  });
});

describe('strengthsAtLevel (docs/adr/0029 §6): a key at HIGH keeps its level in the session', () => {
  it('raises PASSWORD_WEBAUTHN to its HIGH name; the password stays what it is', () => {
    expect(strengthsAtLevel(['PASSWORD', 'PASSWORD_WEBAUTHN'], 'HIGH')).toEqual(['PASSWORD', 'PASSWORD_WEBAUTHN_HIGH']);
  });
  it('no level, or the strength’s own, changes nothing; a strength without a raised name is not raised', () => {
    expect(strengthsAtLevel(['PASSWORD', 'PASSWORD_WEBAUTHN'], undefined)).toEqual(['PASSWORD', 'PASSWORD_WEBAUTHN']);
    expect(strengthsAtLevel(['PASSWORD', 'PASSWORD_WEBAUTHN'], 'MEDIUM')).toEqual(['PASSWORD', 'PASSWORD_WEBAUTHN']);
    expect(strengthsAtLevel(['PASSWORD', 'PASSWORD_TOTP'], 'HIGH')).toEqual(['PASSWORD', 'PASSWORD_TOTP']);
  });
});
