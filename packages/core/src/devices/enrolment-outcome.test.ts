import { afterEach, describe, expect, it } from 'vitest';
import {
  activateDevice,
  cancelEnrolment,
  confirmPin,
  enrolmentOutcome,
  registerDevice,
  startEnrolment,
} from './enrolment';
import { createDeviceKit, type DeviceKit, PIN } from '../../testing';

let kit: DeviceKit;
afterEach(() => kit?.close());

const form = { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN };

describe('enrolmentOutcome (the QR page\'s "I have finished", issue 11 point 2)', () => {
  it('follows one enrolment: none → pending (registered, then PIN confirmed) → active, changing nothing', async () => {
    kit = await createDeviceKit();
    const { deps } = kit;
    const started = await startEnrolment(deps, { id: 'n0025vuz' }, form, kit.now());
    expect(await enrolmentOutcome(deps, 'n0025vuz', started.token)).toBe('none');

    const { keys, registration } = await kit.scan(started.qrText);
    const result = await registerDevice(deps, registration, kit.now());
    expect(await enrolmentOutcome(deps, 'n0025vuz', started.token)).toBe('pending');
    const verdict = await confirmPin(deps, await kit.pinAnswer(keys, result, PIN), kit.now());
    if (!verdict.accepted) throw new Error('the right PIN was refused');
    expect(await enrolmentOutcome(deps, 'n0025vuz', started.token)).toBe('pending');
    // Asking changed nothing: the app still finishes.
    expect(await activateDevice(deps, await kit.accept(keys, verdict.activation), kit.now())).toEqual({
      accepted: true,
    });
    expect(await enrolmentOutcome(deps, 'n0025vuz', started.token)).toBe('active');
  });

  it("says nothing of another account's enrolment, an unknown token, or a cancelled one", async () => {
    kit = await createDeviceKit();
    const { deps } = kit;
    const started = await startEnrolment(deps, { id: 'n0025vuz' }, form, kit.now());
    const { registration } = await kit.scan(started.qrText);
    await registerDevice(deps, registration, kit.now());
    expect(await enrolmentOutcome(deps, 'x0099abc', started.token)).toBe('none');
    expect(await enrolmentOutcome(deps, 'n0025vuz', 'A'.repeat(43))).toBe('none');
    expect(await cancelEnrolment(deps, 'n0025vuz', started.token)).toBe('cancelled');
    expect(await enrolmentOutcome(deps, 'n0025vuz', started.token)).toBe('none');
  });
});
