import { describe, expect, it } from 'vitest';
import { generateNumberMatch } from './number-matching';

describe('number matching', () => {
  it('draws three distinct two-digit numbers, the shown one among them', () => {
    for (let i = 0; i < 200; i++) {
      const { shown, candidates } = generateNumberMatch();
      expect(candidates).toHaveLength(3);
      expect(new Set(candidates).size).toBe(3);
      for (const n of candidates) {
        expect(Number.isInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(10);
        expect(n).toBeLessThanOrEqual(99);
      }
      expect(candidates).toContain(shown);
    }
  });
  it('puts the shown number at every position', () => {
    const positions = new Set<number>();
    for (let i = 0; i < 200 && positions.size < 3; i++) {
      const { shown, candidates } = generateNumberMatch();
      positions.add(candidates.indexOf(shown));
    }
    expect(positions).toEqual(new Set([0, 1, 2]));
  });
});
