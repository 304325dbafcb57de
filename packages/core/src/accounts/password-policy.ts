import { invalidInput } from '../errors';

/**
 * NIST SP 800-63B rev 4 §3.1.1.2 password rules:
 * - a minimum length (≥ 8; 15 when the password may be used alone), a maximum of at least 64;
 * - every Unicode code point counts as one character, after NFKC normalisation;
 * - no composition rules, no periodic change;
 * - the whole password (not substrings) is compared against a blocklist of common and
 *   breached passwords and context words (service name, the user's names and e-mail);
 * - the reason for a rejection is given.
 */
export interface PasswordRules {
  minLength: number;
  maxLength: number;
  blocklist: ReadonlySet<string>;
}

export interface PasswordContext {
  email?: string;
  firstName?: string;
  lastName?: string;
}

const SERVICE_WORDS = ['sesame', 'sésame', 'eulogin', 'eu login', 'traces', 'tracesnt', 'traces nt'];

export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Returns the normalised password, or throws INVALID_INPUT with the reason. */
export function checkNewPassword(
  raw: string | undefined,
  rules: PasswordRules,
  context: PasswordContext = {},
  field = 'password',
): string {
  const password = normalisePassword(raw ?? '');
  const length = [...password].length;
  if (length === 0) throw invalidInput(field, 'required');
  if (length < rules.minLength) throw invalidInput(field, 'too_short');
  if (length > rules.maxLength) throw invalidInput(field, 'too_long');
  const folded = password.toLowerCase();
  if (rules.blocklist.has(folded)) throw invalidInput(field, 'common');
  if (contextWords(context).some((word) => folded === word || stripDigits(folded) === word)) {
    throw invalidInput(field, 'contextual');
  }
  if (new Set(password).size <= 2) throw invalidInput(field, 'common');
  return password;
}

function contextWords(context: PasswordContext): string[] {
  const words = [...SERVICE_WORDS];
  if (context.email) {
    words.push(context.email.toLowerCase(), context.email.split('@')[0]!.toLowerCase());
  }
  const first = context.firstName?.toLowerCase();
  const last = context.lastName?.toLowerCase();
  if (first) words.push(first);
  if (last) words.push(last);
  if (first && last) words.push(first + last, last + first, `${first} ${last}`, `${first}.${last}`);
  return words.filter((w) => w.length > 0);
}

function stripDigits(value: string): string {
  return value.replace(/[\d\s!?.]+$/u, '').replace(/^[\d\s]+/u, '');
}
