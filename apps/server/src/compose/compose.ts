import { buildCampaignGate, buildMigrationDeps } from './build-migration';
import {
  type AccountDeps,
  commonPasswords,
  DEFAULT_DEVICE_POLICY,
  type DeviceDeps,
  type RelyingAppInput,
  ServiceRegistry,
  SessionService,
  systemClock,
  type ChallengeMac,
  type Clock,
} from '@sesame/core';
import { readFileSync } from 'node:fs';
import { loadBranding } from '../branding/load-branding';
import { casContinuation } from '../cas/cas-continuation';
import { createCasContext } from '../cas/cas-context';
import { casSingleLogout } from '../cas/single-logout';
import type { SesameConfig } from '../config/config-schema';
import { memoryDeviceKeys } from '../devices/device-keys';
import { storeProbe } from '../http/error-classification';
import { createOutboundHttp } from '../http/outbound-http';
import { countAuditEvents } from '../observability/audit-metrics';
import { createMetrics } from '../observability/metrics';
import { createProvider } from '../oidc/create-provider';
import { notifyActivation } from '../push/notify-activation';
import { oidcCancellation, oidcContinuation } from '../oidc/finish-interaction';
import type { OidcDeps } from '../oidc/oidc-deps';
import { oidcParticipantLogout } from '../oidc/participant-logout';
import { createWebPushSender, disabledPushSender } from '../push/push-sender';
import { memoryVapidKeys, vapidSubject } from '../push/vapid-keys';
import { afterEnrolmentPath, pendingSignInApp } from '../sign-in/step-up';
import { openSession } from '../sign-in/finish-sign-in';
import { loginTransactionsFacade } from '../sign-in/login-transactions-facade';
import { signInEntry } from '../sign-in/sign-in-entry';
import type { Services } from '../services';
import { createSessionGate, notifyParticipants } from '../sessions/session-gate';
import type { AppContext, Continuations, ParticipantLogouts } from './app-context';
import { buildWebAuthn } from '../webauthn/build-webauthn';
import { buildCredentials } from './build-credentials';
import { buildSignIn } from './build-sign-in';
import { buildEid } from '../eid/build-eid';
import { createSmsSender } from '../sms/create-sms-sender';
import { smsParts } from './build-sms';
import { deepFreeze, supplied } from './deep-freeze';
import type { Parts } from './parts';

/** The relying applications of the configuration: inline ones, then those of the file. */
export function loadRegistry(config: SesameConfig): ServiceRegistry {
  const fromFile = config.relyingAppsFile
    ? (JSON.parse(readFileSync(config.relyingAppsFile, 'utf8')) as unknown[])
    : [];
  return ServiceRegistry.from([...config.relyingApps, ...fromFile] as RelyingAppInput[]);
}

/** The authenticator app's rules (core devices/), from the configuration. */
function deviceDeps(parts: Parts, deviceKeys: ReturnType<typeof memoryDeviceKeys>): DeviceDeps {
  const { config } = parts;
  return {
    durable: parts.durable,
    ephemeral: parts.ephemeral,
    mailer: parts.mailer,
    vault: deviceKeys.vault,
    serverOrigin: new URL(config.publicUrl).origin,
    serverKeys: deviceKeys.serverKeys,
    policy: {
      ...DEFAULT_DEVICE_POLICY,
      // A copy: the contexts are frozen, core's default is not theirs to freeze.
      pushPerUser: { ...DEFAULT_DEVICE_POLICY.pushPerUser },
      oneAccountPerDevice: config.devices.oneAccountPerDevice,
      blockMinutes: config.devices.blockMinutes,
      blockMaxMinutes: Math.max(config.devices.blockMaxMinutes, config.devices.blockMinutes),
      linkTtlMinutes: config.linkTtlMinutes,
      recoveryWaitingHours: config.recovery.waitingHours,
    },
  };
}

/** The account rules (core accounts/), from the configuration. */
function accountDeps(parts: Parts, clock: Clock, knownBrowserMac?: ChallengeMac): AccountDeps {
  const { config } = parts;
  return {
    durable: parts.durable,
    ephemeral: parts.ephemeral,
    hasher: parts.hasher,
    mailer: parts.mailer,
    clock,
    ...(knownBrowserMac ? { knownBrowserMac } : {}),
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
      lockMaxMinutes: config.signIn.lockMaxMinutes,
      maxConsecutiveFailures: config.signIn.maxConsecutiveFailures,
      failureMemoryDays: config.signIn.failureMemoryDays,
      mailRequests: config.mailRequests,
    },
  };
}

/**
 * The composition root (ADR 0026 §2.6): synchronous wiring of the parts into immutable, narrow
 * contexts, one per route group. Nothing is assigned afterwards; the continuations and the
 * participant logouts are passed where they are needed, never registered on a shared object.
 *
 * Order: registry → CAS tickets → participant logouts → SessionService → SessionGate → OIDC
 * Provider → continuations → route contexts. The OIDC logout needs the provider, whose
 * configuration needs the gate: the logout reaches the provider through a closure, called only
 * when a session ends (never while composing); nothing is assigned late.
 */
export function compose(input: Parts): AppContext {
  const metrics = input.metrics ?? createMetrics();
  // Sign-ins, enrolments and admin actions counted from the audit as it is written (docs/adr/0038).
  const parts: Parts = { ...input, durable: countAuditEvents(input.durable, metrics) };
  const { config, durable, ephemeral, logger: log } = parts;
  const clock = parts.clock ?? systemClock;
  const registry = parts.registry ?? loadRegistry(config);
  const branding = parts.branding ?? loadBranding(config.organisation);
  const outbound = parts.outbound ?? createOutboundHttp();
  const deviceKeys = parts.deviceKeys ?? memoryDeviceKeys(clock.now());
  const push =
    parts.push ??
    (config.webPush.enabled
      ? createWebPushSender({
          keys: parts.vapidKeys ?? memoryVapidKeys(),
          subject: vapidSubject(config),
          log: () => log,
        })
      : disabledPushSender);

  const cas = createCasContext({ ephemeral, registry, durable, outbound }, log);
  const participantLogouts: ParticipantLogouts = Object.freeze({
    cas: casSingleLogout({ registry, clock, outbound }, cas),
    // `provider` is created below; this runs only when a session ends, never while composing.
    oidc: (participant, userId) => oidcParticipantLogout({ registry, ephemeral }, provider)(participant, userId),
  });
  // A session voided by a password change or reset signs its applications out (single logout).
  const sessions = new SessionService(ephemeral, config.session, (userId, participants) =>
    notifyParticipants(participantLogouts, participants, userId, log),
  );
  const sessionGate = createSessionGate({
    sessions,
    findUser: (id) => durable.users.findById(id),
    logouts: participantLogouts,
    log,
  });
  const oidcDeps: OidcDeps = { config, registry, clock, ephemeral, durable, sessionGate };
  const provider = createProvider(oidcDeps, parts.oidcKeyRing, log);
  const continuations: Continuations = Object.freeze({
    cas: casContinuation({ registry, clock, config, sessionGate }, cas),
    oidc: oidcContinuation({ registry, ephemeral, config }, provider),
  });
  // The sign-in's account rules stay unfrozen, shared with the test kits' `legacy` view:
  // sign-in-limits.test.ts counts the passwords checked by swapping their hasher.
  const signInAccounts = accountDeps(parts, clock, deviceKeys.challengeMac);
  const devices = deviceDeps(parts, deviceKeys);
  // SMS, on its way out (issue 13 point 4; docs/adr/0030): the gateway of `sms.provider`, null for none.
  // Every text goes through the toll-fraud gate (docs/adr/0059): countries, caps, metrics.
  const sms = smsParts(
    config,
    parts.sms !== undefined ? parts.sms : createSmsSender(config, { outbox: durable.outbox, clock, log }),
    { organisations: durable.organisations, ephemeral, metrics, log },
  );
  const webauthn = buildWebAuthn(config, clock);
  // Issue 14 points 3–4 (docs/adr/0036): the dashboard, the reminders, the registration campaign.
  const migration = buildMigrationDeps(config, durable, clock, parts.mailer);
  const signIn = buildSignIn({
    campaign: buildCampaignGate(migration, ephemeral, config.session.absoluteHours),
    config,
    durable,
    ephemeral,
    clock,
    registry,
    accounts: signInAccounts,
    devices,
    offlineChallengeSigner: deviceKeys.signer,
    challengeMac: deviceKeys.challengeMac,
    push,
    metrics,
    log,
    sessionGate,
    continuations,
    cancellations: Object.freeze({ oidc: oidcCancellation(provider) }),
    mailer: parts.mailer,
    sms,
    webauthn,
    eid: buildEid(config, { durable, ephemeral, devices, mailer: parts.mailer }, clock),
  });
  const signInEntryPoint = signInEntry(signIn);

  // The test kits' view of the old `Services` (TestPortal.services); no route group takes it.
  const legacy: Services = Object.freeze({
    ...parts,
    config,
    clock,
    registry,
    branding,
    outbound,
    metrics,
    push,
    deviceKeys,
    accounts: signInAccounts,
    devices,
    offlineChallengeSigner: deviceKeys.signer,
    sessions,
    sessionGate,
    loginTransactions: loginTransactionsFacade(ephemeral),
    log,
    protocols: Object.freeze({ continuations, logout: participantLogouts }),
  });

  const accounts = accountDeps(parts, clock);
  const probe = storeProbe({ durable, ephemeral });
  const adminDeps = { durable, ephemeral, policy: accounts.policy, clock, mailer: accounts.mailer };
  const context: AppContext = {
    config,
    log,
    shell: { config, registry, branding, metrics },
    portal: { config, sessionGate, clock, durable },
    account: {
      config,
      accounts,
      devices,
      durable,
      clock,
      sessionGate,
      openSession: (request, reply, done) => openSession(signIn, request, reply, done),
      knownBrowserMac: deviceKeys.challengeMac,
    },
    devicePages: {
      config,
      accounts,
      devices,
      durable,
      ephemeral,
      push,
      clock,
      afterEnrolmentPath: (request) => afterEnrolmentPath(signIn, request),
    },
    staticPages: { config, durable },
    // The automation APIs (issue 14 point 6, docs/adr/0037): the console's use cases, the OIDC
    // engine's client-credentials tokens.
    adminApi: { config, admin: adminDeps, provider, registry, probe },
    admin: { config, metrics, admin: adminDeps, migration },
    authenticatorApp: { log },
    cas: {
      config,
      registry,
      clock,
      durable,
      ephemeral,
      sessionGate,
      cas,
      signIn: signInEntryPoint,
    },
    oidc: {
      config,
      provider,
      registry,
      clock,
      branding,
      signIn: signInEntryPoint,
      sessionGate,
    },
    operations: { config, durable, ephemeral, metrics },
    retention: { config, durable, ephemeral, clock },
    errors: { config, probe, registry, refusals: adminDeps },
    deviceApi: {
      devices,
      clock,
      vapidPublicKey: push.publicKey,
      events: ephemeral,
      probe,
      notifyActivation: (activation, pushSubscription) =>
        notifyActivation({ ephemeral, durable, push, clock, log }, activation, pushSubscription),
    },
    signIn,
    credentials: buildCredentials({
      config,
      durable,
      clock,
      devices,
      hasher: parts.hasher,
      mailer: parts.mailer,
      branding,
      sms,
      webauthn,
      pendingSignInApp: (request) => pendingSignInApp(signIn, request),
    }),
    legacy,
  };
  // What the caller supplied (configuration, stores, keys, mailer…), the test kits' view and the
  // sign-in's account rules it shares stay as they are.
  return deepFreeze(context, supplied(Object.values(parts)).add(legacy).add(signInAccounts));
}
