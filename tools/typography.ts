/**
 * Typography per language for the words people read (issue 11, point 2: "the English app shows
 * English quotes"). Quotes are checked strictly, apostrophes where a letter touches them:
 * - English: “…” and ’; never « », never a straight " or ' between letters.
 * - French: « … » with a non-breaking space inside (U+00A0 or the narrow U+202F), and one before
 *   ; : ! ? (Imprimerie nationale, « Lexique des règles typographiques »); never “ ” nor a straight
 *   " or ' between letters.
 */

export type TypographyLocale = 'en' | 'fr';

export interface TypographyFault {
  /** Where in the catalogue, e.g. `pending.approved` or `signInQr.steps.0`. */
  readonly key: string;
  readonly rule: string;
  readonly text: string;
}

const NBSP = '[\\u00a0\\u202f]';

interface Rule {
  readonly rule: string;
  readonly pattern: RegExp;
}

const BOTH: readonly Rule[] = [
  { rule: 'straight double quote: use the language’s quotes', pattern: /"/u },
  { rule: 'straight apostrophe between letters: use ’', pattern: /\p{L}'\p{L}/u },
  { rule: 'a quote that opens with a straight apostrophe: use the language’s quotes', pattern: /(^|\s)'\p{L}/u },
];

const RULES: Record<TypographyLocale, readonly Rule[]> = {
  en: [...BOTH, { rule: 'French quotes « » in English: use “ ”', pattern: /[«»]/u }],
  fr: [
    ...BOTH,
    { rule: 'English quotes “ ” in French: use « »', pattern: /[“”]/u },
    { rule: '« without a non-breaking space after it', pattern: new RegExp(`«(?!${NBSP})`, 'u') },
    { rule: '» without a non-breaking space before it', pattern: new RegExp(`(?<!${NBSP})»`, 'u') },
    { rule: 'an ordinary space before ; : ! ? »: use a non-breaking one', pattern: / [;:!?»]/u },
    // A letter or a closing sign right before ; : ! ? ends a French word without its space; a
    // colon inside a token (https://, 12:30, {minutes}:{seconds}) is no punctuation.
    { rule: 'no space before ; : ! ?', pattern: /[\p{L})»](?:[;!?]|:(?=\s|$))/u },
  ],
};

/** The faults of one catalogue: every string leaf (objects and arrays walked), against its language's rules. */
export function typographyFaults(catalogue: unknown, locale: TypographyLocale, prefix = ''): TypographyFault[] {
  if (typeof catalogue === 'string') {
    return RULES[locale]
      .filter(({ pattern }) => pattern.test(catalogue))
      .map(({ rule }) => ({ key: prefix, rule, text: catalogue }));
  }
  if (catalogue === null || typeof catalogue !== 'object') return [];
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typographyFaults(value, locale, prefix === '' ? key : `${prefix}.${key}`),
  );
}

/**
 * French text with its non-breaking spaces (U+00A0): an ordinary space before ; : ! ? » or after
 * « becomes one, and « » get one where they had none. Quotes and apostrophes are left to a person.
 */
export function withFrenchSpaces(text: string): string {
  return text
    .replace(/ ([;:!?»])/gu, '\u00a0$1')
    .replace(/« /gu, '«\u00a0')
    .replace(/«(?![\u00a0\u202f])/gu, '«\u00a0')
    .replace(/(?<![\u00a0\u202f])»/gu, '\u00a0»');
}
