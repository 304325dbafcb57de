import { catalogueFaults, LOCALES, pluralCategories } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues';

/**
 * Issue 12, point 4 — one message format, ready for the 24 EU languages: every locale has the keys
 * and arguments of `en`, every message parses (packages/protocol i18n/message-format.ts), and every
 * plural carries each CLDR category of its language. Parametrised over `catalogues`: adding a
 * language file (and its entry there) is enough for this test to check it.
 */
describe('the catalogues, per locale', () => {
  it('has one for each language Sésame speaks, and no other (docs/adr/0045 §2)', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of Object.keys(catalogues)) {
    it(`${locale}: same keys and arguments as en, every message parses, plurals with ${pluralCategories(locale).join(', ')}`, () => {
      expect(catalogueFaults({ en: catalogues.en, [locale]: catalogues[locale as keyof typeof catalogues] })).toEqual(
        [],
      );
    });
  }
});
