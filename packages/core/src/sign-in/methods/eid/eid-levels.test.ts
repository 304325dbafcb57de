import { describe, expect, it } from 'vitest';
import { levelOf, wireStrengths } from '@sesame/protocol';
import { eidLevel, eidStrength } from './eid-levels';

describe('the level mapping (SEC-42: no silent upgrade)', () => {
  const levels = { eidas1: 'BASIC', eidas2: 'MEDIUM', eidas3: 'HIGH' } as const;

  it('gives each mapped acr its level, and nothing to an acr absent, unknown or inherited', () => {
    expect(eidLevel(levels, 'eidas1')).toBe('BASIC');
    expect(eidLevel(levels, 'eidas2')).toBe('MEDIUM');
    expect(eidLevel(levels, 'eidas3')).toBe('HIGH');
    expect(eidLevel(levels, null)).toBeNull();
    expect(eidLevel(levels, 'eidas4')).toBeNull();
    expect(eidLevel(levels, 'EIDAS2')).toBeNull();
    expect(eidLevel(levels, '')).toBeNull();
    expect(eidLevel(levels, '__proto__')).toBeNull();
    expect(eidLevel(levels, 'toString')).toBeNull();
  });

  it('puts the level in the session under a strength of that level, told to applications as EIDAS', () => {
    for (const level of ['BASIC', 'MEDIUM', 'HIGH'] as const) {
      expect(levelOf([eidStrength(level)])).toBe(level);
      expect(wireStrengths([eidStrength(level)])).toEqual(['EIDAS']);
    }
  });
});
