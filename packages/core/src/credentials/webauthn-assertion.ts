import { z } from 'zod';
import type { CredentialRecord, CredentialRepository } from '../ports';
import type { WebAuthnFailure, WebAuthnVerifier } from '../ports/webauthn-verifier';
import { storedWebAuthnCredential } from './webauthn-credential-data';
import { webauthnUserHandle } from './webauthn-enrolment';
import { signCountVerdict } from './webauthn-sign-count';

/**
 * One assertion checked against the stored credentials (WebAuthn L3 §7.2; SEC-23, SEC-24): the
 * sign-in method after the password and the passkey sign-in share it. The challenge has already
 * been taken (single use) by the caller.
 */
export interface WebAuthnAssertionDeps {
  readonly durable: { readonly credentials: CredentialRepository };
  readonly webauthn: WebAuthnVerifier;
}

export interface WebAuthnAssertionInput {
  /** The account the password named; null for a passkey (the credential says whose it is). */
  readonly userId: string | null;
  readonly challenge: string;
  readonly response: unknown;
  readonly requireUserVerification: boolean;
  readonly now: Date;
}

/** The `sign_in.failed` reasons (SEC-31). */
export type WebAuthnAssertionFailure =
  'webauthn_unknown_credential' | 'webauthn_counter_regression' | `webauthn_${WebAuthnFailure}`;

export type WebAuthnAssertionOutcome =
  | { readonly ok: true; readonly credential: CredentialRecord; readonly userVerified: boolean }
  | {
      readonly ok: false;
      readonly auditReason: WebAuthnAssertionFailure;
      /** The credential that answered, when known (a regression's owner is told). */
      readonly credential?: CredentialRecord;
    };

/** Just what is read of the response before the verifier: its credential id and user handle. */
const responseIds = z.object({
  id: z.string().min(1),
  response: z.object({ userHandle: z.string().optional() }).passthrough(),
});

/** The credential id an assertion names, or null when the response is not an assertion. */
export function assertionCredentialId(response: unknown): { id: string; userHandle?: string } | null {
  const parsed = responseIds.safeParse(response);
  if (!parsed.success) return null;
  return {
    id: parsed.data.id,
    ...(parsed.data.response.userHandle ? { userHandle: parsed.data.response.userHandle } : {}),
  };
}

export async function checkWebAuthnAssertion(
  deps: WebAuthnAssertionDeps,
  input: WebAuthnAssertionInput,
): Promise<WebAuthnAssertionOutcome> {
  const ids = assertionCredentialId(input.response);
  if (ids === null) return { ok: false, auditReason: 'webauthn_malformed' };
  const credential = await deps.durable.credentials.findByExternalId('webauthn', ids.id);
  // §7.2 steps 5–6: the credential must be the account's (or, for a passkey, the handle's owner's).
  if (
    credential === null ||
    credential.status !== 'active' ||
    (input.userId !== null && credential.userId !== input.userId) ||
    (ids.userHandle !== undefined && ids.userHandle !== webauthnUserHandle(credential.userId)) ||
    (input.userId === null && ids.userHandle === undefined)
  ) {
    return { ok: false, auditReason: 'webauthn_unknown_credential' };
  }
  const verdict = await deps.webauthn.verifyAuthentication({
    response: input.response,
    expectedChallenge: input.challenge,
    credential: storedWebAuthnCredential(credential),
    requireUserVerification: input.requireUserVerification,
  });
  if (!verdict.verified) return { ok: false, auditReason: `webauthn_${verdict.reason}`, credential };
  // SEC-24: the count moves only by one conditional write from the value read; a parallel use
  // that moved it first makes this one a regression, as a clone's would be.
  const counted = signCountVerdict(credential.counter, verdict.signCount);
  if (counted === 'regression') return { ok: false, auditReason: 'webauthn_counter_regression', credential };
  const next = counted === 'advance' ? verdict.signCount : credential.counter;
  if (!(await deps.durable.credentials.advanceCounter(credential.id, credential.counter, next, input.now))) {
    return { ok: false, auditReason: 'webauthn_counter_regression', credential };
  }
  return {
    ok: true,
    credential: { ...credential, counter: next, lastUsedAt: input.now },
    userVerified: verdict.userVerified,
  };
}
