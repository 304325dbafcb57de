import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../bytes';
import { isProtocolError } from '../errors';
import { ocraDataInput } from './data-input';
import { encodeOcraQuestion, generateOcraQuestion } from './question';

const hex = (bytes: Uint8Array) => bytesToHex(bytes);
const zeros = (n: number) => '00'.repeat(n);

function expectInputError(run: () => unknown, field: string, reason: string): void {
  try {
    run();
    expect.unreachable();
  } catch (error) {
    expect(isProtocolError(error, 'ERR_OCRA_INPUT_INVALID')).toBe(true);
    expect((error as { details: unknown }).details).toEqual({ field, reason });
  }
}

describe('OCRA question encoding (RFC 6287 §5.1, reference implementation)', () => {
  const suiteN = 'OCRA-1:HOTP-SHA1-6:QN08';
  it('converts decimal questions to hex and pads on the right, shifting odd nibble counts', () => {
    // 00000000 → "0"; 11111111 → "a98ac7"; 22222222 → "153158e" (7 nibbles) → 15 31 58 e0.
    expect(hex(encodeOcraQuestion(suiteN, '00000000'))).toBe(zeros(128));
    expect(hex(encodeOcraQuestion(suiteN, '11111111'))).toBe(`a98ac7${zeros(125)}`);
    expect(hex(encodeOcraQuestion(suiteN, '22222222'))).toBe(`153158e0${zeros(124)}`);
    expect(hex(encodeOcraQuestion(suiteN, '12345678'))).toBe(`bc614e${zeros(125)}`);
  });
  it('copies hex questions nibble by nibble, case-insensitively', () => {
    const suite = 'OCRA-1:HOTP-SHA256-8:QH40';
    expect(hex(encodeOcraQuestion(suite, 'ABCDEF0123'))).toBe(`abcdef0123${zeros(123)}`);
    expect(hex(encodeOcraQuestion(suite, 'abcde'))).toBe(`abcde0${zeros(125)}`);
    expect(hex(encodeOcraQuestion(suite, 'f'.repeat(256)))).toBe('ff'.repeat(128));
    expectInputError(() => encodeOcraQuestion(suite, 'f'.repeat(257)), 'question', 'too_long');
    expectInputError(() => encodeOcraQuestion(suite, 'abcg'), 'question', 'malformed');
  });
  it('takes the ASCII bytes of alphanumeric questions', () => {
    const suite = 'OCRA-1:HOTP-SHA256-8:QA08';
    expect(hex(encodeOcraQuestion(suite, 'SIG10000'))).toBe(`5349473130303030${zeros(120)}`);
    expectInputError(() => encodeOcraQuestion(suite, 'SIG 1000'), 'question', 'malformed');
    expectInputError(() => encodeOcraQuestion(suite, 'SIGé000'), 'question', 'malformed');
    expectInputError(() => encodeOcraQuestion(suite, 'A'.repeat(129)), 'question', 'too_long');
  });
  it('accepts questions longer than xx (mutual mode concatenates two) but not shorter than 4', () => {
    expect(encodeOcraQuestion('OCRA-1:HOTP-SHA256-8:QA08', 'CLI22220SRV11110')).toHaveLength(128);
    expectInputError(() => encodeOcraQuestion(suiteN, '123'), 'question', 'too_short');
    expectInputError(() => encodeOcraQuestion(suiteN, ''), 'question', 'required');
    expectInputError(() => encodeOcraQuestion(suiteN, '12a4'), 'question', 'malformed');
  });
  it('generates uniform random questions of exactly xx characters in the format', () => {
    expect(generateOcraQuestion('OCRA-1:HOTP-SHA256-8:QH40')).toMatch(/^[0-9a-f]{40}$/);
    expect(generateOcraQuestion('OCRA-1:HOTP-SHA256-8:QN08')).toMatch(/^[0-9]{8}$/);
    expect(generateOcraQuestion('OCRA-1:HOTP-SHA256-8:QA64')).toMatch(/^[0-9A-Za-z]{64}$/);
    const seen = new Set(Array.from({ length: 50 }, () => generateOcraQuestion('OCRA-1:HOTP-SHA256-8:QH40')));
    expect(seen.size).toBe(50);
  });
});

describe('OCRA DataInput layout (RFC 6287 §5.1)', () => {
  it('concatenates suite | 00 | C | Q | P | S | T with the sizes of the RFC', () => {
    const suite = 'OCRA-1:HOTP-SHA256-8:C-QH08-PSHA1-S004-T1M';
    const data = ocraDataInput(suite, {
      counter: 0x0102,
      question: 'a1b2c3d4',
      passwordHash: new Uint8Array(20).fill(0xee),
      sessionInfo: new Uint8Array([0xab, 0xcd]),
      timestamp: 0x132d0b6,
    });
    const s = suite.length;
    expect(data).toHaveLength(s + 1 + 8 + 128 + 20 + 4 + 8);
    expect(new TextDecoder().decode(data.subarray(0, s))).toBe(suite);
    expect(hex(data.subarray(s, s + 1))).toBe('00');
    expect(hex(data.subarray(s + 1, s + 9))).toBe('0000000000000102');
    expect(hex(data.subarray(s + 9, s + 137))).toBe(`a1b2c3d4${zeros(124)}`);
    expect(hex(data.subarray(s + 137, s + 157))).toBe('ee'.repeat(20));
    // S is left-padded, as the reference implementation pads it.
    expect(hex(data.subarray(s + 157, s + 161))).toBe('0000abcd');
    expect(hex(data.subarray(s + 161))).toBe('000000000132d0b6');
  });

  it('takes counters and timestamps up to 2^64 - 1', () => {
    const suite = 'OCRA-1:HOTP-SHA1-6:C-QN08';
    const data = ocraDataInput(suite, { counter: 2n ** 64n - 1n, question: '00000000' });
    expect(hex(data.subarray(suite.length + 1, suite.length + 9))).toBe('ffffffffffffffff');
    const timed = ocraDataInput('OCRA-1:HOTP-SHA1-6:QN08-T1M', { timestamp: 2n ** 64n - 1n, question: '00000000' });
    expect(hex(timed.subarray(-8))).toBe('ffffffffffffffff');
    expectInputError(
      () => ocraDataInput('OCRA-1:HOTP-SHA1-6:C-QN08', { counter: 2n ** 64n, question: '00000000' }),
      'counter',
      'out_of_range',
    );
    expectInputError(
      () => ocraDataInput('OCRA-1:HOTP-SHA1-6:C-QN08', { counter: -1, question: '00000000' }),
      'counter',
      'out_of_range',
    );
    expectInputError(
      () => ocraDataInput('OCRA-1:HOTP-SHA1-6:C-QN08', { counter: 1.5, question: '00000000' }),
      'counter',
      'malformed',
    );
  });

  it('requires exactly the inputs the suite names', () => {
    const q = { question: '00000000' };
    expectInputError(() => ocraDataInput('OCRA-1:HOTP-SHA1-6:C-QN08', q), 'counter', 'required');
    expectInputError(() => ocraDataInput('OCRA-1:HOTP-SHA1-6:QN08', { ...q, counter: 1 }), 'counter', 'unexpected');
    expectInputError(() => ocraDataInput('OCRA-1:HOTP-SHA1-6:QN08-PSHA1', q), 'passwordHash', 'required');
    expectInputError(
      () => ocraDataInput('OCRA-1:HOTP-SHA1-6:QN08-PSHA256', { ...q, passwordHash: new Uint8Array(20) }),
      'passwordHash',
      'mismatch',
    );
    expectInputError(
      () => ocraDataInput('OCRA-1:HOTP-SHA1-6:QN08', { ...q, passwordHash: new Uint8Array(20) }),
      'passwordHash',
      'unexpected',
    );
    expectInputError(() => ocraDataInput('OCRA-1:HOTP-SHA1-6:QN08-S064', q), 'sessionInfo', 'required');
    expectInputError(
      () => ocraDataInput('OCRA-1:HOTP-SHA1-6:QN08-S064', { ...q, sessionInfo: new Uint8Array(65) }),
      'sessionInfo',
      'too_long',
    );
    expectInputError(
      () => ocraDataInput('OCRA-1:HOTP-SHA1-6:QN08', { ...q, sessionInfo: new Uint8Array(1) }),
      'sessionInfo',
      'unexpected',
    );
    expectInputError(() => ocraDataInput('OCRA-1:HOTP-SHA1-6:QN08-T1M', q), 'timestamp', 'required');
    expectInputError(() => ocraDataInput('OCRA-1:HOTP-SHA1-6:QN08', { ...q, timestamp: 1 }), 'timestamp', 'unexpected');
  });
});
