/**
 * The second factors of issue 13 other than the Sésame app, in ONE store (docs/adr/0027): TOTP
 * now, recovery codes, WebAuthn and SMS numbers next — one row per credential, as Keycloak's
 * `credential` table, so that "Manage my …", the chooser and the recovery path read one list.
 * What a kind needs beyond these columns goes in `data` (public) or `secret` (sealed).
 */
export type CredentialKind = 'totp' | 'recovery-code' | 'webauthn' | 'sms';

/** 'pending' until confirmed (TOTP: the first code; SMS: the texted code), then 'active'. */
export type CredentialStatus = 'pending' | 'active';

/** A secret sealed by core's DeviceSecretVault: the key lives outside the database (SEC-21). */
export interface SealedSecret {
  readonly keyId: string;
  /** base64url iv‖ciphertext‖tag (AES-256-GCM). */
  readonly ciphertext: string;
}

export interface CredentialRecord {
  /** Random, URL-safe. */
  id: string;
  userId: string;
  kind: CredentialKind;
  /** Chosen by the user ("Authenticator on my phone"); empty for recovery codes. */
  name: string;
  /** An id the credential itself presents (WebAuthn credential id, SMS number); unique per kind. */
  externalId: string | null;
  /** TOTP seed; null for kinds with no shared secret (WebAuthn's public key is in `data`). */
  secret: SealedSecret | null;
  /** Kind-specific public data, as JSON text (TOTP: algorithm, digits, period). */
  data: string;
  /**
   * Moved only by `advanceCounter`: TOTP's last accepted time step (SEC-19), WebAuthn's sign
   * count (SEC-24), a recovery code's use (0 unused, 1 used).
   */
  counter: number;
  status: CredentialStatus;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export interface CredentialRepository {
  /**
   * Stores a new credential. False when `(kind, externalId)` is taken (nothing stored); a user
   * that does not exist is refused by the driver (foreign key).
   */
  create(credential: CredentialRecord): Promise<boolean>;
  findById(id: string): Promise<CredentialRecord | null>;
  /** Oldest first, then by id; one kind only when `kind` is given. */
  listByUser(userId: string, kind?: CredentialKind): Promise<CredentialRecord[]>;
  findByExternalId(kind: CredentialKind, externalId: string): Promise<CredentialRecord | null>;
  /**
   * The single-use primitive (SEC-19, SEC-24): sets `counter` to `next` and `lastUsedAt` to
   * `usedAt` only if it still is `expected`, in ONE conditional write (UPDATE … WHERE counter =
   * expected). Of parallel calls with the same `expected`, exactly one gets true.
   */
  advanceCounter(id: string, expected: number, next: number, usedAt: Date): Promise<boolean>;
  /** pending → active, with the counter the confirmation reached (TOTP: the step of the first code). False when not pending. */
  activate(id: string, counter: number, at: Date): Promise<boolean>;
  /** False when no such credential. */
  rename(id: string, name: string): Promise<boolean>;
  /** True when a credential was deleted. */
  delete(id: string): Promise<boolean>;
  /** Every credential of the user, or of one kind (recovery codes regenerated); returns how many. */
  deleteByUser(userId: string, kind?: CredentialKind): Promise<number>;
  /**
   * The retention purge (docs/adr/0051): one bounded batch of at most `limit` pending credentials
   * (enrolments never confirmed) created before `before`, oldest first; returns how many went.
   * Active credentials are never touched.
   */
  deletePendingBefore(before: Date, limit: number): Promise<number>;
}
