import { randomBytes } from 'node:crypto';
import { deviceEventsChannel } from '@sesame/core';
import type { DeviceActivationRequest, DeviceNotice } from '@sesame/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../test/test-portal';
import { notifyActivation } from './notify-activation';
import type { PushOutcome, PushSender } from './push-sender';

let portal: TestPortal;
let warnings: string[];

beforeEach(async () => {
  portal = await createTestPortal();
  warnings = [];
});
afterEach(() => portal.close());

function activation(lifeSeconds = 300): DeviceActivationRequest {
  const now = Math.floor(portal.clock.now().getTime() / 1000);
  return {
    type: 'device-activation-request',
    deviceId: randomBytes(16).toString('base64url'),
    nonce: randomBytes(16).toString('base64url'),
    issuedAt: now,
    expiresAt: now + lifeSeconds,
  };
}

function recordingSender(outcome: PushOutcome = 'sent') {
  const sent: Array<{ subscription: string; notice: DeviceNotice; ttlSeconds: number }> = [];
  const sender: PushSender = {
    publicKey: 'BPublicKeyOfTheTest',
    async send(subscription, notice, { ttlSeconds }) {
      sent.push({ subscription, notice, ttlSeconds });
      return outcome;
    },
  };
  return { sender, sent };
}

const services = (push: PushSender) => ({
  ...portal.services,
  push,
  log: { warn: (_details: object, message: string) => warnings.push(message) },
});

describe('notifyActivation (annex step 10: the notification the user taps to accept)', () => {
  it("publishes the handle on the device's channel and pushes it, for the acceptance's remaining life", async () => {
    const request = activation();
    const heard: string[] = [];
    await portal.ephemeral.subscribe(deviceEventsChannel(request.deviceId), (message) => heard.push(message));
    const { sender, sent } = recordingSender();
    portal.clock.advance(10_000);
    await notifyActivation(services(sender), request, '{"endpoint":"https://push.example.net/s/1","keys":{}}');
    const notice = { type: 'activation-notice', deviceId: request.deviceId };
    await expect.poll(() => heard.map((m) => JSON.parse(m) as unknown)).toEqual([notice]);
    // Nothing but the handle: not the nonce.
    expect(sent).toEqual([
      { subscription: '{"endpoint":"https://push.example.net/s/1","keys":{}}', notice, ttlSeconds: 290 },
    ]);
    expect(warnings).toEqual([]);
  });

  it('sends no Web Push without a subscription, with Web Push off, or once expired', async () => {
    const { sender, sent } = recordingSender();
    await notifyActivation(services(sender), activation(), null);
    await notifyActivation(services({ ...sender, publicKey: null }), activation(), '{"endpoint":"https://p/1"}');
    await notifyActivation(services(sender), activation(1), null);
    const late = activation(5);
    portal.clock.advance(6_000);
    await notifyActivation(services(sender), late, '{"endpoint":"https://p/1"}');
    expect(sent).toEqual([]);
  });

  it('never rejects, even when the store refuses the publication', async () => {
    const { sender } = recordingSender();
    const broken = {
      ...services(sender),
      ephemeral: { ...portal.services.ephemeral, publish: () => Promise.reject(new Error('down')) },
    };
    await expect(notifyActivation(broken, activation(), null)).resolves.toBeUndefined();
    expect(warnings).toEqual(['device events: activation notice not published']);
  });
});
