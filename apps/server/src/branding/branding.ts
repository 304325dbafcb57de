import { LOCALES, type EuLanguage, type Locale } from '@sesame/protocol';

/** A text in each language of the portal. */
export type Localised = Record<Locale, string>;

/**
 * A text the configuration gives per language (docs/adr/0045 §2): French and English always, any
 * other EU language when the operator has it.
 */
export type PerLanguage<T> = { fr: T; en: T } & Partial<Record<EuLanguage, T>>;

/**
 * A configured value in each language spoken: one value for all, or each language's own, a
 * language the operator did not write falling back to English (docs/adr/0045 §2).
 */
export function inEveryLocale<T>(value: T | PerLanguage<T>, isOne: (value: T | PerLanguage<T>) => value is T) {
  const out = {} as Record<Locale, T>;
  for (const locale of LOCALES) out[locale] = isOne(value) ? value : (value[locale] ?? value.en);
  return out;
}

/** A configured text in each language spoken: one text for all, or per language (English as fallback). */
export function localisedText(value: string | PerLanguage<string>): Localised {
  return inEveryLocale(value, (v): v is string => typeof v === 'string');
}

/** A file the server serves under a content-hashed address, so browsers may keep it forever. */
export interface BrandAsset {
  /** e.g. `/brand/logo-3f2a….svg`: the hash changes with the content. */
  path: string;
  contentType: string;
  body: Buffer;
}

/**
 * The organisation as people see it (issue 11, point 5; docs/adr/0020), resolved at start from
 * `organisation.*`: texts in each language, files read and hashed. Every page's layout and every
 * mail read it; nothing here changes after start.
 */
export interface Branding {
  name: Localised;
  logo?: BrandAsset | undefined;
  /** The stylesheet that sets the primary colour; absent, sesame.css's own blue. */
  theme?: BrandAsset | undefined;
  support: {
    email?: string | undefined;
    phone?: { label: string; tel: string } | undefined;
    url?: string | undefined;
    hours?: Localised | undefined;
  };
  legal: { kind: 'none' } | { kind: 'text'; paragraphs: Record<Locale, string[]> } | { kind: 'url'; url: string };
  privacy: { url?: string | undefined; paragraphs?: Record<Locale, string[]> | undefined };
}

/** Sésame's own look: what the quickstart shows, and what pages built outside a request use. */
export const DEFAULT_BRANDING: Branding = {
  name: localisedText('Sésame'),
  support: {},
  legal: { kind: 'none' },
  privacy: {},
};

/** Whether any way to reach the support is configured. */
export function hasSupportContact(branding: Branding): boolean {
  const { email, phone, url } = branding.support;
  return email !== undefined || phone !== undefined || url !== undefined;
}

/** The four links of every page's footer: the configured external pages, else the portal's own. */
export function footerLinks(branding: Branding): { help: string; contact: string; legal: string; privacy: string } {
  return {
    help: '/help',
    contact: '/contact',
    legal: branding.legal.kind === 'url' ? branding.legal.url : '/legal',
    privacy: branding.privacy.url ?? '/privacy',
  };
}
