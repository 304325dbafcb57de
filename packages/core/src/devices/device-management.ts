import type { Strength } from '@sesame/protocol';
import { z } from 'zod';
import { throttleMailRequest, type AccountDeps } from '../accounts/account-deps';
import { consumeLink, issueLink } from '../accounts/account-links';
import { SesameError } from '../errors';
import type { DeviceRecord, DeviceStatus, UserRecord } from '../ports';
import { assertMayChangeAuthenticators } from './authenticator-change-policy';
import { deviceStatusAt } from './device-blocking';
import { type DeviceActor, type DeviceDeps } from './device-deps';
import { parseDeviceName } from './device-name';
import { forgetPinConfirmation } from './enrolment';
import { cancelDeviceChallenges } from './push-challenges';

/** What the portal shows of a device: no key, no secret, no installation id. */
export interface DeviceSummary {
  id: string;
  name: string;
  /** The effective status at the time of listing: 'blocked' while a block lasts. */
  status: DeviceStatus;
  /** The end of the block, while it lasts. */
  blockedUntil: Date | null;
  createdAt: Date;
  activatedAt: Date | null;
  lastUsedAt: Date | null;
  /** The app gave a Web Push subscription: the server can wake it (issue 10, finding 6). */
  notifications: boolean;
}

const summary = (d: DeviceRecord, now: Date): DeviceSummary => ({
  id: d.id,
  name: d.name,
  status: deviceStatusAt(d, now),
  blockedUntil: deviceStatusAt(d, now) === 'blocked' ? d.blockedUntil : null,
  createdAt: d.createdAt,
  activatedAt: d.activatedAt,
  lastUsedAt: d.lastUsedAt,
  notifications: d.pushSubscription !== null,
});

/** "Manage my mobile devices" (design §5): the account's devices, oldest first. */
export async function listDevices(deps: DeviceDeps, userId: string, now: Date): Promise<DeviceSummary[]> {
  return (await deps.durable.devices.listByUser(userId)).map((d) => summary(d, now));
}

/** Someone else's device is NOT_FOUND, exactly like a missing one. */
async function ownDevice(deps: DeviceDeps, userId: string, deviceId: string): Promise<DeviceRecord> {
  const device = await deps.durable.devices.findById(deviceId);
  if (device === null || device.userId !== userId) throw new SesameError('NOT_FOUND');
  return device;
}

export async function renameDevice(
  deps: DeviceDeps,
  userId: string,
  deviceId: string,
  rawName: string | undefined,
  actor: DeviceActor,
  now: Date,
): Promise<DeviceSummary> {
  const name = parseDeviceName(rawName);
  const device = await ownDevice(deps, userId, deviceId);
  await deps.durable.transaction(async (tx) => {
    await tx.devices.update(device.id, { name });
    await tx.audit.append({
      type: 'device.renamed',
      userId,
      ip: actor.ip,
      userAgent: actor.userAgent,
      at: now,
      details: { deviceId: device.id, from: device.name, to: name },
    });
  });
  return summary({ ...device, name }, now);
}

async function removeDevice(deps: DeviceDeps, device: DeviceRecord, actor: DeviceActor, now: Date, panic: boolean) {
  // NIST SP 800-63B rev 4 §3.2.1: invalidate "immediately upon notification" — so its waiting
  // challenges die too (an answer would also fail on the missing device).
  await cancelDeviceChallenges(deps, device.id);
  await forgetPinConfirmation(deps, device.id);
  await deps.durable.transaction(async (tx) => {
    await tx.devices.delete(device.id);
    await tx.audit.append({
      type: 'device.deleted',
      userId: device.userId,
      ip: actor.ip,
      userAgent: actor.userAgent,
      at: now,
      details: { deviceId: device.id, name: device.name, panic },
    });
  });
  // Issue 10: the owner hears of every change to their factors, whatever the path.
  const user = await deps.durable.users.findById(device.userId);
  if (user) {
    await deps.mailer.send({
      template: 'device-deleted',
      to: user.email,
      locale: user.emailLocale,
      params: {
        firstName: user.firstName,
        deviceName: device.name,
        ip: actor.ip ?? '-',
        browser: actor.userAgent ?? '-',
      },
    });
  }
}

/**
 * Deletes one device: SECOND_FACTOR_REQUIRED unless mayChangeAuthenticators allows it for this
 * session (issue 10: a password alone may not remove a factor, a blocked one included).
 */
export async function deleteDevice(
  deps: DeviceDeps,
  userId: string,
  deviceId: string,
  actor: DeviceActor,
  now: Date,
  sessionStrengths: readonly Strength[] = [],
  /** The browser's recovery cookie, if any (account-recovery.ts recoveryConfirmedHere). */
  recoveryBrowserToken?: string,
): Promise<void> {
  const device = await ownDevice(deps, userId, deviceId);
  await assertMayChangeAuthenticators(deps, userId, sessionStrengths, now, recoveryBrowserToken);
  await removeDevice(deps, device, actor, now, false);
}

/**
 * "Delete all my devices (PANIC)" (design §5): the operation itself; the e-mail confirmation
 * before it is the caller's. Returns how many devices were deleted.
 */
export async function deleteAllDevices(
  deps: DeviceDeps,
  userId: string,
  actor: DeviceActor,
  now: Date,
): Promise<number> {
  const devices = await deps.durable.devices.listByUser(userId);
  for (const device of devices) await removeDevice(deps, device, actor, now, true);
  // Anything enrolled meanwhile goes too.
  return devices.length + (await deps.durable.devices.deleteAllOfUser(userId));
}

/** `email`: the address it was sent to (absent in links issued before it was recorded). */
const panicLink = z.object({ userId: z.string(), email: z.string().optional() });

/**
 * "Delete all my devices (PANIC)" (design §5 "Lost phone, new phone"), step 1: a single-use link
 * to the account's e-mail address, so that whoever holds a session alone (a borrowed computer)
 * cannot strip the account of its factors, and the owner can act from any computer.
 */
export async function requestDevicesPanic(
  deps: DeviceDeps,
  accounts: AccountDeps,
  user: Pick<UserRecord, 'id' | 'email' | 'emailLocale' | 'firstName'>,
  actor: DeviceActor,
  ttlMinutes: number,
): Promise<void> {
  // It sends mail: throttled like every request that does (issue 10: no mailbox flooding).
  await throttleMailRequest(accounts, actor.ip ?? 'unknown', user.email);
  const token = await issueLink(
    deps.ephemeral,
    'devices-panic',
    { userId: user.id, email: user.email },
    ttlMinutes * 60_000,
  );
  await deps.mailer.send({
    template: 'devices-panic-link',
    to: user.email,
    locale: user.emailLocale,
    params: { firstName: user.firstName, token, ttlMinutes },
  });
}

/** Step 2: the link is used up and every device of the account is deleted. Throws LINK_INVALID. */
export async function confirmDevicesPanic(
  deps: DeviceDeps,
  token: string | undefined,
  actor: DeviceActor,
  now: Date,
): Promise<{ userId: string; deleted: number; eids: number }> {
  const { userId, email } = await consumeLink(deps.ephemeral, 'devices-panic', token, panicLink);
  // Only from the address it was sent to, like the reset and recovery links: a link to an
  // address the account no longer has is dead.
  if (email !== undefined && (await deps.durable.users.findById(userId))?.email !== email) {
    throw new SesameError('LINK_INVALID');
  }
  const deleted = await deleteAllDevices(deps, userId, actor, now);
  // EU Login's "Delete all my devices and eID (PANIC)" (reference eulogin-facts §3.4; docs/adr/0047
  // §5): the eIDs go too — a national eID app on the lost phone is a way in as the device is.
  // Confirmed from the mailbox like the rest; the password and that mailbox are what is left.
  const links = await deps.durable.eidLinks.listByUser(userId);
  await deps.durable.transaction(async (tx) => {
    for (const link of links) {
      if (!(await tx.eidLinks.delete(link.id, userId))) continue;
      await tx.audit.append({
        type: 'credential.deleted',
        userId,
        ip: actor.ip,
        userAgent: actor.userAgent,
        at: now,
        details: { kind: 'eid', provider: link.provider, panic: true },
      });
    }
  });
  return { userId, deleted, eids: links.length };
}
