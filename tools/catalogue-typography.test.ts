import { describe, expect, it } from 'vitest';
import { catalogues as app } from '@sesame/authenticator/texts';
import { catalogues as demo } from '@sesame/demo-rp';
import { catalogues as server } from '@sesame/server';
import { languageOf, LOCALES } from '@sesame/protocol';
import { typographyFaults, withFrenchSpaces } from './typography';

/**
 * Issue 11, point 2: "the English app shows English quotes". Every catalogue a person reads —
 * the portal and its mails, the Sésame app, the demo application — in its language's typography
 * (tools/typography.ts says the rules).
 */
describe('the typography of every catalogue, per language', () => {
  const all = { 'apps/server': server, 'apps/authenticator': app, 'apps/demo-rp': demo } as const;

  // Every language with catalogues (docs/adr/0045 §4): a language added is checked here too.
  for (const [where, catalogue] of Object.entries(all)) {
    for (const locale of LOCALES) {
      it(`${where} (${locale}) has the quotes, apostrophes and spaces of ${languageOf(locale).endonym}`, () => {
        expect(typographyFaults(catalogue[locale], locale)).toEqual([]);
      });
    }
  }

  it('finds each kind of fault, and lets the right forms pass', () => {
    const rules = (text: string, locale: 'en' | 'fr') => typographyFaults({ text }, locale).map((f) => f.rule);
    // English.
    expect(rules('Tap “Accept”, it’s done.', 'en')).toEqual([]);
    expect(rules('Tap "Accept".', 'en')).toHaveLength(1);
    expect(rules('Tap « Accept ».', 'en')).toHaveLength(1);
    expect(rules("it's done", 'en')).toHaveLength(1);
    expect(rules("Tap 'Accept'.", 'en')).toHaveLength(1);
    // French: « » with non-breaking spaces inside, and one before ; : ! ?
    expect(rules('Touchez\u00a0«\u00a0Accepter\u00a0»\u00a0: c’est fait\u202f!', 'fr')).toEqual([]);
    expect(rules('Touchez « Accepter ».', 'fr').length).toBeGreaterThan(0);
    expect(rules('Touchez «\u00a0Accepter».', 'fr')).toHaveLength(1);
    expect(rules('Touchez “Accepter”.', 'fr')).toHaveLength(1);
    expect(rules('Code PIN : 4 chiffres', 'fr')).toHaveLength(1);
    expect(rules('Code PIN: 4 chiffres', 'fr')).toHaveLength(1);
    expect(rules('Vraiment ?', 'fr')).toHaveLength(1);
    expect(rules("l'app", 'fr')).toHaveLength(1);
    // A colon inside a token is no punctuation: addresses, times, placeholders.
    expect(rules('https://sesame.example/app/ à 12:30, {minutes}:{seconds}', 'fr')).toEqual([]);
    // tools/fix-french-spaces.ts mends the spaces, and leaves right text as it is.
    const mended = withFrenchSpaces('Touchez « Accepter » : c’est fait !');
    expect(mended).toBe('Touchez «\u00a0Accepter\u00a0»\u00a0: c’est fait\u00a0!');
    expect(rules(mended, 'fr')).toEqual([]);
    expect(withFrenchSpaces(mended)).toBe(mended);
    expect(withFrenchSpaces('«Accepter»')).toBe('«\u00a0Accepter\u00a0»');
    // Every language: no straight quote nor apostrophe, whatever its own quotes.
    expect(typographyFaults({ text: 'Tippen Sie auf „Annehmen“.' }, 'de')).toEqual([]);
    expect(typographyFaults({ text: 'Tippen Sie auf "Annehmen".' }, 'de')).toHaveLength(1);
    expect(typographyFaults({ text: "l'applicazione" }, 'it')).toHaveLength(1);
    expect(typographyFaults({ text: "'{n}'" }, 'sv')).toHaveLength(1);
    expect(typographyFaults({ text: 'l’applicazione' }, 'it')).toEqual([]);
    // Walked: nested objects and arrays, with the key of the fault.
    expect(typographyFaults({ a: { b: ['ok', 'Tap "OK"'] } }, 'en').map((f) => f.key)).toEqual(['a.b.1']);
  });
});
