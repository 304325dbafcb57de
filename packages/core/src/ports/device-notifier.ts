import type { PushNotice } from '@sesame/protocol';

/**
 * New push challenges, as the notifier needs them. The same shape as devices/push-challenges.ts
 * `CreatedPush` (each is assignable to the other), declared here rather than imported so that the
 * ports stay below the device code: ports → devices → ports would be a cycle (ADR 0022).
 */
export interface PushToNotify {
  /** The number the browser shows. */
  shown: number;
  expiresAt: Date;
  /** Where the waiting browser listens for the verdict. */
  channel: string;
  /** The names of the devices asked, in the order of `challenges`. */
  deviceNames: string[];
  /** One per active device: what to send by Web Push (a handle, nothing secret) and where. */
  challenges: Array<{ deviceId: string; challengeId: string; notice: PushNotice; pushSubscription: string | null }>;
}

/**
 * Tells the devices of a new push challenge (design §5: the app's event stream at once, Web Push
 * for a sleeping app; polling stays the last resort). Implemented by the server (Web Push needs
 * HTTP). Never rejects: a notice that did not go does not stop the sign-in, the browser shows the
 * number anyway and the app can still poll.
 */
export interface DeviceNotifier {
  notify(created: PushToNotify): Promise<void>;
}
