import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '../bytes';
import { computeOcra } from './compute';
import { hashOcraPassword } from './password';
import { KEY20, KEY32, KEY64, PIN, PIN_SHA1, RFC6287_VECTORS, T_132D0B6 } from './rfc6287-appendix-c.vectors';
import { ocraTimestamp } from './time';
import { verifyOcra } from './verify';

const pinHash = hexToBytes(PIN_SHA1)!;

function inputOf(v: (typeof RFC6287_VECTORS)[number]) {
  return {
    question: v.question,
    ...(v.counter === undefined ? {} : { counter: v.counter }),
    ...(v.password ? { passwordHash: pinHash } : {}),
    ...(v.timestamp === undefined ? {} : { timestamp: v.timestamp }),
  };
}

describe('RFC 6287 Appendix C test vectors', () => {
  it('covers every table of the appendix (70 values)', () => {
    expect(RFC6287_VECTORS).toHaveLength(70);
    const tables = new Set(RFC6287_VECTORS.map((v) => `${v.section} ${v.suite} ${v.key.length / 2}`));
    expect([...tables]).toEqual([
      'C.1 OCRA-1:HOTP-SHA1-6:QN08 20',
      'C.1 OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1 32',
      'C.1 OCRA-1:HOTP-SHA256-8:QN08-PSHA1 32',
      'C.1 OCRA-1:HOTP-SHA512-8:C-QN08 64',
      'C.1 OCRA-1:HOTP-SHA512-8:QN08-T1M 64',
      'C.2 server OCRA-1:HOTP-SHA256-8:QA08 32',
      'C.2 client OCRA-1:HOTP-SHA256-8:QA08 32',
      'C.2 server OCRA-1:HOTP-SHA512-8:QA08 64',
      'C.2 client OCRA-1:HOTP-SHA512-8:QA08-PSHA1 64',
      'C.3 OCRA-1:HOTP-SHA256-8:QA08 32',
      'C.3 OCRA-1:HOTP-SHA512-8:QA10-T1M 64',
    ]);
  });

  it('uses the standard seeds: the ASCII digits cut to 20, 32 and 64 bytes', () => {
    const digits = '1234567890'.repeat(7);
    for (const [hex, size] of [
      [KEY20, 20],
      [KEY32, 32],
      [KEY64, 64],
    ] as const) {
      expect(new TextDecoder().decode(hexToBytes(hex)!)).toBe(digits.slice(0, size));
    }
  });

  it('hashes the PIN 1234 with SHA-1 to the appendix value', async () => {
    expect(bytesToHex(await hashOcraPassword('OCRA-1:HOTP-SHA256-8:QN08-PSHA1', PIN))).toBe(PIN_SHA1);
  });

  it('derives T = 132d0b6 from 25 March 2008, 12:06:30 UTC with a one-minute step', () => {
    expect(ocraTimestamp('OCRA-1:HOTP-SHA512-8:QN08-T1M', new Date(Date.UTC(2008, 2, 25, 12, 6, 30)))).toBe(T_132D0B6);
  });

  for (const v of RFC6287_VECTORS) {
    const label = `${v.section} ${v.suite} key${v.key.length / 2} C=${v.counter ?? '-'} Q=${v.question} → ${v.response}`;
    it(label, async () => {
      const key = hexToBytes(v.key)!;
      expect(await computeOcra(v.suite, key, inputOf(v))).toBe(v.response);
      expect(await verifyOcra(v.suite, key, inputOf(v), v.response)).toEqual({
        valid: true,
        timestamp: v.timestamp ?? null,
      });
    });
  }

  it('rejects each vector with the neighbouring response', async () => {
    for (let i = 0; i < RFC6287_VECTORS.length; i++) {
      const v = RFC6287_VECTORS[i]!;
      const other = RFC6287_VECTORS[(i + 1) % RFC6287_VECTORS.length]!;
      const wrong =
        other.response.length === v.response.length && other.response !== v.response
          ? other.response
          : '0'.repeat(v.response.length);
      expect(await verifyOcra(v.suite, hexToBytes(v.key)!, inputOf(v), wrong)).toEqual({ valid: false });
    }
  });
});
