import type { PushChallenge, PushNotice, PushSubscriptionJson } from '@sesame/protocol';
import { type Clock, systemClock } from '../ports/clock';
import type { AnswerVerdict, DeviceApi } from '../ports/device-api';
import type { KeyValueStore } from '../ports/key-value-store';
import { accept } from './accept';
import { approve } from './approve';
import type { AuthenticatorContext } from './context';
import { checkEnrolment, type EnrolmentCheck } from './check-enrolment';
import { enrol, type EnrolOptions, type PendingEnrolments } from './enrol';
import { initialise } from './initialise';
import { listen } from './listen';
import { inspectOfflineQr, type OfflineCode, offlineCode, type OfflineRequest } from './offline-code';
import { pending, remembered } from './pending';
import { syncPushSubscriptions } from './push-subscription';
import { refuse } from './refuse';
import { type EnrolledAccount, enrolledAccount, loadAccounts } from './state';

export interface AuthenticatorOptions {
  readonly store: KeyValueStore;
  /** The device API of the server at a base URL, e.g. `(url) => createFetchDeviceApi(url)`. */
  readonly deviceApi: (server: string) => DeviceApi;
  readonly clock?: Clock;
}

/**
 * The Sésame app's brain (design §5), free of any screen or platform: the PWA, the CLI and the
 * load generator drive it through the same verbs. One file per verb beside this one.
 */
export class Authenticator {
  readonly #ctx: AuthenticatorContext;
  readonly #pendingEnrolments: PendingEnrolments = new Map();

  constructor(options: AuthenticatorOptions) {
    this.#ctx = {
      store: options.store,
      deviceApi: options.deviceApi,
      clock: options.clock ?? systemClock,
      shown: new Map(),
    };
  }

  /** Annex step 1: the installation id, drawn once. */
  initialise(): Promise<string> {
    return initialise(this.#ctx);
  }

  /**
   * Issue 11: a scanned enrolment QR, checked before the PIN is asked — one phone, one person:
   * a phone that already serves an account refuses it, and the server ends that enrolment.
   */
  checkEnrolment(qrText: string, options?: { readonly server?: string }): Promise<EnrolmentCheck> {
    return checkEnrolment(this.#ctx, qrText, options);
  }

  /**
   * Annex steps 3–4: scan the enrolment QR, type the PIN. With `autoAccept: false` the account
   * ends 'awaiting-acceptance' (stored: a reload keeps it) until `accept`; by default it is
   * accepted at once.
   */
  enrol(qrText: string, pin: string, options?: EnrolOptions): Promise<EnrolledAccount> {
    return enrol(this.#ctx, this.#pendingEnrolments, qrText, pin, options);
  }

  /** Annex step 10: the user accepts the device registered by `enrol`; the account is then active. */
  accept(deviceId: string): Promise<EnrolledAccount> {
    return accept(this.#ctx, deviceId);
  }

  /**
   * The enrolled accounts, active or awaiting acceptance (`status`). "One account per device" is
   * the server's policy (design §5); with it off, the app holds several and every verb below
   * serves all the active ones.
   */
  async accounts(): Promise<EnrolledAccount[]> {
    return (await loadAccounts(this.#ctx.store)).map(enrolledAccount);
  }

  /**
   * Gives each active account's server the app's Web Push subscription when it lacks it (a
   * device enrolled where the push service was out of reach); returns the accounts, each saying
   * whether its server can wake the app (`notifications`).
   */
  syncPushSubscriptions(
    subscriptionFor: (server: string) => Promise<PushSubscriptionJson | undefined>,
  ): Promise<EnrolledAccount[]> {
    return syncPushSubscriptions(this.#ctx, subscriptionFor);
  }

  pending(): Promise<PushChallenge[]> {
    return pending(this.#ctx);
  }

  /**
   * The live requests this app already holds — fetched by `pending`, or carried by an event
   * stream with their notice (`listen`) — oldest first, without asking the servers (issue 12:
   * after a notice, one request less). `pending` stays the way to learn what the servers hold.
   */
  remembered(): PushChallenge[] {
    return remembered(this.#ctx);
  }

  /** While the app is open: each new request's notice, from the servers' event streams, until `signal` aborts. */
  listen(onNotice: (notice: PushNotice) => void, signal: AbortSignal): Promise<void> {
    return listen(this.#ctx, onNotice, signal);
  }

  approve(challengeId: string, pickedNumber: number, pin: string): Promise<AnswerVerdict> {
    return approve(this.#ctx, challengeId, pickedNumber, pin);
  }

  deny(challengeId: string): Promise<AnswerVerdict> {
    return refuse(this.#ctx, challengeId, 'deny');
  }

  /** "This wasn't me": deny, and the server alerts the security team. */
  report(challengeId: string): Promise<AnswerVerdict> {
    return refuse(this.#ctx, challengeId, 'report');
  }

  /** A scanned offline QR, checked (signature, account, expiry) before the PIN is asked. */
  inspectOfflineQr(qrText: string, now: Date = this.#ctx.clock.now()): Promise<OfflineRequest> {
    return inspectOfflineQr(this.#ctx, qrText, now);
  }

  offlineCode(qrText: string, pin: string, now: Date = this.#ctx.clock.now()): Promise<OfflineCode> {
    return offlineCode(this.#ctx, qrText, pin, now);
  }
}
