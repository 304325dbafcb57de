import { describe, expect, it } from 'vitest';
import { isSesameError } from '../errors';
import { maskPhoneNumber, parsePhoneNumber } from './phone-number';
import { generateSmsCode, parseSmsCode, SMS_CODE_ALPHABET, smsCodeDigest, smsCodeMatches } from './sms-code';

const input = (field: string, reason: string) => (error: unknown) =>
  isSesameError(error, 'INVALID_INPUT') && error.details.field === field && error.details.reason === reason;

describe("the SMS challenge code: EU Login's nine characters separated by hyphens", () => {
  it('is XXX-XXX-XXX over an alphabet without look-alikes, and differs each time', () => {
    const codes = Array.from({ length: 200 }, generateSmsCode);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(SMS_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    // Every symbol turns up: the rejection sampling draws from the whole alphabet.
    expect(new Set(codes.join('').replace(/-/g, '')).size).toBe(SMS_CODE_ALPHABET.length);
  });

  it('is read in any case, with or without hyphens or spaces; anything else is INVALID_INPUT, not a try', () => {
    expect(parseSmsCode('k7p-m2x-9qr')).toBe('K7P-M2X-9QR');
    expect(parseSmsCode(' K7P M2X 9QR ')).toBe('K7P-M2X-9QR');
    expect(parseSmsCode('K7PM2X9QR')).toBe('K7P-M2X-9QR');
    expect(() => parseSmsCode(undefined)).toThrow(expect.toSatisfy(input('code', 'required')));
    expect(() => parseSmsCode('K7P-M2X-9Q')).toThrow(expect.toSatisfy(input('code', 'malformed')));
    expect(() => parseSmsCode('K7P-M2X-9Q0')).toThrow(expect.toSatisfy(input('code', 'malformed')));
  });

  it('is kept as a digest that matches only its own code', () => {
    const digest = smsCodeDigest('K7P-M2X-9QR');
    expect(digest).not.toContain('K7P');
    expect(smsCodeMatches('K7P-M2X-9QR', digest)).toBe(true);
    expect(smsCodeMatches('K7P-M2X-9QS', digest)).toBe(false);
  });
});

describe('a mobile number: E.164, as EU Login asks ("+" and the country code)', () => {
  it('keeps "+", the country code and the digits; spaces are removed', () => {
    expect(parsePhoneNumber('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(parsePhoneNumber('+3225551234')).toBe('+3225551234');
  });

  it('refuses what it would have to guess: no "+", a 0 country code, dots, brackets, hyphens, too long', () => {
    expect(() => parsePhoneNumber('')).toThrow(expect.toSatisfy(input('phone', 'required')));
    for (const bad of [
      '0612345678',
      '+0612345678',
      '+33.6.12.34.56.78',
      '+33 (0)6 12 34 56 78',
      '+33-612-345-678',
      '+1234567890123456',
      '+33 6',
    ]) {
      expect(() => parsePhoneNumber(bad), bad).toThrow(expect.toSatisfy(input('phone', 'malformed')));
    }
  });

  it('is shown masked on the sign-in page: the country code and the last two digits', () => {
    expect(maskPhoneNumber('+33612345678')).toBe('+33 •••••••78');
    expect(maskPhoneNumber('+3225551234')).toBe('+32 ••••••34');
  });
});
