import type { Locale } from '@sesame/protocol';
import type { DemoEdition } from '../demo-rp-config';
import { en, type Messages } from './en';
import { fr } from './fr';

export const catalogues: Record<Locale, Messages> = { fr, en };

/** The one message format (ICU subset, @sesame/protocol): pass the locale where the template has a plural. */
export { formatMessage as format } from '@sesame/protocol';

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
