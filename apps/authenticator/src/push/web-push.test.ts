import { toBase64Url } from '@sesame/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PUSH_SUBSCRIPTION_TIMEOUT_MS, webPushSubscription } from './web-push';

/**
 * Issue 10, finding 6: where the browser cannot reach its push service, `pushManager.subscribe`
 * may never settle; enrolment must not wait for it. The browser's Push API is played by stubs.
 */

const KEY = new Uint8Array(65).fill(7);
KEY[0] = 0x04;
const SUBSCRIPTION = {
  endpoint: 'https://push.example.net/wpush/v2/abc',
  expirationTime: null,
  keys: { p256dh: toBase64Url(KEY), auth: toBase64Url(new Uint8Array(16).fill(9)) },
};

function browserWith(subscribe: () => Promise<unknown>) {
  vi.stubGlobal('Notification', { permission: 'granted' });
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ publicKey: toBase64Url(KEY) })));
  const pushManager = { getSubscription: async () => null, subscribe };
  vi.stubGlobal('navigator', { serviceWorker: { ready: Promise.resolve({ pushManager }) } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('webPushSubscription', () => {
  it('gives up after its time limit when subscribe never settles: the device registers without push', async () => {
    expect(PUSH_SUBSCRIPTION_TIMEOUT_MS).toBeLessThanOrEqual(5_000);
    browserWith(() => new Promise(() => {}));
    const started = Date.now();
    await expect(webPushSubscription('https://sesame.example.org', 100)).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives none when subscribe rejects (push service not available)', async () => {
    browserWith(() => Promise.reject(new Error('Registration failed - push service not available')));
    await expect(webPushSubscription('https://sesame.example.org', 1_000)).resolves.toBeUndefined();
  });

  it('gives the subscription when the push service answers in time', async () => {
    browserWith(async () => ({ toJSON: () => SUBSCRIPTION }));
    await expect(webPushSubscription('https://sesame.example.org', 1_000)).resolves.toEqual(SUBSCRIPTION);
  });
});
