import type { Clock, WebAuthnVerifier } from '@sesame/core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SesameConfig } from '../config/config-schema';
import { attestationJudge, type AttestationPolicy } from './attestation-policy';
import { type Mds3Metadata, verifyMds3Blob } from './mds3';
import { simpleWebAuthnVerifier } from './simplewebauthn-verifier';

/** GlobalSign Root CA - R3, the MDS3 BLOB's root, shipped in the repo (docs/adr/0029 §4). */
const FIDO_ROOT = fileURLToPath(new URL('./fido-root.pem', import.meta.url));

/** What the security-key parts of the server are built from. */
export interface WebAuthnParts {
  readonly verifier: WebAuthnVerifier;
  /** The MDS3 BLOB when one is configured: the list shows each key's maker and model from it. */
  readonly metadata: Mds3Metadata | null;
  readonly userVerification: SesameConfig['webauthn']['userVerification'];
}

/**
 * The WebAuthn verifier of the deployment (docs/adr/0029 §6): the relying party is `publicUrl`'s
 * host, the origin its origin (WebAuthn L3 §5.1.2, §7.1 step 9), the attestation policy from
 * `webauthn.*`. The MDS3 BLOB is read and verified once, at start: a BLOB that does not verify
 * stops the server (Mds3Error) — a policy that cannot be applied is not silently `any`.
 */
export function buildWebAuthn(config: Pick<SesameConfig, 'publicUrl' | 'webauthn'>, clock: Clock): WebAuthnParts {
  const w = config.webauthn;
  const url = new URL(config.publicUrl);
  const metadata =
    w.mdsBlobFile === undefined
      ? null
      : verifyMds3Blob(
          readFileSync(w.mdsBlobFile, 'utf8'),
          readFileSync(w.mdsRootFile ?? FIDO_ROOT, 'utf8'),
          clock.now(),
        );
  let policy: AttestationPolicy;
  switch (w.attestation) {
    case 'any':
      policy = { mode: 'any' };
      break;
    case 'aaguid-allow-list':
      policy = { mode: 'aaguid-allow-list', aaguids: w.aaguids, ...(metadata ? { metadata } : {}) };
      break;
    case 'fido-certified':
      if (metadata === null) throw new Error('webauthn.attestation fido-certified needs webauthn.mdsBlobFile');
      policy = { mode: 'fido-certified', metadata };
      break;
  }
  const verifier = simpleWebAuthnVerifier({
    rpId: url.hostname,
    rpName: 'Sésame',
    origin: url.origin,
    judgeAttestation: attestationJudge(policy, () => clock.now()),
  });
  return { verifier, metadata, userVerification: w.userVerification };
}
