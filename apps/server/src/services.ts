import { readFileSync } from 'node:fs';
import {
  commonPasswords,
  ServiceRegistry,
  SessionService,
  type RelyingAppInput,
  systemClock,
  type AccountDeps,
  type Clock,
  DEFAULT_DEVICE_POLICY,
  type DeviceDeps,
  type DurableStore,
  type EphemeralStore,
  type Mailer,
  type PasswordHasher,
} from '@sesame/core';
import type { Branding } from './branding/branding';
import { loadBranding } from './branding/load-branding';
import type { SesameConfig } from './config/config-schema';
import { type DeviceKeys, memoryDeviceKeys, type OfflineChallengeSigner } from './devices/device-keys';
import { createOutboundHttp, type OutboundHttp } from './http/outbound-http';
import { loginTransactionsFacade, type LoginTransactionsView } from './sign-in/login-transactions-facade';
import { notifyParticipants, type WarnLogger } from './login/end-session';
import type { LoginProtocols } from './login/login-protocols';
import { createMetrics, type Metrics } from './observability/metrics';
import { createWebPushSender, disabledPushSender, type PushSender } from './push/push-sender';
import { memoryVapidKeys, type VapidKeys, vapidSubject } from './push/vapid-keys';

/** Everything the routes use, built once: by main.ts for real, by tests with their own parts. */
export interface Services {
  config: SesameConfig;
  durable: DurableStore;
  ephemeral: EphemeralStore;
  mailer: Mailer;
  hasher: PasswordHasher;
  clock: Clock;
  accounts: AccountDeps;
  /** The authenticator app: enrolment, push challenges, device management (core devices/). */
  devices: DeviceDeps;
  /** Signs offline QR challenges with the server key the apps received at registration. */
  offlineChallengeSigner: OfflineChallengeSigner;
  sessions: SessionService;
  /** Read-only v1 view of the browser's sign-in (tests); the sign-in engine owns the records. */
  loginTransactions: LoginTransactionsView;
  metrics: Metrics;
  registry: ServiceRegistry;
  /** Warnings outside a request (background single logout); the app's logger once built. */
  log: WarnLogger;
  /** Back-channel HTTP to relying applications (CAS proxy callbacks, single logout). */
  outbound: OutboundHttp;
  /** Filled by the protocol plugins (CAS, OIDC) when the app is built. */
  protocols: LoginProtocols;
  /** Web Push to the authenticator apps (push/notify-devices.ts sends through it). */
  push: PushSender;
  /** The organisation's name, logo, colour, support, legal and privacy pages (docs/adr/0020). */
  branding: Branding;
}

/** The relying applications of the configuration: inline ones, then those of the file. */
export function loadRegistry(config: SesameConfig): ServiceRegistry {
  const fromFile = config.relyingAppsFile
    ? (JSON.parse(readFileSync(config.relyingAppsFile, 'utf8')) as unknown[])
    : [];
  return ServiceRegistry.from([...config.relyingApps, ...fromFile] as RelyingAppInput[]);
}

export function assembleServices(parts: {
  config: SesameConfig;
  durable: DurableStore;
  ephemeral: EphemeralStore;
  mailer: Mailer;
  hasher: PasswordHasher;
  clock?: Clock;
  registry?: ServiceRegistry;
  outbound?: OutboundHttp;
  /** The device key file, opened (createServices); absent, fresh keys held in memory (tests). */
  devices?: DeviceKeys;
  /** The VAPID keys (createServices); absent, fresh keys in memory when Web Push is on (tests). */
  vapidKeys?: VapidKeys;
  /** Replaces the Web Push sender (tests: one trusting a local push service). */
  push?: PushSender;
  /** The organisation, resolved (createServices, which hands it to the mailer too); absent, from config. */
  branding?: Branding;
}): Services {
  const { config, devices: deviceKeysPart, vapidKeys, push: pushPart, branding, ...rest } = parts;
  const clock = parts.clock ?? systemClock;
  const deviceKeys = deviceKeysPart ?? memoryDeviceKeys(clock.now());
  const devices: DeviceDeps = {
    durable: parts.durable,
    ephemeral: parts.ephemeral,
    mailer: parts.mailer,
    vault: deviceKeys.vault,
    serverOrigin: new URL(config.publicUrl).origin,
    serverKeys: deviceKeys.serverKeys,
    policy: {
      ...DEFAULT_DEVICE_POLICY,
      oneAccountPerDevice: config.devices.oneAccountPerDevice,
      blockMinutes: config.devices.blockMinutes,
      blockMaxMinutes: Math.max(config.devices.blockMaxMinutes, config.devices.blockMinutes),
      linkTtlMinutes: config.linkTtlMinutes,
      recoveryWaitingHours: config.recovery.waitingHours,
    },
  };
  const accounts: AccountDeps = {
    durable: parts.durable,
    ephemeral: parts.ephemeral,
    hasher: parts.hasher,
    mailer: parts.mailer,
    clock,
    policy: {
      password: {
        minLength: config.password.minLength,
        maxLength: config.password.maxLength,
        blocklist: commonPasswords(),
      },
      linkTtlMinutes: config.linkTtlMinutes,
      lockAfterFailures: config.signIn.lockAfterFailures,
      accountLockAfterFailures: config.signIn.accountLockAfterFailures,
      lockMinutes: config.signIn.lockMinutes,
      mailRequests: config.mailRequests,
    },
  };
  const services: Services = {
    ...rest,
    config,
    clock,
    accounts,
    devices,
    offlineChallengeSigner: deviceKeys.signer,
    log: { warn: () => {} },
    // A session voided by a password change or reset signs its applications out (single logout).
    sessions: new SessionService(parts.ephemeral, config.session, (userId, participants) =>
      notifyParticipants(services, participants, userId, services.log),
    ),
    loginTransactions: loginTransactionsFacade(parts.ephemeral),
    metrics: createMetrics(),
    registry: parts.registry ?? loadRegistry(config),
    branding: branding ?? loadBranding(config.organisation),
    outbound: parts.outbound ?? createOutboundHttp(),
    protocols: { continuations: {}, logout: {} },
    push:
      pushPart ??
      (config.webPush.enabled
        ? createWebPushSender({
            keys: vapidKeys ?? memoryVapidKeys(),
            subject: vapidSubject(config),
            log: () => services.log,
          })
        : disabledPushSender),
  };
  return services;
}
