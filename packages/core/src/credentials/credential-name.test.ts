import { describe, expect, it } from 'vitest';
import { isSesameError } from '../errors';
import { parseCredentialName } from './credential-name';

const invalid = (reason: string) => (e: unknown) =>
  isSesameError(e, 'INVALID_INPUT') && e.details.field === 'name' && e.details.reason === reason;

describe('parseCredentialName', () => {
  it('trims, joins inner blanks, keeps spaces and accents (NFC)', () => {
    expect(parseCredentialName('  Mon  te\u0301le\u0301phone ')).toBe('Mon téléphone');
  });

  it('required, at most 40 characters, printable', () => {
    expect(() => parseCredentialName(undefined)).toThrow(expect.toSatisfy(invalid('required')));
    expect(() => parseCredentialName('é'.repeat(41))).toThrow(expect.toSatisfy(invalid('too_long')));
    expect(parseCredentialName('é'.repeat(40))).toHaveLength(40);
    expect(() => parseCredentialName('a\u202Eb')).toThrow(expect.toSatisfy(invalid('malformed')));
  });
});
