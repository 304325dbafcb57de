import { fromBase64Url, toBase64Url } from '@sesame/protocol';
import type {
  AttestationVerdict,
  RegistrationVerdict,
  WebAuthnFailure,
  WebAuthnTransport,
  WebAuthnVerifier,
} from '@sesame/core';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { decodeAttestationObject } from '@simplewebauthn/server/helpers';

/** What the attestation policy is told of a verified registration (attestation-policy.ts). */
export interface AttestationFacts {
  readonly format: string;
  readonly aaguid: string;
  /** The attestation certificate chain (DER), leaf first; empty for none/self attestation. */
  readonly x5c: readonly Uint8Array[];
}

export type AttestationJudgement =
  | {
      readonly accepted: true;
      readonly verdict: AttestationVerdict;
      /** The model and its maker, when the chain proved the model (RegisteredCredential.model). */
      readonly model?: { readonly name: string | null; readonly maker: string | null };
    }
  | { readonly accepted: false };

export interface SimpleWebAuthnVerifierOptions {
  /** The relying party: the host of `publicUrl` (WebAuthn L3 §5.1.2 RP ID). */
  readonly rpId: string;
  readonly rpName: string;
  /** The origin the browser reports in clientDataJSON: `publicUrl`'s origin (§7.1 step 9). */
  readonly origin: string;
  /** Decides whether a verified attestation is accepted and what it proves. */
  readonly judgeAttestation: (facts: AttestationFacts) => Promise<AttestationJudgement>;
  /** The browser's prompt timeout (ms). */
  readonly timeoutMs?: number;
}

/** A copy on its own ArrayBuffer, as the library's types ask. */
const bytes = (text: string): Uint8Array<ArrayBuffer> => new Uint8Array(fromBase64Url(text));

/** COSE algorithms accepted: ES256, EdDSA, RS256 (§5.8.3; SEC-22's "alg" check). */
const SUPPORTED_ALGORITHMS = [-7, -8, -257];

/**
 * The WebAuthnVerifier port over @simplewebauthn/server 14 (docs/adr/0029 §1). The library does
 * §7.1/§7.2 (type, challenge, origin, rpIdHash, UP, UV, alg, attestation statement, signature);
 * this adapter maps its thrown errors to the port's failure reasons and leaves the sign count
 * to core (it passes 0 as the stored count, so the library never judges it: SEC-24 is core's).
 */
export function simpleWebAuthnVerifier(options: SimpleWebAuthnVerifierOptions): WebAuthnVerifier {
  const timeout = options.timeoutMs ?? 300_000;
  return {
    async registrationOptions(input) {
      return generateRegistrationOptions({
        rpName: options.rpName,
        rpID: options.rpId,
        userName: input.userName,
        userID: bytes(input.userHandle),
        userDisplayName: input.userDisplayName,
        challenge: bytes(input.challenge),
        timeout,
        // The attestation is asked for: the policy judges it (docs/adr/0029 §3).
        attestationType: 'direct',
        excludeCredentials: input.exclude.map((c) => ({ id: c.id, transports: [...c.transports] })),
        authenticatorSelection: { residentKey: input.residentKey, userVerification: input.userVerification },
        supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
      });
    },

    async verifyRegistration(input): Promise<RegistrationVerdict> {
      let result;
      try {
        result = await verifyRegistrationResponse({
          response: input.response as RegistrationResponseJSON,
          expectedChallenge: input.expectedChallenge,
          expectedOrigin: options.origin,
          expectedRPID: options.rpId,
          requireUserPresence: true,
          requireUserVerification: input.requireUserVerification,
          supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
        });
      } catch (error) {
        return { verified: false, reason: failureOf(error) };
      }
      if (!result.verified) return { verified: false, reason: 'attestation' };
      const info = result.registrationInfo;
      const statement = decodeAttestationObject(info.attestationObject).get('attStmt');
      const judgement = await options.judgeAttestation({
        format: info.fmt,
        aaguid: info.aaguid,
        x5c: statement.get('x5c') ?? [],
      });
      if (!judgement.accepted) return { verified: false, reason: 'attestation-not-allowed' };
      return {
        verified: true,
        credential: {
          id: info.credential.id,
          publicKey: toBase64Url(info.credential.publicKey),
          counter: info.credential.counter,
          aaguid: info.aaguid,
          transports: (info.credential.transports ?? []) as WebAuthnTransport[],
          backupEligible: info.credentialDeviceType === 'multiDevice',
          backedUp: info.credentialBackedUp,
          userVerified: info.userVerified,
          attestationFormat: info.fmt,
          attestation: judgement.verdict,
          ...(judgement.model && { model: judgement.model }),
        },
      };
    },

    async authenticationOptions(input) {
      return generateAuthenticationOptions({
        rpID: options.rpId,
        challenge: bytes(input.challenge),
        timeout,
        allowCredentials: input.allow.map((c) => ({ id: c.id, transports: [...c.transports] })),
        userVerification: input.userVerification,
      });
    },

    async verifyAuthentication(input) {
      try {
        const result = await verifyAuthenticationResponse({
          response: input.response as AuthenticationResponseJSON,
          expectedChallenge: input.expectedChallenge,
          expectedOrigin: options.origin,
          expectedRPID: options.rpId,
          credential: {
            id: input.credential.id,
            publicKey: bytes(input.credential.publicKey),
            // SEC-24 is core's (webauthn-sign-count.ts): the library is given nothing to compare.
            counter: 0,
            transports: [...input.credential.transports],
          },
          requireUserVerification: input.requireUserVerification,
        });
        if (!result.verified) return { verified: false, reason: 'signature' };
        return {
          verified: true,
          credentialId: result.authenticationInfo.credentialID,
          signCount: result.authenticationInfo.newCounter,
          userVerified: result.authenticationInfo.userVerified,
          backedUp: result.authenticationInfo.credentialBackedUp,
        };
      } catch (error) {
        return { verified: false, reason: failureOf(error) };
      }
    },
  };
}

/** The library throws plain Errors (style.md): their messages name the failed step. */
function failureOf(error: unknown): WebAuthnFailure {
  const message = error instanceof Error ? error.message : '';
  if (/response type|credential type/i.test(message)) return 'type';
  if (/challenge/i.test(message)) return 'challenge';
  if (/origin/i.test(message)) return 'origin';
  if (/RP ID/i.test(message)) return 'rp-id';
  if (/User verification/i.test(message)) return 'user-verification';
  if (/not present|presence/i.test(message)) return 'user-presence';
  if (/alg/i.test(message)) return 'algorithm';
  if (/signature/i.test(message)) return 'signature';
  if (/attestation|x5c|certificate/i.test(message)) return 'attestation';
  return 'malformed';
}
