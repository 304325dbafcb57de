import { X509Certificate } from 'node:crypto';
import type { AttestationFacts, AttestationJudgement } from './simplewebauthn-verifier';
import { certificatesOf, chainLeadsToAnchor } from './certificate-path';
import type { Mds3Metadata } from './mds3';

/**
 * Which keys may be registered, and what their attestation proves (issue 13 point 1; design §3;
 * SEC-25; docs/adr/0029 §3). Config-free for now: the server step reads the mode from the
 * configuration.
 * - `any`: every key; an attestation with a certificate chain is `attested`, else `none`.
 * - `aaguid-allow-list`: only attested keys of the listed models (`attested`); with `metadata`,
 *   the chain must lead to the model's MDS roots (else a self-made certificate could claim any
 *   AAGUID), and a FIDO-certified model is `certified`.
 * - `fido-certified`: every key, as `any`, but a key whose chain leads to its model's MDS3 roots
 *   and whose model's latest status is FIDO_CERTIFIED* is `certified` (HIGH with UV:
 *   policy.ts webauthnLevel); a model with a compromise in its status reports is refused.
 * The attestation's signature itself was checked by the library (WebAuthn L3 §8).
 */
export type AttestationPolicy =
  | { readonly mode: 'any' }
  | { readonly mode: 'aaguid-allow-list'; readonly aaguids: readonly string[]; readonly metadata?: Mds3Metadata }
  | { readonly mode: 'fido-certified'; readonly metadata: Mds3Metadata };

export function judgeAttestation(policy: AttestationPolicy, facts: AttestationFacts, now: Date): AttestationJudgement {
  const attested = facts.x5c.length > 0;
  const aaguid = facts.aaguid.toLowerCase();
  const chainsToModel = (metadata: Mds3Metadata): boolean => {
    const status = metadata.statusFor(aaguid);
    return status !== null && attested && chainLeadsToAnchor(certificatesOf(facts.x5c), status.attestationRoots, now);
  };
  // The model as the metadata names it, and its maker as the attestation certificate does — only
  // once the chain led to the model's roots (docs/adr/0032 §4).
  const proven = (metadata: Mds3Metadata) => ({
    model: { name: metadata.statusFor(aaguid)?.description ?? null, maker: makerOf(facts.x5c[0]) },
  });
  switch (policy.mode) {
    case 'any':
      return { accepted: true, verdict: attested ? 'attested' : 'none' };
    case 'aaguid-allow-list': {
      const listed = policy.aaguids.some((a) => a.toLowerCase() === aaguid);
      if (!attested || !listed) return { accepted: false };
      if (policy.metadata === undefined) return { accepted: true, verdict: 'attested' };
      if (!chainsToModel(policy.metadata)) return { accepted: false };
      const certified = policy.metadata.statusFor(aaguid)?.certified === true;
      return { accepted: true, verdict: certified ? 'certified' : 'attested', ...proven(policy.metadata) };
    }
    case 'fido-certified': {
      const status = policy.metadata.statusFor(aaguid);
      if (status?.compromised === true) return { accepted: false };
      if (status?.certified === true && chainsToModel(policy.metadata)) {
        return { accepted: true, verdict: 'certified', ...proven(policy.metadata) };
      }
      return { accepted: true, verdict: attested ? 'attested' : 'none' };
    }
  }
}

/** The organisation (O=) of an attestation certificate's subject: the key's maker (FIDO attestation certificates name it). */
function makerOf(leaf: Uint8Array | undefined): string | null {
  if (leaf === undefined) return null;
  try {
    const subject = new X509Certificate(leaf).subject;
    return /^O=(.+)$/m.exec(subject)?.[1]?.trim() ?? null;
  } catch {
    return null;
  }
}

/** The verifier's `judgeAttestation` option for a policy (the clock read at each registration). */
export function attestationJudge(
  policy: AttestationPolicy,
  clock: () => Date = () => new Date(),
): (facts: AttestationFacts) => Promise<AttestationJudgement> {
  return async (facts) => judgeAttestation(policy, facts, clock());
}
