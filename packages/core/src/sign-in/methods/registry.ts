import type { AccountDeps } from '../../accounts/account-deps';
import type { DeviceDeps } from '../../devices/device-deps';
import type { OfflineChallengeSigner } from '../../devices/offline-codes';
import type { DeviceNotifier } from '../../ports/device-notifier';
import type { MethodWireName, SignInMethod } from '../method';
import type { MethodId } from '../state';
import { appPushMethod } from './app-push/app-push-method';
import { appQrMethod } from './app-qr/app-qr-method';
import { eidMethod, type EidMethod, type EidMethodDeps } from './eid/eid-method';
import { onMobileMethod } from './on-mobile/on-mobile-method';
import { passwordMethod, type PasswordMethod } from './password/password-method';
import { recoveryCodeMethod } from './recovery-code/recovery-code-method';
import { smsMethod, type SmsMethodOptions } from './sms/sms-method';
import { totpMethod, type TotpReplay } from './totp/totp-method';
import { webauthnMethod, type WebAuthnMethodOptions } from './webauthn/webauthn-method';
import type { WebAuthnVerifier } from '../../ports/webauthn-verifier';

/** The deployment's methods, looked up by folder name or wire name. */
export interface MethodRegistry {
  /** In registration order. */
  readonly list: readonly SignInMethod[];
  /** The password (position 'first'): the engine checks it itself. */
  readonly password: PasswordMethod;
  /** "Sign in with eID" (position 'federated', docs/adr/0042), when the deployment has providers. */
  readonly eid?: EidMethod;
  byId(id: MethodId): SignInMethod | undefined;
  byWireName(wireName: string): SignInMethod | undefined;
}

/** A registry over `methods`, which must hold exactly one password method. */
export function methodRegistry(methods: readonly SignInMethod[]): MethodRegistry {
  const password = methods.find((m): m is PasswordMethod => m.id === 'password' && 'check' in m);
  if (!password) throw new Error('the sign-in methods must include the password');
  const ids = new Set<MethodId>();
  for (const m of methods) {
    if (ids.has(m.id)) throw new Error(`sign-in method registered twice: ${m.id}`);
    ids.add(m.id);
  }
  const eid = methods.find((m): m is EidMethod => m.id === 'eid' && 'begin' in m);
  return {
    list: methods,
    password,
    ...(eid ? { eid } : {}),
    byId: (id) => methods.find((m) => m.id === id),
    byWireName: (wireName) => methods.find((m) => m.wireName === (wireName as MethodWireName)),
  };
}

/** What the methods are built from: each takes only its own part. */
export interface MethodDeps {
  readonly accounts: AccountDeps;
  readonly devices: DeviceDeps;
  /** Tells the devices of a new push (event stream, Web Push); never rejects. */
  readonly notifier: DeviceNotifier;
  /** Signs the "QR code" challenges with the key the apps hold. */
  readonly offlineSigner: OfflineChallengeSigner;
  /**
   * Present: the deployment offers authenticator apps (issue 13 point 2), once the server has
   * their pages; absent, the chooser is as before. `onReplay`: SEC-19, the owner is told.
   */
  readonly totp?: { readonly onReplay?: (replay: TotpReplay) => Promise<void> };
  /**
   * Present: the deployment offers recovery codes (issue 13 point 3; docs/adr/0028), once the
   * server has their pages; checked with `accounts.hasher`, blocked by `devices.policy`.
   */
  readonly recoveryCodes?: true;
  /**
   * Present: the deployment offers security keys and trusted platforms (issue 13 point 1;
   * docs/adr/0029), once the server has their pages; `verifier` is the server's
   * @simplewebauthn/server adapter.
   */
  readonly webauthn?: WebAuthnMethodOptions & { readonly verifier: WebAuthnVerifier };
  /**
   * Present: the deployment texts codes (issue 13 point 4, SMS on its way out): the server's
   * gateway adapter, the message's words, the sunset date.
   */
  readonly sms?: SmsMethodOptions;
  /**
   * Present: the deployment names upstream eID providers (issue 15 point 1; docs/adr/0042): the
   * server's openid-client adapter, the links' store, the providers and their level mappings.
   */
  readonly eid?: EidMethodDeps;
}

/** The deployment's methods: ONE line per method (docs/adr/0026 §2.4). */
export function createSignInMethods(d: MethodDeps): MethodRegistry {
  return methodRegistry([
    passwordMethod(d.accounts),
    appPushMethod(d.devices, d.notifier),
    appQrMethod(d.devices, d.offlineSigner),
    onMobileMethod(d.devices, d.accounts),
    ...(d.totp ? [totpMethod(d.devices, d.totp.onReplay)] : []),
    ...(d.webauthn ? [webauthnMethod({ ...d.devices, webauthn: d.webauthn.verifier }, d.webauthn)] : []),
    ...(d.sms ? [smsMethod(d.devices, d.sms)] : []),
    ...(d.recoveryCodes ? [recoveryCodeMethod({ ...d.devices, hasher: d.accounts.hasher })] : []),
    ...(d.eid && d.eid.providers.length > 0 ? [eidMethod(d.eid)] : []),
  ]);
}
