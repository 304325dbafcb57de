import { z } from 'zod';
import type { CredentialRecord } from '../ports';
import type { MobileDeviceFactor } from '../sessions/sso-session';
import type { StoredWebAuthnCredential, WebAuthnCredentialDescriptor } from '../ports/webauthn-verifier';

/**
 * The public part of a 'webauthn' credential (docs/adr/0027 §1, docs/adr/0029): its `data` JSON.
 * The credential id is the record's `externalId`, the sign count its `counter` (SEC-24).
 */
export const webauthnCredentialData = z.object({
  /** base64url COSE public key. */
  publicKey: z.string().min(1),
  aaguid: z.string(),
  transports: z.array(z.enum(['usb', 'nfc', 'ble', 'internal', 'hybrid', 'cable', 'smart-card'])),
  attestationFormat: z.string(),
  attestation: z.enum(['certified', 'attested', 'none']),
  /** UV at registration: the key can verify its user (PIN, biometrics). */
  userVerified: z.boolean(),
  backupEligible: z.boolean(),
  backedUp: z.boolean(),
  /** RegisteredCredential.model: absent for keys registered before it, or whose model is not proven. */
  model: z.object({ name: z.string().nullable(), maker: z.string().nullable() }).optional(),
});
export type WebAuthnCredentialData = z.infer<typeof webauthnCredentialData>;

/** The stored data of a 'webauthn' credential (throws on a row that is not one). */
export function readWebAuthnData(credential: Pick<CredentialRecord, 'data'>): WebAuthnCredentialData {
  return webauthnCredentialData.parse(JSON.parse(credential.data));
}

/** What the verifier needs of a stored credential. */
export function storedWebAuthnCredential(credential: CredentialRecord): StoredWebAuthnCredential {
  const data = readWebAuthnData(credential);
  return { id: credential.externalId ?? '', publicKey: data.publicKey, transports: data.transports };
}

/** The credential as an allow/exclude list entry. */
export function webauthnDescriptor(credential: CredentialRecord): WebAuthnCredentialDescriptor {
  return { id: credential.externalId ?? '', transports: readWebAuthnData(credential).transports };
}

/** WebAuthn L3 §7.1 step 25 (SEC-22): a credential id is at most 1023 bytes. */
export const WEBAUTHN_CREDENTIAL_ID_MAX_BYTES = 1023;

/** §13.4.3: a challenge of at least 16 random bytes; 32 here. */
export const WEBAUTHN_CHALLENGE_BYTES = 32;

/** How long the browser's prompt may take (WebAuthn L3 §15.1 recommends 5 to 10 minutes). */
export const WEBAUTHN_CEREMONY_MS = 5 * 60_000;

/**
 * The key that confirmed a sign-in, as the session keeps it and applications are told (EU Login's
 * webAuthnDevice; docs/adr/0032 §4): its name and id (the Sésame credential id, never the
 * authenticator's credential id), AAGUID, kind — a synced passkey (BE flag), a platform
 * authenticator (transport `internal`), else a security key — and model and maker when proven.
 */
export function webauthnDeviceFactor(credential: CredentialRecord): MobileDeviceFactor {
  const data = readWebAuthnData(credential);
  const type = data.backupEligible ? 'PASSKEY' : data.transports.includes('internal') ? 'PLATFORM' : 'SECURITY_KEY';
  return {
    id: credential.id,
    name: credential.name,
    webauthn: { aaguid: data.aaguid, type, model: data.model?.name ?? null, maker: data.model?.maker ?? null },
  };
}
