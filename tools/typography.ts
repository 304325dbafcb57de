/**
 * Typography per language for the words people read (issue 11, point 2: "the English app shows
 * English quotes"; issue 15 point 3: the 24 EU languages, docs/adr/0045 §4).
 * - Every language: no straight " nor ' anywhere — the language's own quotes and apostrophe (’).
 *   In the message format a straight ' is an escape (ICU), so it would also change the message.
 * - English: “…” and ’; never « ».
 * - French: « … » with a non-breaking space inside (U+00A0 or the narrow U+202F), and one before
 *   ; : ! ? (Imprimerie nationale, « Lexique des règles typographiques »); never “ ”.
 * The other languages' quotes vary by country and house style: only the rule of every language.
 */
import type { EuLanguage } from '@sesame/protocol';

export type TypographyLocale = EuLanguage;

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

/** Every language's: the quotes and apostrophe of a keyboard are not typography, and ' is ICU's escape. */
const EVERY: readonly Rule[] = [
  { rule: 'straight double quote: use the language’s quotes', pattern: /"/u },
  {
    rule: "straight apostrophe: use ’ (U+2019), or the language’s quotes; in a message, ' is an escape",
    pattern: /'/u,
  },
];

const RULES: Partial<Record<TypographyLocale, readonly Rule[]>> = {
  en: [...EVERY, { rule: 'French quotes « » in English: use “ ”', pattern: /[«»]/u }],
  fr: [
    ...EVERY,
    { rule: 'English quotes “ ” in French: use « »', pattern: /[“”]/u },
    { rule: '« without a non-breaking space after it', pattern: new RegExp(`«(?!${NBSP})`, 'u') },
    { rule: '» without a non-breaking space before it', pattern: new RegExp(`(?<!${NBSP})»`, 'u') },
    { rule: 'an ordinary space before ; : ! ? »: use a non-breaking one', pattern: / [;:!?»]/u },
    // A letter or a closing sign right before ; : ! ? ends a French word without its space; a
    // colon inside a token (https://, 12:30, {minutes}:{seconds}) is no punctuation.
    { rule: 'no space before ; : ! ?', pattern: /[\p{L})»](?:[;!?]|:(?=\s|$))/u },
  ],
};

/** The rules of a language: its own, else those of every language. */
export function typographyRules(locale: TypographyLocale): readonly Rule[] {
  return RULES[locale] ?? EVERY;
}

/** The faults of one catalogue: every string leaf (objects and arrays walked), against its language's rules. */
export function typographyFaults(catalogue: unknown, locale: TypographyLocale, prefix = ''): TypographyFault[] {
  if (typeof catalogue === 'string') {
    return typographyRules(locale)
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
