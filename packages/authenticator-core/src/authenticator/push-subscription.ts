import { type PushSubscriptionJson, signDeviceRequest } from '@sesame/protocol';
import { pushSubscriptionProofPath } from '../api/http-contract';
import type { AuthenticatorContext } from './context';
import {
  type AccountRecord,
  accountStatus,
  type EnrolledAccount,
  enrolledAccount,
  loadAccounts,
  saveAccounts,
} from './state';

/**
 * Issue 10, finding 6: a device enrolled without Web Push (the push service was unreachable, or
 * notifications were not allowed yet) gets it later. For each active account whose server does
 * not hold the app's current subscription, `subscriptionFor(server)` is asked for one (the PWA
 * gives it a few seconds at most); when there is one, it goes to the server by
 * PUT /device/v1/push-subscription, signed with the device key. No subscription now leaves the
 * server's as it is (a push service out of reach for a moment must not silence a working one).
 * A refusal or a network error leaves the account unchanged: the next call tries again.
 * Returns the accounts, as `accounts()` does.
 */
export async function syncPushSubscriptions(
  ctx: AuthenticatorContext,
  subscriptionFor: (server: string) => Promise<PushSubscriptionJson | undefined>,
): Promise<EnrolledAccount[]> {
  const updated = new Map<string, string>();
  const subscriptions = new Map<string, Promise<PushSubscriptionJson | undefined>>();
  for (const account of await loadAccounts(ctx.store)) {
    if (accountStatus(account) !== 'active') continue;
    // One subscription per server (one service worker): asked once for all its accounts.
    let asked = subscriptions.get(account.server);
    if (asked === undefined) {
      asked = subscriptionFor(account.server).catch(() => undefined);
      subscriptions.set(account.server, asked);
    }
    const subscription = await asked;
    if (subscription === undefined || subscription.endpoint === account.pushEndpoint) continue;
    if (await send(ctx, account, subscription)) updated.set(account.deviceId, subscription.endpoint);
  }
  // Read again: another verb may have written meanwhile.
  const accounts = (await loadAccounts(ctx.store)).map((a) =>
    updated.has(a.deviceId) ? { ...a, pushEndpoint: updated.get(a.deviceId)! } : a,
  );
  if (updated.size > 0) await saveAccounts(ctx.store, accounts);
  return accounts.map(enrolledAccount);
}

async function send(ctx: AuthenticatorContext, account: AccountRecord, subscription: PushSubscriptionJson) {
  const api = ctx.deviceApi(account.server);
  if (api.updatePushSubscription === undefined) return false;
  const proof = await signDeviceRequest(account.deviceKey, {
    method: 'PUT',
    path: await pushSubscriptionProofPath(subscription),
    deviceId: account.deviceId,
    now: ctx.clock.now(),
  });
  try {
    await api.updatePushSubscription(proof, subscription);
    return true;
  } catch {
    return false;
  }
}
