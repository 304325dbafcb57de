import { afterEach, describe, expect, it } from 'vitest';
import { isSesameError } from '../errors';
import { deviceNameFromModel, parseDeviceName, proposedDeviceName } from './device-name';
import { registerDevice, startEnrolment } from './enrolment';
import { createDeviceKit, type DeviceKit, PIN } from '../../testing';

let kit: DeviceKit;
afterEach(() => kit?.close());

describe('issue 11: the device name proposed from the phone', () => {
  it.each([
    ['Pixel 8', 'Pixel-8'],
    ['  Pixel   8 Pro ', 'Pixel-8-Pro'],
    ['SM-S918B', 'SM-S918B'],
    ['iPhone', 'iPhone'],
    ['Galaxy\u200B S24\u202E', 'Galaxy-S24'],
    ['Moto g(8) power lite', 'Moto-g(8)-power-lite'],
  ])('makes a device name of the model %j → %j', (model, name) => {
    expect(deviceNameFromModel(model)).toBe(name);
    expect(parseDeviceName(name)).toBe(name);
  });

  it('cuts a long model to the limits (40 characters, 32 UTF-8 bytes) and finds nothing in nothing', () => {
    const long = deviceNameFromModel('Ultra '.repeat(20))!;
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(32);
    expect(long).not.toMatch(/-$/);
    expect(new TextEncoder().encode(deviceNameFromModel('é'.repeat(40))!).length).toBeLessThanOrEqual(32);
    for (const nothing of [undefined, '', '   ', '\u0000\u0007', '\u200B'])
      expect(deviceNameFromModel(nothing)).toBeNull();
  });

  it('is unique among the account’s devices (-2, -3, without case), with a fallback in the account’s language', () => {
    expect(proposedDeviceName('Pixel 8', [], 'fr')).toBe('Pixel-8');
    expect(proposedDeviceName('Pixel 8', ['pixel-8'], 'fr')).toBe('Pixel-8-2');
    expect(proposedDeviceName('Pixel 8', ['Pixel-8', 'Pixel-8-2'], 'fr')).toBe('Pixel-8-3');
    expect(proposedDeviceName(undefined, [], 'fr')).toBe('Téléphone');
    expect(proposedDeviceName('\u0000', ['Phone'], 'en')).toBe('Phone-2');
    expect(proposedDeviceName(undefined, [], 'de')).toBe('Phone');
    const long = 'A'.repeat(32);
    const second = proposedDeviceName(long, [long], 'en');
    expect(second).toBe(`${'A'.repeat(30)}-2`);
    expect(parseDeviceName(second)).toBe(second);
  });

  it('an empty portal name: the registration names the device from the model the app sent', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(
      kit.deps,
      { id: 'n0025vuz' },
      { name: '', pin: PIN, pinConfirm: PIN },
      kit.now(),
    );
    expect(started.deviceName).toBe('');
    const { registration } = await kit.scan(started.qrText, 'inst-0123456789abcdef', 'Pixel 8');
    const result = await registerDevice(kit.deps, registration, kit.now());
    expect(result.deviceName).toBe('Pixel-8');
    expect((await kit.deps.durable.devices.findById(result.deviceId))?.name).toBe('Pixel-8');

    // A second phone of the same model gets its own name; a phone that says nothing, the fallback.
    const again = await startEnrolment(
      kit.deps,
      { id: 'n0025vuz' },
      { name: '', pin: PIN, pinConfirm: PIN },
      kit.now(),
    );
    const other = await kit.scan(again.qrText, 'inst-fedcba9876543210', 'Pixel 8');
    expect((await registerDevice(kit.deps, other.registration, kit.now())).deviceName).toBe('Pixel-8-2');
    const third = await startEnrolment(
      kit.deps,
      { id: 'n0025vuz' },
      { name: '', pin: PIN, pinConfirm: PIN },
      kit.now(),
    );
    const silent = await kit.scan(third.qrText, 'inst-00000000000000aa');
    expect((await registerDevice(kit.deps, silent.registration, kit.now())).deviceName).toMatch(/^(Phone|Téléphone)$/);
  });

  it('a typed name stays the device’s, whatever the app sends; a bad typed name is still refused', async () => {
    kit = await createDeviceKit();
    const started = await startEnrolment(
      kit.deps,
      { id: 'n0025vuz' },
      { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN },
      kit.now(),
    );
    const { registration } = await kit.scan(started.qrText, 'inst-0123456789abcdef', 'Pixel 8');
    expect((await registerDevice(kit.deps, registration, kit.now())).deviceName).toBe('Pixel-de-Marie');
    await expect(
      startEnrolment(kit.deps, { id: 'n0025vuz' }, { name: 'My phone', pin: PIN, pinConfirm: PIN }, kit.now()),
    ).rejects.toSatisfy((error) => isSesameError(error, 'INVALID_INPUT'));
  });
});
