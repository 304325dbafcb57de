import { invalidInput } from '../errors';

/** RFC 5321 §4.5.3.1.3: a path is at most 256 octets, so an address at most 254 characters. */
export const EMAIL_MAX_LENGTH = 254;

// A deliberately plain shape check (local@domain.tld); the e-mail link proves the address.
const SHAPE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u;

export function normaliseEmail(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

/** Returns the normalised address or throws INVALID_INPUT for `field`. */
export function parseEmail(raw: string | undefined, field = 'email'): string {
  const email = normaliseEmail(raw ?? '');
  if (email === '') throw invalidInput(field, 'required');
  if (email.length > EMAIL_MAX_LENGTH) throw invalidInput(field, 'too_long');
  if (!SHAPE.test(email)) throw invalidInput(field, 'malformed');
  return email;
}
