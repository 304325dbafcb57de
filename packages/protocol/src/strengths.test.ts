import { describe, expect, it } from 'vitest';
import { levelAtLeast } from './levels';
import { levelOf, parseStrengthList, WIRE_STRENGTHS, wireStrength, wireStrengths } from './strengths';

describe('strengths and levels (design §3)', () => {
  it('orders levels BASIC < MEDIUM < HIGH, a level accepting those above it', () => {
    expect(levelAtLeast('MEDIUM', 'BASIC')).toBe(true);
    expect(levelAtLeast('HIGH', 'MEDIUM')).toBe(true);
    expect(levelAtLeast('BASIC', 'MEDIUM')).toBe(false);
  });
  it('gives a session the highest level of its strengths', () => {
    expect(levelOf(['PASSWORD'])).toBe('BASIC');
    expect(levelOf(['PASSWORD', 'PASSWORD_MOBILE_APP'])).toBe('MEDIUM');
    expect(levelOf(['PASSWORD_SOFTWARE_TOKEN'])).toBe('MEDIUM');
    expect(levelOf(['CLIENT_CERT', 'PASSWORD'])).toBe('HIGH');
    expect(levelOf([])).toBeNull();
  });
  it('parses acceptStrengths, mapping deprecated aliases and setting unknown names apart', () => {
    expect(parseStrengthList('PASSWORD_MOBILE_APP, PASSWORD_SOFTWARE_TOKEN,STRONG_SMS')).toEqual({
      strengths: ['PASSWORD_MOBILE_APP', 'PASSWORD_SOFTWARE_TOKEN', 'PASSWORD_SMS'],
      unknown: [],
    });
    expect(parseStrengthList('PASSWORD,MAGIC')).toEqual({ strengths: ['PASSWORD'], unknown: ['MAGIC'] });
    expect(parseStrengthList(undefined)).toEqual({ strengths: [], unknown: [] });
  });
  it('keeps a key at HIGH under an internal name, told to applications as PASSWORD_WEBAUTHN (docs/adr/0029 §6)', () => {
    expect(levelOf(['PASSWORD', 'PASSWORD_WEBAUTHN_HIGH'])).toBe('HIGH');
    expect(wireStrength('PASSWORD_WEBAUTHN_HIGH')).toBe('PASSWORD_WEBAUTHN');
    expect(wireStrength('PASSWORD_TOTP')).toBe('PASSWORD_TOTP');
    expect(wireStrengths(['PASSWORD_WEBAUTHN', 'PASSWORD_WEBAUTHN_HIGH', 'PASSWORD'])).toEqual([
      'PASSWORD_WEBAUTHN',
      'PASSWORD',
    ]);
    expect(WIRE_STRENGTHS).not.toContain('PASSWORD_WEBAUTHN_HIGH');
    // Not the applications' to ask for.
    expect(parseStrengthList('PASSWORD_WEBAUTHN_HIGH')).toEqual({ strengths: [], unknown: ['PASSWORD_WEBAUTHN_HIGH'] });
  });
});
