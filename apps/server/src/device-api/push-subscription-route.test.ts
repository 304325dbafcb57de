import { type Authenticator, formatDeviceAuthorization, pushSubscriptionProofPath } from '@sesame/authenticator-core';
import { startEnrolment, type UserRecord } from '@sesame/core';
import { generateEs256KeyPair, type PushSubscriptionJson, signDeviceRequest, toBase64Url } from '@sesame/protocol';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { enrolOverDeviceApi } from '../../testing/device-client';
import { startListeningAppKit } from '../../test/authenticator-kit';
import type { TestPortal } from '../../test/test-portal';

/**
 * Issue 10, finding 6: a device enrolled without Web Push gives its subscription later, through
 * PUT /device/v1/push-subscription, authenticated by its request proof bound to the body.
 * The real Authenticator (authenticator-core) talks to the listening server with fetch.
 */
const PIN = '5739';

let portal: TestPortal;
let user: UserRecord;
let app: Authenticator;

beforeEach(async () => {
  ({ portal, user, app } = await startListeningAppKit());
});
afterEach(() => portal.close());

async function subscription(): Promise<PushSubscriptionJson> {
  const ecdh = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const p256dh = new Uint8Array(await crypto.subtle.exportKey('raw', ecdh.publicKey));
  return {
    endpoint: `https://push.example.org/send/${toBase64Url(crypto.getRandomValues(new Uint8Array(12)))}`,
    expirationTime: null,
    keys: { p256dh: toBase64Url(p256dh), auth: toBase64Url(crypto.getRandomValues(new Uint8Array(16))) },
  };
}

/** Enrolled where the push service was out of reach: no subscription in the registration. */
async function enrolWithoutPush() {
  const form = { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN };
  const started = await startEnrolment(portal.services.devices, user, form, portal.clock.now());
  const account = await app.enrol(started.qrText, PIN);
  expect(account.notifications).toBe(false);
  expect((await portal.durable.devices.findById(account.deviceId))?.pushSubscription).toBeNull();
  return account;
}

it('the app gives its subscription later: the server stores it and the account says notifications are on', async () => {
  const account = await enrolWithoutPush();
  // Still out of reach: nothing sent, nothing changed.
  expect((await app.syncPushSubscriptions(async () => undefined))[0]?.notifications).toBe(false);
  expect((await portal.durable.devices.findById(account.deviceId))?.pushSubscription).toBeNull();

  const given = await subscription();
  const [synced] = await app.syncPushSubscriptions(async () => given);
  expect(synced?.notifications).toBe(true);
  expect(JSON.parse((await portal.durable.devices.findById(account.deviceId))?.pushSubscription ?? 'null')).toEqual(
    given,
  );
  // Kept: the next opening does not send it again.
  let asked = 0;
  await app.syncPushSubscriptions(async () => (asked++, given));
  expect(asked).toBe(1);
  expect((await app.accounts())[0]?.notifications).toBe(true);
});

/** Enrolled by hand (the raw protocol), so the test holds the device key. */
async function enrolledDevice() {
  const form = { name: 'Tablette', pin: PIN, pinConfirm: PIN };
  const started = await startEnrolment(portal.services.devices, user, form, portal.clock.now());
  const { keys, deviceId, activated } = await enrolOverDeviceApi(portal.app, started.qrText);
  expect(activated.statusCode).toBe(200);
  return { keys, deviceId };
}

it('refuses a proof replayed with another subscription, a foreign key, no proof, a malformed body, a blocked device', async () => {
  const { keys, deviceId } = await enrolledDevice();
  const put = (body: unknown, authorization?: string) =>
    portal.app.inject({
      method: 'PUT',
      url: '/device/v1/push-subscription',
      headers: authorization ? { authorization } : {},
      payload: body as object,
    });
  const proofFor = async (signer: CryptoKey, sub: PushSubscriptionJson) =>
    formatDeviceAuthorization(
      await signDeviceRequest(signer, {
        method: 'PUT',
        path: await pushSubscriptionProofPath(sub),
        deviceId,
        now: portal.clock.now(),
      }),
    );
  const first = await subscription();
  const other = await subscription();
  const stored = async () => (await portal.durable.devices.findById(deviceId))?.pushSubscription ?? null;

  // The device's proof for `first`, sent with `other`: the body is signed, refused.
  const proof = await proofFor(keys.privateKey, first);
  expect((await put({ pushSubscription: other }, proof)).statusCode).toBe(401);
  // A key that is not the device's; no proof; a malformed body.
  const foreign = await generateEs256KeyPair();
  expect((await put({ pushSubscription: first }, await proofFor(foreign.privateKey, first))).statusCode).toBe(401);
  expect((await put({ pushSubscription: first })).statusCode).toBe(401);
  expect((await put({ pushSubscription: { ...first, endpoint: 'http://push.example.org/x' } }, proof)).statusCode).toBe(
    400,
  );
  expect((await put({ pushSubscription: first, more: 1 }, proof)).statusCode).toBe(400);
  expect(await stored()).toBeNull();

  const ok = await put({ pushSubscription: first }, proof);
  expect(ok.statusCode).toBe(204);
  expect(ok.headers['cache-control']).toBe('no-store');
  expect(JSON.parse((await stored()) ?? 'null')).toEqual(first);

  await portal.durable.devices.update(deviceId, { status: 'blocked' });
  expect((await put({ pushSubscription: other }, await proofFor(keys.privateKey, other))).statusCode).toBe(403);
  expect(JSON.parse((await stored()) ?? 'null')).toEqual(first);
});
