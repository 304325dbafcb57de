import { invalidInput } from '../errors';

export const NAME_MAX_LENGTH = 100;

// EU Login: names "cannot be empty and can contain letters of any alphabet" — plus the
// separators real names use (space, hyphen, apostrophes, period).
const NAME = /^\p{L}[\p{L}\p{M} .'’-]*$/u;

export function parsePersonName(raw: string | undefined, field: string): string {
  const name = (raw ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name === '') throw invalidInput(field, 'required');
  if ([...name].length > NAME_MAX_LENGTH) throw invalidInput(field, 'too_long');
  if (!NAME.test(name)) throw invalidInput(field, 'malformed');
  return name;
}
