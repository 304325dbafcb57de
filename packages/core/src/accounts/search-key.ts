/**
 * The console's account search without regard to case or accents (issue 14, docs/adr/0060): the
 * same pure function folds what is stored with each account and what the manager types, so both
 * backends compare plain strings and agree (no collation, no `unaccent` extension, no database
 * `lower()`, which SQLite applies to ASCII only).
 */

/** Letters with no Unicode decomposition, spelt as a person without the key on their keyboard types them. */
const SPELT_OUT: Readonly<Record<string, string>> = {
  ß: 'ss', // German (ẞ lower-cases to ß)
  æ: 'ae', // Danish
  œ: 'oe', // French
  ø: 'o', // Danish
  ł: 'l', // Polish
  đ: 'd', // Croatian
  ð: 'd',
  þ: 'th',
  ħ: 'h', // Maltese
  ı: 'i', // dotless i (Turkish names across the Union)
  ŀ: 'l',
  ς: 'σ', // Greek final sigma: the same letter as σ (Unicode case folding)
};
const SPELT_OUT_PATTERN = new RegExp(`[${Object.keys(SPELT_OUT).join('')}]`, 'gu');

/**
 * The search key of a text: compatibility decomposition (NFKD: é → e + ◌́, ﬁ → fi, ĳ → ij),
 * combining marks removed (every script's: French, Polish, Czech, Greek tonos and dialytika,
 * Cyrillic breve), lower case by Unicode's locale-independent mapping (`toLowerCase`, never
 * `toLocaleLowerCase`: a Turkish-locale server folds "I" the same), the letters without a
 * decomposition spelt out (SPELT_OUT), apostrophes and dashes unified, spaces collapsed.
 *
 * Folding widens a search, never narrows it: "elodie" finds "Élodie", and "Élodie" finds
 * "Elodie". Spellings that differ in letters are not folded ("mueller" does not find "Müller",
 * "aa" does not find "å"): the manager types the letter without its accent.
 */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase() // what a compatibility decomposition gave in capitals (ℌ → H)
    .replace(SPELT_OUT_PATTERN, (letter) => SPELT_OUT[letter]!)
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** What an account is found by (docs/adr/0060), each matched from its start by the search key of the typed text. */
export interface AccountSearchKeys {
  readonly email: string;
  /** "élodie lefevre": found by the first name, or the first name then the last. */
  readonly firstLast: string;
  /** "lefevre elodie": found by the last name, or the last name then the first (the French "NOM Prénom"). */
  readonly lastFirst: string;
}

export function accountSearchKeys(account: {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
}): AccountSearchKeys {
  return {
    email: searchKey(account.email),
    firstLast: searchKey(`${account.firstName} ${account.lastName}`),
    lastFirst: searchKey(`${account.lastName} ${account.firstName}`),
  };
}
