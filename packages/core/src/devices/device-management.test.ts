import { afterEach, describe, expect, it } from 'vitest';
import { isSesameError } from '../errors';
import { NO_ACTOR } from './device-deps';
import { deleteAllDevices, deleteDevice, listDevices, renameDevice } from './device-management';
import { createDeviceKit, type DeviceKit } from '../../testing';

let kit: DeviceKit;
afterEach(() => kit?.close());

describe('device management (design §5: rename, delete, PANIC)', () => {
  it('lists, renames with the same rules, deletes; another account’s device is not found', async () => {
    kit = await createDeviceKit();
    const { deviceId } = await kit.enrol();
    const list = await listDevices(kit.deps, 'n0025vuz', kit.now());
    expect(list).toEqual([expect.objectContaining({ id: deviceId, name: 'Pixel-de-Marie', status: 'active' })]);
    expect(Object.keys(list[0]!)).not.toContain('secretCiphertext');

    expect((await renameDevice(kit.deps, 'n0025vuz', deviceId, 'Pixel-pro', NO_ACTOR, kit.now())).name).toBe(
      'Pixel-pro',
    );
    await expect(renameDevice(kit.deps, 'n0025vuz', deviceId, 'Pixel pro', NO_ACTOR, kit.now())).rejects.toSatisfy(
      (e: unknown) => isSesameError(e, 'INVALID_INPUT'),
    );
    await expect(renameDevice(kit.deps, 'x0099abc', deviceId, 'Mine', NO_ACTOR, kit.now())).rejects.toSatisfy(
      (e: unknown) => isSesameError(e, 'NOT_FOUND'),
    );
    await expect(deleteDevice(kit.deps, 'x0099abc', deviceId, NO_ACTOR, kit.now())).rejects.toSatisfy((e: unknown) =>
      isSesameError(e, 'NOT_FOUND'),
    );
    // Issue 10: without a second factor in this session, the device stays.
    await expect(
      deleteDevice(kit.deps, 'n0025vuz', deviceId, { ip: '192.0.2.1', userAgent: 'test' }, kit.now(), ['PASSWORD']),
    ).rejects.toSatisfy((e: unknown) => isSesameError(e, 'SECOND_FACTOR_REQUIRED'));
    await deleteDevice(kit.deps, 'n0025vuz', deviceId, { ip: '192.0.2.1', userAgent: 'test' }, kit.now(), [
      'PASSWORD',
      'PASSWORD_MOBILE_APP',
    ]);
    expect(await listDevices(kit.deps, 'n0025vuz', kit.now())).toEqual([]);
    // The owner hears of it (issue 10), with where it came from.
    expect(kit.mails.filter((m) => m.template === 'device-deleted').at(-1)).toMatchObject({
      params: { deviceName: 'Pixel-pro', ip: '192.0.2.1', browser: 'test' },
    });
    expect(kit.audit.map((e) => e.type)).toEqual(['device.enrolled', 'device.renamed', 'device.deleted']);
  });

  it('PANIC deletes every device of the account, and only those', async () => {
    kit = await createDeviceKit({ oneAccountPerDevice: false });
    await kit.enrol('n0025vuz', 'inst-aaaaaaaaaaaaaaaa');
    await kit.enrol('n0025vuz', 'inst-bbbbbbbbbbbbbbbb', 'Tablette');
    await kit.enrol('x0099abc', 'inst-cccccccccccccccc');
    expect(await deleteAllDevices(kit.deps, 'n0025vuz', NO_ACTOR, kit.now())).toBe(2);
    expect(await listDevices(kit.deps, 'n0025vuz', kit.now())).toEqual([]);
    expect(await listDevices(kit.deps, 'x0099abc', kit.now())).toHaveLength(1);
    expect(kit.audit.filter((e) => e.type === 'device.deleted').map((e) => e.details.panic)).toEqual([true, true]);
  });
});
