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

/**
 * The word a device is named by when the portal's name was left empty and the phone told nothing
 * usable (issue 11): in the account's language.
 */
export const UNNAMED_PHONE: Readonly<Record<string, string>> = { fr: 'Téléphone', en: 'Phone' };

/** At most `maxChars` code points and DEVICE_NAME_MAX_BYTES − `reserveBytes` UTF-8 bytes, cut at a code point. */
function fit(name: string, reserveBytes = 0): string {
  const out: string[] = [];
  let bytes = 0;
  for (const char of name) {
    const size = new TextEncoder().encode(char).length;
    if (out.length >= DEVICE_NAME_MAX_LENGTH || bytes + size > DEVICE_NAME_MAX_BYTES - reserveBytes) break;
    out.push(char);
    bytes += size;
  }
  return out.join('').replace(/-+$/, '');
}

/**
 * The phone's model as the app read it ("Pixel 8", "SM-S918B", "iPhone") → a device name of the
 * annex's rules (step 2: no spaces; parseDeviceName): NFC, unprintable characters dropped, each
 * run of spaces a "-", cut to the limits; null when nothing usable is left. The model is
 * untrusted input (any app may send anything): only what parseDeviceName accepts comes out.
 */
export function deviceNameFromModel(model: string | undefined): string | null {
  if (model === undefined) return null;
  const name = fit(
    model
      .normalize('NFC')
      .replace(/[\p{C}]/gu, '')
      .trim()
      .replace(/[\p{Z}\s]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+/, ''),
  );
  if (name === '') return null;
  try {
    return parseDeviceName(name);
  } catch {
    return null;
  }
}

/**
 * The name proposed for a device whose portal name was left empty (issue 11): the phone's model,
 * else UNNAMED_PHONE in the account's language; unique among the account's device names
 * (compared without case), with "-2", "-3", … appended as needed, still within the limits.
 */
export function proposedDeviceName(model: string | undefined, taken: readonly string[], locale: string): string {
  const base = deviceNameFromModel(model) ?? UNNAMED_PHONE[locale] ?? UNNAMED_PHONE.en!;
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = fit(base, suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
