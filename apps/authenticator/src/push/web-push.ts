import { fromBase64Url, type PushSubscriptionJson } from '@sesame/protocol';

/** GET /device/v1/web-push-key: 200 `{"publicKey": "<base64url>"}`, or 404 when the server does not push. */
const WEB_PUSH_KEY_PATH = '/device/v1/web-push-key';

async function vapidPublicKey(server: string): Promise<Uint8Array | null> {
  const response = await fetch(new URL(WEB_PUSH_KEY_PATH, server), { headers: { accept: 'application/json' } });
  if (!response.ok) return null;
  const body = (await response.json()) as { publicKey?: unknown };
  if (typeof body.publicKey !== 'string') return null;
  const key = fromBase64Url(body.publicKey);
  // RFC 8292 §3.2: the application server's key is an uncompressed P-256 point.
  return key.length === 65 && key[0] === 0x04 ? key : null;
}

function sameKey(current: ArrayBuffer | null, key: Uint8Array): boolean {
  if (current === null || current.byteLength !== key.length) return false;
  const bytes = new Uint8Array(current);
  return bytes.every((byte, i) => byte === key[i]);
}

/**
 * The most the app waits for a Web Push subscription (issue 10, finding 6): where the browser
 * cannot reach its push service (a locked-down network), `pushManager.subscribe` may never
 * settle, and enrolment must not wait for it. Past this, the device registers without push.
 */
export const PUSH_SUBSCRIPTION_TIMEOUT_MS = 5_000;

/**
 * The Web Push subscription to send with the registration (design §5: the server wakes the app
 * by Web Push, RFC 8030/8291/8292), or undefined: notifications not granted, no service worker,
 * no VAPID key on the server (404), no answer within PUSH_SUBSCRIPTION_TIMEOUT_MS, or any
 * failure. Push is a convenience, never a condition of enrolment: without it the app hears
 * requests by its event stream and polling while open, and tries to subscribe again later.
 */
export async function webPushSubscription(
  server: string,
  timeoutMs = PUSH_SUBSCRIPTION_TIMEOUT_MS,
): Promise<PushSubscriptionJson | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    return await Promise.race([subscribe(server), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function subscribe(server: string): Promise<PushSubscriptionJson | undefined> {
  try {
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return undefined;
    if (!('serviceWorker' in navigator)) return undefined;
    const key = await vapidPublicKey(server);
    if (key === null) return undefined;
    const registration = await navigator.serviceWorker.ready;
    const options = { userVisibleOnly: true, applicationServerKey: key as BufferSource };
    let subscription = await registration.pushManager.getSubscription();
    if (subscription !== null && !sameKey(subscription.options.applicationServerKey, key)) {
      // A subscription made under another server key cannot carry this server's messages.
      await subscription.unsubscribe();
      subscription = null;
    }
    // One subscription per service worker: a second account on the same server shares it.
    subscription ??= await registration.pushManager.subscribe(options);
    const json = subscription.toJSON();
    if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth) return undefined;
    return {
      endpoint: json.endpoint,
      expirationTime: json.expirationTime ?? null,
      keys: { p256dh: json.keys.p256dh, auth: json.keys.auth },
    };
  } catch {
    return undefined;
  }
}
