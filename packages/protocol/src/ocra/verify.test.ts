import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../bytes';
import { isProtocolError } from '../errors';
import { computeOcra, truncateOcra } from './compute';
import { importOcraKey } from './key';
import { KEY20, KEY32 } from './rfc6287-appendix-c.vectors';
import { ocraTimestamp } from './time';
import { verifyOcra } from './verify';

const key32 = hexToBytes(KEY32)!;

describe('computeOcra', () => {
  it('applies RFC 4226 §5.3 dynamic truncation (the RFC 4226 §5.4 example)', () => {
    const mac = hexToBytes('1f8698690e02ca16618550ef7f19da8e945b555a')!;
    expect(truncateOcra(mac, 6)).toBe('872921');
    // 0x50ef7f19 = 1357872921: ten digits keep all 31 bits.
    expect(truncateOcra(mac, 10)).toBe('1357872921');
    expect(truncateOcra(mac, 4)).toBe('2921');
  });

  it('returns the full HMAC in hex for t = 0', async () => {
    const out = await computeOcra('OCRA-1:HOTP-SHA256-0:QA08', key32, { question: 'SIG10000' });
    expect(out).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a non-extractable HMAC CryptoKey of the suite hash and refuses another', async () => {
    const suite = 'OCRA-1:HOTP-SHA256-8:QA08';
    const key = await importOcraKey(suite, key32);
    expect(key.extractable).toBe(false);
    expect(await computeOcra(suite, key, { question: 'SIG10000' })).toBe('53095496');
    const sha1Key = await importOcraKey('OCRA-1:HOTP-SHA1-6:QN08', hexToBytes(KEY20)!);
    await expect(computeOcra(suite, sha1Key, { question: 'SIG10000' })).rejects.toMatchObject({
      code: 'ERR_OCRA_INPUT_INVALID',
      details: { field: 'key', reason: 'mismatch' },
    });
  });

  it('refuses keys shorter than 128 bits (RFC 4226 R6)', async () => {
    await expect(
      computeOcra('OCRA-1:HOTP-SHA1-6:QN08', new Uint8Array(15), { question: '00000000' }),
    ).rejects.toSatisfy((e) => isProtocolError(e, 'ERR_OCRA_INPUT_INVALID'));
  });
});

describe('verifyOcra', () => {
  const suite = 'OCRA-1:HOTP-SHA256-8:QH40-T1M';
  const question = '00112233445566778899aabbccddeeff00112233';
  const now = new Date(Date.UTC(2025, 5, 1, 10, 30, 15));
  const t = ocraTimestamp(suite, now);

  it('accepts the current step and the window around it, saying which step matched', async () => {
    for (const delta of [0, -1, 1]) {
      const response = await computeOcra(suite, key32, { question, timestamp: t + delta });
      expect(await verifyOcra(suite, key32, { question }, response, { now })).toEqual({
        valid: true,
        timestamp: t + delta,
      });
    }
    const late = await computeOcra(suite, key32, { question, timestamp: t - 2 });
    expect(await verifyOcra(suite, key32, { question }, late, { now })).toEqual({ valid: false });
    expect(await verifyOcra(suite, key32, { question }, late, { now, pastSteps: 2 })).toEqual({
      valid: true,
      timestamp: t - 2,
    });
    const early = await computeOcra(suite, key32, { question, timestamp: t + 1 });
    expect(await verifyOcra(suite, key32, { question }, early, { now, futureSteps: 0 })).toEqual({ valid: false });
  });

  it('checks only the given step when the caller passes a timestamp', async () => {
    const response = await computeOcra(suite, key32, { question, timestamp: t - 1 });
    expect(await verifyOcra(suite, key32, { question, timestamp: t }, response, { now })).toEqual({ valid: false });
  });

  it('treats responses of the wrong shape as invalid, not as errors', async () => {
    for (const response of ['', '1234567', '123456789', '1234567a', ' 12345678']) {
      expect(await verifyOcra(suite, key32, { question }, response, { now })).toEqual({ valid: false });
    }
  });

  it('bounds the window', async () => {
    await expect(verifyOcra(suite, key32, { question }, '00000000', { pastSteps: 11 })).rejects.toMatchObject({
      code: 'ERR_OCRA_INPUT_INVALID',
    });
  });
});
