import { describe, expect, it } from 'vitest';
import { refused } from '../organisations/authorise';
import { refusalOf, refusalWritesLine } from './admin-refusals';

describe('refusalWritesLine (docs/adr/0041 §1)', () => {
  it('writes the first five refusals of a window, then a 1-2-5 series: about 20 lines for a million', () => {
    const written = Array.from({ length: 1_000_000 }, (_, i) => i + 1).filter(refusalWritesLine);
    expect(written).toEqual([
      1, 2, 3, 4, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000,
      1_000_000,
    ]);
  });
});

describe('refusalOf', () => {
  it('finds the refusal itself or as the cause of the error that hides it, and nothing else', () => {
    const refusal = refused('out_of_scope', 'account.view', 'agent035');
    expect(refusalOf(refusal)).toBe(refusal);
    expect(refusalOf(new Error('404', { cause: refusal }))).toBe(refusal);
    expect(refusalOf(new Error('other'))).toBeNull();
    expect(refusal.details).toEqual({ refusal: 'out_of_scope', action: 'account.view', target: 'agent035' });
  });
});
