import { createPushChallenge, deviceEventsChannel, type EphemeralStore, startEnrolment } from '@sesame/core';
import { signDeviceRequest } from '@sesame/protocol';
import { createTemporaryRedisStore, withBackend } from '@sesame/storage/conformance';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { enrolOverDeviceApi, PIN, registrationFor } from '../../testing/device-client';
import { createTestPortal, type TestPortal, type TestPortalOptions } from '../../test/test-portal';
import { notifyDevices } from '../push/notify-devices';
import { deviceApiErrorHandler } from './device-api-errors';
import { deviceEventsRoute } from './device-events-route';

const PATH = '/device/v1/events';

let portal: TestPortal | undefined;
let extraApp: FastifyInstance | undefined;
const closing: Array<() => Promise<void>> = [];
afterEach(async () => {
  // Node's fetch (undici) may keep a spare connection that never sends a request: close it.
  extraApp?.server.closeAllConnections();
  await extraApp?.close();
  extraApp = undefined;
  portal?.app.server.closeAllConnections();
  await portal?.close();
  portal = undefined;
  for (const close of closing.splice(0)) await close();
});

async function start(options: TestPortalOptions = {}) {
  portal = await createTestPortal(options);
  const user = await portal.createUser({ email: 'marie.dupont@example.org', password: 'correct horse battery staple' });
  return { portal, user };
}

/** An active device of the user, enrolled through the device API as the app does it. */
async function enrolled(p: TestPortal, userId: string, installationId = 'inst-0123456789abcdef') {
  const user = (await p.durable.users.findById(userId))!;
  const qr = await startEnrolment(
    p.services.devices,
    user,
    { name: 'Pixel', pin: PIN, pinConfirm: PIN },
    p.clock.now(),
    ['PASSWORD', 'PASSWORD_MOBILE_APP'],
  );
  // Annex step 10: the user accepts the device in the app.
  const { keys, deviceId, activated } = await enrolOverDeviceApi(p.app, qr.qrText, installationId);
  expect(activated.json()).toEqual({ accepted: true });
  return { keys, deviceId };
}

async function authorization(device: { keys: CryptoKeyPair; deviceId: string }, now: Date, path = PATH) {
  const proof = await signDeviceRequest(device.keys.privateKey, {
    method: 'GET',
    path,
    deviceId: device.deviceId,
    now,
  });
  return `SesameDevice ${proof.deviceId}.${proof.issuedAt}.${proof.signature}`;
}

/** The app's side: fetch with the proof, read the body as it comes. */
async function openStream(url: string, authorizationHeader: string) {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { authorization: authorizationHeader }, signal: abort.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let received = '';
  return {
    response,
    abort: () => abort.abort(),
    get received() {
      return received;
    },
    /** Reads until `text` has arrived; false when the stream ended first. */
    async until(text: string): Promise<boolean> {
      while (!received.includes(text)) {
        const chunk = await reader.read();
        if (chunk.done) return false;
        received += decoder.decode(chunk.value, { stream: true });
      }
      return true;
    },
    /** Reads to the end of the stream. */
    async toEnd(): Promise<void> {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) return;
        received += decoder.decode(chunk.value, { stream: true });
      }
    },
  };
}

function push(p: TestPortal, userId: string) {
  return createPushChallenge(
    p.services.devices,
    {
      userId,
      loginTransactionId: 'login-transaction-handle-0001',
      relyingAppName: 'TRACES NT',
      browser: 'Firefox',
      ip: '192.0.2.1',
    },
    p.clock.now(),
  );
}

/** Counts the subscriptions ended, around any store. */
function countingUnsubscribes(counter: { ended: number }) {
  return (store: EphemeralStore): EphemeralStore => ({
    ...store,
    subscribe: async (channel, onMessage) => {
      const end = await store.subscribe(channel, onMessage);
      return async () => {
        counter.ended++;
        await end();
      };
    },
  });
}

function describeStreaming(name: string, storeFor: (memory: EphemeralStore) => EphemeralStore) {
  describe(`GET /device/v1/events on the ${name} store`, () => {
    it("streams the device's push notices, not another device's, and unsubscribes on close", async () => {
      const counter = { ended: 0 };
      const { portal: p, user } = await start({
        listen: true,
        wrapEphemeral: (memory) => countingUnsubscribes(counter)(storeFor(memory)),
      });
      const device = await enrolled(p, user.id);
      const stream = await openStream(`${p.baseUrl}${PATH}`, await authorization(device, p.clock.now()));
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      // The device API's rule (never cached) is stricter than no-cache.
      expect(stream.response.headers.get('cache-control')).toMatch(/no-store|no-cache/);
      expect(await stream.until(': connected')).toBe(true);

      // Another device's notice, on its channel or misrouted to this one, is not this stream's.
      const other = { type: 'push-notice', deviceId: 'AAAAAAAAAAAAAAAAAAAAAA', challengeId: 'QkJCQkJCQkJCQkJCQkJCQg' };
      await p.services.ephemeral.publish(deviceEventsChannel(other.deviceId), JSON.stringify(other));
      await p.services.ephemeral.publish(deviceEventsChannel(device.deviceId), JSON.stringify(other));
      await p.services.ephemeral.publish(deviceEventsChannel(device.deviceId), 'not json');
      const created = await push(p, user.id);
      await notifyDevices(p.services, created);

      expect(await stream.until('event: push-notice')).toBe(true);
      expect(await stream.until('\n\n')).toBe(true);
      const notice = created.challenges[0]!.notice;
      expect(stream.received).toBe(`: connected\n\nevent: push-notice\ndata: ${JSON.stringify(notice)}\n\n`);
      // The activation notice of annex step 10 is relayed under its own name.
      const activation = { type: 'activation-notice', deviceId: device.deviceId };
      await p.services.ephemeral.publish(deviceEventsChannel(device.deviceId), JSON.stringify(activation));
      expect(await stream.until('event: activation-notice')).toBe(true);
      expect(await stream.until(`${JSON.stringify(activation)}\n\n`)).toBe(true);
      stream.abort();
      await expect.poll(() => counter.ended).toBe(1);
    });
  });
}

describe('GET /device/v1/events?with=challenge (issue 12: the app skips GET /device/v1/challenges)', () => {
  it('sends each challenge of this device just before its notice, as GET /device/v1/challenges lists it', async () => {
    const { portal: p, user } = await start({ listen: true });
    const device = await enrolled(p, user.id);
    const stream = await openStream(`${p.baseUrl}${PATH}?with=challenge`, await authorization(device, p.clock.now()));
    expect(stream.response.status).toBe(200);
    expect(await stream.until(': connected')).toBe(true);
    // Another device's challenge and notice, misrouted to this stream, bring nothing.
    const other = { type: 'push-notice', deviceId: 'AAAAAAAAAAAAAAAAAAAAAA', challengeId: 'QkJCQkJCQkJCQkJCQkJCQg' };
    await p.services.ephemeral.publish(deviceEventsChannel(device.deviceId), JSON.stringify(other));
    const created = await push(p, user.id);
    await notifyDevices(p.services, created);
    expect(await stream.until('event: push-notice')).toBe(true);
    expect(await stream.until('\n\n')).toBe(true);

    const listed = await p.app.inject({
      method: 'GET',
      url: '/device/v1/challenges',
      headers: { authorization: await authorization(device, p.clock.now(), '/device/v1/challenges') },
    });
    const [challenge] = (listed.json() as { challenges: unknown[] }).challenges;
    const notice = created.challenges[0]!.notice;
    expect(stream.received).toBe(
      `: connected\n\nevent: push-challenge\ndata: ${JSON.stringify(challenge)}\n\nevent: push-notice\ndata: ${JSON.stringify(notice)}\n\n`,
    );
    stream.abort();
  });

  it("never sends another device's challenge, even named in a notice for this device", async () => {
    const { portal: p, user } = await start({ listen: true });
    const device = await enrolled(p, user.id);
    const someone = await p.createUser({ email: 'jean.martin@example.org', password: 'correct horse battery staple' });
    await enrolled(p, someone.id, 'inst-fedcba9876543210');
    const stream = await openStream(`${p.baseUrl}${PATH}?with=challenge`, await authorization(device, p.clock.now()));
    expect(await stream.until(': connected')).toBe(true);
    const theirs = (await push(p, someone.id)).challenges[0]!;
    const forged = { type: 'push-notice', deviceId: device.deviceId, challengeId: theirs.challengeId };
    await p.services.ephemeral.publish(deviceEventsChannel(device.deviceId), JSON.stringify(forged));
    expect(await stream.until('event: push-notice')).toBe(true);
    expect(await stream.until('\n\n')).toBe(true);
    expect(stream.received).toBe(`: connected\n\nevent: push-notice\ndata: ${JSON.stringify(forged)}\n\n`);
    stream.abort();
  });

  it('sends the notice alone for a challenge already gone (answered, expired)', async () => {
    const { portal: p, user } = await start({ listen: true });
    const device = await enrolled(p, user.id);
    const stream = await openStream(`${p.baseUrl}${PATH}?with=challenge`, await authorization(device, p.clock.now()));
    expect(await stream.until(': connected')).toBe(true);
    const created = await push(p, user.id);
    p.clock.advance(p.services.devices.policy.pushChallengeTtlSeconds * 1000 + 1000);
    await notifyDevices(p.services, created);
    expect(await stream.until('event: push-notice')).toBe(true);
    expect(await stream.until('\n\n')).toBe(true);
    expect(stream.received).toBe(
      `: connected\n\nevent: push-notice\ndata: ${JSON.stringify(created.challenges[0]!.notice)}\n\n`,
    );
    stream.abort();
  });
});

describeStreaming('memory', (memory) => memory);
withBackend('redis', (url) => {
  describeStreaming('redis', () => {
    const store = createTemporaryRedisStore(url);
    closing.push(() => store.close());
    return store;
  });
});

describe('GET /device/v1/events refusals', () => {
  it('answers 401 without a proof, with one for another path, a stale or a bad one; 403 when blocked', async () => {
    const { portal: p, user } = await start();
    const device = await enrolled(p, user.id);
    const get = async (header?: string) => {
      const response = await p.app.inject({
        method: 'GET',
        url: PATH,
        ...(header ? { headers: { authorization: header } } : {}),
      });
      return { status: response.statusCode, body: response.json<unknown>() };
    };
    expect(await get()).toEqual({ status: 401, body: { error: 'DEVICE_UNAUTHENTICATED' } });
    expect((await get('Bearer abc')).status).toBe(401);
    expect((await get(await authorization(device, p.clock.now(), '/device/v1/challenges'))).status).toBe(401);
    expect((await get(await authorization(device, new Date(Date.now() - 5 * 60_000)))).status).toBe(401);
    const stranger = { ...device, keys: (await registrationFor((await qrFor(p, user.id)).qrText)).keys };
    expect((await get(await authorization(stranger, p.clock.now()))).status).toBe(401);

    await p.durable.devices.blockDevice(device.deviceId, new Date(p.clock.now().getTime() + 60_000), 5);
    expect(await get(await authorization(device, p.clock.now()))).toEqual({
      status: 403,
      body: { error: 'DEVICE_BLOCKED' },
    });
  });

  it('answers 503 when the store refuses the subscription (fail closed)', async () => {
    let down = false;
    const outage = () => Promise.reject(new Error('connection refused'));
    const { portal: p, user } = await start({
      wrapEphemeral: (store) => ({
        ...store,
        subscribe: (channel, onMessage) => (down ? outage() : store.subscribe(channel, onMessage)),
        ping: () => (down ? outage() : store.ping()),
      }),
    });
    const device = await enrolled(p, user.id);
    down = true;
    const response = await p.app.inject({
      method: 'GET',
      url: PATH,
      headers: { authorization: await authorization(device, p.clock.now()) },
    });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ error: 'STORE_UNAVAILABLE' });
  });
});

async function qrFor(p: TestPortal, userId: string) {
  const user = (await p.durable.users.findById(userId))!;
  return startEnrolment(p.services.devices, user, { name: 'Other', pin: PIN, pinConfirm: PIN }, p.clock.now(), [
    'PASSWORD',
    'PASSWORD_MOBILE_APP',
  ]);
}

describe('GET /device/v1/events ends', () => {
  /** The route alone, with a short heartbeat, over the portal's services. */
  async function shortHeartbeat(p: TestPortal): Promise<string> {
    extraApp = Fastify();
    await extraApp.register(async (api) => {
      api.setErrorHandler(deviceApiErrorHandler(p.services));
      deviceEventsRoute(api, p.services, { heartbeatMs: 30 });
    });
    await extraApp.listen({ host: '127.0.0.1', port: 0 });
    return `http://127.0.0.1:${(extraApp.server.address() as AddressInfo).port}${PATH}`;
  }

  it('sends heartbeats, and ends when the store stops answering (fail closed)', async () => {
    let down = false;
    const counter = { ended: 0 };
    const { portal: p, user } = await start({
      wrapEphemeral: (store) =>
        countingUnsubscribes(counter)({
          ...store,
          ping: () => (down ? Promise.reject(new Error('connection refused')) : store.ping()),
        }),
    });
    const device = await enrolled(p, user.id);
    const stream = await openStream(await shortHeartbeat(p), await authorization(device, p.clock.now()));
    expect(stream.response.status).toBe(200);
    expect(await stream.until(': heartbeat\n\n')).toBe(true);
    down = true;
    await stream.toEnd();
    await expect.poll(() => counter.ended).toBe(1);
  });

  it('ends when the device is deleted', async () => {
    const { portal: p, user } = await start();
    const device = await enrolled(p, user.id);
    const stream = await openStream(await shortHeartbeat(p), await authorization(device, p.clock.now()));
    expect(await stream.until(': connected')).toBe(true);
    await p.durable.devices.delete(device.deviceId);
    await stream.toEnd();
  });

  it('ends when the server shuts down', async () => {
    const { portal: p, user } = await start();
    const device = await enrolled(p, user.id);
    const stream = await openStream(await shortHeartbeat(p), await authorization(device, p.clock.now()));
    expect(await stream.until(': connected')).toBe(true);
    const app = extraApp!;
    extraApp = undefined;
    await Promise.all([app.close(), stream.toEnd()]);
  });
});
