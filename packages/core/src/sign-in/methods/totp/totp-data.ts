import { z } from 'zod';
import { parseTotpCode } from '../../../credentials/totp-code';

/**
 * "Authenticator app"'s part of a pending challenge (ChallengeStep.data): when the page stops
 * taking codes (ms). No secret, no step: the expected state is the credentials' counters.
 */
export const totpData = z.object({ until: z.number() });
export type TotpData = z.infer<typeof totpData>;

/** The 6 digits the authenticator app shows, spaces removed. */
export interface TotpAnswer {
  readonly code: string;
}

/** What the code page shows: until when it takes a code; null when the challenge is over. */
export type TotpView = { readonly expiresAt: Date } | null;

/** The form's `code` field. INVALID_INPUT `code` required / malformed: an input error is not counted. */
export function parseTotpAnswer(fields: Readonly<Record<string, string | undefined>>): TotpAnswer {
  return { code: parseTotpCode(fields.code) };
}
