import { invalidInput } from '../errors';

/** The portal's limit, in characters (code points), as a device's (devices/device-name.ts). */
export const CREDENTIAL_NAME_MAX_LENGTH = 40;

// Printable: no control, format (bidi overrides, zero-width), private-use or unassigned code
// point; unlike a device's name, spaces are allowed (no QR carries it).
const PRINTABLE = /^[^\p{C}\n\r\t]+$/u;

/** A credential's name as typed on the portal: NFC, trimmed, 1–40 printable characters. */
export function parseCredentialName(raw: string | undefined, field = 'name'): string {
  const name = (raw ?? '').normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (name === '') throw invalidInput(field, 'required');
  if ([...name].length > CREDENTIAL_NAME_MAX_LENGTH) throw invalidInput(field, 'too_long');
  if (!PRINTABLE.test(name)) throw invalidInput(field, 'malformed');
  return name;
}
