import { LOCALES, type Locale } from '@sesame/protocol';
import { en, type Messages } from './en';
import { fr } from './fr';

/** One catalogue per language Sésame speaks (docs/adr/0045 §5: a language added gets its line here). */
export const catalogues: Record<Locale, Messages> = { fr, en };

// A language listed in LOCALES without its catalogue: the server refuses to start, saying which.
const missing = LOCALES.filter((locale) => !(catalogues as Partial<Record<Locale, Messages>>)[locale]);
if (missing.length > 0) throw new Error(`no portal catalogue for ${missing.join(', ')} (LOCALES lists it)`);
