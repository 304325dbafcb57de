import { z } from 'zod';
import { invalidInput } from '../../../errors';
import type { WebAuthnOptionsJson } from '../../../ports/webauthn-verifier';

/**
 * "Security key or trusted platform"'s part of a pending challenge: until when the prompt may be
 * answered (ms). The challenge itself is in the ephemeral store, taken at the answer (single use).
 */
export const webauthnData = z.object({ until: z.number() });
export type WebAuthnData = z.infer<typeof webauthnData>;

/** The browser's AuthenticationResponseJSON, parsed but unchecked (the verifier checks it). */
export interface WebAuthnAnswer {
  readonly response: unknown;
}

/** What the page hands to `navigator.credentials.get()`; null when the challenge is over. */
export type WebAuthnView = { readonly options: WebAuthnOptionsJson; readonly expiresAt: Date } | null;

/** The answer is 64 KiB at most: an assertion is a few hundred bytes. */
const MAX_ANSWER_LENGTH = 65_536;

/** The form's `credential` field: the JSON the page's script posts. INVALID_INPUT when not JSON. */
export function parseWebAuthnAnswer(fields: Readonly<Record<string, string | undefined>>): WebAuthnAnswer {
  const raw = fields.credential;
  if (raw === undefined || raw === '') throw invalidInput('credential', 'required');
  if (raw.length > MAX_ANSWER_LENGTH) throw invalidInput('credential', 'too_long');
  try {
    const response: unknown = JSON.parse(raw);
    if (typeof response !== 'object' || response === null) throw invalidInput('credential', 'malformed');
    return { response };
  } catch {
    throw invalidInput('credential', 'malformed');
  }
}
