import { describe, expect, it } from 'vitest';
import { isSesameError } from '../errors';
import {
  formatRecoveryCode,
  parseRecoveryCode,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_SECRET_BITS,
  randomRecoveryCode,
} from './recovery-code-format';

const invalid = (reason: string) => (error: unknown) =>
  isSesameError(error, 'INVALID_INPUT') && JSON.stringify(error.details).includes(reason);

describe('recovery code format (docs/adr/0028)', () => {
  it("Crockford's alphabet: 32 symbols, no I, L, O, U", () => {
    expect(new Set(RECOVERY_CODE_ALPHABET).size).toBe(32);
    expect(RECOVERY_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('a code is 5 groups of 4 of the alphabet: a 4-character id and 80 bits of secret (issue 13: ≥ 64)', () => {
    expect(RECOVERY_CODE_SECRET_BITS).toBe(80);
    const code = randomRecoveryCode();
    expect(code.id).toHaveLength(4);
    expect(code.secret).toHaveLength(16);
    expect(formatRecoveryCode(code)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
  });

  it('draws every symbol, each about as often (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      for (const c of randomRecoveryCode().secret) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(counts.size).toBe(32);
    // 32 000 draws: 1 000 expected per symbol; ±25 % is more than 7 standard deviations.
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(250);
  });

  it('parse: case, spaces and hyphens ignored; I, L, O read as 1, 1, 0', () => {
    const code = { id: 'K7QM', secret: '2ZC9WX4TH8NBR5EV' };
    expect(parseRecoveryCode(formatRecoveryCode(code))).toEqual(code);
    expect(parseRecoveryCode(' k7qm 2zc9-wx4t h8nb--r5ev ')).toEqual(code);
    expect(parseRecoveryCode('AB1O-IL00-0000-0000-0000')).toEqual({ id: 'AB10', secret: '1100000000000000' });
  });

  it('parse: empty is required; a wrong length or a letter out of the alphabet (U) is malformed', () => {
    expect(() => parseRecoveryCode(undefined)).toThrow(expect.toSatisfy(invalid('required')));
    expect(() => parseRecoveryCode(' - ')).toThrow(expect.toSatisfy(invalid('required')));
    expect(() => parseRecoveryCode('K7QM-2ZC9-WX4T-H8NB')).toThrow(expect.toSatisfy(invalid('malformed')));
    expect(() => parseRecoveryCode('K7QM-2ZC9-WX4T-H8NB-R5EV-0')).toThrow(expect.toSatisfy(invalid('malformed')));
    expect(() => parseRecoveryCode('K7QM-2ZC9-WX4T-H8NB-R5EU')).toThrow(expect.toSatisfy(invalid('malformed')));
    expect(() => parseRecoveryCode('K7QM-2ZC9-WX4T-H8NB-R5E!')).toThrow(expect.toSatisfy(invalid('malformed')));
  });
});
