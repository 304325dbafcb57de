import { toBase64Url } from '../base64url';
import type { PushSubscriptionJson } from './registration';

/** PUT: the app gives its Web Push subscription after enrolment (issue 10, finding 6). */
export const PUSH_SUBSCRIPTION_PATH = '/device/v1/push-subscription';

/**
 * The path the device's request proof signs for PUT /device/v1/push-subscription: the route's,
 * with the SHA-256 of the subscription's fields as query. The proof signs only the method and
 * the path, so naming the body there keeps a captured proof (valid ±60 s) from being replayed
 * with another subscription. The app signs it and the server checks it: one function for both.
 */
export async function pushSubscriptionProofPath(subscription: PushSubscriptionJson): Promise<string> {
  const fields = [
    subscription.endpoint,
    subscription.expirationTime ?? null,
    subscription.keys.p256dh,
    subscription.keys.auth,
  ];
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(fields)));
  return `${PUSH_SUBSCRIPTION_PATH}?sha256=${toBase64Url(new Uint8Array(digest))}`;
}
