import { describe, expect, it } from 'vitest';
import { isProtocolError } from '../errors';
import { fromBase32, toBase32 } from './base32';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** RFC 4648 §10 test vectors. */
const VECTORS: readonly [string, string][] = [
  ['', ''],
  ['f', 'MY======'],
  ['fo', 'MZXQ===='],
  ['foo', 'MZXW6==='],
  ['foob', 'MZXW6YQ='],
  ['fooba', 'MZXW6YTB'],
  ['foobar', 'MZXW6YTBOI======'],
];

describe('base32 (RFC 4648 §6)', () => {
  it.each(VECTORS)('encodes %j as %j (RFC 4648 §10) and back', (plain, encoded) => {
    expect(toBase32(utf8(plain))).toBe(encoded);
    expect(new TextDecoder().decode(fromBase32(encoded))).toBe(plain);
  });

  it('without padding for otpauth:// (Key Uri Format)', () => {
    expect(toBase32(utf8('foobar'), { padding: false })).toBe('MZXW6YTBOI');
    expect(fromBase32('MZXW6YTBOI')).toEqual(utf8('foobar'));
  });

  it('decodes what people type: lower case, spaces, hyphens', () => {
    expect(fromBase32('mzxw 6ytb-oi')).toEqual(utf8('foobar'));
  });

  it('refuses characters outside the alphabet and impossible lengths (ERR_OTP_INPUT_INVALID)', () => {
    const invalid = (e: unknown) => isProtocolError(e, 'ERR_OTP_INPUT_INVALID');
    expect(() => fromBase32('MZXW1YTB')).toThrow(expect.toSatisfy(invalid));
    expect(() => fromBase32('M')).toThrow(expect.toSatisfy(invalid));
    expect(() => fromBase32('MZX')).toThrow(expect.toSatisfy(invalid));
  });
});
