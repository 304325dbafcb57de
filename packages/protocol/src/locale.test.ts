import { describe, expect, it } from 'vitest';
import {
  EU_LANGUAGES,
  intlTag,
  LOCALES,
  localeOfTag,
  negotiateAmong,
  negotiateLocale,
  pluralCategories,
  spokenLanguages,
} from './index';

/** Negotiation over a set of languages wider than today's catalogues, as after the translations land. */
const spoken = ['fr', 'en', 'de', 'it', 'pt'] as const;
const among = (sources: Parameters<typeof negotiateAmong>[1], fallback: (typeof spoken)[number] = 'fr') =>
  negotiateAmong(spoken, sources, fallback);

describe('the 24 EU languages', () => {
  it('lists each once, with an endonym and an Intl tag that Intl knows', () => {
    expect(EU_LANGUAGES).toHaveLength(24);
    expect(new Set(EU_LANGUAGES.map((language) => language.code)).size).toBe(24);
    for (const { code, endonym, tag } of EU_LANGUAGES) {
      expect(tag.startsWith(`${code}-`)).toBe(true);
      expect(Intl.DateTimeFormat.supportedLocalesOf([tag])).toEqual([tag]);
      expect(pluralCategories(tag).length).toBeGreaterThan(0);
      expect(endonym.length).toBeGreaterThan(3);
    }
  });
  it('speaks a subset of them, in EU order, French and English always among them', () => {
    expect(LOCALES).toContain('fr');
    expect(LOCALES).toContain('en');
    expect(spokenLanguages().map((language) => language.code)).toEqual(
      EU_LANGUAGES.map((language) => language.code).filter((code) => (LOCALES as readonly string[]).includes(code)),
    );
    expect(intlTag('fr')).toBe('fr-FR');
    expect(intlTag('en')).toBe('en-GB');
  });
  it('reads a tag by its primary subtag, whatever its case or separator', () => {
    expect(localeOfTag('EN')).toBe('en');
    expect(localeOfTag('fr_BE')).toBe('fr');
    expect(localeOfTag('en-US-x-private')).toBe('en');
    expect(localeOfTag('xx')).toBeUndefined();
    expect(localeOfTag('')).toBeUndefined();
    expect(localeOfTag(undefined)).toBeUndefined();
  });
});

describe('negotiation, strongest first (ADR 0045 §1)', () => {
  const all = { explicit: 'de', relyingApp: 'it', account: 'pt', acceptLanguage: 'en' };
  it('takes the explicit choice first, then the app, the account, the browser, the default', () => {
    expect(among(all)).toBe('de');
    expect(among({ ...all, explicit: undefined })).toBe('it');
    expect(among({ ...all, explicit: undefined, relyingApp: undefined })).toBe('pt');
    expect(among({ acceptLanguage: 'en' })).toBe('en');
    expect(among({}, 'en')).toBe('en');
  });
  it('skips a source whose language is not spoken, never failing on it', () => {
    expect(among({ ...all, explicit: 'xx' })).toBe('it');
    expect(among({ explicit: 'bg', relyingApp: 'ga', account: 'pt' })).toBe('pt');
    expect(among({ explicit: '<script>', acceptLanguage: '*, ;q=, de' })).toBe('de');
  });
  it('reads CAS locale= as Java and EU Login write it, with a region or an underscore', () => {
    expect(among({ relyingApp: 'de_AT' })).toBe('de');
    expect(among({ relyingApp: 'IT' })).toBe('it');
  });
  it('takes the first spoken tag of OIDC ui_locales (space-separated, by preference)', () => {
    expect(among({ relyingApp: 'ga-IE  pt-BR it' })).toBe('pt');
    expect(among({ relyingApp: 'ga sv', acceptLanguage: 'it' })).toBe('it');
  });
  it('follows Accept-Language quality values (RFC 9110 §12.5.4), a region falling back to its language', () => {
    expect(among({ acceptLanguage: 'de-AT' })).toBe('de');
    expect(among({ acceptLanguage: 'sv;q=1, en;q=0.5, it-CH;q=0.8' })).toBe('it');
    expect(among({ acceptLanguage: 'it;q=0, en;q=0.1' })).toBe('en');
    expect(among({ acceptLanguage: 'pt, de' })).toBe('pt');
    expect(among({ acceptLanguage: 'de;q=abc, en;q=0.2' })).toBe('en');
  });
  it('over the languages with catalogues: never one without', () => {
    expect(negotiateLocale({ explicit: 'zz', acceptLanguage: 'zz' })).toBe('fr');
    expect(negotiateLocale({ acceptLanguage: 'zz' }, 'en')).toBe('en');
    expect(negotiateLocale({ relyingApp: 'en-IE' })).toBe('en');
    for (const code of EU_LANGUAGES.map((language) => language.code))
      expect(LOCALES as readonly string[]).toContain(negotiateLocale({ explicit: code }));
  });
});
