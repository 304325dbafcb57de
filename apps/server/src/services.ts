import type { AccountDeps, Clock, DeviceDeps, ServiceRegistry, SessionService } from '@sesame/core';
import type { Branding } from './branding/branding';
import type { Parts } from './compose/parts';
import type { DeviceKeys, OfflineChallengeSigner } from './devices/device-keys';
import type { OutboundHttp } from './http/outbound-http';
import type { Continuations, ParticipantLogouts } from './compose/continuations';
import type { Metrics } from './observability/metrics';
import type { PushSender } from './push/push-sender';
import type { SessionGate, WarnLogger } from './sessions/session-gate';
import type { LoginTransactionsView } from './sign-in/login-transactions-facade';

/**
 * The old all-in-one object, now a read-only view built by the composition root for the test
 * kits alone (TestPortal.services): no route group takes it, each gets its own narrow context
 * (compose/app-context.ts). Its parts are kept whole, so that a test can build an app again.
 */
export interface Services extends Parts {
  readonly clock: Clock;
  readonly registry: ServiceRegistry;
  readonly outbound: OutboundHttp;
  readonly push: PushSender;
  readonly metrics: Metrics;
  readonly branding: Branding;
  readonly deviceKeys: DeviceKeys;
  readonly accounts: AccountDeps;
  /** The authenticator app: enrolment, push challenges, device management (core devices/). */
  readonly devices: DeviceDeps;
  /** Signs offline QR challenges with the server key the apps received at registration. */
  readonly offlineChallengeSigner: OfflineChallengeSigner;
  readonly sessions: SessionService;
  /** Load, start, end a session, and tell its applications when it ends (sessions/session-gate.ts). */
  readonly sessionGate: SessionGate;
  /** Read-only v1 view of the browser's sign-in (tests); the sign-in engine owns the records. */
  readonly loginTransactions: LoginTransactionsView;
  /** Warnings outside a request (background single logout, mail delivery). */
  readonly log: WarnLogger;
  /** How CAS and OIDC resume a sign-in and are told of a logout: built by compose, never registered. */
  readonly protocols: { readonly continuations: Continuations; readonly logout: ParticipantLogouts };
}
