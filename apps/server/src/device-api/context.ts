import type { Clock, DeviceDeps, EphemeralStore } from '@sesame/core';
import type { DeviceActivationRequest } from '@sesame/protocol';

/** Whether both stores answer (a ping each): true, or the fault is an outage and not a bug. */
export type StoreProbe = () => Promise<boolean>;

/**
 * What the device API's routes use, and nothing more (ADR 0026 §2.6): built once by the
 * composition root, read-only; no route sees the portal, the sessions or the configuration.
 */
export interface DeviceApiContext {
  /** Enrolment, challenges, request proofs (core devices/). */
  readonly devices: DeviceDeps;
  readonly clock: Clock;
  /** The VAPID public key the apps subscribe with (RFC 8292 §3.2); null when Web Push is off. */
  readonly vapidPublicKey: string | null;
  /** The device's channel for its event stream; `ping` ends a stream whose store stopped answering. */
  readonly events: Pick<EphemeralStore, 'subscribe' | 'ping'>;
  /** Tells an outage (503, fail closed) from a fault (500) in the error handler. */
  readonly probe: StoreProbe;
  /**
   * Annex step 10: after a right PIN, tell the device its acceptance waits (event stream and Web
   * Push, push/notify-activation.ts). Never rejects.
   */
  readonly notifyActivation: (activation: DeviceActivationRequest, pushSubscription: string | null) => Promise<void>;
}
