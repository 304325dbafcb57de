import { collectInputIssues, invalidInput } from '../errors';

/** Design §5 and the instruction's annex, step 2: a 4-digit PIN, typed twice. */
export const PIN_LENGTH = 4;

// PINs people pick first (keypad column 2580 and its reverse, pairs, dates, words on a keypad).
// All-same digits and straight runs are caught by rule, not listed.
const COMMON_PINS = new Set([
  '1212',
  '1010',
  '1122',
  '1313',
  '2000',
  '2580',
  '0852',
  '6969',
  '1004',
  '5683',
  '2001',
  '1984',
]);

function isRun(pin: string, step: 1 | -1): boolean {
  for (let i = 1; i < pin.length; i++) {
    if (pin.charCodeAt(i) - pin.charCodeAt(i - 1) !== step) return false;
  }
  return true;
}

/**
 * True for a PIN an attacker tries first: all the same digit (0000, 1111), a run up or down
 * (0123, 1234, 4321, 9876), or one of the most common PINs. NIST SP 800-63B rev 4 §3.2.10: for
 * an activation secret, "a blocklist … SHOULD" be applied. The app also limits tries: the
 * server blocks the device after 5 wrong answers (design §5).
 */
export function isTrivialPin(pin: string): boolean {
  return /^(\d)\1*$/.test(pin) || isRun(pin, 1) || isRun(pin, -1) || COMMON_PINS.has(pin);
}

export function parsePin(raw: string | undefined, field = 'pin'): string {
  const pin = raw ?? '';
  if (pin === '') throw invalidInput(field, 'required');
  if (!/^[0-9]+$/.test(pin)) throw invalidInput(field, 'malformed');
  if (pin.length < PIN_LENGTH) throw invalidInput(field, 'too_short');
  if (pin.length > PIN_LENGTH) throw invalidInput(field, 'too_long');
  if (isTrivialPin(pin)) throw invalidInput(field, 'common');
  return pin;
}

/** The confirmation field: present and equal to the PIN. */
export function checkPinConfirm(form: { pin?: string; pinConfirm?: string }): void {
  if (!form.pinConfirm) throw invalidInput('pinConfirm', 'required');
  if (form.pinConfirm !== form.pin) throw invalidInput('pinConfirm', 'mismatch');
}

/** The PIN and its confirmation, every problem reported at once (WCAG 3.3.1). */
export function parsePinPair(form: { pin?: string; pinConfirm?: string }): string {
  return collectInputIssues({ pin: () => parsePin(form.pin), pinConfirm: () => checkPinConfirm(form) }).pin;
}
