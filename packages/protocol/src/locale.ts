/**
 * The 24 official languages of the European Union (issue 15, point 3; docs/adr/0045): the ISO
 * 639-1 code Sésame uses in `?lang=`, cookies and catalogues, the language's own name (the
 * endonym, as the EU's sites write it in their language menus) and the BCP 47 tag given to `Intl`
 * (dates, numbers, plural rules). This list says what a language is; `LOCALES` says which of them
 * Sésame speaks.
 */
export const EU_LANGUAGES = [
  { code: 'bg', endonym: 'български', tag: 'bg-BG' },
  { code: 'cs', endonym: 'čeština', tag: 'cs-CZ' },
  { code: 'da', endonym: 'dansk', tag: 'da-DK' },
  { code: 'de', endonym: 'Deutsch', tag: 'de-DE' },
  { code: 'et', endonym: 'eesti', tag: 'et-EE' },
  { code: 'el', endonym: 'ελληνικά', tag: 'el-GR' },
  { code: 'en', endonym: 'English', tag: 'en-GB' },
  { code: 'es', endonym: 'español', tag: 'es-ES' },
  { code: 'fr', endonym: 'français', tag: 'fr-FR' },
  { code: 'ga', endonym: 'Gaeilge', tag: 'ga-IE' },
  { code: 'hr', endonym: 'hrvatski', tag: 'hr-HR' },
  { code: 'it', endonym: 'italiano', tag: 'it-IT' },
  { code: 'lv', endonym: 'latviešu', tag: 'lv-LV' },
  { code: 'lt', endonym: 'lietuvių', tag: 'lt-LT' },
  { code: 'hu', endonym: 'magyar', tag: 'hu-HU' },
  { code: 'mt', endonym: 'Malti', tag: 'mt-MT' },
  { code: 'nl', endonym: 'Nederlands', tag: 'nl-NL' },
  { code: 'pl', endonym: 'polski', tag: 'pl-PL' },
  { code: 'pt', endonym: 'português', tag: 'pt-PT' },
  { code: 'ro', endonym: 'română', tag: 'ro-RO' },
  { code: 'sk', endonym: 'slovenčina', tag: 'sk-SK' },
  { code: 'sl', endonym: 'slovenščina', tag: 'sl-SI' },
  { code: 'fi', endonym: 'suomi', tag: 'fi-FI' },
  { code: 'sv', endonym: 'svenska', tag: 'sv-SE' },
] as const;

export type EuLanguage = (typeof EU_LANGUAGES)[number]['code'];

/**
 * The languages Sésame speaks: those with a catalogue in each of the portal, the authenticator
 * app and the demo application (each app's `catalogues` is a `Record<Locale, Messages>`, so a
 * language listed here without its three catalogues does not compile, and the catalogues tests
 * check each one's keys, arguments and plurals). Adding a language: its three catalogue files,
 * its code here, its line in each app's `catalogues` (docs/adr/0045 §5).
 */
export const LOCALES = [
  'fr',
  'en',
  'bg',
  'cs',
  'da',
  'de',
  'et',
  'el',
  'es',
  'ga',
  'hr',
  'it',
  'lv',
  'lt',
  'hu',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'fi',
  'sv',
] as const satisfies readonly EuLanguage[];
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A language's entry in EU_LANGUAGES: its endonym and its BCP 47 tag for Intl. */
export function languageOf(locale: Locale): (typeof EU_LANGUAGES)[number] {
  return EU_LANGUAGES.find((language) => language.code === locale)!;
}

/** The BCP 47 tag of a language for Intl (dates, numbers): `de` → `de-DE`. */
export function intlTag(locale: Locale): string {
  return languageOf(locale).tag;
}

/** The languages Sésame speaks, in EU order, with their endonyms: what a language chooser lists. */
export function spokenLanguages(): readonly (typeof EU_LANGUAGES)[number][] {
  return EU_LANGUAGES.filter((language) => isLocale(language.code));
}

/** A language tag as applications and browsers write it (`de-AT`, `pt_BR`, `FR`) to one of ours, by its primary subtag. */
export function localeOfTag(tag: string | undefined): Locale | undefined {
  return matchTag(LOCALES, tag);
}

function matchTag<L extends string>(spoken: readonly L[], tag: string | undefined): L | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return spoken.find((code) => code === primary);
}

/** Where the language of a request may come from, strongest first (docs/adr/0045 §1). */
export interface LocaleSources {
  /** The user's choice: `?lang=` on this request, else the portal's cookie. */
  readonly explicit?: string | undefined;
  /**
   * The relying application's wish: CAS `locale=` (one tag, as EU Login reads it) or OpenID
   * Connect `ui_locales` (space-separated tags by preference, OIDC Core §3.1.2.1).
   */
  readonly relyingApp?: string | undefined;
  /** The signed-in account's language, once its owner chose it (docs/adr/0055). */
  readonly account?: string | undefined;
  /** The browser's Accept-Language header. */
  readonly acceptLanguage?: string | undefined;
}

/** The first tag of an Accept-Language header we speak, by quality value (RFC 9110 §12.5.4). */
function fromAcceptLanguage<L extends string>(spoken: readonly L[], header: string | undefined): L | undefined {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag, q: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = matchTag(spoken, tag);
    if (locale) return locale;
  }
  return undefined;
}

/**
 * The language of a request among `spoken` (docs/adr/0045 §1): the user's explicit choice, then
 * the relying application's `locale` / `ui_locales` (the first tag spoken), then the signed-in
 * account's language, then the browser's Accept-Language, then `fallback`. A region falls back to
 * its language (`de-AT` → `de`); a language not spoken is skipped, never an error.
 */
export function negotiateAmong<L extends string>(spoken: readonly L[], sources: LocaleSources, fallback: L): L {
  const relyingApp = (sources.relyingApp ?? '')
    .split(/\s+/)
    .map((tag) => matchTag(spoken, tag))
    .find((locale) => locale !== undefined);
  return (
    matchTag(spoken, sources.explicit) ??
    relyingApp ??
    matchTag(spoken, sources.account) ??
    fromAcceptLanguage(spoken, sources.acceptLanguage) ??
    fallback
  );
}

/** The interface language of a request among the languages Sésame speaks (negotiateAmong over LOCALES). */
export function negotiateLocale(sources: LocaleSources, fallback: Locale = DEFAULT_LOCALE): Locale {
  return negotiateAmong(LOCALES, sources, fallback);
}
