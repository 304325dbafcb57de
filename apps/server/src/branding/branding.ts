import type { Locale } from '@sesame/protocol';

/** A text in each language of the portal. */
export type Localised = Record<Locale, string>;

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
  name: { fr: 'Sésame', en: 'Sésame' },
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
