import type { Locale } from '@sesame/protocol';
import type { DemoEdition } from '../demo-rp-config';
import { en, type Messages } from './en';
import { fr } from './fr';
import { bg } from './bg';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { et } from './et';
import { el } from './el';
import { es } from './es';
import { ga } from './ga';
import { hr } from './hr';
import { it } from './it';
import { lv } from './lv';
import { lt } from './lt';
import { hu } from './hu';
import { mt } from './mt';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { sk } from './sk';
import { sl } from './sl';
import { fi } from './fi';
import { sv } from './sv';

export const catalogues: Record<Locale, Messages> = {
  fr,
  en,
  bg,
  cs,
  da,
  de,
  et,
  el,
  es,
  ga,
  hr,
  it,
  lv,
  lt,
  hu,
  mt,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  fi,
  sv,
};

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
