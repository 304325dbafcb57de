import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../bytes';
import { QUESTION_PATTERN } from '../device/rules';
import { computeOcra } from './compute';
import { hashOcraPassword } from './password';
import { generateOcraQuestion } from './question';
import { KEY32, T_132D0B6 } from './rfc6287-appendix-c.vectors';
import {
  SESAME_OFFLINE_OCRA_SUITE,
  SESAME_OFFLINE_OCRA_WINDOW,
  SESAME_PIN_CONFIRMATION_OCRA_SUITE,
  SESAME_PUSH_OCRA_SUITE,
} from './sesame-suites';
import { parseOcraSuite } from './suite';
import { ocraTimestamp } from './time';
import { verifyOcra } from './verify';

const key = hexToBytes(KEY32)!;
const question = '00112233445566778899aabbccddeeff00112233';

describe('Sésame OCRA suites', () => {
  it('are SHA-256, 8 digits, a 40-hex-digit question, no counter and no session info', () => {
    for (const suite of [SESAME_OFFLINE_OCRA_SUITE, SESAME_PUSH_OCRA_SUITE, SESAME_PIN_CONFIRMATION_OCRA_SUITE]) {
      expect(parseOcraSuite(suite)).toMatchObject({
        hash: 'SHA-256',
        digits: 8,
        counter: false,
        question: { format: 'H', length: 40 },
        sessionInfoLength: null,
      });
    }
    expect(parseOcraSuite(SESAME_OFFLINE_OCRA_SUITE)).toMatchObject({ password: null, timeStep: 60 });
    expect(parseOcraSuite(SESAME_PUSH_OCRA_SUITE)).toMatchObject({ password: null, timeStep: null });
    expect(parseOcraSuite(SESAME_PIN_CONFIRMATION_OCRA_SUITE)).toMatchObject({ password: 'SHA-256', timeStep: null });
  });

  // Values computed independently (Python hmac/hashlib, from RFC 6287 §5.1 as written), to pin
  // the suites against regressions; KEY32 is the RFC's standard 32-byte seed.
  it('give the independently computed values', async () => {
    expect(await computeOcra(SESAME_OFFLINE_OCRA_SUITE, key, { question, timestamp: T_132D0B6 })).toBe('08119755');
    expect(await computeOcra(SESAME_PUSH_OCRA_SUITE, key, { question })).toBe('76234869');
    const passwordHash = await hashOcraPassword(SESAME_PIN_CONFIRMATION_OCRA_SUITE, '1234');
    expect(await computeOcra(SESAME_PIN_CONFIRMATION_OCRA_SUITE, key, { question, passwordHash })).toBe('59313819');
  });

  it('generate questions that the device messages accept', () => {
    expect(generateOcraQuestion(SESAME_OFFLINE_OCRA_SUITE)).toMatch(QUESTION_PATTERN);
  });

  it('offline: a code computed on the phone two minutes ago, or one minute ahead, still verifies; three minutes ago does not', async () => {
    const now = new Date(Date.UTC(2025, 5, 1, 10, 30, 5));
    const t = ocraTimestamp(SESAME_OFFLINE_OCRA_SUITE, now);
    for (const [delta, valid] of [
      [0, true],
      [-2, true],
      [1, true],
      [-3, false],
      [2, false],
    ] as const) {
      const code = await computeOcra(SESAME_OFFLINE_OCRA_SUITE, key, { question, timestamp: t + delta });
      const verdict = await verifyOcra(SESAME_OFFLINE_OCRA_SUITE, key, { question }, code, {
        now,
        ...SESAME_OFFLINE_OCRA_WINDOW,
      });
      expect(verdict.valid).toBe(valid);
    }
  });

  it('PIN confirmation: a wrong PIN gives a wrong answer', async () => {
    const right = await hashOcraPassword(SESAME_PIN_CONFIRMATION_OCRA_SUITE, '1234');
    const wrong = await hashOcraPassword(SESAME_PIN_CONFIRMATION_OCRA_SUITE, '1243');
    const code = await computeOcra(SESAME_PIN_CONFIRMATION_OCRA_SUITE, key, { question, passwordHash: wrong });
    expect(await verifyOcra(SESAME_PIN_CONFIRMATION_OCRA_SUITE, key, { question, passwordHash: right }, code)).toEqual({
      valid: false,
    });
  });
});
