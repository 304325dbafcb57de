import { issueLink } from '../accounts/account-links';
import { SesameError } from '../errors';
import type { AnswerReservation, DeviceRecord, DeviceStatus } from '../ports';
import type { DeviceActor, DeviceDeps, DevicePolicy } from './device-deps';
import { cancelDeviceChallenges } from './push-challenge-records';

/**
 * Temporary blocks of a device after wrong answers (issue 10; NIST SP 800-63B rev 4 §3.2.2:
 * limit failed attempts, "increasing wait"; ASVS 5.0 6.1.1: no tool for a "malicious account
 * lockout"). `blockAfterWrongAnswers` wrong answers since the last right one block the device
 * for `blockMinutes`; when the block is over, ONE more wrong answer blocks it again, each time
 * 4 times longer, up to `blockMaxMinutes`. A right answer resets everything. Every answer is
 * reserved before it is checked (reserveDeviceAnswer), so a burst of answers checks no more than
 * the limit allows.
 */

/** The effective status at `now`: a block is over by itself when its time has passed. */
export function deviceStatusAt(device: Pick<DeviceRecord, 'status' | 'blockedUntil'>, now: Date): DeviceStatus {
  if (device.status !== 'active') return device.status;
  return device.blockedUntil !== null && device.blockedUntil.getTime() > now.getTime() ? 'blocked' : 'active';
}

/** A device that may sign in now: active and not blocked. */
export function isUsableDevice(device: Pick<DeviceRecord, 'status' | 'blockedUntil'>, now: Date): boolean {
  return deviceStatusAt(device, now) === 'active';
}

/** How long the block after `blocksBefore` earlier blocks lasts: 15 min, ×4 each time, capped. */
export function blockMinutes(blocksBefore: number, policy: Pick<DevicePolicy, 'blockMinutes' | 'blockMaxMinutes'>) {
  const grown = policy.blockMinutes * 4 ** Math.max(0, Math.min(blocksBefore, 20));
  return Math.min(grown, policy.blockMaxMinutes);
}

/** The refusal of a blocked device, with the time it is blocked until. */
export function deviceBlocked(device: Pick<DeviceRecord, 'blockedUntil'>): SesameError {
  return new SesameError('DEVICE_BLOCKED', device.blockedUntil ? { until: device.blockedUntil.toISOString() } : {});
}

/** Throws DEVICE_BLOCKED when the device is blocked at `now`. */
export function assertNotBlocked(device: Pick<DeviceRecord, 'status' | 'blockedUntil'>, now: Date): void {
  if (deviceStatusAt(device, now) === 'blocked') throw deviceBlocked({ blockedUntil: device.blockedUntil });
}

/**
 * Reserves one answer on the device before checking it; DEVICE_BLOCKED (with the time) when the
 * device may not be tried now — then the answer must not be checked.
 */
export async function reserveDeviceAnswer(
  deps: DeviceDeps,
  device: DeviceRecord,
  now: Date,
): Promise<AnswerReservation> {
  const reservation = await deps.durable.devices.reserveAnswer(device.id, deps.policy.blockAfterWrongAnswers, now);
  if (reservation !== null) return reservation;
  const latest = await deps.durable.devices.findById(device.id);
  throw deviceBlocked({ blockedUntil: latest?.blockedUntil ?? null });
}

/** Where the wrong answers came from, for the audit log and the owner's mail. */
export interface AnswerSource {
  ip: string | null;
  browser: string | null;
}

export const sourceOf = (actor: DeviceActor): AnswerSource => ({ ip: actor.ip, browser: actor.userAgent });

/**
 * The reserved answer was wrong. When its reservation was the one that reached the limit, this
 * caller blocks the device (only one reservation can), ends its waiting challenges, audits it and
 * mails the owner at once. Returns the end of the block it set, or null.
 */
export async function settleWrongAnswer(
  deps: DeviceDeps,
  device: DeviceRecord,
  reservation: AnswerReservation,
  now: Date,
  source: AnswerSource,
): Promise<Date | null> {
  const blockAfter = deps.policy.blockAfterWrongAnswers;
  if (reservation.failedAnswers < blockAfter) return null;
  const until = new Date(now.getTime() + blockMinutes(reservation.blocks, deps.policy) * 60_000);
  await deps.durable.devices.blockDevice(device.id, until, blockAfter);
  await deps.durable.audit.append({
    type: 'device.blocked',
    userId: device.userId,
    ip: source.ip,
    userAgent: source.browser,
    at: now,
    details: { deviceId: device.id, blockedUntil: until.toISOString(), blocks: reservation.blocks + 1 },
  });
  await cancelDeviceChallenges(deps, device.id);
  await mailBlocked(deps, device, until, now, source);
  return until;
}

/**
 * The owner hears of the block at once (issue 10), with a "this was not me" link: someone who
 * knows the password typed those answers, so the link starts a password reset — setting a new
 * password ends every session (credentialsChangedAt), the attacker's too.
 */
async function mailBlocked(deps: DeviceDeps, device: DeviceRecord, until: Date, now: Date, source: AnswerSource) {
  const user = await deps.durable.users.findById(device.userId);
  if (!user) return;
  const ttlMinutes = deps.policy.linkTtlMinutes;
  const token = await issueLink(
    deps.ephemeral,
    'password-reset',
    { userId: user.id, email: user.email, issuedAt: now.getTime() },
    ttlMinutes * 60_000,
  );
  await deps.mailer.send({
    template: 'device-blocked',
    to: user.email,
    locale: user.emailLocale,
    params: {
      firstName: user.firstName,
      deviceName: device.name,
      blockedUntil: until.toISOString(),
      ip: source.ip ?? '-',
      browser: source.browser ?? '-',
      token,
      ttlMinutes,
    },
  });
}

/**
 * A right answer: the device's count, blocks and block start again (NIST rev 4 §3.2.2), and its
 * last use is now — in one write.
 */
export async function settleRightAnswer(deps: DeviceDeps, device: DeviceRecord, now: Date): Promise<void> {
  await deps.durable.devices.recordRightAnswer(device.id, now);
}
