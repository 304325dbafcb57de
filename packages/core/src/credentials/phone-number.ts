import { invalidInput } from '../errors';

/**
 * A mobile number as EU Login asks it (reference/eulogin-facts.md §1.2: "starting with '+' and
 * the country code, without dots, brackets or hyphens"), checked as ITU-T E.164: "+", a country
 * code that does not start with 0, at most 15 digits in all. Spaces are allowed and removed (a
 * number is read in groups); anything else is refused rather than guessed, so the number texted
 * is exactly the one typed.
 */
const E164 = /^\+[1-9]\d{7,14}$/;

/** The normalised number (the credential's externalId), or INVALID_INPUT `phone` required / malformed. */
export function parsePhoneNumber(raw: string | undefined): string {
  const typed = (raw ?? '').replace(/[\s\u00a0\u202f]/g, '');
  if (typed === '') throw invalidInput('phone', 'required');
  if (!E164.test(typed)) throw invalidInput('phone', 'malformed');
  return typed;
}

/**
 * The number as a page shows it to someone who may not be its owner (the sign-in page, before
 * the code is typed): its first two and last two digits, e.g. "+33 •••••••78" — enough for the
 * owner to know which phone, too little to learn the number.
 */
export function maskPhoneNumber(number: string): string {
  const rest = number.slice(3);
  return `${number.slice(0, 3)} ${'•'.repeat(Math.max(rest.length - 2, 0))}${rest.slice(-2)}`;
}
