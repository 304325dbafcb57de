import {
  type DeviceRegistration,
  type DeviceRegistrationResult,
  importEs256PublicKey,
  isProtocolError,
  parseDeviceRegistration,
  type PushSubscriptionJson,
  toBase64Url,
  verifyDeviceRegistration,
} from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { isAuthenticatorError } from '../errors';
import { MemoryStore } from '../storage/memory-store';
import { Authenticator } from './authenticator';
import { ACCOUNT, enrolled, expectAuthenticatorError, PIN, setup } from '../test-fixtures';
import type { AccountRecord } from './state';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('enrol (annex steps 3–4)', () => {
  it('registers, confirms the PIN and reports the account', async () => {
    const { server, device } = await setup();
    const account = await device.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN);
    expect(account).toEqual({
      deviceId: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
      server: 'https://sesame.example.org',
      account: ACCOUNT,
      deviceName: 'Pixel-de-Marie',
      enrolledAt: expect.any(Number),
      status: 'active',
      // No push subscription given: the server cannot wake the app (issue 10, finding 6).
      notifications: false,
    });
    expect(server.isActive(account.deviceId)).toBe(true);
    expect(await device.accounts()).toEqual([account]);
  });

  it('on a wrong PIN the server refuses, nothing is stored, and the same QR retries the confirmation only', async () => {
    const { server, device } = await setup();
    const qr = server.enrolmentQr(ACCOUNT, PIN);
    await expectAuthenticatorError(device.enrol(qr, '4321'), 'ERR_PIN_REJECTED');
    expect(await device.accounts()).toEqual([]);
    // The fake server does not count tries; the real one says how many are left (server tests).
    // The token is spent: a retry that registered again would be refused with 404.
    const account = await device.enrol(qr, PIN);
    expect(server.isActive(account.deviceId)).toBe(true);
  });

  it('keeps the device key non-extractable and the secret sealed, with no PIN verifier in the record', async () => {
    let result: DeviceRegistrationResult | undefined;
    const { store } = await enrolled((api) => ({
      ...api,
      register: async (registration) => (result = await api.register(registration)),
    }));
    const [record] = (await store.get<AccountRecord[]>('accounts'))!;
    expect(Object.keys(record!).sort()).toEqual([
      'account',
      'deviceId',
      'deviceKey',
      'deviceName',
      'enrolledAt',
      'pushEndpoint',
      'secret',
      'server',
      'serverKeys',
    ]);
    expect(record!.deviceKey.extractable).toBe(false);
    expect(record!.deviceKey.usages).toEqual(['sign']);
    const dump = JSON.stringify(record, (_, value: unknown) => (value instanceof Uint8Array ? hex(value) : value));
    const pinHash = hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(PIN))));
    const secret = Buffer.from(result!.deviceSecret, 'base64url').toString('hex');
    expect(dump).not.toContain(pinHash);
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain(result!.deviceSecret);
  });

  it('refuses the same account twice, before spending the token', async () => {
    const { server, device } = await enrolled();
    await expectAuthenticatorError(device.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN), 'ERR_ALREADY_ENROLLED');
  });

  it('holds several accounts when the server allows it', async () => {
    const { server, device } = await enrolled();
    await device.enrol(server.enrolmentQr('x0042abc', '9876'), '9876');
    expect((await device.accounts()).map((a) => a.account)).toEqual([ACCOUNT, 'x0042abc']);
  });

  it('needs initialise() first, a 4-digit PIN, and an enrolment QR', async () => {
    const { server } = await setup();
    const fresh = new Authenticator({ store: new MemoryStore(), deviceApi: () => server.api });
    await expectAuthenticatorError(fresh.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN), 'ERR_NOT_INITIALISED');
    const id = await fresh.initialise();
    expect(await fresh.initialise()).toBe(id);
    await expectAuthenticatorError(fresh.enrol(server.enrolmentQr(ACCOUNT, PIN), '12345'), 'ERR_PIN_INVALID');
    await expect(fresh.enrol(await server.offlineChallengeQr(ACCOUNT), PIN)).rejects.toSatisfy((e) =>
      isProtocolError(e, 'ERR_QR_KIND_UNEXPECTED'),
    );
  });

  it('ends the enrolment when the server refuses the confirmation (expired): scan a new QR', async () => {
    const { server, device, clock } = await setup();
    const qr = server.enrolmentQr(ACCOUNT, PIN);
    await expectAuthenticatorError(device.enrol(qr, '4321'), 'ERR_PIN_REJECTED');
    clock.advance(301);
    await expect(device.enrol(qr, PIN)).rejects.toSatisfy((e) => isAuthenticatorError(e) && e.details.status === 410);
    // Nothing pending any more: the same QR now tries to register, and the spent token is refused.
    await expect(device.enrol(qr, PIN)).rejects.toSatisfy((e) => isAuthenticatorError(e) && e.details.status === 404);
  });

  it('sends the Web Push subscription in the signed registration, and none when there is none', async () => {
    const p256dh = new Uint8Array(65).fill(7);
    p256dh[0] = 0x04; // RFC 8291 §3.1: an uncompressed P-256 point
    const pushSubscription: PushSubscriptionJson = {
      endpoint: 'https://push.example.net/wpush/v2/abc',
      expirationTime: null,
      keys: { p256dh: toBase64Url(p256dh), auth: toBase64Url(new Uint8Array(16).fill(9)) },
    };
    const sent: DeviceRegistration[] = [];
    const { server, device } = await setup((api) => ({
      ...api,
      register: (registration) => {
        sent.push(registration);
        return api.register(registration);
      },
    }));
    const first = await device.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN, { pushSubscription });
    const second = await device.enrol(server.enrolmentQr('x0042abc', PIN), PIN);
    // The app knows which of its accounts the server can wake (issue 10, finding 6).
    expect([first.notifications, second.notifications]).toEqual([true, false]);
    const [withPush, withoutPush] = sent.map((registration) => parseDeviceRegistration(registration));
    expect(withPush!.pushSubscription).toEqual(pushSubscription);
    // The subscription is in the signed fields (protocol registrationSigningFields): the server can trust it.
    expect(await verifyDeviceRegistration(await importEs256PublicKey(withPush!.publicKey), withPush!)).toBe(true);
    const tampered = { ...withPush!, pushSubscription: { ...pushSubscription, endpoint: 'https://evil.example/x' } };
    expect(await verifyDeviceRegistration(await importEs256PublicKey(withPush!.publicKey), tampered)).toBe(false);
    expect(withoutPush).not.toHaveProperty('pushSubscription');
  });

  it('issue 11: with the name left empty, sends the phone model (signed) and keeps the name the server made', async () => {
    const sent: DeviceRegistration[] = [];
    const { server, device } = await setup((api) => ({
      ...api,
      register: (registration) => {
        sent.push(registration);
        return api.register(registration);
      },
    }));
    const unnamed = await device.enrol(server.enrolmentQr(ACCOUNT, PIN, ''), PIN, { deviceModel: 'Pixel 8' });
    expect(unnamed.deviceName).toBe('Pixel-8');
    const named = await device.enrol(server.enrolmentQr('x0042abc', PIN), PIN, { deviceModel: 'Pixel 8' });
    expect(named.deviceName).toBe('Pixel-de-Marie');
    const [first, second] = sent.map((registration) => parseDeviceRegistration(registration));
    expect(first!.deviceModel).toBe('Pixel 8');
    expect(await verifyDeviceRegistration(await importEs256PublicKey(first!.publicKey), first!)).toBe(true);
    const tampered = { ...first!, deviceModel: 'Evil' };
    expect(await verifyDeviceRegistration(await importEs256PublicKey(first!.publicKey), tampered)).toBe(false);
    // A typed name is the device's: the model is not sent.
    expect(second).not.toHaveProperty('deviceModel');
  });
});
