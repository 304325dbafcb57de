import { afterEach, describe, expect, it } from 'vitest';
import { type ErrorCode, isSesameError } from '../errors';
import { deviceEnrolledChannel } from './device-channels';
import { enrolmentId, refuseEnrolment, registerDevice, startEnrolment } from './enrolment';
import { createDeviceKit, type DeviceKit, PIN } from '../../testing';

let kit: DeviceKit;
afterEach(() => kit?.close());

const code = (c: ErrorCode) => (error: unknown) => isSesameError(error, c);
const form = { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN };
const delivered = () => new Promise((resolve) => setImmediate(resolve));
const refusal = (token: string, reason = 'other-account') => ({
  type: 'enrolment-refusal',
  enrolmentToken: token,
  reason,
});

describe('issue 11: one phone, one person — the app refuses the QR at the scan', () => {
  it('ends the enrolment: the QR no longer registers, the portal page hears why, a repeat answers the same', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const events: string[] = [];
    await kit.deps.ephemeral.subscribe(deviceEnrolledChannel('n0025vuz'), (m) => events.push(m));

    expect(await refuseEnrolment(kit.deps, refusal(started.token), kit.now())).toEqual({
      type: 'enrolment-refusal-result',
      refused: true,
    });
    await delivered();
    expect(events.map((e) => JSON.parse(e) as unknown)).toEqual([
      { type: 'enrolment-refused', enrolmentId: started.enrolmentId, reason: 'other-account' },
    ]);
    expect(started.enrolmentId).toBe(enrolmentId(started.token));
    expect(started.enrolmentId).not.toContain(started.token);

    // Spent, like "Cancel": no phone can register with it any more.
    const { registration } = await kit.scan(started.qrText, 'phone-fedcba9876543210');
    await expect(registerDevice(kit.deps, registration, kit.now())).rejects.toSatisfy(code('ENROLMENT_INVALID'));
    // Idempotent: the app's retry (its answer was lost) is told the same, and nothing is published again.
    expect((await refuseEnrolment(kit.deps, refusal(started.token), kit.now())).refused).toBe(true);
    await delivered();
    expect(events).toHaveLength(1);
  });

  it("the same person's phone refuses with its own reason", async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const events: string[] = [];
    await kit.deps.ephemeral.subscribe(deviceEnrolledChannel('n0025vuz'), (m) => events.push(m));
    expect((await refuseEnrolment(kit.deps, refusal(started.token, 'same-account'), kit.now())).refused).toBe(true);
    await delivered();
    expect(JSON.parse(events[0]!)).toMatchObject({ reason: 'same-account' });
  });

  it('unknown, expired, or already used by a registration: ENROLMENT_INVALID, and no device is touched', async () => {
    kit = await createDeviceKit();
    await expect(refuseEnrolment(kit.deps, refusal('A'.repeat(43)), kit.now())).rejects.toSatisfy(
      code('ENROLMENT_INVALID'),
    );
    // Used: the app registered with it — a refusal (by someone who saw the QR) cannot undo that.
    const used = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { registration } = await kit.scan(used.qrText);
    const result = await registerDevice(kit.deps, registration, kit.now());
    await expect(refuseEnrolment(kit.deps, refusal(used.token), kit.now())).rejects.toSatisfy(
      code('ENROLMENT_INVALID'),
    );
    expect((await kit.deps.durable.devices.findById(result.deviceId))?.status).toBe('pending');

    const expired = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    kit.advance(10 * 60_000);
    await expect(refuseEnrolment(kit.deps, refusal(expired.token), kit.now())).rejects.toSatisfy(
      code('ENROLMENT_INVALID'),
    );
  });

  it("an active device is never touched, and another user's enrolment only by its own token", async () => {
    kit = await createDeviceKit();
    const theirs = await startEnrolment(kit.deps, { id: 'x0099abc' }, form, kit.now());
    const active = await kit.enrol('x0099abc', 'phone-0123456789abcdef');
    const mine = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    await refuseEnrolment(kit.deps, refusal(mine.token), kit.now());
    expect(kit.devices.all().map((d) => [d.id, d.status])).toEqual([[active.deviceId, 'active']]);
    const { registration } = await kit.scan(theirs.qrText, 'phone-fedcba9876543210');
    await expect(registerDevice(kit.deps, registration, kit.now())).resolves.toBeDefined();
  });

  it('a malformed refusal is DEVICE_MESSAGE_INVALID and ends nothing', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    await expect(refuseEnrolment(kit.deps, refusal(started.token, 'bored'), kit.now())).rejects.toSatisfy(
      code('DEVICE_MESSAGE_INVALID'),
    );
    const { registration } = await kit.scan(started.qrText);
    await expect(registerDevice(kit.deps, registration, kit.now())).resolves.toBeDefined();
  });

  it('with "one account per device" off, another account is no reason: refused false, the QR still serves', async () => {
    kit = await createDeviceKit({ oneAccountPerDevice: false });
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    expect(await refuseEnrolment(kit.deps, refusal(started.token), kit.now())).toEqual({
      type: 'enrolment-refusal-result',
      refused: false,
    });
    // The same account on the same phone is still refused.
    expect((await refuseEnrolment(kit.deps, refusal(started.token, 'same-account'), kit.now())).refused).toBe(true);
  });

  it('attacker who saw the QR: a refusal racing the real registration — exactly one of the two wins', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(kit.deps, { id: 'n0025vuz' }, form, kit.now());
    const { registration } = await kit.scan(started.qrText);
    const [refused, registered] = await Promise.allSettled([
      refuseEnrolment(kit.deps, refusal(started.token), kit.now()),
      registerDevice(kit.deps, registration, kit.now()),
    ]);
    expect([refused.status, registered.status].filter((s) => s === 'fulfilled')).toHaveLength(1);
    if (registered.status === 'fulfilled') {
      expect(refused.status === 'rejected' && code('ENROLMENT_INVALID')(refused.reason)).toBe(true);
      expect(kit.devices.all()).toHaveLength(1);
    } else {
      expect(kit.devices.all()).toEqual([]);
    }
  });
});
