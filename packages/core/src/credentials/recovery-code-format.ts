import { invalidInput } from '../errors';

/**
 * The text of a recovery code (issue 13 point 3; docs/adr/0028): 5 groups of 4 characters of
 * Crockford's base32 ("K7QM-2ZC9-WX4T-H8NB-R5EV"). The first group is the code's public id —
 * which of the user's codes is meant, stored in clear — and the other four its secret: 16
 * characters × 5 bits = 80 bits (the issue asks ≥ 64). Crockford's alphabet has no I, L, O, U:
 * nothing to misread, and a code typed with them is read as Crockford says (I, L → 1; O → 0).
 */
export const RECOVERY_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_CODE_ID_CHARS = 4;
export const RECOVERY_CODE_SECRET_CHARS = 16;
/** 5 bits a character. */
export const RECOVERY_CODE_SECRET_BITS = RECOVERY_CODE_SECRET_CHARS * 5;
const LENGTH = RECOVERY_CODE_ID_CHARS + RECOVERY_CODE_SECRET_CHARS;

/** A code split into what is looked up and what is checked against the hash. */
export interface RecoveryCodeParts {
  readonly id: string;
  readonly secret: string;
}

/** `count` characters drawn uniformly from the alphabet (256 is a multiple of 32: no bias). */
function randomChars(count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(count));
  return Array.from(bytes, (b) => RECOVERY_CODE_ALPHABET[b & 31]).join('');
}

/** A new random code's parts. */
export function randomRecoveryCode(): RecoveryCodeParts {
  return { id: randomChars(RECOVERY_CODE_ID_CHARS), secret: randomChars(RECOVERY_CODE_SECRET_CHARS) };
}

/** As shown to the user: groups of 4 joined by hyphens. */
export function formatRecoveryCode(parts: RecoveryCodeParts): string {
  return `${parts.id}${parts.secret}`.replace(/(.{4})(?=.)/g, '$1-');
}

/** Crockford's decoding of the letters that are not in the alphabet. */
const READ_AS: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };

/**
 * A typed code: case, spaces and hyphens ignored, I/L/O read as 1/1/0. INVALID_INPUT `field`
 * required when empty, malformed when it is not 20 characters of the alphabet (an input error,
 * not a wrong code: it is not counted).
 */
export function parseRecoveryCode(raw: string | undefined, field = 'code'): RecoveryCodeParts {
  const compact = (raw ?? '')
    .replace(/[\s-]+/g, '')
    .toUpperCase()
    .replace(/[ILO]/g, (c) => READ_AS[c]!);
  if (compact === '') throw invalidInput(field, 'required');
  if (compact.length !== LENGTH || [...compact].some((c) => !RECOVERY_CODE_ALPHABET.includes(c))) {
    throw invalidInput(field, 'malformed');
  }
  return { id: compact.slice(0, RECOVERY_CODE_ID_CHARS), secret: compact.slice(RECOVERY_CODE_ID_CHARS) };
}
