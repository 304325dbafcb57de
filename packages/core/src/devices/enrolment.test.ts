import { decodeEnrolmentQr, generateEs256KeyPair, parseDeviceRegistrationResult } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { isSesameError, type ErrorCode } from '../errors';
import { issueLink } from '../accounts/account-links';
import { confirmAccountRecovery, issueCheckedRecoveryLink } from './account-recovery';
import { nothingToConfirmWith } from './authenticator-change-policy';
import { deviceEnrolledChannel } from './device-channels';
import { NO_ACTOR } from './device-deps';
import {
  activateDevice,
  cancelEnrolment,
  confirmPin,
  forgetPinConfirmation,
  pendingDeviceLifetimeMs,
  registerDevice,
  startEnrolment,
  sweepExpiredPendingDevices,
} from './enrolment';
import { createDeviceKit, type DeviceKit, PIN } from '../../testing';

let kit: DeviceKit;
afterEach(() => kit?.close());

const code = (c: ErrorCode) => (error: unknown) => isSesameError(error, c);
const form = { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN };

describe('enrolment (design §5, annex steps 2–5)', () => {
  it('full enrolment: QR, registration, PIN confirmation, acceptance → active device, audit, mail, live event', async () => {
    kit = await createDeviceKit();
    const { deps } = kit;
    const started = await startEnrolment(deps, { id: 'n0025vuz' }, form, kit.now());
    const qr = decodeEnrolmentQr(started.qrText);
    expect(qr).toMatchObject({
      server: 'https://sesame.example.org',
      account: 'n0025vuz',
      deviceName: 'Pixel-de-Marie',
    });
    expect(qr.token).toBe(started.token);
    expect(started.expiresAt.getTime() - kit.now().getTime()).toBe(10 * 60_000);

    const events: string[] = [];
    await deps.ephemeral.subscribe(deviceEnrolledChannel('n0025vuz'), (m) => events.push(m));
    const { keys, registration } = await kit.scan(started.qrText);
    const result = await registerDevice(deps, registration, kit.now());
    expect(() => parseDeviceRegistrationResult(JSON.parse(JSON.stringify(result)))).not.toThrow();
    expect(result.deviceSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = (await deps.durable.devices.findById(result.deviceId))!;
    expect(stored).toMatchObject({ status: 'pending', userId: 'n0025vuz', name: 'Pixel-de-Marie', secretKeyId: 'k1' });
    expect(stored.secretCiphertext).not.toContain(result.deviceSecret);

    const verdict = await confirmPin(deps, await kit.pinAnswer(keys, result, PIN), kit.now());
    if (!verdict.accepted) throw new Error('the right PIN was refused');
    expect(verdict.activation).toEqual({
      type: 'device-activation-request',
      deviceId: result.deviceId,
      nonce: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      issuedAt: kit.now().getTime() / 1000,
      expiresAt: kit.now().getTime() / 1000 + 5 * 60,
    });
    // Annex step 10: the right PIN is not enough, the device waits for the user's acceptance.
    expect((await deps.durable.devices.findById(result.deviceId))!.status).toBe('pending');
    expect(await deps.ephemeral.get(`device-pin:${result.deviceId}`)).toBeNull();
    expect(kit.audit).toEqual([]);
    expect(kit.mails).toEqual([]);
    // A second PIN confirmation finds nothing, and does not cancel the acceptance.
    await expect(confirmPin(deps, await kit.pinAnswer(keys, result, PIN), kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_INVALID'),
    );

    const acceptance = await kit.accept(keys, verdict.activation);
    expect(await activateDevice(deps, acceptance, kit.now())).toEqual({ accepted: true });
    expect((await deps.durable.devices.findById(result.deviceId))!).toMatchObject({
      status: 'active',
      activatedAt: kit.now(),
    });
    expect(kit.audit.map((e) => e.type)).toEqual(['device.enrolled']);
    expect(kit.mails).toEqual([
      expect.objectContaining({
        template: 'device-enrolled',
        params: { firstName: 'Marie', deviceName: 'Pixel-de-Marie' },
      }),
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(events.map((e) => JSON.parse(e))).toEqual([
      { type: 'device-enrolled', deviceId: result.deviceId, name: 'Pixel-de-Marie' },
    ]);
    // Single use: a replayed acceptance finds nothing.
    await expect(activateDevice(deps, acceptance, kit.now())).rejects.toSatisfy(code('DEVICE_CHALLENGE_INVALID'));
    expect(kit.mails).toHaveLength(1);
  });

  it('an acceptance signed by another key, or over another nonce, is refused and the device stays pending', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { keys, registration } = await kit.scan(started.qrText);
    const result = await registerDevice(kit.deps, registration, kit.now());
    const verdict = await confirmPin(kit.deps, await kit.pinAnswer(keys, result, PIN), kit.now());
    if (!verdict.accepted) throw new Error('the right PIN was refused');
    const intruder = await generateEs256KeyPair();
    const forged = await kit.accept(keys, verdict.activation, intruder.privateKey);
    await expect(activateDevice(kit.deps, forged, kit.now())).rejects.toSatisfy(code('DEVICE_MESSAGE_INVALID'));
    const otherNonce = await kit.accept(keys, { ...verdict.activation, nonce: 'AAAAAAAAAAAAAAAAAAAAAA' });
    await expect(activateDevice(kit.deps, otherNonce, kit.now())).rejects.toSatisfy(code('DEVICE_MESSAGE_INVALID'));
    await expect(activateDevice(kit.deps, { type: 'device-activation' }, kit.now())).rejects.toSatisfy(
      code('DEVICE_MESSAGE_INVALID'),
    );
    expect((await kit.deps.durable.devices.findById(result.deviceId))!.status).toBe('pending');
    // The refusals burnt nothing: the device's own acceptance still goes through.
    await expect(activateDevice(kit.deps, await kit.accept(keys, verdict.activation), kit.now())).resolves.toEqual({
      accepted: true,
    });
  });

  it('an acceptance before the PIN, for an unknown device or for another device is unknown', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { keys, registration } = await kit.scan(started.qrText);
    const result = await registerDevice(kit.deps, registration, kit.now());
    const early = await kit.accept(keys, {
      type: 'device-activation-request',
      deviceId: result.deviceId,
      nonce: 'AAAAAAAAAAAAAAAAAAAAAA',
      issuedAt: 0,
      expiresAt: 1,
    });
    await expect(activateDevice(kit.deps, early, kit.now())).rejects.toSatisfy(code('DEVICE_CHALLENGE_INVALID'));
    // Nothing cancelled: an unsigned request must not end someone's enrolment.
    expect((await kit.deps.durable.devices.findById(result.deviceId))!.status).toBe('pending');

    const other = await kit.enrol('x0099abc', 'phone-fedcba9876543210');
    const verdict = await confirmPin(kit.deps, await kit.pinAnswer(keys, result, PIN), kit.now());
    if (!verdict.accepted) throw new Error('the right PIN was refused');
    // This device's acceptance presented for a device already active: unknown.
    const mine = (await kit.accept(keys, verdict.activation)) as { deviceId: string };
    await expect(activateDevice(kit.deps, { ...mine, deviceId: other.deviceId }, kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_INVALID'),
    );
    await expect(
      activateDevice(kit.deps, { ...mine, deviceId: 'dev_unknown_0123456789' }, kit.now()),
    ).rejects.toSatisfy(code('DEVICE_CHALLENGE_INVALID'));
  });

  it('a late acceptance is expired and cancels the enrolment', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { keys, registration } = await kit.scan(started.qrText);
    const result = await registerDevice(kit.deps, registration, kit.now());
    const verdict = await confirmPin(kit.deps, await kit.pinAnswer(keys, result, PIN), kit.now());
    if (!verdict.accepted) throw new Error('the right PIN was refused');
    kit.advance(5 * 60_000);
    await expect(activateDevice(kit.deps, await kit.accept(keys, verdict.activation), kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_EXPIRED'),
    );
    expect(await kit.deps.durable.devices.findById(result.deviceId)).toBeNull();
    expect(kit.mails).toEqual([]);
  });

  it('forgetting the confirmation (device deleted) also forgets the acceptance', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { keys, registration } = await kit.scan(started.qrText);
    const result = await registerDevice(kit.deps, registration, kit.now());
    const verdict = await confirmPin(kit.deps, await kit.pinAnswer(keys, result, PIN), kit.now());
    if (!verdict.accepted) throw new Error('the right PIN was refused');
    await forgetPinConfirmation(kit.deps, result.deviceId);
    expect(await kit.deps.ephemeral.get(`device-activation:${result.deviceId}`)).toBeNull();
    await expect(activateDevice(kit.deps, await kit.accept(keys, verdict.activation), kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_INVALID'),
    );
  });

  it('refuses a bad form with every problem at once', async () => {
    kit = await createDeviceKit();
    const error = await startEnrolment(
      kit.deps,
      { id: 'n0025vuz' },
      { name: 'My phone', pin: '1234', pinConfirm: '1243' },
      kit.now(),
    ).catch((e: unknown) => e);
    expect(isSesameError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as { details: { issues: unknown } }).details.issues).toEqual([
      { field: 'name', reason: 'malformed' },
      { field: 'pin', reason: 'common' },
      { field: 'pinConfirm', reason: 'mismatch' },
    ]);
  });

  it('the token is single-use and dies after 10 minutes', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const first = await kit.scan(started.qrText);
    await registerDevice(kit.deps, first.registration, kit.now());
    const again = await kit.scan(started.qrText);
    await expect(registerDevice(kit.deps, again.registration, kit.now())).rejects.toSatisfy(code('ENROLMENT_INVALID'));

    const late = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    kit.advance(10 * 60_000);
    const scanned = await kit.scan(late.qrText);
    await expect(registerDevice(kit.deps, scanned.registration, kit.now())).rejects.toSatisfy(
      code('ENROLMENT_INVALID'),
    );
  });

  it('a registration not signed by its key is refused without burning the token', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { registration } = await kit.scan(started.qrText);
    const other = await kit.scan(started.qrText);
    const forged = { ...(registration as object), publicKey: (other.registration as { publicKey: unknown }).publicKey };
    await expect(registerDevice(kit.deps, forged, kit.now())).rejects.toSatisfy(code('DEVICE_MESSAGE_INVALID'));
    await expect(registerDevice(kit.deps, { type: 'device-registration' }, kit.now())).rejects.toSatisfy(
      code('DEVICE_MESSAGE_INVALID'),
    );
    await expect(registerDevice(kit.deps, registration, kit.now())).resolves.toBeDefined();
  });

  it('one account per device: a phone active on another account is refused; the policy can be turned off', async () => {
    kit = await createDeviceKit();
    await kit.enrol('x0099abc', 'phone-0123456789abcdef');
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { registration } = await kit.scan(started.qrText, 'phone-0123456789abcdef');
    await expect(registerDevice(kit.deps, registration, kit.now())).rejects.toSatisfy(code('DEVICE_ALREADY_ENROLLED'));
    // The same account may enrol the same phone again (a second device record).
    await expect(kit.enrol('x0099abc', 'phone-0123456789abcdef')).resolves.toBeDefined();
    kit.close();

    kit = await createDeviceKit({ oneAccountPerDevice: false });
    await kit.enrol('x0099abc', 'phone-0123456789abcdef');
    await expect(kit.enrol('n0025vuz', 'phone-0123456789abcdef')).resolves.toBeDefined();
  });

  it('a phone refused by "one account per device" does not burn the QR: the right phone uses it after', async () => {
    kit = await createDeviceKit();
    await kit.enrol('x0099abc', 'phone-0123456789abcdef');
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const wrongPhone = await kit.scan(started.qrText, 'phone-0123456789abcdef');
    await expect(registerDevice(kit.deps, wrongPhone.registration, kit.now())).rejects.toSatisfy(
      code('DEVICE_ALREADY_ENROLLED'),
    );
    // Read again (the user retries to see why): still the same refusal, not "unknown QR".
    await expect(registerDevice(kit.deps, wrongPhone.registration, kit.now())).rejects.toSatisfy(
      code('DEVICE_ALREADY_ENROLLED'),
    );
    const rightPhone = await kit.scan(started.qrText, 'phone-fedcba9876543210');
    const result = await registerDevice(kit.deps, rightPhone.registration, kit.now());
    expect(result.account).toBe('n0025vuz');
    // Then the token is used: single use still holds.
    const third = await kit.scan(started.qrText, 'phone-00000000000000aa');
    await expect(registerDevice(kit.deps, third.registration, kit.now())).rejects.toSatisfy(code('ENROLMENT_INVALID'));
  });

  it('a pending device never confirmed is swept once it can no longer become active', async () => {
    kit = await createDeviceKit();
    const active = await kit.enrol('x0099abc', 'phone-0123456789abcdef');
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { registration } = await kit.scan(started.qrText);
    const abandoned = await registerDevice(kit.deps, registration, kit.now());
    expect(kit.devices.all().find((d) => d.id === abandoned.deviceId)?.status).toBe('pending');

    // Still within reach (PIN confirmation, then acceptance): kept.
    kit.advance(pendingDeviceLifetimeMs(kit.deps.policy));
    expect(await sweepExpiredPendingDevices(kit.deps, kit.now())).toBe(0);
    kit.advance(1_000);
    // Starting another enrolment sweeps it (the server also sweeps periodically).
    await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    expect(kit.devices.all().map((d) => d.id)).toEqual([active.deviceId]);
  });

  it('"Cancel" on the QR page: the QR no longer registers; a device already registered is deleted', async () => {
    kit = await createDeviceKit();
    const before = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    // Someone else's cancel does nothing.
    expect(await cancelEnrolment(kit.deps, 'x0099abc', before.token)).toBe('unknown');
    expect(await cancelEnrolment(kit.deps, 'n0025vuz', before.token)).toBe('cancelled');
    const late = await kit.scan(before.qrText);
    await expect(registerDevice(kit.deps, late.registration, kit.now())).rejects.toSatisfy(code('ENROLMENT_INVALID'));

    // The app registered and the PIN is confirmed: the pending device goes, and acceptance fails.
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { keys, registration } = await kit.scan(started.qrText);
    const result = await registerDevice(kit.deps, registration, kit.now());
    const verdict = await confirmPin(kit.deps, await kit.pinAnswer(keys, result, PIN), kit.now());
    if (!verdict.accepted) throw new Error('the right PIN was refused');
    expect(await cancelEnrolment(kit.deps, 'x0099abc', started.token)).toBe('unknown');
    expect(kit.devices.all()).toHaveLength(1);
    expect(await cancelEnrolment(kit.deps, 'n0025vuz', started.token)).toBe('cancelled');
    expect(kit.devices.all()).toEqual([]);
    await expect(activateDevice(kit.deps, await kit.accept(keys, verdict.activation), kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_INVALID'),
    );

    // Too late: an active device is not deleted by "Cancel".
    const third = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const app = await kit.scan(third.qrText);
    const done = await registerDevice(kit.deps, app.registration, kit.now());
    const ok = await confirmPin(kit.deps, await kit.pinAnswer(app.keys, done, PIN), kit.now());
    if (!ok.accepted) throw new Error('the right PIN was refused');
    await activateDevice(kit.deps, await kit.accept(app.keys, ok.activation), kit.now());
    expect(await cancelEnrolment(kit.deps, 'n0025vuz', third.token)).toBe('active');
    expect(kit.devices.all().map((d) => d.status)).toEqual(['active']);
  });

  it('3 wrong PINs cancel the enrolment: the pending device is deleted', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { keys, registration } = await kit.scan(started.qrText);
    const result = await registerDevice(kit.deps, registration, kit.now());
    expect(await confirmPin(kit.deps, await kit.pinAnswer(keys, result, '1111'), kit.now())).toEqual({
      accepted: false,
      cancelled: false,
      triesLeft: 2,
    });
    expect((await confirmPin(kit.deps, await kit.pinAnswer(keys, result, '2222'), kit.now())).accepted).toBe(false);
    expect(await confirmPin(kit.deps, await kit.pinAnswer(keys, result, '3333'), kit.now())).toEqual({
      accepted: false,
      cancelled: true,
      triesLeft: 0,
    });
    expect(await kit.deps.durable.devices.findById(result.deviceId)).toBeNull();
    await expect(confirmPin(kit.deps, await kit.pinAnswer(keys, result, PIN), kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_INVALID'),
    );
    expect(kit.mails).toEqual([]);
  });

  it('a late PIN confirmation is expired and cancels the enrolment', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { keys, registration } = await kit.scan(started.qrText);
    const result = await registerDevice(kit.deps, registration, kit.now());
    kit.advance(5 * 60_000);
    await expect(confirmPin(kit.deps, await kit.pinAnswer(keys, result, PIN), kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_EXPIRED'),
    );
    expect(await kit.deps.durable.devices.findById(result.deviceId)).toBeNull();
  });

  it('the server keeps no PIN hash beyond the short-lived enrolment records', async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const pinHashes = kit.writes.filter((v) => v.includes('"pinHash"'));
    expect(pinHashes).toHaveLength(2); // the enrolment token's record, then the confirmation's
    const record = (await kit.deps.durable.devices.findById(device.deviceId))!;
    const hash = JSON.parse(pinHashes[0]!).pinHash as string;
    expect(JSON.stringify(record)).not.toContain(hash);
    // Every ephemeral record is gone once the device is active.
    expect(await kit.deps.ephemeral.get(`device-pin:${device.deviceId}`)).toBeNull();
    expect(await kit.deps.ephemeral.get(`device-activation:${device.deviceId}`)).toBeNull();
  });
});

describe('issue 10: the grant an enrolment started with must still hold when the device becomes active', () => {
  const HOUR = 3_600_000;
  let browser: string | undefined;
  /**
   * A password-only session on an account that had a device, in the browser that confirmed the
   * recovery's link, whose wait is over.
   */
  async function grantedRecovery() {
    kit = await createDeviceKit();
    kit.users.set('n0025vuz', { ...kit.users.get('n0025vuz')!, secondFactorSince: kit.now() });
    const link = await issueLink(
      kit.deps.ephemeral,
      'account-recovery',
      { userId: 'n0025vuz', email: 'n0025vuz@example.org', issuedAt: kit.now().getTime() },
      HOUR,
    );
    browser = (await confirmAccountRecovery(kit.deps, link, NO_ACTOR, kit.now())).browserToken;
    kit.advance(25 * HOUR);
  }
  /** Portal + app up to the acceptance, from a password-only session. */
  async function upToAcceptance(installationId: string) {
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now(), ['PASSWORD'], browser);
    const { keys, registration } = await kit.scan(started.qrText, installationId);
    const result = await registerDevice(kit.deps, registration, kit.now());
    const verdict = await confirmPin(kit.deps, await kit.pinAnswer(keys, result, PIN), kit.now());
    if (!verdict.accepted) throw new Error('the right PIN was refused');
    return { deviceId: result.deviceId, acceptance: await kit.accept(keys, verdict.activation) };
  }
  const status = async (id: string) => (await kit.deps.durable.devices.findById(id))?.status ?? 'deleted';

  it('a recovery grant adds ONE device: two QR pages opened during the grant activate one device', async () => {
    await grantedRecovery();
    const first = await upToAcceptance('inst-aaaaaaaaaaaaaaaa');
    const second = await upToAcceptance('inst-bbbbbbbbbbbbbbbb');
    await activateDevice(kit.deps, first.acceptance, kit.now());
    await expect(activateDevice(kit.deps, second.acceptance, kit.now())).rejects.toSatisfy(
      code('SECOND_FACTOR_REQUIRED'),
    );
    expect([await status(first.deviceId), await status(second.deviceId)]).toEqual(['active', 'deleted']);
  });

  it('two acceptances racing under one recovery grant activate one device', async () => {
    await grantedRecovery();
    const first = await upToAcceptance('inst-aaaaaaaaaaaaaaaa');
    const second = await upToAcceptance('inst-bbbbbbbbbbbbbbbb');
    const results = await Promise.allSettled([
      activateDevice(kit.deps, first.acceptance, kit.now()),
      activateDevice(kit.deps, second.acceptance, kit.now()),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const statuses = [await status(first.deviceId), await status(second.deviceId)];
    expect(statuses.sort()).toEqual(['active', 'deleted']);
  });

  it('a recovery cancelled while its enrolment runs activates nothing', async () => {
    await grantedRecovery();
    const pending = await upToAcceptance('inst-aaaaaaaaaaaaaaaa');
    kit.users.set('n0025vuz', { ...kit.users.get('n0025vuz')!, recovery: null });
    await expect(activateDevice(kit.deps, pending.acceptance, kit.now())).rejects.toSatisfy(
      code('SECOND_FACTOR_REQUIRED'),
    );
    expect(await status(pending.deviceId)).toBe('deleted');
  });

  it("a first enrolment overtaken by another device (the owner's) activates nothing with the password alone", async () => {
    kit = await createDeviceKit();
    browser = undefined;
    const attacker = await upToAcceptance('inst-aaaaaaaaaaaaaaaa');
    const owner = await upToAcceptance('inst-bbbbbbbbbbbbbbbb');
    await activateDevice(kit.deps, owner.acceptance, kit.now());
    await expect(activateDevice(kit.deps, attacker.acceptance, kit.now())).rejects.toSatisfy(
      code('SECOND_FACTOR_REQUIRED'),
    );
    expect(await status(attacker.deviceId)).toBe('deleted');
  });

  it('an enrolment started with the second factor stays good', async () => {
    await grantedRecovery();
    kit.users.set('n0025vuz', { ...kit.users.get('n0025vuz')!, recovery: null });
    await kit.enrol('n0025vuz', 'inst-aaaaaaaaaaaaaaaa');
    await kit.enrol('n0025vuz', 'inst-bbbbbbbbbbbbbbbb', 'Tablette');
    expect((await kit.deps.durable.devices.listByUser('n0025vuz')).map((d) => d.status)).toEqual(['active', 'active']);
  });
});

describe('docs/adr/0040: the checked recovery link of a helpdesk reset', () => {
  it('starts a recovery already over in the confirming browser: its password-only session enrols ONE device at once', async () => {
    kit = await createDeviceKit();
    kit.users.set('n0025vuz', { ...kit.users.get('n0025vuz')!, secondFactorSince: kit.now() });
    expect(await nothingToConfirmWith(kit.deps, 'n0025vuz')).toBe(true);
    const link = await issueCheckedRecoveryLink(
      kit.deps,
      { id: 'n0025vuz', email: 'n0025vuz@example.org' },
      'helpdesk1',
      kit.now(),
    );
    const confirmed = await confirmAccountRecovery(kit.deps, link, NO_ACTOR, kit.now());
    expect(confirmed.readyAt.getTime()).toBe(kit.now().getTime());
    expect(kit.audit.at(-1)).toMatchObject({ type: 'account.recovery_started', details: { checkedBy: 'helpdesk1' } });
    // Another browser (no mark) still may not; this one may, at once.
    await expect(startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now(), ['PASSWORD'])).rejects.toSatisfy(
      code('SECOND_FACTOR_REQUIRED'),
    );
    const started1 = await startEnrolment(
      kit.deps,
      { id: 'n0025vuz' },
      form,
      kit.now(),
      ['PASSWORD'],
      confirmed.browserToken,
    );
    expect(started1.qrText).toBeTruthy();
    // Single-use.
    await expect(confirmAccountRecovery(kit.deps, link, NO_ACTOR, kit.now())).rejects.toSatisfy(code('LINK_INVALID'));
  });

  it('an ordinary recovery link still waits its hours', async () => {
    kit = await createDeviceKit();
    const link = await issueLink(
      kit.deps.ephemeral,
      'account-recovery',
      { userId: 'n0025vuz', email: 'n0025vuz@example.org', issuedAt: kit.now().getTime() },
      3_600_000,
    );
    const confirmed = await confirmAccountRecovery(kit.deps, link, NO_ACTOR, kit.now());
    expect(confirmed.readyAt.getTime() - kit.now().getTime()).toBe(kit.deps.policy.recoveryWaitingHours * 3_600_000);
  });
});

describe('issue 10: "Cancel" on the QR page while the app registers', () => {
  it('a registration that took the token just before the Cancel leaves no device that could become active', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { keys, registration } = await kit.scan(started.qrText);
    // The user presses Cancel right after the app's registration took the QR's token.
    const take = kit.deps.ephemeral.take;
    kit.deps.ephemeral.take = async (key) => {
      const taken = await take(key);
      if (key.startsWith('device-enrolment:')) {
        expect(await cancelEnrolment(kit.deps, 'n0025vuz', started.token)).toBe('unknown');
      }
      return taken;
    };
    const result = await registerDevice(kit.deps, registration, kit.now()).catch((error: Error) => error);
    kit.deps.ephemeral.take = take;
    if (!(result instanceof Error)) {
      // (Before the fix:) the device must not be able to go on to the PIN and the acceptance.
      const verdict = await confirmPin(kit.deps, await kit.pinAnswer(keys, result, PIN), kit.now());
      if (verdict.accepted) await activateDevice(kit.deps, await kit.accept(keys, verdict.activation), kit.now());
    }
    expect(isSesameError(result, 'ENROLMENT_INVALID')).toBe(true);
    expect(kit.devices.all()).toEqual([]);
  });
});

describe('issue 10: PIN confirmation tries are reserved before they are checked', () => {
  it('a burst of answers checks no more than the allowed tries: a right PIN after them is not accepted', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { keys, registration } = await kit.scan(started.qrText);
    const result = await registerDevice(kit.deps, registration, kit.now());
    const wrong = ['0000', '1111', '2222', '3333', '4444'];
    const answers = [
      ...(await Promise.all(wrong.map((pin) => kit.pinAnswer(keys, result, pin)))),
      await kit.pinAnswer(keys, result, PIN),
    ];
    // A store under load: each count lands a little late, while other answers are being checked.
    const increment = kit.deps.ephemeral.increment;
    kit.deps.ephemeral.increment = async (key, ttl) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return increment(key, ttl);
    };
    const verdicts = await Promise.allSettled(answers.map((answer) => confirmPin(kit.deps, answer, kit.now())));
    kit.deps.ephemeral.increment = increment;
    const accepted = verdicts.filter((v) => v.status === 'fulfilled' && v.value.accepted);
    expect(accepted).toEqual([]);
    expect(kit.devices.all()).toEqual([]);
  });
});
