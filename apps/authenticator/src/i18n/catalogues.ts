import { isLocale, type Locale } from '@sesame/protocol';
import { en, type Messages } from './en';
import { fr } from './fr';

export const catalogues: Record<Locale, Messages> = { fr, en };

/** The one message format (ICU subset, @sesame/protocol): pass the locale where the template has a plural. */
export { formatMessage as format } from '@sesame/protocol';

/** The first of the browser's languages that the app speaks (navigator.languages), else French. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lang = tag.toLowerCase().split('-')[0];
    if (isLocale(lang)) return lang;
  }
  return 'fr';
}
