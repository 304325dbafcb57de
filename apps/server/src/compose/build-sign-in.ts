import {
  accountFactors,
  createAppConsentStore,
  createSignInEngine,
  createSignInMethods,
  finishPasskeySignIn,
  startPasskeySignIn,
  type AccountDeps,
  type ChallengeMac,
  type Clock,
  type DeviceDeps,
  type DurableStore,
  type EphemeralStore,
  type Mailer,
  isUsableDevice,
  levelGap,
  mayChangeAuthenticators,
  readWebAuthnData,
  recoveryConfirmedHere,
  type ServiceRegistry,
  type SmsSunsets,
  SignInStateStore,
  EVICTABLE,
  randomToken,
  tokenDigest,
} from '@sesame/core';
import { fitRelyingAppName } from '@sesame/protocol';
import type { SesameConfig } from '../config/config-schema';
import type { OfflineChallengeSigner } from '../devices/device-keys';
import type { Metrics } from '../observability/metrics';
import { notifyDevices } from '../push/notify-devices';
import type { PushSender } from '../push/push-sender';
import type { SessionGate, WarnLogger } from '../sessions/session-gate';
import type {
  AppConsentContext,
  CampaignGate,
  FindLevelGap,
  SignInAudit,
  SignInRoutesContext,
  SignInSessions,
  SmsSunsetStep,
} from '../sign-in/context';
import { catalogues } from '../i18n/catalogues';
import { format } from '../i18n/format-message';
import type { WebAuthnParts } from '../webauthn/build-webauthn';
import type { Continuations } from './app-context';
import type { SmsParts } from './build-sms';
import type { EidParts } from '../eid/build-eid';

/** What the sign-in's context is built from (compose.ts). */
export interface SignInParts {
  readonly config: Pick<SesameConfig, 'publicUrl' | 'password'>;
  readonly durable: DurableStore;
  readonly ephemeral: EphemeralStore;
  readonly clock: Clock;
  readonly registry: ServiceRegistry;
  readonly accounts: AccountDeps;
  readonly devices: DeviceDeps;
  readonly offlineChallengeSigner: OfflineChallengeSigner;
  /** The first screen's passkey challenges, stateless until used (docs/adr/0029 §8). */
  readonly challengeMac: ChallengeMac;
  readonly push: PushSender;
  readonly metrics: Pick<Metrics, 'signIns'>;
  readonly log: WarnLogger;
  readonly sessionGate: SessionGate;
  readonly continuations: Continuations;
  /** Cancel at the interstitial of "warn me each time…" (docs/adr/0031): OIDC's access_denied. */
  readonly cancellations: AppConsentContext['cancellations'];
  /** A replayed authenticator-app code is told to its owner (SEC-19). */
  readonly mailer: Mailer;
  /** SMS, on its way out (issue 13 point 4): null, not offered. */
  readonly sms: SmsParts | null;
  /** Security keys and trusted platforms (issue 13 point 1; docs/adr/0029 §6). */
  readonly webauthn: WebAuthnParts;
  /** The registration campaign's page after sign-in (issue 14 point 4; docs/adr/0036). */
  readonly campaign: CampaignGate;
  /** eID by federation (issue 15 point 1; docs/adr/0042): null, no provider configured. */
  readonly eid: EidParts | null;
}

/**
 * The sign-in routes' context (sign-in/context.ts, ADR 0026 §2.6): the engine over the methods of
 * the deployment, the session gate, the continuations passed in. Built once by compose.
 */
export function buildSignIn(parts: SignInParts): SignInRoutesContext {
  const { clock, durable, registry, sessionGate } = parts;
  const methods = createSignInMethods({
    accounts: parts.accounts,
    devices: parts.devices,
    notifier: {
      notify: (created) =>
        notifyDevices({ ephemeral: parts.ephemeral, durable, push: parts.push, clock, log: parts.log }, created),
    },
    offlineSigner: parts.offlineChallengeSigner,
    // Issue 13 points 2–3: their pages are routes/authenticator-apps.tsx and recovery-codes.tsx.
    totp: {
      // SEC-19: a replayed code is refused and its owner told (docs/adr/0027 §6).
      onReplay: async (replay) => {
        const owner = await durable.users.findById(replay.userId);
        if (!owner) return;
        await parts.mailer.send({
          template: 'authenticator-code-replayed',
          to: owner.email,
          locale: owner.emailLocale,
          params: {
            firstName: owner.firstName,
            at: replay.at.toISOString(),
            ip: replay.meta.ip,
            browser: replay.meta.browser,
          },
        });
      },
    },
    recoveryCodes: true,
    // Issue 13 point 4: its page is routes/phone-numbers.tsx; the text in the user's language.
    ...(parts.sms
      ? {
          sms: {
            gate: parts.sms.gate,
            sunsets: parts.sms.sunsets,
            text: (code, locale) => format(catalogues[locale].signInSms.text, { code }),
          },
        }
      : {}),
    // Issue 15 point 1: its pages are eid/eid-routes.tsx (docs/adr/0042).
    ...(parts.eid ? { eid: parts.eid.method } : {}),
    // Issue 13 point 1: its pages are routes/security-keys.tsx and the key page of the sign-in.
    webauthn: {
      verifier: parts.webauthn.verifier,
      userVerification: parts.webauthn.userVerification,
      // SEC-24: a sign count that went back is refused (the method) and its owner told here.
      onCounterRegression: async (regression) => {
        const [owner, key] = await Promise.all([
          durable.users.findById(regression.userId),
          durable.credentials.findById(regression.credentialId),
        ]);
        if (!owner) return;
        await parts.mailer.send({
          template: 'security-key-cloned',
          to: owner.email,
          locale: owner.emailLocale,
          params: {
            firstName: owner.firstName,
            name: key?.name ?? '-',
            at: regression.at.toISOString(),
            ip: regression.meta.ip,
            browser: regression.meta.browser,
          },
        });
      },
    },
  });
  const passkeyDeps = { ...parts.devices, webauthn: parts.webauthn.verifier, challengeMac: parts.challengeMac };
  const engine = createSignInEngine({
    store: new SignInStateStore(parts.ephemeral),
    // "Configure my account" (docs/adr/0031): read only once the password is right.
    account: async (userId) => {
      const [options, has] = await Promise.all([
        durable.accountOptions.get(userId),
        accountFactors(durable, userId, clock.now()),
      ]);
      return { options, has };
    },
    recordMethodUsed: async (userId, wireName) => {
      await durable.accountOptions.recordMethodUsed(userId, wireName);
    },
    methods,
    users: durable.users,
    // The name the app shows as "who asks" (design §5); the methods cut it to what a challenge carries.
    appName: (target) => fitRelyingAppName((target ? registry.byId(target.appId)?.name : undefined) ?? 'Sésame'),
    audit: (event) =>
      durable.audit.append({
        type: event.type,
        userId: event.userId,
        ip: event.meta.ip,
        userAgent: event.meta.userAgent,
        at: clock.now(),
        details: { ...event.details },
      }),
    clock,
    onPasswordChecked: (result) => parts.metrics.signIns.inc({ result }),
    // "Sign in with a passkey" (issue 13 point 1; docs/adr/0029 §5): the method's own verifier.
    passkeys: {
      options: (now) => startPasskeySignIn(passkeyDeps, now),
      finish: (response, now) => finishPasskeySignIn(passkeyDeps, response, now),
    },
  });
  const sessions: SignInSessions = {
    start: (previousId, userId, strengths, mobileDevices, log) =>
      sessionGate.start(previousId, userId, [...strengths], [...mobileDevices], clock.now(), log),
    end: (id, userId, log) => sessionGate.end(id, userId, log),
  };
  const findLevelGap: FindLevelGap = async (user, sessionStrengths, requirement, recoveryCookie) => {
    const now = clock.now();
    const [devices, apps, keys, phones] = await Promise.all([
      durable.devices.listByUser(user.id),
      durable.credentials.listByUser(user.id, 'totp'),
      durable.credentials.listByUser(user.id, 'webauthn'),
      durable.credentials.listByUser(user.id, 'sms'),
    ]);
    const here = await recoveryConfirmedHere(parts.devices, user, recoveryCookie);
    const verdict = mayChangeAuthenticators({
      user,
      devices,
      sessionStrengths: [...sessionStrengths],
      recoveryConfirmedHere: here,
      now,
    });
    return levelGap({
      requirement,
      hasUsableDevice: devices.some((d) => isUsableDevice(d, now)),
      mayAddDevice: verdict.allowed,
      // Other second factors that may confirm this sign-in (issue 13): an active authenticator
      // app, an active security key, an active phone number (core drops it past the sunset).
      otherFactors: [
        ...(apps.some((app) => app.status === 'active') ? (['PASSWORD_TOTP'] as const) : []),
        ...(keys.some((key) => key.status === 'active') ? (['PASSWORD_WEBAUTHN'] as const) : []),
        ...(phones.some((phone) => phone.status === 'active') ? (['PASSWORD_SMS'] as const) : []),
      ],
      // The account's own sunset: its organisation's, else the global one (docs/adr/0034 §1).
      ...(parts.sms && { sms: { sunset: await parts.sms.sunsetOf(user.id), now } }),
      // A key that gives HIGH (docs/adr/0029 §3): certified, not a synced passkey (docs/adr/0043 §3).
      hasHighKey: keys.some(
        (key) =>
          key.status === 'active' &&
          readWebAuthnData(key).attestation === 'certified' &&
          !readWebAuthnData(key).backupEligible,
      ),
    });
  };
  const audit: SignInAudit = (type, userId, meta, details = {}) =>
    durable.audit.append({
      type,
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: clock.now(),
      details: { ...details },
    });
  return {
    engine,
    methods,
    continuations: parts.continuations,
    sessions,
    registry,
    users: durable.users,
    levelGap: findLevelGap,
    appConsent: Object.freeze({
      wanted: async (userId: string) => (await durable.accountOptions.get(userId)).warnOnApplication,
      store: createAppConsentStore(parts.ephemeral),
      cancellations: parts.cancellations,
    }),
    audit,
    clock,
    publicUrl: parts.config.publicUrl,
    messageOptions: { passwordMinLength: parts.config.password.minLength },
    smsSunset: parts.sms && hasSunset(parts.sms.sunsets) ? smsSunsetStep(parts.ephemeral, parts.sms) : null,
    campaign: parts.campaign,
    eid: parts.eid?.pages ?? null,
    knownBrowsers: Object.freeze({
      mac: parts.challengeMac,
      accountOptions: durable.accountOptions,
      users: durable.users,
      mailer: parts.mailer,
      clock,
      ephemeral: parts.ephemeral,
      policy: parts.accounts.policy,
    }),
  };
}

/** How long the page after an SMS sign-in may be answered with "Later" as a fresh sign-in. */
const SMS_SUNSET_PASS_MS = 15 * 60_000;

/** Whether any account has a sunset: the global date, or an organisation's (docs/adr/0034 §1). */
function hasSunset(sunsets: SmsSunsets): boolean {
  return sunsets.global !== null || sunsets.byOrganisation.size > 0;
}

/** The sunset page's passes (sign-in/context.ts SmsSunsetStep) in the ephemeral store, digested, taken once. */
function smsSunsetStep(ephemeral: EphemeralStore, sms: SmsParts): SmsSunsetStep {
  const key = (pass: string) => `sms-sunset:${tokenDigest(pass)}`;
  return {
    sunsetOf: (userId) => sms.sunsetOf(userId),
    async issue(userId) {
      const pass = randomToken();
      await ephemeral.set(key(pass), userId, SMS_SUNSET_PASS_MS, EVICTABLE);
      return pass;
    },
    async take(pass, userId) {
      if (!pass) return false;
      return (await ephemeral.take(key(pass))) === userId;
    },
  };
}
