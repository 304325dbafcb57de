import { fromBase64Url, type Level } from '@sesame/protocol';
import { z } from 'zod';
import { checkWebAuthnAssertion, type WebAuthnAssertionFailure } from '../../../credentials/webauthn-assertion';
import {
  readWebAuthnData,
  WEBAUTHN_CEREMONY_MS,
  webauthnDeviceFactor,
} from '../../../credentials/webauthn-credential-data';
import type { MobileDeviceFactor } from '../../../sessions/sso-session';
import type { ChallengeMac } from '../../../ports/challenge-mac';
import type { WebAuthnOptionsJson } from '../../../ports/webauthn-verifier';
import { issueStatelessChallenge, openStatelessChallenge } from '../../../security/stateless-challenge';
import { webauthnLevel } from '../../policy';
import type { WebAuthnMethodDeps } from './webauthn-method';

/**
 * "Sign in with a passkey" (issue 13 point 1 and 6; docs/adr/0029 §5): no e-mail typed, the
 * browser offers the discoverable credentials it holds for this site (an empty allow list, also
 * what conditional UI autofill asks). The credential names its account
 * (`findByExternalId('webauthn', id)`, and the user handle must be its owner's). A passkey is
 * both factors at once — possession and, with UV, the PIN or biometric — so UV is required.
 *
 * The challenge is stateless until used (docs/adr/0029 §8): every view of the first screen
 * carries one, so issuing it writes nothing; it is a MAC'd nonce and expiry, and the answer's
 * nonce is marked used — once, atomically — before its assertion is checked.
 */
export interface PasskeyDeps extends WebAuthnMethodDeps {
  readonly challengeMac: ChallengeMac;
}

/** In the MAC: a challenge of another ceremony never opens as a passkey's. */
export const PASSKEY_CHALLENGE_PURPOSE = 'sesame/webauthn/passkey-sign-in';
/** The used mark of a nonce (never evictable: its loss would allow a second use, ADR 0021). */
const usedKey = (nonce: string) => `webauthn-passkey-used:${nonce}`;

/** Options for `navigator.credentials.get()` with no allow list; nothing is stored. */
export async function startPasskeySignIn(deps: PasskeyDeps, now: Date): Promise<WebAuthnOptionsJson> {
  const challenge = issueStatelessChallenge(deps.challengeMac, PASSKEY_CHALLENGE_PURPOSE, now, WEBAUTHN_CEREMONY_MS);
  return deps.webauthn.authenticationOptions({ challenge, allow: [], userVerification: 'required' });
}

export type PasskeySignIn =
  | {
      readonly ok: true;
      readonly userId: string;
      readonly credentialId: string;
      readonly level: Level;
      /** The passkey as applications are told of it (docs/adr/0032 §4). */
      readonly device: MobileDeviceFactor;
    }
  | {
      readonly ok: false;
      readonly auditReason: WebAuthnAssertionFailure | 'webauthn_challenge';
      readonly userId?: string;
    };

const clientData = z.object({ response: z.object({ clientDataJSON: z.string() }).passthrough() }).passthrough();
/** Built once, as `clientData`: building a zod schema costs ~30× parsing with it (issue 12 point 5). */
const clientDataChallenge = z.object({ challenge: z.string() });

/**
 * The challenge the browser answered, read from its client data (WebAuthn L3 §5.8.1) — only to
 * find which one to check: the verifier compares it again to the expected one, and the
 * signature covers the client data.
 */
function answeredChallenge(response: unknown): string | null {
  const parsed = clientData.safeParse(response);
  if (!parsed.success) return null;
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(fromBase64Url(parsed.data.response.clientDataJSON)));
    const challenge = clientDataChallenge.safeParse(json);
    return challenge.success ? challenge.data.challenge : null;
  } catch {
    return null;
  }
}

/**
 * Checks the passkey's assertion. The challenge must be ours, for this purpose, not expired,
 * and not used before: its nonce is marked used first (SEC-23: single use, and two answers in
 * parallel get one yes at most), whatever the assertion then says.
 */
export async function finishPasskeySignIn(deps: PasskeyDeps, response: unknown, now: Date): Promise<PasskeySignIn> {
  const challenge = answeredChallenge(response);
  const opened =
    challenge === null ? null : openStatelessChallenge(deps.challengeMac, PASSKEY_CHALLENGE_PURPOSE, challenge, now);
  if (challenge === null || opened === null) return { ok: false, auditReason: 'webauthn_challenge' };
  const first = await deps.ephemeral.setIfAbsent(usedKey(opened.nonce), '1', opened.expiresAt - now.getTime());
  if (!first) return { ok: false, auditReason: 'webauthn_challenge' };
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
    device: webauthnDeviceFactor(outcome.credential),
    level: webauthnLevel({
      attestation: readWebAuthnData(outcome.credential).attestation,
      backupEligible: readWebAuthnData(outcome.credential).backupEligible,
      userVerified: outcome.userVerified,
    }),
  };
}
