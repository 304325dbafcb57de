import { z } from 'zod';
import { parseRecoveryCode, type RecoveryCodeParts } from '../../../credentials/recovery-code-format';

/**
 * "Recovery code"'s part of a pending challenge (ChallengeStep.data): when the page stops taking
 * codes (ms). No secret: the expected state is the account's recovery-code credentials.
 */
export const recoveryCodeData = z.object({ until: z.number() });
export type RecoveryCodeData = z.infer<typeof recoveryCodeData>;

/** The typed code, split into its public id and its secret. */
export type RecoveryCodeAnswer = RecoveryCodeParts;

/** What the code page shows: until when it takes a code; null when the challenge is over. */
export type RecoveryCodeView = { readonly expiresAt: Date } | null;

/** The form's `code` field (recovery-code-format.ts); INVALID_INPUT is an input error, not counted. */
export function parseRecoveryCodeAnswer(fields: Readonly<Record<string, string | undefined>>): RecoveryCodeAnswer {
  return parseRecoveryCode(fields.code);
}
