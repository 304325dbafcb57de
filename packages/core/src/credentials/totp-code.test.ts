import { describe, expect, it } from 'vitest';
import { isSesameError } from '../errors';
import { parseTotpCode } from './totp-code';

const invalid = (reason: string) => (e: unknown) =>
  isSesameError(e, 'INVALID_INPUT') && e.details.field === 'code' && e.details.reason === reason;

describe('parseTotpCode', () => {
  it('6 digits, spaces removed', () => {
    expect(parseTotpCode(' 123 456 ')).toBe('123456');
  });

  it('empty is required; anything but 6 digits is malformed', () => {
    expect(() => parseTotpCode(undefined)).toThrow(expect.toSatisfy(invalid('required')));
    expect(() => parseTotpCode('   ')).toThrow(expect.toSatisfy(invalid('required')));
    for (const bad of ['12345', '1234567', '12345a', '１２３４５６']) {
      expect(() => parseTotpCode(bad)).toThrow(expect.toSatisfy(invalid('malformed')));
    }
  });
});
