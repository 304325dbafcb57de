import {
  generateNumberMatch,
  isProtocolError,
  parsePushAnswer,
  parsePushChallenge,
  type PushChallenge,
  type PushNotice,
  verifyPushAnswer,
} from '@sesame/protocol';
import { invalidInput, SesameError } from '../errors';
import type { DeviceRecord } from '../ports';
import { randomToken, tokenDigest } from '../security/random-token';
import { loginTransactionChannel, type PushVerdict, type PushVerdictEvent } from './device-channels';
import {
  assertNotBlocked,
  deviceBlocked,
  isUsableDevice,
  reserveDeviceAnswer,
  settleRightAnswer,
  settleWrongAnswer,
} from './device-blocking';
import { badSignature, type DeviceActor, type DeviceDeps, NO_ACTOR, parseMessage, seconds } from './device-deps';
import { deviceKey } from './enrolment';
import { pushOcraMatches } from './push-ocra';
import {
  challengeKey,
  deviceIndexKey,
  EXPIRED_GRACE_MS,
  publishVerdict,
  readChallenge,
  readIndex,
  type StoredChallenge,
  transactionIndexKey,
  verdictKey,
} from './push-challenge-records';

// Part of this module's public face since before the records had their own module.
export { cancelDeviceChallenges } from './push-challenge-records';

/**
 * "PIN code" push challenges (design §5; NIST SP 800-63B rev 4 §3.1.3). One challenge per active
 * device of the account, all bound to the waiting browser's login transaction and sharing one
 * number match (the browser shows one number). Records live in the ephemeral store
 * (push-challenge-records.ts).
 *
 * The index lists are read-modify-write: two challenges created in the same instant for the same
 * device may leave one out of `pendingChallenges` (still answerable: the push notice names it).
 */

const pushLimitKey = (userId: string) => `push-limit:${tokenDigest(userId)}`;
const INDEX_MAX = 20;

/** Ends every other challenge of the transaction: one answer settles the sign-in. */
async function endTransaction(deps: DeviceDeps, transaction: string, except?: string): Promise<void> {
  const ids = await readIndex(deps, transactionIndexKey(transaction));
  // Independent deletes, sent together (one round trip to Redis: auto-pipelining, docs/adr/0024).
  await Promise.all([
    deps.ephemeral.delete(transactionIndexKey(transaction)),
    ...ids.filter((id) => id !== except).map((id) => deps.ephemeral.delete(challengeKey(id))),
  ]);
}

export interface PushRequest {
  userId: string;
  loginTransactionId: string;
  relyingAppName: string;
  /** e.g. "Firefox 128 on Windows". */
  browser: string;
  ip: string;
  /** Approximate place of the IP, when known. */
  place?: string;
}

export interface CreatedPush {
  /** The number the browser shows. */
  shown: number;
  expiresAt: Date;
  /** Where the waiting browser listens for the verdict. */
  channel: string;
  /** One per active device: what to send by Web Push (a handle, nothing secret) and where. */
  challenges: Array<{ deviceId: string; challengeId: string; notice: PushNotice; pushSubscription: string | null }>;
}

/**
 * A sign-in waits in a browser: a challenge for each active device of the account. Refused past
 * `pushPerUser.limit` challenges per window (push bombing: NIST SP 800-63B rev 4 §3.1.3.2
 * "SHOULD implement a reasonable limit on the rate … of push notifications"). A new challenge
 * for the same transaction cancels the previous one. The devices' counts of wrong answers are
 * left as they are (rev 4 §3.1.3.2: a new secret "SHALL NOT reset the failed authentication count").
 */
export async function createPushChallenge(deps: DeviceDeps, request: PushRequest, now: Date): Promise<CreatedPush> {
  const devices = await usableDevicesOf(deps, request.userId, now);

  const { limit, windowSeconds } = deps.policy.pushPerUser;
  if ((await deps.ephemeral.increment(pushLimitKey(request.userId), windowSeconds * 1000)) > limit) {
    throw new SesameError('PUSH_LIMIT_REACHED', { retryAfterSeconds: windowSeconds });
  }

  const transaction = tokenDigest(request.loginTransactionId);
  await endTransaction(deps, transaction);

  const match = generateNumberMatch();
  const issuedAt = seconds(now);
  const expiresAt = issuedAt + deps.policy.pushChallengeTtlSeconds;
  const ttlMs = deps.policy.pushChallengeTtlSeconds * 1000 + EXPIRED_GRACE_MS;
  const challenges = devices.map((device) => {
    const challenge = envelope({
      type: 'push-challenge',
      deviceId: device.id,
      account: device.userId,
      // Random handle and nonce, 128 bits each (design §10).
      challengeId: randomToken(16),
      nonce: randomToken(16),
      relyingApp: request.relyingAppName,
      browser: request.browser,
      ip: request.ip,
      ...(request.place ? { place: request.place } : {}),
      issuedAt,
      expiresAt,
      candidates: match.candidates,
    });
    const stored: StoredChallenge = { challenge, shown: match.shown, userId: device.userId, transaction };
    return { device, stored };
  });
  // The writes of different keys do not depend on each other: sent together, they cost one round
  // trip to Redis (auto-pipelining) instead of one each (issue 12 point 5, docs/adr/0024).
  await Promise.all([
    ...challenges.map(async ({ device, stored }) => {
      const id = stored.challenge.challengeId;
      const [, index] = await Promise.all([
        deps.ephemeral.set(challengeKey(id), JSON.stringify(stored), ttlMs),
        readIndex(deps, deviceIndexKey(device.id)),
      ]);
      const next = [...index, id].slice(-INDEX_MAX);
      await deps.ephemeral.set(deviceIndexKey(device.id), JSON.stringify(next), ttlMs);
    }),
    deps.ephemeral.set(
      transactionIndexKey(transaction),
      JSON.stringify(challenges.map(({ stored }) => stored.challenge.challengeId)),
      ttlMs,
    ),
  ]);
  const created: CreatedPush['challenges'] = challenges.map(({ device, stored }) => ({
    deviceId: device.id,
    challengeId: stored.challenge.challengeId,
    notice: { type: 'push-notice', deviceId: device.id, challengeId: stored.challenge.challengeId },
    pushSubscription: device.pushSubscription,
  }));
  return {
    shown: match.shown,
    expiresAt: new Date(expiresAt * 1000),
    channel: loginTransactionChannel(request.loginTransactionId),
    challenges: created,
  };
}

/**
 * The account's devices that may answer now. None: DEVICE_BLOCKED (with the earliest end) when
 * blocked ones wait out their block, NO_ACTIVE_DEVICE otherwise.
 */
export async function usableDevicesOf(deps: DeviceDeps, userId: string, now: Date): Promise<DeviceRecord[]> {
  const all = await deps.durable.devices.listByUser(userId);
  const usable = all.filter((d) => isUsableDevice(d, now));
  if (usable.length > 0) return usable;
  const ends = all
    .filter((d) => d.status === 'active' && d.blockedUntil !== null)
    .map((d) => d.blockedUntil!.getTime())
    .sort((a, b) => a - b);
  if (ends.length > 0) throw deviceBlocked({ blockedUntil: new Date(ends[0]!) });
  throw new SesameError('NO_ACTIVE_DEVICE');
}

/** The context shown to the user must fit the protocol's limits; the server's own input otherwise. */
function envelope(challenge: PushChallenge): PushChallenge {
  try {
    return parsePushChallenge(challenge);
  } catch (error) {
    if (isProtocolError(error)) throw invalidInput(error.details.field ?? 'challenge', 'malformed');
    throw error;
  }
}

/** The device's unanswered, unexpired challenges (the caller has checked the device's request proof). */
export async function pendingChallenges(deps: DeviceDeps, deviceId: string, now: Date): Promise<PushChallenge[]> {
  const device = await deps.durable.devices.findById(deviceId);
  if (device === null || device.status === 'pending') throw new SesameError('DEVICE_UNAUTHENTICATED');
  assertNotBlocked(device, now);
  const out: PushChallenge[] = [];
  for (const id of await readIndex(deps, deviceIndexKey(deviceId))) {
    const stored = await readChallenge(deps, id);
    if (stored && stored.challenge.deviceId === deviceId && seconds(now) < stored.challenge.expiresAt) {
      out.push(stored.challenge);
    }
  }
  return out;
}

/**
 * One of the device's unanswered, unexpired challenges by its id, or null: what GET
 * /device/v1/challenges would list for it. The device events stream sends it with the notice to
 * an app that asks (issue 12: the app then skips that request); the caller has checked the
 * device's request proof when the stream opened, and the stream ends when the device is no
 * longer usable.
 */
export async function livePushChallenge(
  deps: DeviceDeps,
  deviceId: string,
  challengeId: string,
  now: Date,
): Promise<PushChallenge | null> {
  const stored = await readChallenge(deps, challengeId);
  if (stored === null || stored.challenge.deviceId !== deviceId) return null;
  return seconds(now) < stored.challenge.expiresAt ? stored.challenge : null;
}

export interface PushAnswerResult {
  /** The HTTP contract's `accepted`: false for a wrong number or a wrong PIN. */
  accepted: boolean;
  verdict: PushVerdict;
  /** This answer blocked the device (the 5th wrong one in a row). */
  blocked: boolean;
}

/**
 * The app's answer to a push challenge (`challengeId` from the request path). Checks, in order:
 * shape; the body names the path's challenge; the challenge is known and is this device's; the
 * device exists and is active; the device's signature (a badly signed answer is not the
 * device's: refused, not counted, the challenge untouched); expiry; then the challenge is taken
 * atomically — NIST SP 800-63B rev 4 §3.1.3.2: a secret is accepted only once, so a replay,
 * even of a right answer, finds nothing. Then deny / report / approve: an approval needs the
 * number the browser shows and OCRA over pushOcraQuestion(challenge, number) with the device
 * secret, which only the right PIN yields in the app. A wrong one counts towards the block
 * (design §5: 5 in a row); a right one resets the count.
 */
export async function answerPushChallenge(
  deps: DeviceDeps,
  challengeId: string,
  message: unknown,
  now: Date,
  // The wrong answers are traced to the sign-in the challenge names, not to the app (device-blocking.ts).
  _actor: DeviceActor = NO_ACTOR,
): Promise<PushAnswerResult> {
  const answer = parseMessage(parsePushAnswer, message);
  if (answer.challengeId !== challengeId) {
    throw new SesameError('DEVICE_MESSAGE_INVALID', { field: 'challengeId', reason: 'mismatch' });
  }
  const stored = await readChallenge(deps, challengeId);
  if (stored === null || stored.challenge.deviceId !== answer.deviceId) {
    throw new SesameError('DEVICE_CHALLENGE_INVALID');
  }
  const device = await deps.durable.devices.findById(answer.deviceId);
  if (device === null || device.status === 'pending') throw new SesameError('DEVICE_CHALLENGE_INVALID');
  assertNotBlocked(device, now);
  if (!(await verifyPushAnswer(await deviceKey(device), answer, stored.challenge))) throw badSignature();
  if (seconds(now) >= stored.challenge.expiresAt) {
    await deps.ephemeral.delete(challengeKey(challengeId));
    throw new SesameError('DEVICE_CHALLENGE_EXPIRED');
  }
  if ((await deps.ephemeral.take(challengeKey(challengeId))) === null) {
    throw new SesameError('DEVICE_CHALLENGE_INVALID');
  }
  await endTransaction(deps, stored.transaction, challengeId);

  if (answer.decision !== 'approve') {
    const verdict = answer.decision === 'deny' ? 'denied' : 'reported';
    if (verdict === 'reported') {
      // "This wasn't me": someone holds the password. Kept for the security team.
      await deps.durable.audit.append({
        type: 'sign_in.failed',
        userId: device.userId,
        ip: stored.challenge.ip,
        userAgent: stored.challenge.browser,
        at: now,
        details: { method: 'push', reason: 'reported_by_user', deviceId: device.id },
      });
    }
    await publishVerdict(deps, stored, verdict);
    return { accepted: true, verdict, blocked: false };
  }

  // Issue 10: the answer is counted before it is checked; a refused reservation is not checked.
  let reservation;
  try {
    reservation = await reserveDeviceAnswer(deps, device, now);
  } catch (error) {
    await publishVerdict(deps, stored, 'failed');
    throw error;
  }
  const right = answer.pickedNumber === stored.shown && (await ocraMatches(deps, device, stored.challenge, answer));
  if (!right) {
    // The wrong answers come from the sign-in the challenge was made for (its browser and IP).
    const source = { ip: stored.challenge.ip, browser: stored.challenge.browser };
    const blockedUntil = await settleWrongAnswer(deps, device, reservation, now, source);
    await publishVerdict(deps, stored, 'failed');
    return { accepted: false, verdict: 'failed', blocked: blockedUntil !== null };
  }
  await settleRightAnswer(deps, device, now);
  await publishVerdict(deps, stored, 'approved');
  return { accepted: true, verdict: 'approved', blocked: false };
}

async function ocraMatches(
  deps: DeviceDeps,
  device: DeviceRecord,
  challenge: PushChallenge,
  answer: { pickedNumber?: number; ocraResponse?: string },
): Promise<boolean> {
  const secret = await deps.vault.open(device.id, { keyId: device.secretKeyId, ciphertext: device.secretCiphertext });
  try {
    return pushOcraMatches(secret, challenge, answer.pickedNumber!, answer.ocraResponse);
  } finally {
    secret.fill(0);
  }
}

/** The verdict of the transaction's push, if any, left in place (the waiting page's event stream). */
export async function readPushVerdict(deps: DeviceDeps, loginTransactionId: string): Promise<PushVerdictEvent | null> {
  const raw = await deps.ephemeral.get(verdictKey(tokenDigest(loginTransactionId)));
  return raw === null ? null : (JSON.parse(raw) as PushVerdictEvent);
}

/** The verdict of the transaction's push, once: the sign-in continues on it at most one time. */
export async function takePushVerdict(deps: DeviceDeps, loginTransactionId: string): Promise<PushVerdictEvent | null> {
  const raw = await deps.ephemeral.take(verdictKey(tokenDigest(loginTransactionId)));
  return raw === null ? null : (JSON.parse(raw) as PushVerdictEvent);
}
