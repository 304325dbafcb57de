import {
  createPushChallenge,
  deviceEnrolledChannel,
  deviceEventsChannel,
  deviceStatusAt,
  type EphemeralStore,
  startEnrolment,
  type UserRecord,
} from '@sesame/core';
import {
  type DeviceActivationRequest,
  type DeviceRegistrationResult,
  fromBase64Url,
  generateEs256KeyPair,
  type PinConfirmationResult,
  type PushChallenge,
  signDeviceActivation,
} from '@sesame/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  approval,
  challengesAuthorization,
  denial,
  PIN,
  pinAnswer,
  registrationFor,
} from '../../testing/device-client';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

let portal: TestPortal;
let user: UserRecord;

beforeEach(async () => {
  portal = await createTestPortal();
  user = await portal.createUser({ email: 'marie.dupont@example.org', password: 'correct horse battery staple' });
});
afterEach(() => portal.close());

const post = (url: string, payload: unknown) => portal.app.inject({ method: 'POST', url, payload: payload as object });

async function qr() {
  const now = portal.clock.now();
  return (
    await startEnrolment(portal.services.devices, user, { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN }, now, [
      'PASSWORD',
      'PASSWORD_MOBILE_APP',
    ])
  ).qrText;
}

async function registered() {
  const { keys, registration } = await registrationFor(await qr());
  const response = await post('/device/v1/registrations', registration);
  expect(response.statusCode).toBe(201);
  return { keys, result: response.json<DeviceRegistrationResult>() };
}

/** Registered, and the right PIN confirmed: the activation request of annex step 10. */
async function confirmed() {
  const { keys, result } = await registered();
  const response = await post('/device/v1/pin-confirmations', await pinAnswer(keys, result));
  const verdict = response.json<PinConfirmationResult>();
  if (!verdict.accepted) throw new Error('the right PIN was refused');
  return { keys, result, activation: verdict.activation };
}

const accept = async (keys: CryptoKeyPair, activation: DeviceActivationRequest) =>
  post('/device/v1/activations', await signDeviceActivation(keys.privateKey, activation));

async function enrolled() {
  const { keys, result, activation } = await confirmed();
  expect((await accept(keys, activation)).json()).toEqual({ accepted: true });
  return { keys, deviceId: result.deviceId, secret: fromBase64Url(result.deviceSecret) };
}

async function push(transaction = 'login-transaction-handle-0001') {
  const created = await createPushChallenge(
    portal.services.devices,
    {
      userId: user.id,
      loginTransactionId: transaction,
      relyingAppName: 'TRACES NT',
      browser: 'Firefox',
      ip: '192.0.2.1',
    },
    portal.clock.now(),
  );
  return created;
}

async function pending(device: { keys: CryptoKeyPair; deviceId: string }): Promise<PushChallenge[]> {
  const response = await portal.app.inject({
    method: 'GET',
    url: '/device/v1/challenges',
    headers: { authorization: await challengesAuthorization(device.keys, device.deviceId, portal.clock.now()) },
  });
  expect(response.statusCode).toBe(200);
  return response.json<{ challenges: PushChallenge[] }>().challenges;
}

describe('POST /device/v1/registrations', () => {
  it('registers a pending device: 201, its secret and the server key, never cached', async () => {
    const { keys, registration } = await registrationFor(await qr());
    const response = await post('/device/v1/registrations', registration);
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const result = response.json<DeviceRegistrationResult>();
    expect(result).toMatchObject({ type: 'device-registration-result', account: user.id });
    expect(result.serverKeys).toEqual(portal.services.devices.serverKeys);
    expect(keys).toBeDefined();
    expect((await portal.durable.devices.findById(result.deviceId))?.status).toBe('pending');
  });

  it('answers 404 for a used token, the same as for an unknown one', async () => {
    const text = await qr();
    const first = await registrationFor(text);
    expect((await post('/device/v1/registrations', first.registration)).statusCode).toBe(201);
    const again = await registrationFor(text, 'inst-fedcba9876543210');
    const response = await post('/device/v1/registrations', again.registration);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'ENROLMENT_INVALID' });
  });

  it('answers 400 with the field for a bad signature, a wrong body, and malformed JSON', async () => {
    const { registration } = await registrationFor(await qr());
    const forged = await post('/device/v1/registrations', { ...registration, installationId: 'inst-aaaaaaaaaaaaaaaa' });
    expect(forged.statusCode).toBe(400);
    expect(forged.json()).toEqual({ error: 'DEVICE_MESSAGE_INVALID', field: 'signature', reason: 'mismatch' });

    const wrong = await post('/device/v1/registrations', { hello: 'world' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: 'DEVICE_MESSAGE_INVALID' });

    const garbled = await portal.app.inject({
      method: 'POST',
      url: '/device/v1/registrations',
      headers: { 'content-type': 'application/json' },
      payload: '{"type":',
    });
    expect(garbled.statusCode).toBe(400);
    expect(garbled.json()).toEqual({ error: 'DEVICE_MESSAGE_INVALID', field: '$', reason: 'malformed' });
    expect(garbled.headers['cache-control']).toBe('no-store');
  });

  it('refuses a body over the limit', async () => {
    const response = await post('/device/v1/registrations', { padding: 'x'.repeat(20_000) });
    expect(response.statusCode).toBe(413);
  });

  it('fails closed with 503 when the ephemeral store is down', async () => {
    await portal.close();
    let down = false;
    const outage = () => Promise.reject(new Error('connection refused'));
    portal = await createTestPortal({
      wrapEphemeral: (store): EphemeralStore => ({
        ...store,
        take: (key) => (down ? outage() : store.take(key)),
        ping: () => (down ? outage() : store.ping()),
      }),
    });
    user = await portal.createUser({ email: 'marie.dupont@example.org', password: 'correct horse battery staple' });
    const { registration } = await registrationFor(await qr());
    down = true;
    const response = await post('/device/v1/registrations', registration);
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ error: 'STORE_UNAVAILABLE' });
  });
});

describe('POST /device/v1/pin-confirmations', () => {
  it('a right PIN answers the activation request and tells the app; the device stays pending, no mail yet', async () => {
    const { keys, result } = await registered();
    const heard: string[] = [];
    await portal.ephemeral.subscribe(deviceEventsChannel(result.deviceId), (message) => heard.push(message));
    const response = await post('/device/v1/pin-confirmations', await pinAnswer(keys, result));
    expect(response.statusCode).toBe(200);
    const now = Math.floor(portal.clock.now().getTime() / 1000);
    expect(response.json()).toEqual({
      accepted: true,
      activation: {
        type: 'device-activation-request',
        deviceId: result.deviceId,
        nonce: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        issuedAt: now,
        expiresAt: now + portal.services.devices.policy.pinConfirmationTtlMinutes * 60,
      },
    });
    expect((await portal.durable.devices.findById(result.deviceId))?.status).toBe('pending');
    expect(portal.mailer.sent.filter((m) => m.template === 'device-enrolled')).toEqual([]);
    // Annex step 10: « vous recevrez une notification de l'application sur votre téléphone ».
    await expect
      .poll(() => heard.map((m) => JSON.parse(m) as unknown))
      .toEqual([{ type: 'activation-notice', deviceId: result.deviceId }]);
  });

  it('answers accepted:false with the tries left for a wrong PIN, 404 once no device awaits, 410 once expired', async () => {
    const { keys, result } = await registered();
    const wrong = await post('/device/v1/pin-confirmations', await pinAnswer(keys, result, '0000'));
    expect(wrong.statusCode).toBe(200);
    expect(wrong.json()).toEqual({ accepted: false, triesLeft: 2 });

    const right = await pinAnswer(keys, result);
    expect((await post('/device/v1/pin-confirmations', right)).json()).toMatchObject({ accepted: true });
    expect((await post('/device/v1/pin-confirmations', right)).statusCode).toBe(404);

    const late = await registered();
    portal.clock.advanceMinutes(6);
    const expired = await post('/device/v1/pin-confirmations', await pinAnswer(late.keys, late.result));
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toEqual({ error: 'DEVICE_CHALLENGE_EXPIRED' });
  });

  it('answers 400 for a wrong body', async () => {
    const response = await post('/device/v1/pin-confirmations', []);
    expect(response.statusCode).toBe(400);
  });
});

describe('POST /device/v1/activations', () => {
  it('the acceptance makes the device active, mails the account and tells the portal page, once', async () => {
    const { keys, result, activation } = await confirmed();
    const portalPage: string[] = [];
    await portal.ephemeral.subscribe(deviceEnrolledChannel(user.id), (message) => portalPage.push(message));
    const response = await accept(keys, activation);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({ accepted: true });
    expect((await portal.durable.devices.findById(result.deviceId))?.status).toBe('active');
    expect(portal.mailer.last('device-enrolled').to).toBe('marie.dupont@example.org');
    await expect.poll(() => portalPage.length).toBe(1);

    const replay = await accept(keys, activation);
    expect(replay.statusCode).toBe(404);
    expect(replay.json()).toEqual({ error: 'DEVICE_CHALLENGE_INVALID' });
  });

  it('answers 400 for a bad signature or body, 404 before the PIN, 410 once expired', async () => {
    const { keys, result, activation } = await confirmed();
    const intruder = await generateEs256KeyPair();
    const forged = await post('/device/v1/activations', await signDeviceActivation(intruder.privateKey, activation));
    expect(forged.statusCode).toBe(400);
    expect(forged.json()).toEqual({ error: 'DEVICE_MESSAGE_INVALID', field: 'signature', reason: 'mismatch' });
    expect((await post('/device/v1/activations', { type: 'device-activation' })).statusCode).toBe(400);
    expect((await post('/device/v1/activations', [])).statusCode).toBe(400);
    expect((await portal.durable.devices.findById(result.deviceId))?.status).toBe('pending');

    const early = await registered();
    const beforePin = await accept(early.keys, { ...activation, deviceId: early.result.deviceId });
    expect(beforePin.statusCode).toBe(404);

    portal.clock.advanceMinutes(6);
    const late = await accept(keys, activation);
    expect(late.statusCode).toBe(410);
    expect(late.json()).toEqual({ error: 'DEVICE_CHALLENGE_EXPIRED' });
    expect(await portal.durable.devices.findById(result.deviceId)).toBeNull();
  });
});

describe('GET /device/v1/challenges', () => {
  it("lists the device's pending challenges for a good proof", async () => {
    const device = await enrolled();
    const created = await push();
    const challenges = await pending(device);
    expect(challenges.map((c) => c.challengeId)).toEqual([created.challenges[0]!.challengeId]);
    expect(challenges[0]!.candidates).toContain(created.shown);
  });

  it('answers 401 without a proof, with a stale one, a bad one, or for an unknown device', async () => {
    const device = await enrolled();
    const get = (authorization?: string) =>
      portal.app.inject({
        method: 'GET',
        url: '/device/v1/challenges',
        ...(authorization ? { headers: { authorization } } : {}),
      });
    expect((await get()).statusCode).toBe(401);
    expect((await get()).json()).toEqual({ error: 'DEVICE_UNAUTHENTICATED' });
    const stale = await challengesAuthorization(device.keys, device.deviceId, new Date(Date.now() - 5 * 60_000));
    expect((await get(stale)).statusCode).toBe(401);
    const other = await generateKeys();
    expect((await get(await challengesAuthorization(other, device.deviceId, portal.clock.now()))).statusCode).toBe(401);
    const unknown = await challengesAuthorization(device.keys, 'AAAAAAAAAAAAAAAAAAAAAA', portal.clock.now());
    expect((await get(unknown)).statusCode).toBe(401);
    expect((await get('Bearer abc')).statusCode).toBe(401);
  });
});

async function generateKeys(): Promise<CryptoKeyPair> {
  return (await registrationFor(await qr())).keys;
}

describe('POST /device/v1/challenges/:challengeId/answer', () => {
  it('approves with the right number and PIN; the challenge is then gone', async () => {
    const device = await enrolled();
    const created = await push();
    const [challenge] = await pending(device);
    const path = `/device/v1/challenges/${challenge!.challengeId}/answer`;
    const body = await approval(device, challenge!, created.shown);
    const response = await post(path, body);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({ accepted: true });
    expect((await post(path, body)).statusCode).toBe(404);
  });

  it('answers accepted:false for a wrong PIN, and 403 once five wrong answers blocked the device', async () => {
    const device = await enrolled();
    for (let i = 0; i < 5; i++) {
      if (i % 3 === 0) portal.clock.advanceMinutes(3); // past the push-bombing window
      const created = await push(`login-transaction-handle-000${i}`);
      const [challenge] = await pending(device);
      const response = await post(
        `/device/v1/challenges/${challenge!.challengeId}/answer`,
        await approval(device, challenge!, created.shown, { wrongPin: true }),
      );
      expect(response.json()).toEqual({ accepted: false });
    }
    expect(deviceStatusAt((await portal.durable.devices.findById(device.deviceId))!, portal.clock.now())).toBe(
      'blocked',
    );
    const blocked = await portal.app.inject({
      method: 'GET',
      url: '/device/v1/challenges',
      headers: { authorization: await challengesAuthorization(device.keys, device.deviceId, portal.clock.now()) },
    });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toEqual({ error: 'DEVICE_BLOCKED' });
  });

  it('answers 404 for an unknown challenge, 410 for an expired one, 400 for another path or body', async () => {
    const device = await enrolled();
    await push();
    const [challenge] = await pending(device);
    const body = await denial(device, challenge!);

    const unknown = await post('/device/v1/challenges/AAAAAAAAAAAAAAAAAAAAAA/answer', {
      ...body,
      challengeId: 'AAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: 'DEVICE_CHALLENGE_INVALID' });

    const elsewhere = await post('/device/v1/challenges/AAAAAAAAAAAAAAAAAAAAAA/answer', body);
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json()).toEqual({ error: 'DEVICE_MESSAGE_INVALID', field: 'challengeId', reason: 'mismatch' });

    const path = `/device/v1/challenges/${challenge!.challengeId}/answer`;
    expect((await post(path, { decision: 'deny' })).statusCode).toBe(400);
    const forged = await post(path, { ...body, decision: 'report' });
    expect(forged.statusCode).toBe(400);
    expect(forged.json()).toMatchObject({ field: 'signature' });

    portal.clock.advance(150_000); // past expiry (120 s), within the store's grace
    const expired = await post(path, body);
    expect(expired.statusCode).toBe(410);
  });
});
