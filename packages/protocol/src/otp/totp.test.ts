import { describe, expect, it } from 'vitest';
import type { OtpAlgorithm } from './hotp';
import { computeTotp, computeTotpAtStep, totpStep } from './totp';

const ascii = (s: string) => new TextEncoder().encode(s);

/** RFC 6238 Appendix B: the seed of each mode (20, 32 and 64 ASCII bytes). */
const SEEDS: Record<OtpAlgorithm, Uint8Array> = {
  SHA1: ascii('12345678901234567890'),
  SHA256: ascii('12345678901234567890123456789012'),
  SHA512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
};

/** RFC 6238 Appendix B: time (s), T (hex), TOTP for SHA-1, SHA-256, SHA-512; 8 digits, X = 30, T0 = 0. */
const APPENDIX_B: readonly [number, string, string, string, string][] = [
  [59, '0000000000000001', '94287082', '46119246', '90693936'],
  [1111111109, '00000000023523EC', '07081804', '68084774', '25091201'],
  [1111111111, '00000000023523ED', '14050471', '67062674', '99943326'],
  [1234567890, '000000000273EF07', '89005924', '91819424', '93441116'],
  [2000000000, '0000000003F940AA', '69279037', '90698825', '38618901'],
  [20000000000, '0000000027BC86AA', '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(APPENDIX_B)('at %i s: T = %s, codes as Appendix B', async (time, t, sha1, sha256, sha512) => {
    const at = new Date(time * 1000);
    expect(totpStep(at)).toBe(Number.parseInt(t, 16));
    expect(await computeTotp(SEEDS.SHA1, at, { digits: 8, algorithm: 'SHA1' })).toBe(sha1);
    expect(await computeTotp(SEEDS.SHA256, at, { digits: 8, algorithm: 'SHA256' })).toBe(sha256);
    expect(await computeTotp(SEEDS.SHA512, at, { digits: 8, algorithm: 'SHA512' })).toBe(sha512);
  });

  it('a step changes on a multiple of X (T0 = 0): 29.999 s is step 0, 30 s step 1', () => {
    expect(totpStep(new Date(29_999))).toBe(0);
    expect(totpStep(new Date(30_000))).toBe(1);
    expect(totpStep(new Date(60_000), 60)).toBe(1);
  });

  it('6 digits by default: the last 6 of the 8-digit code of the same step', async () => {
    const at = new Date(59_000);
    expect(await computeTotp(SEEDS.SHA1, at)).toBe('287082');
    expect(await computeTotpAtStep(SEEDS.SHA1, 1)).toBe('287082');
  });
});
