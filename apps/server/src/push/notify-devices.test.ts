import { randomBytes } from 'node:crypto';
import { createPushChallenge, deviceEventsChannel, type EphemeralStore, type UserRecord } from '@sesame/core';
import type { DeviceNotice } from '@sesame/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../test/test-portal';
import { notifyDevices } from './notify-devices';
import { createWebPushSender, type PushOutcome, type PushSender } from './push-sender';
import { browserSubscription, decryptPushMessage, startFakePushService } from './push-test-kit';
import { memoryVapidKeys } from './vapid-keys';

let portal: TestPortal;
let user: UserRecord;
let warnings: string[];

beforeEach(async () => {
  portal = await createTestPortal();
  user = await portal.createUser({ email: 'marie.dupont@example.org', password: 'correct horse battery staple' });
  warnings = [];
});
afterEach(() => portal.close());

/** An active device written straight to the store, with a subscription when given. */
async function device(pushSubscription: string | null = null): Promise<string> {
  const id = randomBytes(16).toString('base64url');
  const sealed = await portal.services.devices.vault.seal(id, crypto.getRandomValues(new Uint8Array(32)));
  await portal.durable.devices.create({
    id,
    userId: user.id,
    name: 'Pixel',
    installationId: `inst-${id}`,
    publicKeyJwk: '{}',
    secretKeyId: sealed.keyId,
    secretCiphertext: sealed.ciphertext,
    pushSubscription,
    status: 'active',
    failedAnswers: 0,
    blockedUntil: null,
    blocks: 0,
    createdAt: portal.clock.now(),
    activatedAt: portal.clock.now(),
    lastUsedAt: null,
  });
  return id;
}

function push() {
  return createPushChallenge(
    portal.services.devices,
    {
      userId: user.id,
      loginTransactionId: `login-transaction-${randomBytes(8).toString('hex')}`,
      relyingAppName: 'TRACES NT',
      browser: 'Firefox 128 on Windows',
      ip: '192.0.2.1',
    },
    portal.clock.now(),
  );
}

/** A sender that records what it is asked and answers `outcome`. */
function recordingSender(outcome: PushOutcome | Error = 'sent') {
  const sent: Array<{ subscription: string; notice: DeviceNotice; ttlSeconds: number }> = [];
  const sender: PushSender = {
    publicKey: 'BPublicKeyOfTheTest',
    async send(subscription, notice, { ttlSeconds }) {
      sent.push({ subscription, notice, ttlSeconds });
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
  };
  return { sender, sent };
}

function services(overrides: { push?: PushSender; ephemeral?: EphemeralStore } = {}) {
  return {
    ...portal.services,
    log: { warn: (_details: object, message: string) => warnings.push(message) },
    ...overrides,
  };
}

async function listen(deviceId: string): Promise<string[]> {
  const heard: string[] = [];
  await portal.ephemeral.subscribe(deviceEventsChannel(deviceId), (message) => heard.push(message));
  return heard;
}

describe('notifyDevices', () => {
  it("publishes each notice on its device's channel and pushes to the devices with a subscription", async () => {
    const subscribed = await device('{"endpoint":"https://push.example.net/s/1","keys":{}}');
    const unsubscribed = await device();
    const heardSubscribed = await listen(subscribed);
    const heardUnsubscribed = await listen(unsubscribed);
    const created = await push();
    const { sender, sent } = recordingSender();

    portal.clock.advance(10_000);
    await notifyDevices(services({ push: sender }), created);

    const noticeOf = (id: string) => created.challenges.find((c) => c.deviceId === id)!.notice;
    // Delivered later, as Redis does.
    await expect.poll(() => heardSubscribed.map((m) => JSON.parse(m) as unknown)).toEqual([noticeOf(subscribed)]);
    await expect.poll(() => heardUnsubscribed.map((m) => JSON.parse(m) as unknown)).toEqual([noticeOf(unsubscribed)]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      subscription: '{"endpoint":"https://push.example.net/s/1","keys":{}}',
      notice: noticeOf(subscribed),
    });
    // The challenge's remaining life: its TTL less the 10 s that passed.
    const ttl = portal.services.devices.policy.pushChallengeTtlSeconds;
    expect(sent[0]!.ttlSeconds).toBeGreaterThanOrEqual(ttl - 11);
    expect(sent[0]!.ttlSeconds).toBeLessThanOrEqual(ttl - 9);
    expect(warnings).toEqual([]);
  });

  it('forgets a subscription the push service says is gone, and only that one', async () => {
    const gone = await device('{"endpoint":"https://push.example.net/s/gone","keys":{}}');
    const created = await push();
    const { sender } = recordingSender('gone');
    await notifyDevices(services({ push: sender }), created);
    expect((await portal.durable.devices.findById(gone))?.pushSubscription).toBeNull();
  });

  it('keeps a subscription that was replaced while the push was on its way', async () => {
    const id = await device('{"endpoint":"https://push.example.net/s/old","keys":{}}');
    const created = await push();
    await portal.durable.devices.update(id, { pushSubscription: '{"endpoint":"https://push.example.net/s/new"}' });
    await notifyDevices(services({ push: recordingSender('gone').sender }), created);
    expect((await portal.durable.devices.findById(id))?.pushSubscription).toBe(
      '{"endpoint":"https://push.example.net/s/new"}',
    );
  });

  it('sends no Web Push when it is off or the challenge has expired', async () => {
    await device('{"endpoint":"https://push.example.net/s/1","keys":{}}');
    const off = recordingSender();
    const disabled: PushSender = { publicKey: null, send: off.sender.send };
    await notifyDevices(services({ push: disabled }), await push());
    expect(off.sent).toEqual([]);

    const late = recordingSender();
    const created = await push();
    portal.clock.advance(created.expiresAt.getTime() - portal.clock.now().getTime());
    await notifyDevices(services({ push: late.sender }), created);
    expect(late.sent).toEqual([]);
  });

  it('never rejects: a store that does not answer and a sender that throws are logged', async () => {
    await device('{"endpoint":"https://push.example.net/s/1","keys":{}}');
    const created = await push();
    const broken: EphemeralStore = {
      ...portal.ephemeral,
      publish: () => Promise.reject(new Error('connection refused')),
    };
    const { sender, sent } = recordingSender(new Error('boom'));
    await expect(notifyDevices(services({ push: sender, ephemeral: broken }), created)).resolves.toBeUndefined();
    // The push is still tried when the event stream's channel is down.
    expect(sent).toHaveLength(1);
    expect(warnings).toEqual(['device events: notice not published', 'web push: not sent']);
  });

  it('reaches a real push service: the browser decrypts exactly the handle', async () => {
    const service = await startFakePushService();
    try {
      const browser = browserSubscription(service.endpoint('d2ViLXB1c2gtc3Vic2NyaXB0aW9u'));
      const id = await device(browser.json);
      const created = await push();
      const sender = createWebPushSender({
        keys: memoryVapidKeys(),
        subject: 'mailto:security@example.org',
        log: () => ({ warn: (_details, message) => warnings.push(message) }),
        agent: service.agent,
      });
      await notifyDevices(services({ push: sender }), created);
      expect(service.requests).toHaveLength(1);
      expect(JSON.parse(decryptPushMessage(service.requests[0]!.body, browser))).toEqual({
        type: 'push-notice',
        deviceId: id,
        challengeId: created.challenges[0]!.challengeId,
      });
      expect(warnings).toEqual([]);

      // The browser unsubscribed meanwhile: the push service answers 410, the server forgets it.
      service.status = 410;
      await notifyDevices(services({ push: sender }), await push());
      expect((await portal.durable.devices.findById(id))?.pushSubscription).toBeNull();
    } finally {
      await service.close();
    }
  });
});
