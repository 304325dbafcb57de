import { invalidInput } from '../errors';

/** RFC 6238 with our parameters: 6 digits (totp-parameters.ts). */
const CODE_PATTERN = /^[0-9]{6}$/;

/** A typed code: spaces removed (apps show "123 456"); INVALID_INPUT `field` required / malformed. */
export function parseTotpCode(raw: string | undefined, field = 'code'): string {
  const code = (raw ?? '').replace(/\s+/g, '');
  if (code === '') throw invalidInput(field, 'required');
  if (!CODE_PATTERN.test(code)) throw invalidInput(field, 'malformed');
  return code;
}
