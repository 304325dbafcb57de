/**
 * WebAuthn's ceremonies (WebAuthn L3 §7.1 registration, §7.2 authentication) behind a port, so
 * that core keeps no npm dependency but zod (docs/adr/0022, docs/adr/0029): the server implements
 * it with @simplewebauthn/server. A stateless verifier (SimpleWebAuthn's shape): the expected
 * state goes in, a verdict with plain data comes out; core decides and persists. Bytes are
 * base64url text; the browser's messages pass through as parsed JSON (`unknown`), never read here.
 */

/** AuthenticatorTransport (WebAuthn L3 §5.8.4). */
export type WebAuthnTransport = 'usb' | 'nfc' | 'ble' | 'internal' | 'hybrid' | 'cable' | 'smart-card';

/** UserVerificationRequirement (§5.8.6). */
export type UserVerificationRequirement = 'required' | 'preferred' | 'discouraged';

/**
 * What the attestation proved (docs/adr/0029 §3): `certified` a verified attestation of a model
 * the FIDO Metadata Service lists as certified; `attested` a verified attestation (x5c) of an
 * allowed model; `none` no attestation, or self attestation — the key's maker is unknown.
 */
export type AttestationVerdict = 'certified' | 'attested' | 'none';

/** A credential the browser may use or must not register again. */
export interface WebAuthnCredentialDescriptor {
  /** base64url credential id. */
  readonly id: string;
  readonly transports: readonly WebAuthnTransport[];
}

/** The options handed to `navigator.credentials.*` (the …OptionsJSON of WebAuthn L3 §5.1.x), opaque to core. */
export type WebAuthnOptionsJson = object;

export interface RegistrationOptionsInput {
  /** The user handle (§5.4.3): random, no personal data, base64url. */
  readonly userHandle: string;
  /** The account name the browser shows (the e-mail) and its display name. */
  readonly userName: string;
  readonly userDisplayName: string;
  /** base64url; ≥ 16 random bytes (§13.4.3), single-use. */
  readonly challenge: string;
  /** The user's credentials: the browser refuses to register one of them again. */
  readonly exclude: readonly WebAuthnCredentialDescriptor[];
  readonly userVerification: UserVerificationRequirement;
  /** 'required' for a passkey (a discoverable credential). */
  readonly residentKey: UserVerificationRequirement;
}

export interface VerifyRegistrationInput {
  /** The browser's RegistrationResponseJSON, parsed, unchecked. */
  readonly response: unknown;
  readonly expectedChallenge: string;
  /** §7.1 step 15: the UV flag must be set. */
  readonly requireUserVerification: boolean;
}

/** Why a ceremony was refused: the `sign_in.failed` / enrolment reason (SEC-22, SEC-23). */
export type WebAuthnFailure =
  | 'malformed'
  | 'type'
  | 'challenge'
  | 'origin'
  | 'rp-id'
  | 'user-presence'
  | 'user-verification'
  | 'algorithm'
  | 'signature'
  | 'attestation'
  | 'attestation-not-allowed';

export interface RegisteredCredential {
  /** base64url credential id (externalId of the 'webauthn' credential). */
  readonly id: string;
  /** base64url COSE public key. */
  readonly publicKey: string;
  readonly counter: number;
  /** The authenticator's model, lower-case UUID (all zeroes when not attested). */
  readonly aaguid: string;
  readonly transports: readonly WebAuthnTransport[];
  /** BE and BS flags (§6.1): a synced passkey is backup-eligible. */
  readonly backupEligible: boolean;
  readonly backedUp: boolean;
  readonly userVerified: boolean;
  /** The attestation statement format: 'none', 'packed', 'tpm', … */
  readonly attestationFormat: string;
  readonly attestation: AttestationVerdict;
  /**
   * The model (its FIDO metadata description) and its maker (the attestation certificate's
   * organisation), only when the attestation chain led to the model's roots in the FIDO metadata:
   * otherwise a key could name itself anything. Told to applications (EU Login's webAuthnDevice).
   */
  readonly model?: { readonly name: string | null; readonly maker: string | null };
}

export type RegistrationVerdict =
  | { readonly verified: false; readonly reason: WebAuthnFailure }
  | { readonly verified: true; readonly credential: RegisteredCredential };

export interface AuthenticationOptionsInput {
  readonly challenge: string;
  /** Empty: a discoverable credential (a passkey), the browser offers the user's choice. */
  readonly allow: readonly WebAuthnCredentialDescriptor[];
  readonly userVerification: UserVerificationRequirement;
}

/** What the server holds of the credential that answers. */
export interface StoredWebAuthnCredential {
  readonly id: string;
  readonly publicKey: string;
  readonly transports: readonly WebAuthnTransport[];
}

export interface VerifyAuthenticationInput {
  /** The browser's AuthenticationResponseJSON, parsed, unchecked. */
  readonly response: unknown;
  readonly expectedChallenge: string;
  readonly credential: StoredWebAuthnCredential;
  readonly requireUserVerification: boolean;
}

/**
 * The sign count is returned, never judged: whether it went back is core's rule (SEC-24,
 * §7.2 step 22), decided against the stored counter with one conditional write.
 */
export type AuthenticationVerdict =
  | { readonly verified: false; readonly reason: WebAuthnFailure }
  | {
      readonly verified: true;
      readonly credentialId: string;
      readonly signCount: number;
      readonly userVerified: boolean;
      readonly backedUp: boolean;
    };

export interface WebAuthnVerifier {
  registrationOptions(input: RegistrationOptionsInput): Promise<WebAuthnOptionsJson>;
  /** §7.1: type, challenge, origin, rpIdHash, UP, UV when required, alg, attestation and its policy. */
  verifyRegistration(input: VerifyRegistrationInput): Promise<RegistrationVerdict>;
  authenticationOptions(input: AuthenticationOptionsInput): Promise<WebAuthnOptionsJson>;
  /** §7.2: type, challenge, origin, rpIdHash, UP, UV when required, signature. */
  verifyAuthentication(input: VerifyAuthenticationInput): Promise<AuthenticationVerdict>;
}
