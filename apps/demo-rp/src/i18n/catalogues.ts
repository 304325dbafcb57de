import { isLocale, LOCALES, type Locale } from '@sesame/protocol';
import { en, type Messages } from './en';
import { fr } from './fr';

export const catalogues: Record<Locale, Messages> = { fr, en };

/**
 * The interface language: an explicit choice (`?lang=`, remembered in a cookie) wins, then the
 * browser's Accept-Language by quality value (RFC 9110 §12.5.4), then the configured default.
 */
export function negotiateLocale(
  explicit: string | undefined,
  acceptLanguage: string | undefined,
  fallback: Locale,
): Locale {
  if (isLocale(explicit)) return explicit;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if ((LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  return fallback;
}

/** Replaces `{name}` placeholders; an unknown one stays visible so that tests catch it. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
