import { randomToken } from '../security/random-token';

/**
 * Ticket identifiers. CAS 3.0 §3.7: only A-Z, a-z, 0-9 and the hyphen; §3.1.1/§3.2.1: a service
 * or proxy ticket starts with `ST-`/`PT-` and services MUST accept tickets of up to 32
 * characters, so ours stay within 32 (the strictest client works); §3.3.1/§3.4.1: PGT and
 * PGTIOU up to 64. base64url's `_` is outside the set and becomes `-` (about 0.03 bit lost per
 * character).
 */
export type TicketPrefix = 'ST' | 'PT' | 'PGT' | 'PGTIOU' | 'ECAS_LR' | 'LR';

/** Random bytes per identifier: 21 bytes = 168 bits for ST/PT (31 characters), 256 bits otherwise. */
const RANDOM_BYTES: Record<TicketPrefix, number> = {
  ST: 21,
  PT: 21,
  PGT: 32,
  PGTIOU: 32,
  ECAS_LR: 32,
  LR: 16,
};

export function newTicketId(prefix: TicketPrefix): string {
  return `${prefix}-${randomToken(RANDOM_BYTES[prefix]).replaceAll('_', '-')}`;
}

/** Longest identifier we accept from a caller: anything longer cannot be ours (CAS 3.0 §3.1.1: 256). */
export const MAX_TICKET_LENGTH = 256;
