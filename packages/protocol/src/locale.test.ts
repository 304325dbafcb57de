import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it('takes an explicit supported choice first', () => {
    expect(negotiateLocale('en', 'fr-FR', 'fr')).toBe('en');
  });
  it('ignores an unsupported explicit choice', () => {
    expect(negotiateLocale('xx', 'en-GB', 'fr')).toBe('en');
  });
  it('follows Accept-Language quality values (RFC 9110 §12.5.4), skipping q=0 and unknown tags', () => {
    expect(negotiateLocale(undefined, 'de;q=1, en;q=0.5, fr;q=0.8', 'en')).toBe('fr');
    expect(negotiateLocale(undefined, 'fr;q=0, en;q=0.1', 'fr')).toBe('en');
  });
  it('falls back when nothing matches', () => {
    expect(negotiateLocale(undefined, 'de, it', 'en')).toBe('en');
    expect(negotiateLocale(undefined, undefined)).toBe('fr');
  });
});
