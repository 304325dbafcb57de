import type { Level } from '@sesame/protocol';
import { checkWebAuthnAssertion, type WebAuthnAssertionFailure } from '../../../credentials/webauthn-assertion';
import { readWebAuthnData, WEBAUTHN_CEREMONY_MS } from '../../../credentials/webauthn-credential-data';
import { newWebAuthnChallenge } from '../../../credentials/webauthn-enrolment';
import type { WebAuthnOptionsJson } from '../../../ports/webauthn-verifier';
import { webauthnLevel } from '../../policy';
import type { WebAuthnMethodDeps } from './webauthn-method';

/**
 * "Sign in with a passkey" (issue 13 point 1 and 6; docs/adr/0029 §5): no e-mail typed, the
 * browser offers the discoverable credentials it holds for this site (an empty allow list, also
 * what conditional UI autofill asks). The credential names its account
 * (`findByExternalId('webauthn', id)`, and the user handle must be its owner's). A passkey is
 * both factors at once — possession and, with UV, the PIN or biometric — so UV is required.
 * The engine's entry for it is the server step's (docs/adr/0029 §6): these two functions are its
 * core.
 */
const passkeyKey = (handle: string) => `webauthn-passkey:${handle}`;

/** Options for `navigator.credentials.get()` with no allow list; the challenge bound to the browser's handle. */
export async function startPasskeySignIn(deps: WebAuthnMethodDeps, handle: string): Promise<WebAuthnOptionsJson> {
  const challenge = newWebAuthnChallenge();
  await deps.ephemeral.set(passkeyKey(handle), challenge, WEBAUTHN_CEREMONY_MS);
  return deps.webauthn.authenticationOptions({ challenge, allow: [], userVerification: 'required' });
}

export type PasskeySignIn =
  | { readonly ok: true; readonly userId: string; readonly credentialId: string; readonly level: Level }
  | {
      readonly ok: false;
      readonly auditReason: WebAuthnAssertionFailure | 'webauthn_challenge';
      readonly userId?: string;
    };

/** Checks the passkey's assertion; the challenge is taken first (single use, SEC-23). */
export async function finishPasskeySignIn(
  deps: WebAuthnMethodDeps,
  handle: string,
  response: unknown,
  now: Date,
): Promise<PasskeySignIn> {
  const challenge = await deps.ephemeral.take(passkeyKey(handle));
  if (challenge === null) return { ok: false, auditReason: 'webauthn_challenge' };
  const outcome = await checkWebAuthnAssertion(deps, {
    userId: null,
    challenge,
    response,
    requireUserVerification: true,
    now,
  });
  if (!outcome.ok) {
    return {
      ok: false,
      auditReason: outcome.auditReason,
      ...(outcome.credential ? { userId: outcome.credential.userId } : {}),
    };
  }
  return {
    ok: true,
    userId: outcome.credential.userId,
    credentialId: outcome.credential.id,
    level: webauthnLevel({
      attestation: readWebAuthnData(outcome.credential).attestation,
      backupEligible: readWebAuthnData(outcome.credential).backupEligible,
      userVerified: outcome.userVerified,
    }),
  };
}
