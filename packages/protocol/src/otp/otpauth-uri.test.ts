import { describe, expect, it } from 'vitest';
import { isProtocolError } from '../errors';
import { otpauthTotpUri } from './otpauth-uri';

const SECRET = new TextEncoder().encode('12345678901234567890');
const BASE = { secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30 } as const;

describe('otpauth://totp/ (Key Uri Format)', () => {
  it('label issuer:account, every parameter, the secret in unpadded base32', () => {
    expect(otpauthTotpUri({ ...BASE, issuer: 'Example', account: 'alice@google.com' })).toBe(
      'otpauth://totp/Example:alice%40google.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example&algorithm=SHA1&digits=6&period=30',
    );
  });

  it('percent-encodes UTF-8 and spaces as %20 (never +), in the label and the parameter', () => {
    const uri = otpauthTotpUri({ ...BASE, issuer: 'Sésame DGAL', account: 'marie+test@example.org' });
    expect(uri).toMatch(/^otpauth:\/\/totp\/S%C3%A9same%20DGAL:marie%2Btest%40example\.org\?/);
    expect(new URL(uri).searchParams.get('issuer')).toBe('Sésame DGAL');
  });

  it('refuses a colon or an empty part (ERR_OTP_INPUT_INVALID)', () => {
    const invalid = (field: string) => (e: unknown) =>
      isProtocolError(e, 'ERR_OTP_INPUT_INVALID') && e.details.field === field;
    expect(() => otpauthTotpUri({ ...BASE, issuer: 'A:B', account: 'a' })).toThrow(expect.toSatisfy(invalid('issuer')));
    expect(() => otpauthTotpUri({ ...BASE, issuer: 'A', account: '' })).toThrow(expect.toSatisfy(invalid('account')));
  });
});
