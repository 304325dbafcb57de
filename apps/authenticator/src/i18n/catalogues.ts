import { localeOfTag, type Locale } from '@sesame/protocol';
import { en, type Messages } from './en';
import { fr } from './fr';

export const catalogues: Record<Locale, Messages> = { fr, en };

/** The one message format (ICU subset, @sesame/protocol): pass the locale where the template has a plural. */
export { formatMessage as format } from '@sesame/protocol';

/**
 * The app follows the phone (docs/adr/0045 §4): the first of its languages (navigator.languages,
 * by preference) that the app speaks, a region falling back to its language, else French.
 */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return 'fr';
}
