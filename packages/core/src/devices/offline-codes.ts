import {
  encodeOfflineChallengeQr,
  type OfflineChallenge,
  SESAME_OFFLINE_OCRA_SUITE,
  SESAME_OFFLINE_OCRA_WINDOW,
  type UnsignedOfflineChallenge,
  verifyOcra,
} from '@sesame/protocol';
import { z } from 'zod';
import { invalidInput, SesameError } from '../errors';
import type { DeviceRecord } from '../ports';
import { tokenDigest } from '../security/random-token';
import { type DeviceActor, type DeviceDeps, NO_ACTOR, seconds } from './device-deps';
import { reserveDeviceAnswer, settleRightAnswer, settleWrongAnswer, sourceOf } from './device-blocking';
import { usableDevicesOf } from './push-challenges';
import type { AnswerReservation } from '../ports';

/**
 * "QR code" sign-in (design §5 "QR code"; issue #5), the server's side. The browser shows a QR
 * carrying a challenge signed with the server's device key (the app checks it offline with the
 * key it received at registration); the app shows OCRA(SESAME_OFFLINE_OCRA_SUITE, device secret,
 * question, T = minute) and the user types the 8 digits in the browser. One challenge per login
 * transaction, kept in the ephemeral store under the transaction handle's digest:
 *
 *     offline-challenge:<digest>   question, user, expiry, and the QR text to show again
 */

/** Issue #5: "expiry ≤ 5 minutes" — time to read the phone and type the code on a slow day. */
export const OFFLINE_CHALLENGE_TTL_SECONDS = 300;
const QUESTION_BYTES = 20;
const CODE_PATTERN = /^[0-9]{8}$/;

const offlineRecord = z.object({
  question: z.string(),
  userId: z.string(),
  expiresAt: z.number(),
  qrText: z.string(),
});
type OfflineRecord = z.infer<typeof offlineRecord>;

const recordKey = (loginTransactionId: string) => `offline-challenge:${tokenDigest(loginTransactionId)}`;

/** Signs with the server key the apps know (apps/server devices/device-keys.ts holds it). */
export interface OfflineChallengeSigner {
  readonly kid: string;
  sign(challenge: UnsignedOfflineChallenge): Promise<OfflineChallenge>;
}

export interface OfflineChallengeRequest {
  userId: string;
  loginTransactionId: string;
  relyingAppName: string;
}

export interface CreatedOfflineChallenge {
  qrText: string;
  expiresAt: Date;
}

/**
 * A new "QR code" challenge for this browser's sign-in (it replaces the transaction's previous
 * one). 160 random bits of question (QH40, ≥ 128 bits: design §10), signed with the account's
 * name and the asking application's, so the app can say who asks and refuse a QR from elsewhere.
 */
export async function createOfflineChallenge(
  deps: DeviceDeps,
  signer: OfflineChallengeSigner,
  request: OfflineChallengeRequest,
  now: Date,
): Promise<CreatedOfflineChallenge> {
  await usableDevicesOf(deps, request.userId, now);
  const question = [...crypto.getRandomValues(new Uint8Array(QUESTION_BYTES))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  const issuedAt = seconds(now);
  const expiresAt = issuedAt + OFFLINE_CHALLENGE_TTL_SECONDS;
  const signed = await signer.sign({
    type: 'offline-challenge',
    kid: signer.kid,
    account: request.userId,
    relyingApp: request.relyingAppName,
    question,
    issuedAt,
    expiresAt,
  });
  const qrText = encodeOfflineChallengeQr(signed);
  const stored: OfflineRecord = { question, userId: request.userId, expiresAt, qrText };
  await deps.ephemeral.set(
    recordKey(request.loginTransactionId),
    JSON.stringify(stored),
    OFFLINE_CHALLENGE_TTL_SECONDS * 1000 + 60_000,
  );
  return { qrText, expiresAt: new Date(expiresAt * 1000) };
}

/** The transaction's challenge, to show its QR again; null when there is none or it expired. */
export async function currentOfflineChallenge(
  deps: DeviceDeps,
  loginTransactionId: string,
  now: Date,
): Promise<CreatedOfflineChallenge | null> {
  const stored = await read(deps, loginTransactionId);
  if (stored === null || seconds(now) >= stored.expiresAt) return null;
  return { qrText: stored.qrText, expiresAt: new Date(stored.expiresAt * 1000) };
}

async function read(deps: DeviceDeps, loginTransactionId: string): Promise<OfflineRecord | null> {
  const raw = await deps.ephemeral.get(recordKey(loginTransactionId));
  const parsed = raw === null ? null : offlineRecord.safeParse(JSON.parse(raw));
  return parsed?.success ? parsed.data : null;
}

export type OfflineCodeResult =
  | { valid: true; device: DeviceRecord }
  /** `blockedUntil`: this code blocked the last usable device, until then. */
  | { valid: false; blocked: boolean; blockedUntil: Date | null };

/**
 * The code typed in the browser, against the challenge of *this* browser's transaction
 * (`userId` is the account whose password was just given). A right code is taken once: the
 * challenge is consumed atomically, so a second use — the same code again, or a race — fails.
 * A wrong one counts towards the same block as the push mode (design §5: 5 wrong answers in a
 * row; a wrong PIN in the app gives a wrong code): the server cannot tell which of the account's
 * usable devices computed it, so each of them counts it — reserved before the check, and the
 * block is temporary (device-blocking.ts). The challenge stays for another try.
 * Expired: DEVICE_CHALLENGE_EXPIRED; none for this transaction: DEVICE_CHALLENGE_INVALID; a
 * code that is not 8 digits is an input error, not counted.
 */
export async function verifyOfflineCode(
  deps: DeviceDeps,
  loginTransactionId: string,
  userId: string,
  code: string | undefined,
  now: Date,
  actor: DeviceActor = NO_ACTOR,
): Promise<OfflineCodeResult> {
  const typed = (code ?? '').replace(/\s+/g, '');
  if (typed === '') throw invalidInput('code', 'required');
  if (!CODE_PATTERN.test(typed)) throw invalidInput('code', 'malformed');
  const stored = await read(deps, loginTransactionId);
  if (stored === null || stored.userId !== userId) throw new SesameError('DEVICE_CHALLENGE_INVALID');
  if (seconds(now) >= stored.expiresAt) {
    await deps.ephemeral.delete(recordKey(loginTransactionId));
    throw new SesameError('DEVICE_CHALLENGE_EXPIRED');
  }
  // Issue 10: the code is counted on every usable device BEFORE it is checked; a device whose
  // reservation is refused (blocked now, or its last try taken by a parallel request) is not
  // checked at all. None reserved: DEVICE_BLOCKED.
  const reserved: Array<{ device: DeviceRecord; reservation: AnswerReservation }> = [];
  let refusal: unknown = null;
  for (const device of await usableDevicesOf(deps, userId, now)) {
    try {
      reserved.push({ device, reservation: await reserveDeviceAnswer(deps, device, now) });
    } catch (error) {
      refusal = error;
    }
  }
  if (reserved.length === 0) throw refusal ?? new SesameError('NO_ACTIVE_DEVICE');
  for (const { device } of reserved) {
    if (!(await codeMatches(deps, device, stored.question, typed, now))) continue;
    // Single use (NIST SP 800-63B rev 4 §3.1.3.2): of two right answers racing, one wins.
    if ((await deps.ephemeral.take(recordKey(loginTransactionId))) === null) {
      throw new SesameError('DEVICE_CHALLENGE_INVALID');
    }
    await settleRightAnswer(deps, device, now);
    // The other devices did not compute this code: their reservations are given back.
    for (const other of reserved)
      if (other.device.id !== device.id) await deps.durable.devices.refundAnswer(other.device.id);
    return { valid: true, device };
  }
  let blockedUntil: Date | null = null;
  for (const { device, reservation } of reserved) {
    blockedUntil = (await settleWrongAnswer(deps, device, reservation, now, sourceOf(actor))) ?? blockedUntil;
  }
  // Blocked: no device of the account can answer now (this code blocked the last one).
  const anyUsable = await usableDevicesOf(deps, userId, now).then(
    () => true,
    () => false,
  );
  return { valid: false, blocked: !anyUsable, blockedUntil: anyUsable ? null : blockedUntil };
}

async function codeMatches(
  deps: DeviceDeps,
  device: DeviceRecord,
  question: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const secret = await deps.vault.open(device.id, { keyId: device.secretKeyId, ciphertext: device.secretCiphertext });
  try {
    return (
      await verifyOcra(SESAME_OFFLINE_OCRA_SUITE, secret, { question }, code, { now, ...SESAME_OFFLINE_OCRA_WINDOW })
    ).valid;
  } finally {
    secret.fill(0);
  }
}
