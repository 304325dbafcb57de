import type { Locale } from '@sesame/protocol';
import type { DemoEdition } from '../demo-rp-config';
import { en, type Messages } from './en';
import { fr } from './fr';

export const catalogues: Record<Locale, Messages> = { fr, en };

/** Replaces `{name}` placeholders; an unknown one stays visible so that tests catch it. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The catalogue of `locale` with the names and texts of the demo entry `edition`. */
export function editionMessages(locale: Locale, edition: DemoEdition): Messages {
  const m = catalogues[locale];
  const e = m.editions[edition];
  return {
    ...m,
    layout: { ...m.layout, appName: e.appName, tagline: e.tagline, footer: e.footer },
    home: { ...m.home, title: e.homeTitle, intro: e.homeIntro, signedOut: e.signedOut },
    identity: { ...m.identity, intro: e.identityIntro },
  };
}
