import type {
  Clock,
  DurableStore,
  EphemeralStore,
  Mailer,
  PasswordHasher,
  ServiceRegistry,
  SmsSender,
} from '@sesame/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Branding } from '../branding/branding';
import type { SesameConfig } from '../config/config-schema';
import type { DeviceKeys } from '../devices/device-keys';
import type { OutboundHttp } from '../http/outbound-http';
import type { Metrics } from '../observability/metrics';
import type { KeyRing } from '../oidc/key-ring';
import type { PushSender } from '../push/push-sender';
import type { VapidKeys } from '../push/vapid-keys';

/**
 * What the outside world supplies to the composition root (ADR 0026 §2.6): main opens them from
 * the configuration (open-parts.ts), tests bring their own (test/test-portal.ts). Everything
 * optional has a default that needs no file and no network (fresh keys in memory, the registry of
 * the configuration, the system clock).
 */
export interface Parts {
  readonly config: SesameConfig;
  readonly durable: DurableStore;
  readonly ephemeral: EphemeralStore;
  /** Already the final mailer (main: metrics-counting, in the background): never swapped later. */
  readonly mailer: Mailer;
  readonly hasher: PasswordHasher;
  /** pino; Fastify gets it as its `loggerInstance`, background tasks log through it too. */
  readonly logger: FastifyBaseLogger;
  /** The OIDC key ring, loaded (open-parts.ts); the provider signs with it. */
  readonly oidcKeyRing: KeyRing;
  readonly clock?: Clock;
  readonly registry?: ServiceRegistry;
  readonly outbound?: OutboundHttp;
  /** The device key file, opened; absent, fresh keys held in memory (tests). */
  readonly deviceKeys?: DeviceKeys;
  /** The VAPID keys; absent, fresh keys in memory when Web Push is on (tests). */
  readonly vapidKeys?: VapidKeys;
  /** Replaces the Web Push sender (tests: one trusting a local push service). */
  readonly push?: PushSender;
  /** The counters; given when something built before composition counts (the mailer). */
  readonly metrics?: Metrics;
  /** The organisation, resolved; absent, from the configuration (docs/adr/0020). */
  readonly branding?: Branding;
  /** Replaces the SMS gateway of `sms.provider` (tests: a recording fake); null: no SMS. */
  readonly sms?: SmsSender | null;
}
