import {
  DEVICE_SECRET_BYTES,
  type DeviceActivationRequest,
  type DeviceRegistration,
  type DeviceRegistrationResult,
  encodeEnrolmentQr,
  type EnrolmentRefusalResult,
  fromBase64Url,
  generateOcraQuestion,
  hashOcraPassword,
  importEs256PublicKey,
  isProtocolError,
  parseDeviceActivation,
  parseDeviceRegistration,
  parseDeviceRegistrationResult,
  parseEnrolmentRefusal,
  parsePinConfirmationAnswer,
  type PinConfirmationChallenge,
  SESAME_PIN_CONFIRMATION_OCRA_SUITE,
  toBase64Url,
  verifyDeviceActivation,
  verifyDeviceRegistration,
  verifyOcra,
  verifyPinConfirmationAnswer,
} from '@sesame/protocol';
import type { Strength } from '@sesame/protocol';
import { z } from 'zod';
import { markNewFactor, tellRecoveryCompleted } from '../credentials/new-factor';
import { collectInputIssues, SesameError } from '../errors';
import type { DeviceRecord, UserRecord } from '../ports';
import { randomToken, tokenDigest } from '../security/random-token';
import {
  assertMayChangeAuthenticators,
  type AuthenticatorChangeVerdict,
  hasOrHadSecondFactor,
  recoveryGranted,
} from './authenticator-change-policy';
import { deviceEnrolledChannel, type DeviceEnrolledEvent, type EnrolmentRefusedEvent } from './device-channels';
import { deviceKeyCache } from './device-key-cache';
import { badSignature, type DeviceActor, type DeviceDeps, NO_ACTOR, parseMessage, seconds } from './device-deps';
import { parseDeviceName, proposedDeviceName } from './device-name';
import { checkPinConfirm, parsePin } from './enrolment-pin';

/**
 * Enrolment of the Sésame app (design §5, annex steps 2–5), in four verbs:
 * startEnrolment (portal form → QR), registerDevice (app scans → pending device, secret, PIN
 * challenge), confirmPin (app proves the PIN of step 2 → activation request, the device still
 * pending), activateDevice (the user accepts the device in the app, annex step 10 → active
 * device, mail, live event).
 *
 * The PIN's hash — SHA-256(PIN), the P input of SESAME_PIN_CONFIRMATION_OCRA_SUITE — lives only
 * in the ephemeral store: in the enrolment token's record, then in the PIN confirmation's, and
 * dies with them (at most 10 + 5 minutes). The durable device record never holds it: a 4-digit
 * PIN's hash is the PIN (protocol ocra/sesame-suites.ts).
 *
 * The caller (portal) must have authenticated the user at the level the device will serve
 * before startEnrolment (NIST SP 800-63B rev 3 §6.1.2.1).
 */

/**
 * What allowed the enrolment when it started (mayChangeAuthenticators), asked again when the
 * device becomes active: the grant of a recovery, or an account's first enrolment, may have
 * ended in between (issue 10: Cancel of the recovery, a first activation using the grant up).
 */
const enrolmentGrant = z.object({
  via: z.enum(['second_factor', 'first_enrolment', 'recovery']),
  /** The recovery the grant came from (its start), for `via: 'recovery'`. */
  recoveryStartedAt: z.number().nullable(),
});

const enrolmentRecord = z.object({
  userId: z.string(),
  deviceName: z.string(),
  pinHash: z.string(),
  expiresAt: z.number(),
  grant: enrolmentGrant,
});

const pinConfirmationRecord = z.object({
  userId: z.string(),
  question: z.string(),
  issuedAt: z.number(),
  expiresAt: z.number(),
  pinHash: z.string(),
});

const enrolledDeviceRecord = z.object({ userId: z.string(), deviceId: z.string() });

const activationRecord = z.object({
  nonce: z.string(),
  issuedAt: z.number(),
  expiresAt: z.number(),
});

const enrolmentKey = (token: string) => `device-enrolment:${tokenDigest(token)}`;
const pinConfirmationKey = (deviceId: string) => `device-pin:${deviceId}`;
const pinFailuresKey = (deviceId: string) => `device-pin-failures:${deviceId}`;
const activationKey = (deviceId: string) => `device-activation:${deviceId}`;
/** The enrolment's grant, from registration to acceptance. */
const grantKey = (deviceId: string) => `device-enrolment-grant:${deviceId}`;
/** Taken by the one activation that uses a recovery's grant up (setIfAbsent: atomic). */
const recoveryUseKey = (userId: string, startedAt: number) => `recovery-grant-used:${userId}:${startedAt}`;
/** The pending device a used enrolment token made, so the portal's "Cancel" can find it. */
const enrolledDeviceKey = (token: string) => `device-enrolment-device:${tokenDigest(token)}`;
/** The user pressed "Cancel" on the QR of `token`: a registration still under way must not outlive it. */
const cancelledKey = (userId: string, token: string) => `device-enrolment-cancelled:${userId}:${tokenDigest(token)}`;
/** The app refused the QR of `token` (refuseEnrolment): a repeat of the refusal is answered the same. */
const refusedKey = (token: string) => `device-enrolment-refused:${tokenDigest(token)}`;
/** The record outlives its expiry a little, so a late answer is told "expired", not "unknown". */
const EXPIRED_GRACE_MS = 5 * 60_000;

export interface StartedEnrolment {
  /** The single-use token (also inside the QR); the store keeps only its digest. */
  token: string;
  /** What the portal renders as a QR code (protocol encodeEnrolmentQr). */
  qrText: string;
  expiresAt: Date;
  /** Where the portal page waits for "device enrolled". */
  channel: string;
  /** Names this enrolment in the events of `channel` (enrolmentId), never the token itself. */
  enrolmentId: string;
  /** The name typed, or '' when left empty: the phone's model will name the device (issue 11). */
  deviceName: string;
}

/**
 * The enrolment's name in the portal's events (EnrolmentRefusedEvent): the token's digest, so
 * the page that shows the QR knows its own enrolment and the event stream carries no live token.
 */
export function enrolmentId(token: string): string {
  return tokenDigest(token);
}

/**
 * How long after its registration a pending device can still become active: the PIN
 * confirmation, then the acceptance, each living pinConfirmationTtlMinutes — with the enrolment
 * TTL on top as a margin. Older, it is dead and swept (issue 10, finding 7).
 */
export function pendingDeviceLifetimeMs(policy: DeviceDeps['policy']): number {
  return (policy.enrolmentTtlMinutes + 2 * policy.pinConfirmationTtlMinutes) * 60_000;
}

/** Deletes the pending devices that can no longer be confirmed; returns how many. */
export async function sweepExpiredPendingDevices(deps: DeviceDeps, now: Date): Promise<number> {
  return deps.durable.devices.deletePendingBefore(new Date(now.getTime() - pendingDeviceLifetimeMs(deps.policy)));
}

/** Portal, annex step 2–3: the form "device name, PIN, confirm PIN" → the enrolment QR. */
export async function startEnrolment(
  deps: DeviceDeps,
  user: Pick<UserRecord, 'id'>,
  form: { name?: string; pin?: string; pinConfirm?: string },
  now: Date,
  /** The strengths the portal session presented (issue 10: checked here too, defence in depth). */
  sessionStrengths: readonly Strength[] = [],
  /** The browser's recovery cookie, if any (account-recovery.ts recoveryConfirmedHere). */
  recoveryBrowserToken?: string,
): Promise<StartedEnrolment> {
  const verdict = await assertMayChangeAuthenticators(deps, user.id, sessionStrengths, now, recoveryBrowserToken);
  const grant = await grantOf(deps, user.id, verdict);
  const { deviceName, pin } = collectInputIssues({
    // Issue 11: the name may be left empty; the device is then named from the phone's model.
    deviceName: () => ((form.name ?? '').trim() === '' ? '' : parseDeviceName(form.name)),
    pin: () => parsePin(form.pin),
    pinConfirm: () => checkPinConfirm(form),
  });

  // Lazily, besides the server's periodic sweep: enrolments that never ended leave no device behind.
  await sweepExpiredPendingDevices(deps, now);

  const ttlMs = deps.policy.enrolmentTtlMinutes * 60_000;
  const expiresAt = seconds(now) + Math.floor(ttlMs / 1000);
  // 32 random bytes (≥ 128 bits, design §10); the QR allows 16–32.
  const token = randomToken(32);
  const pinHash = toBase64Url(await hashOcraPassword(SESAME_PIN_CONFIRMATION_OCRA_SUITE, pin));
  const record: z.infer<typeof enrolmentRecord> = { userId: user.id, deviceName, pinHash, expiresAt, grant };
  await deps.ephemeral.set(enrolmentKey(token), JSON.stringify(record), ttlMs);
  const qrText = encodeEnrolmentQr({
    type: 'enrolment',
    server: deps.serverOrigin,
    account: user.id,
    deviceName,
    token,
    expiresAt,
  });
  return {
    token,
    qrText,
    expiresAt: new Date(expiresAt * 1000),
    channel: deviceEnrolledChannel(user.id),
    enrolmentId: enrolmentId(token),
    deviceName,
  };
}

async function grantOf(
  deps: DeviceDeps,
  userId: string,
  verdict: Extract<AuthenticatorChangeVerdict, { allowed: true }>,
): Promise<z.infer<typeof enrolmentGrant>> {
  if (verdict.via !== 'recovery') return { via: verdict.via, recoveryStartedAt: null };
  const user = await deps.durable.users.findById(userId);
  return { via: 'recovery', recoveryStartedAt: user?.recovery?.startedAt.getTime() ?? null };
}

/**
 * Issue 10 (SEC-27): is the grant the enrolment started with still good now? A second factor
 * presented at the start stays good; an account's first enrolment only while it still has no
 * second factor; a recovery only while that same recovery is granted, and for ONE device — of
 * two activations racing, setIfAbsent lets one use the grant.
 */
async function grantStillHolds(
  deps: DeviceDeps,
  device: DeviceRecord,
  grant: z.infer<typeof enrolmentGrant>,
  now: Date,
): Promise<boolean> {
  if (grant.via === 'second_factor') return true;
  const owner = await deps.durable.users.findById(device.userId);
  if (owner === null) return false;
  if (grant.via === 'first_enrolment') {
    const devices = await deps.durable.devices.listByUser(owner.id);
    return !hasOrHadSecondFactor(owner, devices);
  }
  const startedAt = grant.recoveryStartedAt;
  if (startedAt === null || !recoveryGranted(owner, now) || owner.recovery?.startedAt.getTime() !== startedAt) {
    return false;
  }
  const ttlMs = pendingDeviceLifetimeMs(deps.policy) + EXPIRED_GRACE_MS;
  return deps.ephemeral.setIfAbsent(recoveryUseKey(owner.id, startedAt), device.id, ttlMs);
}

/** The enrolment token's record, or ENROLMENT_INVALID (unknown, used or expired alike). */
function readEnrolment(raw: string | null, now: Date): z.infer<typeof enrolmentRecord> {
  const parsed = raw === null ? null : enrolmentRecord.safeParse(JSON.parse(raw));
  if (!parsed?.success || seconds(now) >= parsed.data.expiresAt) throw new SesameError('ENROLMENT_INVALID');
  return parsed.data;
}

async function importDeviceKey(jwk: DeviceRegistration['publicKey']): Promise<CryptoKey> {
  try {
    return await importEs256PublicKey(jwk);
  } catch (error) {
    if (isProtocolError(error)) {
      throw new SesameError('DEVICE_MESSAGE_INVALID', { field: 'publicKey', reason: 'malformed' }, { cause: error });
    }
    throw error;
  }
}

/**
 * The device's public key as the repository stores it, imported once per device and key
 * (device-key-cache.ts); `device` must be the record just read, never one held from earlier.
 */
export async function deviceKey(device: Pick<DeviceRecord, 'id' | 'publicKeyJwk'>): Promise<CryptoKey> {
  return deviceKeyCache.key(device);
}

/**
 * App, annex steps 3–4: the signed registration. Checks, in order: the message's shape; proof
 * of possession of the new key (before the token is touched, so garbage cannot burn a token);
 * the token, read; the name of the QR sent back unchanged; "one account per device"; then the
 * token, taken atomically (single use) — so no refusal burns the QR. Then a pending device with
 * a fresh 256-bit secret, sealed by the vault.
 */
export async function registerDevice(deps: DeviceDeps, message: unknown, now: Date): Promise<DeviceRegistrationResult> {
  const registration = parseMessage(parseDeviceRegistration, message);
  const publicKey = await importDeviceKey(registration.publicKey);
  if (!(await verifyDeviceRegistration(publicKey, registration))) throw badSignature();

  // Read first, taken last: a refusal below leaves the QR usable while it is valid (issue 10,
  // finding 7 — the user reads why in the app, then scans the same QR with the right phone).
  const key = enrolmentKey(registration.enrolmentToken);
  const enrolment = readEnrolment(await deps.ephemeral.get(key), now);
  if (registration.deviceName !== enrolment.deviceName) {
    throw new SesameError('DEVICE_MESSAGE_INVALID', { field: 'deviceName', reason: 'mismatch' });
  }

  if (deps.policy.oneAccountPerDevice) {
    const bound = await deps.durable.devices.listByInstallation(registration.installationId);
    // A blocked device still binds the phone to its account: only deletion frees it.
    if (bound.some((d) => d.userId !== enrolment.userId && d.status !== 'pending')) {
      throw new SesameError('DEVICE_ALREADY_ENROLLED');
    }
  }
  // Single use: of two registrations racing with the same QR, one takes the token.
  readEnrolment(await deps.ephemeral.take(key), now);

  const deviceName =
    enrolment.deviceName === '' ? await nameFromPhone(deps, enrolment.userId, registration) : enrolment.deviceName;
  const deviceId = randomToken(16);
  const secret = crypto.getRandomValues(new Uint8Array(DEVICE_SECRET_BYTES));
  const sealed = await deps.vault.seal(deviceId, secret);
  const ttlMs = deps.policy.pinConfirmationTtlMinutes * 60_000;
  const pinConfirmation: PinConfirmationChallenge = {
    type: 'pin-confirmation-challenge',
    deviceId,
    question: generateOcraQuestion(SESAME_PIN_CONFIRMATION_OCRA_SUITE),
    issuedAt: seconds(now),
    expiresAt: seconds(now) + Math.floor(ttlMs / 1000),
  };
  const record: z.infer<typeof pinConfirmationRecord> = {
    userId: enrolment.userId,
    question: pinConfirmation.question,
    issuedAt: pinConfirmation.issuedAt,
    expiresAt: pinConfirmation.expiresAt,
    pinHash: enrolment.pinHash,
  };
  await deps.ephemeral.set(pinConfirmationKey(deviceId), JSON.stringify(record), ttlMs + EXPIRED_GRACE_MS);
  await deps.ephemeral.set(grantKey(deviceId), JSON.stringify(enrolment.grant), 2 * ttlMs + EXPIRED_GRACE_MS);
  // As long as the device may stay pending (confirmation, then acceptance).
  const enrolled: z.infer<typeof enrolledDeviceRecord> = { userId: enrolment.userId, deviceId };
  await deps.ephemeral.set(
    enrolledDeviceKey(registration.enrolmentToken),
    JSON.stringify(enrolled),
    2 * ttlMs + EXPIRED_GRACE_MS,
  );
  await deps.durable.devices.create({
    id: deviceId,
    userId: enrolment.userId,
    name: deviceName,
    installationId: registration.installationId,
    publicKeyJwk: JSON.stringify(registration.publicKey),
    secretKeyId: sealed.keyId,
    secretCiphertext: sealed.ciphertext,
    pushSubscription: registration.pushSubscription ? JSON.stringify(registration.pushSubscription) : null,
    status: 'pending',
    failedAnswers: 0,
    blockedUntil: null,
    blocks: 0,
    createdAt: now,
    activatedAt: null,
    lastUsedAt: null,
  });
  // Issue 10, finding 7: a Cancel that came after the token was taken but before the device was
  // recorded found nothing to delete. Each side writes its mark, then reads the other's (the
  // Cancel its tombstone, then the enrolled device; this, the device, then the tombstone): one of
  // the two always sees the other, so no device of a cancelled enrolment stays.
  if ((await deps.ephemeral.get(cancelledKey(enrolment.userId, registration.enrolmentToken))) !== null) {
    await cancel(deps, deviceId);
    await deps.ephemeral.delete(enrolledDeviceKey(registration.enrolmentToken));
    throw new SesameError('ENROLMENT_INVALID');
  }
  try {
    return parseDeviceRegistrationResult({
      type: 'device-registration-result',
      deviceId,
      account: enrolment.userId,
      deviceName,
      deviceSecret: toBase64Url(secret),
      serverKeys: deps.serverKeys,
      pinConfirmation,
    });
  } finally {
    secret.fill(0);
  }
}

/**
 * Issue 11: the portal's name was left empty — the device is named from the model the app sent
 * (untrusted: device-name.ts keeps only a valid name), unique among the account's devices, else
 * "Téléphone"/"Phone" in the account's language.
 */
async function nameFromPhone(deps: DeviceDeps, userId: string, registration: DeviceRegistration): Promise<string> {
  const taken = (await deps.durable.devices.listByUser(userId)).map((d) => d.name);
  const owner = await deps.durable.users.findById(userId);
  return proposedDeviceName(registration.deviceModel, taken, owner?.emailLocale ?? 'en');
}

export type PinConfirmationVerdict =
  /**
   * Right PIN: the app must now accept the device (activateDevice). `pushSubscription` is the
   * device's, for the HTTP layer's notification; it never goes back to the app.
   */
  | { accepted: true; activation: DeviceActivationRequest; pushSubscription: string | null }
  /** Wrong PIN: `cancelled` when it was the last try (the pending device is deleted). */
  | { accepted: false; cancelled: boolean; triesLeft: number };

async function cancel(deps: DeviceDeps, deviceId: string): Promise<void> {
  await forgetPinConfirmation(deps, deviceId);
  await deps.durable.devices.delete(deviceId);
}

/**
 * App, annex step 4: "the server checks that it is the PIN chosen in step 2". The answer is
 * OCRA(SESAME_PIN_CONFIRMATION_OCRA_SUITE, device secret, question, P = SHA-256(PIN)), signed
 * with the device key. A badly signed answer is refused without counting (it is not from the
 * device); each try is counted atomically before its PIN is checked (a right one then clears
 * the count); the last allowed wrong one cancels the enrolment.
 * A right one consumes the confirmation and opens the acceptance of annex step 10: a random
 * nonce the app signs in activateDevice, living as long as the PIN confirmation did. The device
 * stays pending until then.
 */
export async function confirmPin(deps: DeviceDeps, message: unknown, now: Date): Promise<PinConfirmationVerdict> {
  const answer = parseMessage(parsePinConfirmationAnswer, message);
  const raw = await deps.ephemeral.get(pinConfirmationKey(answer.deviceId));
  const device = await deps.durable.devices.findById(answer.deviceId);
  if (device === null || device.status !== 'pending') throw new SesameError('DEVICE_CHALLENGE_INVALID');
  const parsed = raw === null ? null : pinConfirmationRecord.safeParse(JSON.parse(raw));
  if (!parsed?.success) {
    // The confirmation is gone. Once the PIN was right the acceptance is what is awaited: a
    // replayed right answer must not cancel it. Otherwise the pending device can never be active.
    if ((await deps.ephemeral.get(activationKey(device.id))) === null) await cancel(deps, device.id);
    throw new SesameError('DEVICE_CHALLENGE_INVALID');
  }
  const record = parsed.data;
  const challenge = { deviceId: device.id, question: record.question };
  if (!(await verifyPinConfirmationAnswer(await deviceKey(device), answer, challenge))) throw badSignature();
  if (seconds(now) >= record.expiresAt) {
    await cancel(deps, device.id);
    throw new SesameError('DEVICE_CHALLENGE_EXPIRED');
  }

  // Issue 10: the try is counted BEFORE the PIN is checked, atomically, so that a burst of
  // answers checks no more than `pinConfirmationTries` PINs; one past the limit is not checked.
  const tries = deps.policy.pinConfirmationTries;
  const attempt = await deps.ephemeral.increment(
    pinFailuresKey(device.id),
    deps.policy.pinConfirmationTtlMinutes * 60_000 + EXPIRED_GRACE_MS,
  );
  if (attempt > tries) {
    await cancel(deps, device.id);
    return { accepted: false, cancelled: true, triesLeft: 0 };
  }

  const secret = await deps.vault.open(device.id, { keyId: device.secretKeyId, ciphertext: device.secretCiphertext });
  let valid: boolean;
  try {
    const input = { question: record.question, passwordHash: fromBase64Url(record.pinHash) };
    valid = (await verifyOcra(SESAME_PIN_CONFIRMATION_OCRA_SUITE, secret, input, answer.ocraResponse)).valid;
  } finally {
    secret.fill(0);
  }

  if (!valid) {
    if (attempt >= tries) {
      await cancel(deps, device.id);
      return { accepted: false, cancelled: true, triesLeft: 0 };
    }
    return { accepted: false, cancelled: false, triesLeft: tries - attempt };
  }

  // Single use: of two right answers racing, one opens the acceptance.
  if ((await deps.ephemeral.take(pinConfirmationKey(device.id))) === null) {
    throw new SesameError('DEVICE_CHALLENGE_INVALID');
  }
  await deps.ephemeral.delete(pinFailuresKey(device.id));
  const ttlMs = deps.policy.pinConfirmationTtlMinutes * 60_000;
  const activation: DeviceActivationRequest = {
    type: 'device-activation-request',
    deviceId: device.id,
    // 16 random bytes (≥ 128 bits, design §10).
    nonce: randomToken(16),
    issuedAt: seconds(now),
    expiresAt: seconds(now) + Math.floor(ttlMs / 1000),
  };
  const stored: z.infer<typeof activationRecord> = {
    nonce: activation.nonce,
    issuedAt: activation.issuedAt,
    expiresAt: activation.expiresAt,
  };
  await deps.ephemeral.set(activationKey(device.id), JSON.stringify(stored), ttlMs + EXPIRED_GRACE_MS);
  return { accepted: true, activation, pushSubscription: device.pushSubscription };
}

/**
 * App, annex step 10: « Cliquez dessus pour valider l'acceptation de votre téléphone ». The
 * DeviceActivation is signed with the device key over the nonce of confirmPin's request. Checks,
 * in order: the message's shape; a pending device awaiting acceptance (DEVICE_CHALLENGE_INVALID
 * otherwise, and nothing deleted: an unsigned request must not cancel anyone's enrolment); the
 * signature; the expiry (DEVICE_CHALLENGE_EXPIRED, and the enrolment is cancelled); the record,
 * taken atomically (single use). Then the device is active (annex step 10 and design §5 step 5),
 * audited, the user mailed and the waiting portal page told.
 */
export async function activateDevice(
  deps: DeviceDeps,
  message: unknown,
  now: Date,
  actor: DeviceActor = NO_ACTOR,
): Promise<{ accepted: true }> {
  const activation = parseMessage(parseDeviceActivation, message);
  const device = await deps.durable.devices.findById(activation.deviceId);
  if (device === null || device.status !== 'pending') throw new SesameError('DEVICE_CHALLENGE_INVALID');
  const raw = await deps.ephemeral.get(activationKey(device.id));
  const parsed = raw === null ? null : activationRecord.safeParse(JSON.parse(raw));
  if (!parsed?.success) throw new SesameError('DEVICE_CHALLENGE_INVALID');
  const request = { deviceId: device.id, nonce: parsed.data.nonce };
  if (!(await verifyDeviceActivation(await deviceKey(device), activation, request))) throw badSignature();
  if (seconds(now) >= parsed.data.expiresAt) {
    await cancel(deps, device.id);
    throw new SesameError('DEVICE_CHALLENGE_EXPIRED');
  }
  // Single use: of two acceptances racing, one activates the device.
  const taken = await deps.ephemeral.take(activationKey(device.id));
  if (taken === null || activationRecord.safeParse(JSON.parse(taken)).data?.nonce !== request.nonce) {
    throw new SesameError('DEVICE_CHALLENGE_INVALID');
  }
  // Issue 10: what allowed the enrolment must still allow it (a cancelled or used-up recovery
  // grant, or a first enrolment overtaken by another device, activates nothing).
  const rawGrant = await deps.ephemeral.get(grantKey(device.id));
  const grant = rawGrant === null ? null : enrolmentGrant.safeParse(JSON.parse(rawGrant));
  if (!grant?.success || !(await grantStillHolds(deps, device, grant.data, now))) {
    await cancel(deps, device.id);
    throw new SesameError('SECOND_FACTOR_REQUIRED');
  }

  const owner = await deps.durable.users.findById(device.userId);
  // Issue 10: from its first active device on, the account "had" a second factor; a device made
  // active through a recovery uses the grant up (account-recovery.ts, credentials/new-factor.ts).
  const viaRecovery = await deps.durable.transaction(async (tx) => {
    await tx.devices.update(device.id, { status: 'active', activatedAt: now });
    const completed = await markNewFactor(tx, owner, actor, now, { deviceId: device.id });
    await tx.audit.append({
      type: 'device.enrolled',
      userId: device.userId,
      ip: actor.ip,
      userAgent: actor.userAgent,
      at: now,
      details: { deviceId: device.id, name: device.name },
    });
    return completed;
  });
  const user = await deps.durable.users.findById(device.userId);
  if (user) {
    // NIST SP 800-63B rev 3 §6.1.2.1: tell the subscriber of a new authenticator independently.
    await deps.mailer.send({
      template: 'device-enrolled',
      to: user.email,
      locale: user.emailLocale,
      params: { firstName: user.firstName, deviceName: device.name },
    });
    if (viaRecovery) await tellRecoveryCompleted(deps.mailer, user, device.name);
  }
  const event: DeviceEnrolledEvent = { type: 'device-enrolled', deviceId: device.id, name: device.name };
  await deps.ephemeral.publish(deviceEnrolledChannel(device.userId), JSON.stringify(event));
  return { accepted: true };
}

/**
 * Portal, the QR page's "Cancel" (issue 10, finding 7): the enrolment of `token` ends for good.
 * The token is deleted (the QR can no longer register a device) and, when the app has already
 * registered, its pending device is deleted with its PIN confirmation and acceptance. Only the
 * user's own enrolment, and never a device already active (deleting one is another page).
 * Returns 'cancelled', or 'active' when the app was faster, or 'unknown' (expired, someone
 * else's, nothing left).
 */
export async function cancelEnrolment(
  deps: DeviceDeps,
  userId: string,
  token: string,
): Promise<'cancelled' | 'active' | 'unknown'> {
  let result: 'cancelled' | 'active' | 'unknown' = 'unknown';
  // First the tombstone, read by a registration under way (registerDevice), for as long as one can run.
  const ttlMs = deps.policy.enrolmentTtlMinutes * 60_000 + 2 * deps.policy.pinConfirmationTtlMinutes * 60_000;
  await deps.ephemeral.set(cancelledKey(userId, token), '1', ttlMs + EXPIRED_GRACE_MS);
  const raw = await deps.ephemeral.get(enrolmentKey(token));
  const enrolment = raw === null ? null : enrolmentRecord.safeParse(JSON.parse(raw));
  if (enrolment?.success && enrolment.data.userId === userId) {
    await deps.ephemeral.delete(enrolmentKey(token));
    result = 'cancelled';
  }
  const rawDevice = await deps.ephemeral.get(enrolledDeviceKey(token));
  const enrolled = rawDevice === null ? null : enrolledDeviceRecord.safeParse(JSON.parse(rawDevice));
  if (enrolled?.success && enrolled.data.userId === userId) {
    const device = await deps.durable.devices.findById(enrolled.data.deviceId);
    if (device?.userId === userId && device.status === 'pending') {
      await cancel(deps, device.id);
      await deps.ephemeral.delete(enrolledDeviceKey(token));
      result = 'cancelled';
    } else if (device?.userId === userId) {
      result = 'active';
    }
  }
  return result;
}

/**
 * Portal, the QR page's "I have finished" (issue 11, point 2): how far the enrolment of `token`
 * got, without changing it — 'active' once the app accepted the device, 'pending' while the
 * device waits for its PIN confirmation or acceptance, 'none' when no device was registered
 * (not scanned yet, cancelled, expired, or someone else's token: the same answer).
 */
export async function enrolmentOutcome(
  deps: DeviceDeps,
  userId: string,
  token: string,
): Promise<'active' | 'pending' | 'none'> {
  const raw = await deps.ephemeral.get(enrolledDeviceKey(token));
  const enrolled = raw === null ? null : enrolledDeviceRecord.safeParse(JSON.parse(raw));
  if (!enrolled?.success || enrolled.data.userId !== userId) return 'none';
  const device = await deps.durable.devices.findById(enrolled.data.deviceId);
  if (device?.userId !== userId) return 'none';
  return device.status === 'pending' ? 'pending' : 'active';
}

/**
 * App, right after the scan and before any PIN (issue 11, point 2; the instruction: « un
 * téléphone portable ne peut être utilisé que pour l'authentification d'un seul utilisateur »):
 * the app holds an active account — someone else's (`other-account`) or the QR's own
 * (`same-account`) — and refuses the QR. The enrolment ends as with the portal's "Cancel": the
 * token is taken (single use), and the portal page waiting on deviceEnrolledChannel is told at
 * once, with the reason, by an EnrolmentRefusedEvent.
 *
 * The token is the authority, as for registerDevice: whoever saw the QR can end this enrolment
 * and nothing else — the token names one enrolment of one user, and it is only ever taken before
 * a registration (once the app registered, the token is gone and the refusal is
 * ENROLMENT_INVALID), so no device, pending or active, is touched here. A repeat of a refusal
 * answers the same (idempotent); a token unknown, expired or used by a registration is
 * ENROLMENT_INVALID. With "one account per device" off (design §5), `other-account` is no reason
 * to refuse: `refused: false` and nothing changes.
 */
export async function refuseEnrolment(deps: DeviceDeps, message: unknown, now: Date): Promise<EnrolmentRefusalResult> {
  const refusal = parseMessage(parseEnrolmentRefusal, message);
  const key = enrolmentKey(refusal.enrolmentToken);
  const raw = await deps.ephemeral.get(key);
  if (raw === null && (await deps.ephemeral.get(refusedKey(refusal.enrolmentToken))) !== null) {
    return { type: 'enrolment-refusal-result', refused: true };
  }
  readEnrolment(raw, now);
  if (refusal.reason === 'other-account' && !deps.policy.oneAccountPerDevice) {
    return { type: 'enrolment-refusal-result', refused: false };
  }
  // Single use: of a refusal and a registration racing with the same QR, one takes the token.
  const enrolment = readEnrolment(await deps.ephemeral.take(key), now);
  const ttlMs = Math.max(0, enrolment.expiresAt * 1000 - now.getTime()) + EXPIRED_GRACE_MS;
  await deps.ephemeral.set(refusedKey(refusal.enrolmentToken), refusal.reason, ttlMs);
  const event: EnrolmentRefusedEvent = {
    type: 'enrolment-refused',
    enrolmentId: enrolmentId(refusal.enrolmentToken),
    reason: refusal.reason,
  };
  await deps.ephemeral.publish(deviceEnrolledChannel(enrolment.userId), JSON.stringify(event));
  return { type: 'enrolment-refusal-result', refused: true };
}

/** Device deletion must also end a confirmation or an acceptance in progress. */
export async function forgetPinConfirmation(deps: DeviceDeps, deviceId: string): Promise<void> {
  await deps.ephemeral.delete(pinConfirmationKey(deviceId));
  await deps.ephemeral.delete(pinFailuresKey(deviceId));
  await deps.ephemeral.delete(activationKey(deviceId));
  await deps.ephemeral.delete(grantKey(deviceId));
}
