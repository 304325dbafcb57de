import { describe, expect, it } from 'vitest';
import { contrastRatio, darken, normaliseColour, relativeLuminance } from './colour-contrast';

describe('colour contrast (WCAG 2.2)', () => {
  it('gives the published extremes: black on white is 21:1, a colour with itself 1:1', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#000')).toBe(0);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 6);
    expect(contrastRatio('#0b4f8a', '#0b4f8a')).toBe(1);
  });

  it('places known colours either side of 4.5:1 with white', () => {
    // #767676 is the classic lightest grey that passes on white (4.54:1); #777777 fails (4.48:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    // Sésame's own blue, the default.
    expect(contrastRatio('#0b4f8a', '#ffffff')).toBeGreaterThan(8);
  });

  it('normalises and darkens without losing contrast with white', () => {
    expect(normaliseColour('#AbC')).toBe('#aabbcc');
    expect(darken('#0b4f8a', 0.25)).toBe('#083b68');
    expect(contrastRatio(darken('#767676', 0.25), '#ffffff')).toBeGreaterThan(contrastRatio('#767676', '#ffffff'));
  });
});
