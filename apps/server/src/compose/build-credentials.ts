import {
  type Clock,
  type DeviceDeps,
  type DurableStore,
  type Mailer,
  mayChangeAuthenticators,
  type PasswordHasher,
  recoveryConfirmedHere,
} from '@sesame/core';
import type { Branding } from '../branding/branding';
import type { SesameConfig } from '../config/config-schema';
import type { CredentialRoutesContext, MayChangeAuthenticators } from '../credentials/context';
import type { SmsParts } from './build-sms';
import type { WebAuthnParts } from '../webauthn/build-webauthn';

/** SEC-27 over the stores: core mayChangeAuthenticators with the account's devices and this browser's recovery. */
export function mayChangeAuthenticatorsOf(devices: DeviceDeps, clock: Clock): MayChangeAuthenticators {
  return async (user, sessionStrengths, recoveryCookie) => {
    const here = await recoveryConfirmedHere(devices, user, recoveryCookie);
    return mayChangeAuthenticators({
      user,
      devices: await devices.durable.devices.listByUser(user.id),
      sessionStrengths: [...sessionStrengths],
      recoveryConfirmedHere: here,
      now: clock.now(),
    }).allowed;
  };
}

/** What the credential pages' context is built from (compose.ts). */
export interface CredentialParts {
  readonly config: Pick<SesameConfig, 'publicUrl' | 'password' | 'defaultLocale'>;
  readonly durable: DurableStore;
  readonly clock: Clock;
  readonly devices: DeviceDeps;
  readonly hasher: PasswordHasher;
  readonly mailer: Mailer;
  readonly branding: Branding;
  readonly sms: SmsParts | null;
  readonly webauthn: WebAuthnParts;
  /** The sign-in's kept application, by name (sign-in/step-up.tsx pendingSignInApp; docs/adr/0050 §3). */
  readonly pendingSignInApp: CredentialRoutesContext['pendingSignInApp'];
}

/**
 * "Manage my authenticator apps" and "Recovery codes" (credentials/context.ts; issue 13 points
 * 2–3): the device deps for the store, the vault and the blocking numbers, the accounts' hasher for
 * the recovery codes, and core's mayChangeAuthenticators for SEC-27. Built once by compose.
 */
export function buildCredentials(parts: CredentialParts): CredentialRoutesContext {
  const { clock, durable, devices } = parts;
  const mayChange = mayChangeAuthenticatorsOf(devices, clock);
  return {
    pendingSignInApp: parts.pendingSignInApp,
    totp: devices,
    securityKeys: {
      enrolment: { ...devices, webauthn: parts.webauthn.verifier },
      userVerification: parts.webauthn.userVerification,
      modelOf: (aaguid) => parts.webauthn.metadata?.statusFor(aaguid)?.description ?? null,
    },
    recoveryCodes: { ...devices, hasher: parts.hasher },
    credentials: devices,
    users: durable.users,
    mayChangeAuthenticators: mayChange,
    recoveryWaitingHours: devices.policy.recoveryWaitingHours,
    mailer: parts.mailer,
    // The label of the entry in the authenticator app: the organisation's name (docs/adr/0020).
    issuer: parts.branding.name[parts.config.defaultLocale],
    clock,
    publicUrl: parts.config.publicUrl,
    messageOptions: { passwordMinLength: parts.config.password.minLength },
    sms: parts.sms ? { ...devices, sms: parts.sms.gate, sunsetOf: parts.sms.sunsetOf } : null,
  };
}
