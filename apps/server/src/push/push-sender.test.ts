import type { ActivationNotice, PushNotice } from '@sesame/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebPushSender, type PushSender } from './push-sender';
import {
  browserSubscription,
  decryptPushMessage,
  type FakePushService,
  startFakePushService,
  verifyVapidAuthorization,
} from './push-test-kit';
import { memoryVapidKeys } from './vapid-keys';

const SUBJECT = 'mailto:security@login.example.org';
const NOTICE: PushNotice = {
  type: 'push-notice',
  deviceId: 'dev-0123456789abcdef',
  challengeId: 'c2VjcmV0LWhhbmRsZS0xMjM0NTY3OA',
};

let service: FakePushService;
let sender: PushSender;
let logged: Array<{ details: object; message: string }>;
const keys = memoryVapidKeys();

beforeEach(async () => {
  service = await startFakePushService();
  logged = [];
  sender = createWebPushSender({
    keys,
    subject: SUBJECT,
    log: () => ({ warn: (details, message) => logged.push({ details, message }) }),
    agent: service.agent,
    timeoutMs: 2_000,
  });
});
afterEach(() => service.close());

describe('Web Push sender (RFC 8030, 8291, 8292)', () => {
  it('sends the handle only, encrypted for the subscription, signed with the VAPID key', async () => {
    const browser = browserSubscription(service.endpoint('sub-7f3a'));
    const before = Math.floor(Date.now() / 1000);
    expect(await sender.send(browser.json, NOTICE, { ttlSeconds: 87 })).toBe('sent');

    expect(service.requests).toHaveLength(1);
    const request = service.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/push/sub-7f3a');
    // RFC 8030 §5.2 and §5.3: kept no longer than the challenge lives; a person waits.
    expect(request.headers.ttl).toBe('87');
    expect(request.headers.urgency).toBe('high');
    expect(request.headers['content-encoding']).toBe('aes128gcm');

    // What the browser reads, and nothing else: design §10, nothing secret in a push.
    const plaintext = decryptPushMessage(request.body, browser);
    expect(plaintext).toBe(JSON.stringify(NOTICE));
    expect(JSON.parse(plaintext)).toEqual({
      type: 'push-notice',
      deviceId: NOTICE.deviceId,
      challengeId: NOTICE.challengeId,
    });

    const { claims, key } = await verifyVapidAuthorization(String(request.headers.authorization));
    expect(key).toBe(keys.publicKey);
    expect(sender.publicKey).toBe(keys.publicKey);
    // RFC 8292 §2: the audience is the push resource's origin; at most 24 h of validity.
    expect(claims.aud).toBe(service.origin);
    expect(claims.sub).toBe(SUBJECT);
    expect(claims.exp).toBeGreaterThan(before);
    expect(claims.exp).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 24 * 3600);
    expect(logged).toEqual([]);
  });

  it('never sends more than the handle, whatever the notice object carries', async () => {
    const browser = browserSubscription(service.endpoint('sub-extra'));
    const withMore = { ...NOTICE, nonce: 'must-not-leave' } as PushNotice;
    expect(await sender.send(browser.json, withMore, { ttlSeconds: 60 })).toBe('sent');
    expect(decryptPushMessage(service.requests[0]!.body, browser)).toBe(JSON.stringify(NOTICE));
  });

  it('sends the activation notice of annex step 10 as the device id only', async () => {
    const browser = browserSubscription(service.endpoint('sub-activation'));
    const notice = { type: 'activation-notice', deviceId: NOTICE.deviceId, nonce: 'must-not-leave' } as const;
    expect(await sender.send(browser.json, notice as ActivationNotice, { ttlSeconds: 60 })).toBe('sent');
    expect(decryptPushMessage(service.requests[0]!.body, browser)).toBe(
      JSON.stringify({ type: 'activation-notice', deviceId: NOTICE.deviceId }),
    );
  });

  it.each([404, 410])('answers "gone" when the push service answers %i', async (status) => {
    service.status = status;
    const browser = browserSubscription(service.endpoint('gone-token-secret'));
    expect(await sender.send(browser.json, NOTICE, { ttlSeconds: 60 })).toBe('gone');
    expect(logged).toHaveLength(1);
  });

  it('answers "failed" on a 500 and logs the push service origin, never the endpoint path', async () => {
    service.status = 500;
    const browser = browserSubscription(service.endpoint('capability-token-secret'));
    await expect(sender.send(browser.json, NOTICE, { ttlSeconds: 60 })).resolves.toBe('failed');
    expect(logged).toHaveLength(1);
    expect(logged[0]!.details).toMatchObject({ pushService: service.origin, status: 500, deviceId: NOTICE.deviceId });
    expect(JSON.stringify(logged)).not.toContain('capability-token-secret');
  });

  it('answers "failed" when the push service cannot be reached, and for a malformed subscription', async () => {
    const browser = browserSubscription(service.endpoint('unreachable-secret'));
    await service.close();
    await expect(sender.send(browser.json, NOTICE, { ttlSeconds: 60 })).resolves.toBe('failed');
    expect(JSON.stringify(logged)).not.toContain('unreachable-secret');

    await expect(sender.send('{not json', NOTICE, { ttlSeconds: 60 })).resolves.toBe('failed');
    const plainHttp = JSON.stringify({ ...JSON.parse(browser.json), endpoint: 'http://127.0.0.1:9/push/x' });
    await expect(sender.send(plainHttp, NOTICE, { ttlSeconds: 60 })).resolves.toBe('failed');
    expect(logged).toHaveLength(3);
    // Reopened for afterEach.
    service = await startFakePushService();
  });

  it('refuses a push service whose certificate it does not trust', async () => {
    const untrusting = createWebPushSender({ keys, subject: SUBJECT, log: () => ({ warn: () => {} }) });
    const browser = browserSubscription(service.endpoint('sub-tls'));
    expect(await untrusting.send(browser.json, NOTICE, { ttlSeconds: 60 })).toBe('failed');
    expect(service.requests).toEqual([]);
  });
});
