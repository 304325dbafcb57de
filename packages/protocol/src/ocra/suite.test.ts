import { describe, expect, it } from 'vitest';
import { isProtocolError } from '../errors';
import { parseOcraSuite } from './suite';

describe('parseOcraSuite (RFC 6287 §6)', () => {
  it('parses the suites of Appendix C', () => {
    expect(parseOcraSuite('OCRA-1:HOTP-SHA1-6:QN08')).toEqual({
      text: 'OCRA-1:HOTP-SHA1-6:QN08',
      hash: 'SHA-1',
      digits: 6,
      counter: false,
      question: { format: 'N', length: 8 },
      password: null,
      sessionInfoLength: null,
      timeStep: null,
    });
    expect(parseOcraSuite('OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1')).toMatchObject({
      hash: 'SHA-256',
      digits: 8,
      counter: true,
      password: 'SHA-1',
    });
    expect(parseOcraSuite('OCRA-1:HOTP-SHA512-8:QN08-T1M')).toMatchObject({ hash: 'SHA-512', timeStep: 60 });
    expect(parseOcraSuite('OCRA-1:HOTP-SHA512-8:QA10-T1M')).toMatchObject({ question: { format: 'A', length: 10 } });
  });

  it('parses every DataInput parameter in §5.1 order', () => {
    expect(parseOcraSuite('OCRA-1:HOTP-SHA512-10:C-QH64-PSHA512-S512-T48H')).toEqual({
      text: 'OCRA-1:HOTP-SHA512-10:C-QH64-PSHA512-S512-T48H',
      hash: 'SHA-512',
      digits: 10,
      counter: true,
      question: { format: 'H', length: 64 },
      password: 'SHA-512',
      sessionInfoLength: 512,
      timeStep: 48 * 3600,
    });
    expect(parseOcraSuite('OCRA-1:HOTP-SHA256-0:QA04-S064-T30S')).toMatchObject({
      digits: 0,
      sessionInfoLength: 64,
      timeStep: 30,
    });
    expect(parseOcraSuite('OCRA-1:HOTP-SHA1-4:QN04-PSHA256-T59M')).toMatchObject({ digits: 4, timeStep: 59 * 60 });
  });

  it('returns a frozen value', () => {
    const suite = parseOcraSuite('OCRA-1:HOTP-SHA1-6:QN08');
    expect(Object.isFrozen(suite)).toBe(true);
    expect(Object.isFrozen(suite.question)).toBe(true);
  });

  const malformed: Array<[string, string, string]> = [
    ['', 'suite', 'required'],
    ['OCRA-1:HOTP-SHA1-6', 'suite', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:QN08:X', 'suite', 'malformed'],
    [`OCRA-1:HOTP-SHA1-6:QN08-${'S064-'.repeat(10)}`, 'suite', 'too_long'],
    ['OCRA-2:HOTP-SHA1-6:QN08', 'algorithm', 'unsupported'],
    ['ocra-1:HOTP-SHA1-6:QN08', 'algorithm', 'malformed'],
    ['OCRA-1:TOTP-SHA1-6:QN08', 'cryptoFunction', 'malformed'],
    ['OCRA-1:HOTP-MD5-6:QN08', 'cryptoFunction', 'malformed'],
    ['OCRA-1:HOTP-SHA384-6:QN08', 'cryptoFunction', 'malformed'],
    ['OCRA-1:HOTP-SHA1-3:QN08', 'cryptoFunction', 'out_of_range'],
    ['OCRA-1:HOTP-SHA1-11:QN08', 'cryptoFunction', 'out_of_range'],
    ['OCRA-1:HOTP-SHA1-06:QN08', 'cryptoFunction', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:', 'dataInput', 'required'],
    ['OCRA-1:HOTP-SHA1-6:C', 'dataInput', 'required'],
    ['OCRA-1:HOTP-SHA1-6:QX08', 'dataInput', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:QN8', 'dataInput', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:QN03', 'dataInput', 'out_of_range'],
    ['OCRA-1:HOTP-SHA1-6:QN65', 'dataInput', 'out_of_range'],
    ['OCRA-1:HOTP-SHA1-6:qn08', 'dataInput', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:QN08-C', 'dataInput', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:C-C-QN08', 'dataInput', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T1M-PSHA1', 'dataInput', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:QN08-PSHA1-PSHA1', 'dataInput', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:QN08-PMD5', 'dataInput', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:QN08-S64', 'dataInput', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:QN08-S000', 'dataInput', 'out_of_range'],
    ['OCRA-1:HOTP-SHA1-6:QN08-S513', 'dataInput', 'out_of_range'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T60S', 'dataInput', 'out_of_range'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T60M', 'dataInput', 'out_of_range'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T49H', 'dataInput', 'out_of_range'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T0H', 'dataInput', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T01M', 'dataInput', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T1D', 'dataInput', 'malformed'],
    ['OCRA-1:HOTP-SHA1-6:QN08-', 'dataInput', 'malformed'],
  ];
  for (const [suite, field, reason] of malformed) {
    it(`rejects "${suite}" (${field}: ${reason})`, () => {
      try {
        parseOcraSuite(suite);
        expect.unreachable();
      } catch (error) {
        expect(isProtocolError(error, 'ERR_OCRA_SUITE_INVALID')).toBe(true);
        expect((error as { details: unknown }).details).toEqual({ field, reason });
      }
    });
  }

  it('rejects a non-string', () => {
    expect(() => parseOcraSuite(42 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'ERR_OCRA_SUITE_INVALID' }),
    );
  });
});
