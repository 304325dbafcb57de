import { describe, expect, it } from 'vitest';
import { isAuthenticatorError } from '../errors';
import { MemoryStore } from '../storage/memory-store';
import { Authenticator } from './authenticator';
import { ACCOUNT, expectAuthenticatorError, PIN, setup } from '../test-fixtures';
import type { AccountRecord } from './state';

describe('accept (annex step 10: « valider l’acceptation de votre téléphone »)', () => {
  it('enrol without autoAccept stores the account awaiting acceptance; accept makes it active', async () => {
    const { server, device, store } = await setup();
    const awaiting = await device.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN, { autoAccept: false });
    expect(awaiting).toMatchObject({
      account: ACCOUNT,
      status: 'awaiting-acceptance',
      acceptBefore: expect.any(Number),
    });
    expect(server.awaitsAcceptance(awaiting.deviceId)).toBe(true);
    expect(server.isActive(awaiting.deviceId)).toBe(false);
    expect(await device.accounts()).toEqual([awaiting]);
    // Not active yet: it answers no request.
    await expectAuthenticatorError(device.pending(), 'ERR_NOT_ENROLLED');

    const active = await device.accept(awaiting.deviceId);
    expect(active).toEqual({ ...awaiting, status: 'active', acceptBefore: undefined });
    expect(active).not.toHaveProperty('acceptBefore');
    expect(server.isActive(awaiting.deviceId)).toBe(true);
    expect(await device.accounts()).toEqual([active]);
    expect(await device.pending()).toEqual([]);
    // The stored record is the one an account enrolled before annex step 10 had.
    const [record] = (await store.get<AccountRecord[]>('accounts'))!;
    expect(record).not.toHaveProperty('status');
    expect(record).not.toHaveProperty('activation');
    // A second tap: already active, nothing sent.
    expect(await device.accept(awaiting.deviceId)).toEqual(active);
  });

  it('survives a restart of the app between the PIN and the acceptance (the record is stored)', async () => {
    const { server, device, store, clock } = await setup();
    const awaiting = await device.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN, { autoAccept: false });
    const reopened = new Authenticator({ store, clock, deviceApi: () => server.api });
    expect((await reopened.accept(awaiting.deviceId)).status).toBe('active');
    expect(server.isActive(awaiting.deviceId)).toBe(true);
  });

  it('a late acceptance is refused (410): the account is forgotten, and a new QR enrols again', async () => {
    const { server, device, clock } = await setup();
    const awaiting = await device.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN, { autoAccept: false });
    clock.advance(301);
    await expect(device.accept(awaiting.deviceId)).rejects.toSatisfy(
      (e) => isAuthenticatorError(e, 'ERR_SERVER') && e.details.status === 410,
    );
    expect(await device.accounts()).toEqual([]);
    await expectAuthenticatorError(device.accept(awaiting.deviceId), 'ERR_NOT_ENROLLED');
    expect((await device.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN)).status).toBe('active');
  });

  it('a new QR for an account still awaiting acceptance replaces it', async () => {
    const { server, device } = await setup();
    const first = await device.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN, { autoAccept: false });
    const second = await device.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN, { autoAccept: false });
    expect((await device.accounts()).map((a) => a.deviceId)).toEqual([second.deviceId]);
    expect(first.deviceId).not.toBe(second.deviceId);
  });

  it('a network failure leaves the account awaiting: accept again', async () => {
    let down = true;
    const { server, device } = await setup((api) => ({
      ...api,
      activate: async (activation) => {
        if (down) throw Object.assign(new Error('offline'), { code: 'ECONNREFUSED' });
        return api.activate(activation);
      },
    }));
    const awaiting = await device.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN, { autoAccept: false });
    await expect(device.accept(awaiting.deviceId)).rejects.toThrow('offline');
    expect((await device.accounts())[0]!.status).toBe('awaiting-acceptance');
    down = false;
    expect((await device.accept(awaiting.deviceId)).status).toBe('active');
  });

  it('an unknown device id is ERR_NOT_ENROLLED', async () => {
    const { server } = await setup();
    const fresh = new Authenticator({ store: new MemoryStore(), deviceApi: () => server.api });
    await expectAuthenticatorError(fresh.accept('dev_0123456789abcdef'), 'ERR_NOT_ENROLLED');
  });
});
