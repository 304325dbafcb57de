import type { Strength } from '@sesame/protocol';
import { assertMayChangeAuthenticators } from '../devices/authenticator-change-policy';
import type { DeviceActor, DeviceDeps } from '../devices/device-deps';
import { invalidInput, SesameError } from '../errors';
import type { CredentialRecord, UserRecord } from '../ports';
import { randomToken, tokenDigest } from '../security/random-token';
import { CodeAttempts } from './code-attempts';
import { markNewFactor, tellRecoveryCompleted } from './new-factor';
import { parsePhoneNumber } from './phone-number';
import type { SmsGate } from './sms-gate';
import { generateSmsCode, parseSmsCode, smsCodeDigest, smsCodeMatches } from './sms-code';

/**
 * "Manage my mobile phone numbers" → Add (issue 13 point 4; reference/eulogin-facts.md §1.2: "A
 * challenge code is sent by SMS; enter it and click Finalise"). Nothing is written to the
 * durable store until the code comes back: the pending enrolment (the number, the code's digest —
 * never the code) lives in the ephemeral store for SMS_ENROLMENT_MS, and the credential of kind
 * 'sms' (externalId = the E.164 number) is created active by the confirmation, once.
 */
export type SmsEnrolmentDeps = Pick<DeviceDeps, 'durable' | 'ephemeral' | 'mailer' | 'policy'> & {
  /** The gateway behind the toll-fraud caps (docs/adr/0059). */
  readonly sms: SmsGate;
};

/** How long a texted enrolment code may be typed. */
export const SMS_ENROLMENT_MS = 10 * 60_000;

/** The text of the message, in the user's language (the server's catalogue); holds the code. */
export type SmsText = (code: string) => string;

export interface SmsEnrolmentStarted {
  /** Random; the confirmation page's address carries it. */
  readonly enrolmentId: string;
  readonly phone: string;
  readonly expiresAt: Date;
}

interface PendingSmsEnrolment {
  readonly userId: string;
  readonly phone: string;
  readonly digest: string;
  readonly until: number;
}

const pendingKey = (enrolmentId: string) => `sms-enrol:${tokenDigest(enrolmentId)}`;

/** Codes sent per user in the blocking window (each one costs money and may be a nuisance). */
const sends = (deps: SmsEnrolmentDeps) =>
  new CodeAttempts(deps.ephemeral, 'sms-enrol-send', { ...deps.policy, blockAfterWrongAnswers: SMS_SENDS_PER_WINDOW });
/** Confirmation codes tried per pending enrolment, reserved before each check. */
const confirmAttempts = (deps: SmsEnrolmentDeps) => new CodeAttempts(deps.ephemeral, 'sms-confirm', deps.policy);

/** At most this many texts per user and window (enrolment and sign-in each). */
export const SMS_SENDS_PER_WINDOW = 5;

/**
 * Starts adding a number: the number checked (E.164, and in an accepted country: docs/adr/0059),
 * SEC-27 (adding a factor needs what mayChangeAuthenticators says), refused when this account
 * already holds it (another account's number is refused only at the confirmation: one number, one
 * account, the store's unique (kind, externalId)), the send counted before it is made (5 per
 * window), then the code texted through the gate (its caps across accounts, docs/adr/0059).
 * A gateway that fails is SMS_UNAVAILABLE and nothing stays pending.
 */
export async function startSmsEnrolment(
  deps: SmsEnrolmentDeps,
  user: Pick<UserRecord, 'id'>,
  rawPhone: string | undefined,
  text: SmsText,
  sessionStrengths: readonly Strength[],
  now: Date,
  recoveryBrowserToken?: string,
): Promise<SmsEnrolmentStarted> {
  const phone = parsePhoneNumber(rawPhone);
  // Toll fraud (docs/adr/0059): a number outside the accepted countries is refused before anything.
  deps.sms.assertDestination(phone, 'enrolment');
  await assertMayChangeAuthenticators(deps, user.id, sessionStrengths, now, recoveryBrowserToken);
  // One number, one account — yet the page must not tell which numbers other accounts hold (found
  // by the attacker suite of issue 13: a refusal here told any signed-in account). A number held
  // elsewhere takes the same path, counted and texted; only its confirmation, which needs the
  // phone, finds it taken (the store's unique key, below). A number this account already holds is
  // refused at once: its own list shows it.
  const holder = await deps.durable.credentials.findByExternalId('sms', phone);
  if (holder !== null && holder.userId === user.id) throw invalidInput('phone', 'not_accepted');
  await sends(deps).reserve(user.id);
  const code = generateSmsCode();
  const enrolmentId = randomToken(16);
  const until = now.getTime() + SMS_ENROLMENT_MS;
  const pending: PendingSmsEnrolment = { userId: user.id, phone, digest: smsCodeDigest(code), until };
  await deps.ephemeral.set(pendingKey(enrolmentId), JSON.stringify(pending), SMS_ENROLMENT_MS);
  let sent;
  try {
    sent = await deps.sms.send({ to: phone, text: text(code), purpose: 'enrolment', userId: user.id });
  } catch (error) {
    await deps.ephemeral.delete(pendingKey(enrolmentId)).catch(() => undefined);
    throw error;
  }
  if (sent.status !== 'sent') {
    await deps.ephemeral.delete(pendingKey(enrolmentId));
    throw new SesameError('SMS_UNAVAILABLE');
  }
  return { enrolmentId, phone, expiresAt: new Date(until) };
}

/** The pending enrolment of `userId`, or NOT_FOUND (unknown, expired, used or someone else's look the same). */
export async function pendingSmsEnrolment(
  deps: Pick<SmsEnrolmentDeps, 'ephemeral'>,
  userId: string,
  enrolmentId: string,
  now: Date,
): Promise<{ readonly phone: string; readonly expiresAt: Date }> {
  const pending = await readPending(deps, enrolmentId);
  if (pending === null || pending.userId !== userId || now.getTime() >= pending.until) {
    throw new SesameError('NOT_FOUND');
  }
  return { phone: pending.phone, expiresAt: new Date(pending.until) };
}

async function readPending(
  deps: Pick<SmsEnrolmentDeps, 'ephemeral'>,
  enrolmentId: string,
): Promise<PendingSmsEnrolment | null> {
  const raw = await deps.ephemeral.get(pendingKey(enrolmentId));
  return raw === null ? null : (JSON.parse(raw) as PendingSmsEnrolment);
}

/**
 * "Finalise": the texted code, checked against its digest. The try is reserved before the check
 * (5 per enrolment, issue 10); the 5th wrong one ends the enrolment. A right code is taken
 * atomically (single use: of two parallel confirmations one creates the credential), then the
 * credential is created active, the account marked as having a second factor, the history written
 * (SEC-31) — in one transaction.
 */
export async function confirmSmsEnrolment(
  deps: SmsEnrolmentDeps,
  userId: string,
  enrolmentId: string,
  rawCode: string | undefined,
  sessionStrengths: readonly Strength[],
  actor: DeviceActor,
  now: Date,
  recoveryBrowserToken?: string,
): Promise<CredentialRecord> {
  const code = parseSmsCode(rawCode);
  await pendingSmsEnrolment(deps, userId, enrolmentId, now);
  // SEC-27 again: what allowed the start must still allow the confirmation.
  await assertMayChangeAuthenticators(deps, userId, sessionStrengths, now, recoveryBrowserToken);
  const attempts = confirmAttempts(deps);
  const attempt = await attempts.reserve(enrolmentId);
  const pending = await readPending(deps, enrolmentId);
  if (pending === null) throw new SesameError('NOT_FOUND');
  if (!smsCodeMatches(code, pending.digest)) {
    if (attempts.blocks(attempt)) await deps.ephemeral.delete(pendingKey(enrolmentId));
    throw invalidInput('code', 'mismatch');
  }
  const taken = await deps.ephemeral.take(pendingKey(enrolmentId));
  if (taken === null) throw new SesameError('NOT_FOUND');
  await attempt.right();
  const credential: CredentialRecord = {
    id: randomToken(16),
    userId,
    kind: 'sms',
    name: pending.phone,
    externalId: pending.phone,
    secret: null,
    data: '{}',
    counter: 0,
    status: 'active',
    createdAt: now,
    lastUsedAt: null,
  };
  const owner = await deps.durable.users.findById(userId);
  let recovered = false;
  const created = await deps.durable.transaction(async (tx) => {
    if (!(await tx.credentials.create(credential))) return false;
    recovered = await markNewFactor(tx, owner, actor, now, { credentialId: credential.id, kind: 'sms' });
    await tx.audit.append({
      type: 'credential.enrolled',
      userId,
      ip: actor.ip,
      userAgent: actor.userAgent,
      at: now,
      details: { credentialId: credential.id, kind: 'sms' },
    });
    return true;
  });
  // Another account confirmed the same number meanwhile.
  if (!created) throw invalidInput('phone', 'not_accepted');
  if (recovered) await tellRecoveryCompleted(deps.mailer, owner, credential.name);
  return credential;
}
