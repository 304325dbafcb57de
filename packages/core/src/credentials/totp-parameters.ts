import type { OtpAlgorithm } from '@sesame/protocol';
import { z } from 'zod';

/**
 * The TOTP every credential gets (docs/adr/0027 §2): SHA-1, 6 digits, 30 s — the only parameters
 * every authenticator app honours (Google Authenticator ignores the others and shows wrong codes).
 * Stored in the credential's `data` so that another choice later leaves existing ones working.
 */
export interface TotpParameters {
  readonly algorithm: OtpAlgorithm;
  readonly digits: number;
  readonly period: number;
}

export const TOTP_PARAMETERS: TotpParameters = { algorithm: 'SHA1', digits: 6, period: 30 };

/** RFC 4226 §4 R6 recommends 160 bits: the length of an HMAC-SHA-1 key. */
export const TOTP_SECRET_BYTES = 20;

/** SEC-20: one step each side of the server's own, never more (≤ 30 s ±1 step). */
export const TOTP_WINDOW_STEPS = 1;

const totpData = z.object({
  algorithm: z.enum(['SHA1', 'SHA256', 'SHA512']),
  digits: z.number().int().min(6).max(8),
  period: z.number().int().positive(),
});

/** A TOTP credential's `data` (JSON text) as its parameters. */
export function readTotpParameters(data: string): TotpParameters {
  return totpData.parse(JSON.parse(data));
}
