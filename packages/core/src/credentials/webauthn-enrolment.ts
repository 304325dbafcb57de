import { fromBase64Url, toBase64Url, type Strength } from '@sesame/protocol';
import { assertMayChangeAuthenticators } from '../devices/authenticator-change-policy';
import type { DeviceActor, DeviceDeps } from '../devices/device-deps';
import { invalidInput, SesameError } from '../errors';
import type { CredentialRecord, UserRecord } from '../ports';
import { markNewFactor, tellRecoveryCompleted } from './new-factor';
import type { UserVerificationRequirement, WebAuthnOptionsJson, WebAuthnVerifier } from '../ports/webauthn-verifier';
import { randomToken } from '../security/random-token';
import { parseCredentialName } from './credential-name';
import {
  WEBAUTHN_CEREMONY_MS,
  WEBAUTHN_CHALLENGE_BYTES,
  WEBAUTHN_CREDENTIAL_ID_MAX_BYTES,
  type WebAuthnCredentialData,
  webauthnDescriptor,
} from './webauthn-credential-data';

/**
 * "Add a security key" (issue 13 point 1; docs/adr/0029): the browser's prompt answers options
 * carrying a single-use challenge kept in the ephemeral store under the user; the answer is
 * verified by the WebAuthnVerifier port (WebAuthn L3 §7.1) and stored as an active 'webauthn'
 * credential (docs/adr/0027 §1). Who may add one: mayChangeAuthenticators (SEC-27), as devices.
 */
export type WebAuthnEnrolmentDeps = Pick<DeviceDeps, 'durable' | 'ephemeral' | 'mailer'> & {
  readonly webauthn: WebAuthnVerifier;
};

export interface WebAuthnEnrolmentOptions {
  /** 'required' for a passkey: the key must keep a discoverable credential. */
  readonly passkey?: boolean;
  /** 'required' when the level the key is for needs user verification (SEC-25); else preferred. */
  readonly userVerification?: UserVerificationRequirement;
}

/** What the ephemeral store keeps between the prompt and its answer. */
interface PendingRegistration {
  readonly challenge: string;
  readonly name: string;
  readonly requireUserVerification: boolean;
}

const registrationKey = (userId: string) => `webauthn-register:${userId}`;

/**
 * The user handle (WebAuthn L3 §5.4.3): the account's id, which holds no personal data; the same
 * for every key of the account, so a second passkey on one authenticator replaces the first.
 */
export const webauthnUserHandle = (userId: string): string => toBase64Url(new TextEncoder().encode(userId));

/** A fresh challenge of WEBAUTHN_CHALLENGE_BYTES random bytes (§13.4.3). */
export const newWebAuthnChallenge = (): string =>
  toBase64Url(crypto.getRandomValues(new Uint8Array(WEBAUTHN_CHALLENGE_BYTES)));

/**
 * Starts an enrolment: SEC-27 first, then the options for `navigator.credentials.create()`,
 * excluding the account's keys (a key registered twice is refused by the browser, and by
 * `finishWebAuthnEnrolment` anyway). A new start replaces the user's pending challenge.
 */
export async function startWebAuthnEnrolment(
  deps: WebAuthnEnrolmentDeps,
  user: Pick<UserRecord, 'id' | 'email'> & { readonly displayName?: string },
  rawName: string | undefined,
  options: WebAuthnEnrolmentOptions,
  sessionStrengths: readonly Strength[],
  now: Date,
  recoveryBrowserToken?: string,
): Promise<WebAuthnOptionsJson> {
  const name = parseCredentialName(rawName);
  await assertMayChangeAuthenticators(deps, user.id, sessionStrengths, now, recoveryBrowserToken);
  const existing = (await deps.durable.credentials.listByUser(user.id, 'webauthn')).map(webauthnDescriptor);
  const userVerification = options.userVerification ?? 'preferred';
  const pending: PendingRegistration = {
    challenge: newWebAuthnChallenge(),
    name,
    requireUserVerification: userVerification === 'required',
  };
  await deps.ephemeral.set(registrationKey(user.id), JSON.stringify(pending), WEBAUTHN_CEREMONY_MS);
  return deps.webauthn.registrationOptions({
    userHandle: webauthnUserHandle(user.id),
    userName: user.email,
    userDisplayName: user.displayName ?? user.email,
    challenge: pending.challenge,
    exclude: existing,
    userVerification,
    residentKey: options.passkey === true ? 'required' : 'discouraged',
  });
}

/**
 * Finishes an enrolment with the browser's answer. The challenge is taken atomically (single
 * use: of two answers, one is checked). Refused:
 * - no pending challenge (expired, or used): DEVICE_CHALLENGE_EXPIRED;
 * - a ceremony check failed (§7.1, SEC-22): INVALID_INPUT `credential` mismatch — or
 *   not_accepted when only the attestation policy refused the key;
 * - a credential id over 1023 bytes (§7.1 step 25): INVALID_INPUT `credential` too_long;
 * - a credential id already registered, to anyone (§7.1 step 26): DEVICE_ALREADY_ENROLLED.
 * Stored: an active 'webauthn' credential, the account's secondFactorSince, `credential.enrolled`.
 */
export async function finishWebAuthnEnrolment(
  deps: WebAuthnEnrolmentDeps,
  userId: string,
  response: unknown,
  sessionStrengths: readonly Strength[],
  actor: DeviceActor,
  now: Date,
  recoveryBrowserToken?: string,
): Promise<CredentialRecord> {
  await assertMayChangeAuthenticators(deps, userId, sessionStrengths, now, recoveryBrowserToken);
  const raw = await deps.ephemeral.take(registrationKey(userId));
  if (raw === null) throw new SesameError('DEVICE_CHALLENGE_EXPIRED');
  const pending = JSON.parse(raw) as PendingRegistration;
  const verdict = await deps.webauthn.verifyRegistration({
    response,
    expectedChallenge: pending.challenge,
    requireUserVerification: pending.requireUserVerification,
  });
  if (!verdict.verified) {
    throw invalidInput('credential', verdict.reason === 'attestation-not-allowed' ? 'not_accepted' : 'mismatch');
  }
  const registered = verdict.credential;
  if (fromBase64Url(registered.id).length > WEBAUTHN_CREDENTIAL_ID_MAX_BYTES) {
    throw invalidInput('credential', 'too_long');
  }
  if ((await deps.durable.credentials.findByExternalId('webauthn', registered.id)) !== null) {
    throw new SesameError('DEVICE_ALREADY_ENROLLED');
  }
  const data: WebAuthnCredentialData = {
    publicKey: registered.publicKey,
    aaguid: registered.aaguid,
    transports: [...registered.transports],
    attestationFormat: registered.attestationFormat,
    attestation: registered.attestation,
    userVerified: registered.userVerified,
    backupEligible: registered.backupEligible,
    backedUp: registered.backedUp,
    ...(registered.model && { model: { name: registered.model.name, maker: registered.model.maker } }),
  };
  const credential: CredentialRecord = {
    id: randomToken(16),
    userId,
    kind: 'webauthn',
    name: pending.name,
    externalId: registered.id,
    secret: null,
    data: JSON.stringify(data),
    counter: registered.counter,
    status: 'active',
    createdAt: now,
    lastUsedAt: null,
  };
  const owner = await deps.durable.users.findById(userId);
  let recovered = false;
  const stored = await deps.durable.transaction(async (tx) => {
    // The unique (kind, externalId): a parallel registration of the same id loses here (SEC-22).
    if (!(await tx.credentials.create(credential))) return false;
    recovered = await markNewFactor(tx, owner, actor, now, { credentialId: credential.id, kind: 'webauthn' });
    await tx.audit.append({
      type: 'credential.enrolled',
      userId,
      ip: actor.ip,
      userAgent: actor.userAgent,
      at: now,
      details: {
        credentialId: credential.id,
        kind: 'webauthn',
        name: credential.name,
        aaguid: data.aaguid,
        attestation: data.attestation,
      },
    });
    return true;
  });
  if (!stored) throw new SesameError('DEVICE_ALREADY_ENROLLED');
  if (recovered) await tellRecoveryCompleted(deps.mailer, owner, credential.name);
  return credential;
}
