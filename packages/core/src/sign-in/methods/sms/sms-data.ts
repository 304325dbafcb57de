import { z } from 'zod';
import { parseSmsCode } from '../../../credentials/sms-code';

/**
 * "Mobile phone + SMS"'s part of a pending challenge (ChallengeStep.data): when the page stops
 * taking the code (ms) and the number texted, masked. The code's digest is not here: it lives in
 * the ephemeral store under the sign-in's handle, so that taking it is one atomic step.
 */
export const smsData = z.object({ until: z.number(), to: z.string() });
export type SmsData = z.infer<typeof smsData>;

/** The nine characters texted, normalised to XXX-XXX-XXX. */
export interface SmsAnswer {
  readonly code: string;
}

/** What the code page shows: until when, to which (masked) number; null when the challenge is over. */
export type SmsView = { readonly expiresAt: Date; readonly to: string } | null;

/** The form's `code` field. INVALID_INPUT `code` required / malformed: an input error is not counted. */
export function parseSmsAnswer(fields: Readonly<Record<string, string | undefined>>): SmsAnswer {
  return { code: parseSmsCode(fields.code) };
}
