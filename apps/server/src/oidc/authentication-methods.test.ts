import { STRENGTH_LEVELS, STRENGTHS } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { acrFor, amrFor, AMR_BY_STRENGTH } from './authentication-methods';

// RFC 8176 §2: the registered Authentication Method Reference values.
const RFC_8176 = [
  'face',
  'fpt',
  'geo',
  'hwk',
  'iris',
  'kba',
  'mca',
  'mfa',
  'otp',
  'pin',
  'pwd',
  'rba',
  'retina',
  'sc',
  'sms',
  'swk',
  'tel',
  'user',
  'vbm',
  'wia',
];

describe('acr and amr of a session', () => {
  it('a password alone: BASIC, pwd', () => {
    expect(acrFor(['PASSWORD'])).toBe('BASIC');
    expect(amrFor(['PASSWORD'])).toEqual(['pwd']);
  });

  it('password then the Sésame app: MEDIUM, every method once, mfa', () => {
    expect(acrFor(['PASSWORD', 'PASSWORD_MOBILE_APP'])).toBe('MEDIUM');
    expect(amrFor(['PASSWORD', 'PASSWORD_MOBILE_APP'])).toEqual(['pwd', 'pin', 'swk', 'mfa']);
  });

  it('maps every strength to RFC 8176 values only, and every second factor says mfa', () => {
    for (const strength of STRENGTHS) {
      const values = AMR_BY_STRENGTH[strength];
      // An eID at BASIC (docs/adr/0042): another provider authenticated the user, by means it
      // does not tell, and RFC 8176 has no value for that — nothing is claimed rather than a guess.
      if (strength !== 'EIDAS_BASIC') expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(RFC_8176).toContain(value);
      if (STRENGTH_LEVELS[strength] !== 'BASIC') expect(values).toContain('mfa');
      else expect(values).not.toContain('mfa');
    }
  });
});
