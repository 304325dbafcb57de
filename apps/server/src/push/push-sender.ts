import type { Agent } from 'node:https';
import { type DeviceNotice, parsePushSubscription, type PushSubscriptionJson } from '@sesame/protocol';
import webPush from 'web-push';
import type { WarnLogger } from '../sessions/session-gate';
import type { VapidKeys } from './vapid-keys';

/**
 * 'sent': the push service took the message (RFC 8030 §5: 201). 'gone': the subscription no
 * longer exists (404 or 410, RFC 8030 §7.3): forget it. 'failed': anything else; the app still
 * hears the challenge through its event stream or by polling.
 */
export type PushOutcome = 'sent' | 'gone' | 'failed';

/** Wakes a sleeping authenticator app through its browser's push service (design §5). */
export interface PushSender {
  /** The VAPID public key apps subscribe with (base64url); null when Web Push is off. */
  readonly publicKey: string | null;
  /**
   * Sends the notice (a push challenge's, or the activation notice of annex step 10) to the
   * subscription the app gave at registration (its JSON text). Never rejects: a push that did
   * not go is logged and told, the sign-in or the enrolment goes on without it.
   */
  send(subscriptionJson: string, notice: DeviceNotice, options: { ttlSeconds: number }): Promise<PushOutcome>;
}

export interface WebPushSenderOptions {
  keys: VapidKeys;
  /** RFC 8292 §2.1 contact, `mailto:` or `https:` (vapid-keys.ts vapidSubject). */
  subject: string;
  /** The logger of the moment (the app's once built), read at each failure. */
  log: () => WarnLogger;
  /** Socket inactivity that abandons a request to the push service. */
  timeoutMs?: number;
  /** TLS towards the push services, e.g. one trusting a test certificate authority. */
  agent?: Agent;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Web Push is off: no key to give the apps, nothing sent (notifyDevices does not call it). */
export const disabledPushSender: PushSender = {
  publicKey: null,
  send: async () => 'failed',
};

/**
 * Web Push with the `web-push` library: the payload encrypted for the subscription's keys
 * (RFC 8291, aes128gcm of RFC 8188), the request signed with the VAPID key (RFC 8292, a JWT for
 * the push service's origin, valid 12 h), `Urgency: high` (RFC 8030 §5.3: a person waits) and a
 * TTL of the challenge's remaining life (§5.2: a late notice is worse than none).
 */
export function createWebPushSender(options: WebPushSenderOptions): PushSender {
  const vapidDetails = {
    subject: options.subject,
    publicKey: options.keys.publicKey,
    privateKey: options.keys.privateKey,
  };

  return {
    publicKey: options.keys.publicKey,
    async send(subscriptionJson, notice, { ttlSeconds }) {
      const subscription = readSubscription(subscriptionJson);
      if (subscription === null) {
        options.log().warn({ deviceId: notice.deviceId }, 'web push: the stored subscription is malformed');
        return 'failed';
      }
      // The endpoint's path is the subscription's capability (RFC 8030 §8.2): logs get the origin only.
      const pushService = new URL(subscription.endpoint).origin;
      // Design §10: nothing secret in a push. The handle only, rebuilt field by field; the app
      // fetches the challenge itself, or already holds the activation request.
      const payload: DeviceNotice =
        notice.type === 'activation-notice'
          ? { type: 'activation-notice', deviceId: notice.deviceId }
          : { type: 'push-notice', deviceId: notice.deviceId, challengeId: notice.challengeId };
      try {
        await webPush.sendNotification(subscription, JSON.stringify(payload), {
          vapidDetails,
          TTL: Math.max(0, Math.floor(ttlSeconds)),
          urgency: 'high',
          contentEncoding: 'aes128gcm',
          timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          ...(options.agent ? { agent: options.agent } : {}),
        });
        return 'sent';
      } catch (error) {
        const status = statusOf(error);
        if (status === 404 || status === 410) {
          options.log().warn({ deviceId: notice.deviceId, pushService, status }, 'web push: subscription gone');
          return 'gone';
        }
        // Not the error object: web-push's carries the endpoint, hence the capability.
        const cause = status === null ? describe(error) : { status };
        options.log().warn({ deviceId: notice.deviceId, pushService, ...cause }, 'web push: not sent');
        return 'failed';
      }
    },
  };
}

function readSubscription(json: string): PushSubscriptionJson | null {
  try {
    return parsePushSubscription(JSON.parse(json));
  } catch {
    // Not JSON, or not a subscription the protocol admits (e.g. a plain-http endpoint).
    return null;
  }
}

function statusOf(error: unknown): number | null {
  return error instanceof webPush.WebPushError ? error.statusCode : null;
}

/** A network or TLS failure: its code and message (Node's name host and port, never the path). */
function describe(error: unknown): { code?: string; reason: string } {
  if (!(error instanceof Error)) return { reason: 'unknown' };
  const code = (error as NodeJS.ErrnoException).code;
  return { ...(typeof code === 'string' ? { code } : {}), reason: error.message };
}
