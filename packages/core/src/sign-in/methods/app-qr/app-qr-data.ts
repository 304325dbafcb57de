import { z } from 'zod';
import { invalidInput } from '../../../errors';

/**
 * "QR code"'s part of a pending challenge (ChallengeStep.data): nothing. The question and the QR
 * text stay in the offline challenge's record, keyed by the handle's digest (offline-codes.ts).
 */
export const appQrData = z.object({});
export type AppQrData = z.infer<typeof appQrData>;

/** The 8 digits the app shows (SESAME_OFFLINE_OCRA_SUITE), spaces removed. */
export interface AppQrAnswer {
  readonly code: string;
}

/**
 * What the QR page shows: the QR text (the server draws the image) and its expiry; null when the
 * challenge is gone or expired (the page says so, 410).
 */
export type AppQrView = { readonly qrText: string; readonly expiresAt: Date } | null;

/** Issue #5: the code is 8 digits; the user may type it with spaces, as the app groups them. */
const CODE_PATTERN = /^[0-9]{8}$/;

/**
 * The form's `code` field (sign-in-qr-page.tsx). INVALID_INPUT `code` required / malformed, as
 * verifyOfflineCode says it: an input error is not counted against the devices.
 */
export function parseAppQrAnswer(fields: Readonly<Record<string, string | undefined>>): AppQrAnswer {
  const code = (fields.code ?? '').replace(/\s+/g, '');
  if (code === '') throw invalidInput('code', 'required');
  if (!CODE_PATTERN.test(code)) throw invalidInput('code', 'malformed');
  return { code };
}
