import { LOCALES, type Locale } from '@sesame/protocol';
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

/** One catalogue per language Sésame speaks (docs/adr/0045 §5: a language added gets its line here). */
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

// A language listed in LOCALES without its catalogue: the server refuses to start, saying which.
const missing = LOCALES.filter((locale) => !(catalogues as Partial<Record<Locale, Messages>>)[locale]);
if (missing.length > 0) throw new Error(`no portal catalogue for ${missing.join(', ')} (LOCALES lists it)`);
