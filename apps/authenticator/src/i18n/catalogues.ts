import { isLocale, type Locale } from '@sesame/protocol';
import { en, type Messages } from './en';
import { fr } from './fr';

export const catalogues: Record<Locale, Messages> = { fr, en };

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so tests catch it. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The first of the browser's languages that the app speaks (navigator.languages), else French. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lang = tag.toLowerCase().split('-')[0];
    if (isLocale(lang)) return lang;
  }
  return 'fr';
}
