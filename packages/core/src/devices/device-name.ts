import { DEVICE_NAME_MAX_BYTES } from '@sesame/protocol';
import { invalidInput } from '../errors';

/** The portal's limit, in characters (code points). */
export const DEVICE_NAME_MAX_LENGTH = 40;

// Instruction's annex, step 2: "device name (no spaces)". Printable: no control, format (bidi
// overrides, zero-width), private-use or unassigned code point, no separator of any kind.
const PRINTABLE_NO_SPACE = /^[^\p{C}\p{Z}\s]+$/u;

/**
 * A device name as typed on the portal: NFC, trimmed at the ends, then at most 40 characters,
 * none of them a space or an unprintable character. The enrolment QR carries the name in at
 * most DEVICE_NAME_MAX_BYTES UTF-8 bytes (protocol device/rules.ts), so that limit applies too:
 * 40 characters of ASCII would not fit — see the protocol's limit.
 */
export function parseDeviceName(raw: string | undefined, field = 'name'): string {
  const name = (raw ?? '').normalize('NFC').trim();
  if (name === '') throw invalidInput(field, 'required');
  if ([...name].length > DEVICE_NAME_MAX_LENGTH) throw invalidInput(field, 'too_long');
  if (new TextEncoder().encode(name).length > DEVICE_NAME_MAX_BYTES) throw invalidInput(field, 'too_long');
  if (!PRINTABLE_NO_SPACE.test(name)) throw invalidInput(field, 'malformed');
  return name;
}
