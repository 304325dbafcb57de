import { describe, expect, it } from 'vitest';
import { levelAtLeast } from './levels';
import { levelOf, parseStrengthList } from './strengths';

describe('strengths and levels (design §3)', () => {
  it('orders levels BASIC < MEDIUM < HIGH, a level accepting those above it', () => {
    expect(levelAtLeast('MEDIUM', 'BASIC')).toBe(true);
    expect(levelAtLeast('HIGH', 'MEDIUM')).toBe(true);
    expect(levelAtLeast('BASIC', 'MEDIUM')).toBe(false);
  });
  it('gives a session the highest level of its strengths', () => {
    expect(levelOf(['PASSWORD'])).toBe('BASIC');
    expect(levelOf(['PASSWORD', 'PASSWORD_MOBILE_APP'])).toBe('MEDIUM');
    expect(levelOf(['PASSWORD_SOFTWARE_TOKEN'])).toBe('MEDIUM');
    expect(levelOf(['CLIENT_CERT', 'PASSWORD'])).toBe('HIGH');
    expect(levelOf([])).toBeNull();
  });
  it('parses acceptStrengths, mapping deprecated aliases and setting unknown names apart', () => {
    expect(parseStrengthList('PASSWORD_MOBILE_APP, PASSWORD_SOFTWARE_TOKEN,STRONG_SMS')).toEqual({
      strengths: ['PASSWORD_MOBILE_APP', 'PASSWORD_SOFTWARE_TOKEN', 'PASSWORD_SMS'],
      unknown: [],
    });
    expect(parseStrengthList('PASSWORD,MAGIC')).toEqual({ strengths: ['PASSWORD'], unknown: ['MAGIC'] });
    expect(parseStrengthList(undefined)).toEqual({ strengths: [], unknown: [] });
  });
});
