import { type DurableStore, type EphemeralStore, SesameError, type UserRecord } from '@sesame/core';
import { expect } from 'vitest';
import type { SoftwareCredential } from '../src/webauthn/testing/software-authenticator';
import { enrolTotp, type EnrolledTotp, recoveryCodesInPage, totpCode } from './credentials-kit';
import { enrolKey, keyFor, optionsInPage, type SoftwareAuthenticator } from './security-keys-kit';
import { type Browser, createTestPortal, type Page, signIn, type TestPortal } from './test-portal';

/**
 * The attacker suites of issue 13's endpoints (second-factors-*.test.ts): Marie's account with
 * every factor of issue 13 — an authenticator app, a security key, a passkey, a mobile number and
 * ten recovery codes — each added through the pages as she would, on a portal with SMS before its
 * sunset, a CAS application at LOW (TRACES) and one at MEDIUM. The stores can be switched off
 * (`outage`) to play a store that stops answering after the set-up.
 */
export const EMAIL = 'marie.dupont@ddpp35.example.fr';
export const PASSWORD = 'le chat dort sur le radiateur';
export const PHONE = '+33612345678';
/** TRACES NT's CAS service (LOW: the password is enough). */
export const TRACES = 'https://traces.example.eu/cas';
/** A CAS service at MEDIUM: a ticket only after a second factor. */
export const MEDIUM_APP = 'https://medium.example.eu/cas';
/** A CAS service at MEDIUM whose policy refuses SMS (as TRACES NT did on 1 April 2025). */
export const NO_SMS_APP = 'https://nosms.example.eu/cas';
const DAY = 86_400_000;

export interface EveryFactor {
  portal: TestPortal;
  user: UserRecord;
  totp: EnrolledTotp;
  key: SoftwareAuthenticator;
  /** The security key (after the password). */
  keyCredential: SoftwareCredential;
  keyId: string;
  /** The passkey (no e-mail typed). */
  passkey: SoftwareCredential;
  passkeyId: string;
  phoneId: string;
  recoveryCodes: string[];
  /** While true, every call to the named store rejects as an unreachable store does. */
  outage: { durable: boolean; ephemeral: boolean };
}

/** What the adapters throw when the store does not answer (storage's store-errors.ts). */
const storeDown = (): Promise<never> =>
  Promise.reject(new SesameError('STORE_UNAVAILABLE', {}, { cause: new Error('connect ECONNREFUSED') }));

/** Every method name of `object`: its own keys and its classes' methods. */
function memberNames(object: object): string[] {
  const names = new Set(Object.keys(object));
  for (
    let p = Object.getPrototypeOf(object) as object | null;
    p && p !== Object.prototype;
    p = Object.getPrototypeOf(p) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(p)) if (name !== 'constructor') names.add(name);
  }
  return [...names];
}

/**
 * A copy of `store` whose methods — and its repositories' methods, one level down — reject while
 * `isDown()`, and otherwise call the store's own (the stores are frozen: no proxy may stand in).
 */
function switchable<T extends object>(store: T, isDown: () => boolean, depth = 0): T {
  const copy: Record<string, unknown> = {};
  for (const name of memberNames(store)) {
    const value: unknown = (store as Record<string, unknown>)[name];
    if (typeof value === 'function') {
      const method = value as (...args: unknown[]) => unknown;
      copy[name] = (...args: unknown[]) => (isDown() ? storeDown() : method.apply(store, args));
    } else if (depth === 0 && value !== null && typeof value === 'object') {
      copy[name] = switchable(value, isDown, 1);
    } else {
      copy[name] = value;
    }
  }
  return copy as T;
}

/** The portal (with `config` overrides) and the account with every factor; close `portal` after each test. */
export async function startEveryFactor(config: Record<string, unknown> = {}): Promise<EveryFactor> {
  const outage = { durable: false, ephemeral: false };
  const portal = await createTestPortal({
    config: { 'sms.provider': 'outbox', 'sms.sunset': new Date(Date.now() + 30 * DAY).toISOString(), ...config },
    wrapDurable: (store: DurableStore) => switchable(store, () => outage.durable),
    wrapEphemeral: (store: EphemeralStore) => switchable(store, () => outage.ephemeral),
    relyingApps: [
      {
        id: 'traces',
        name: 'TRACES NT (démo)',
        attributes: ['email'],
        cas: { services: ['https://traces.example.eu/*'], flavour: 'eulogin', singleLogout: false },
      },
      {
        id: 'medium',
        name: 'Medium (démo)',
        attributes: ['email'],
        policy: { minimumLevel: 'MEDIUM' },
        cas: { services: ['https://medium.example.eu/*'], flavour: 'eulogin', singleLogout: false },
      },
      {
        id: 'nosms',
        name: 'No SMS (démo)',
        attributes: ['email'],
        policy: { minimumLevel: 'MEDIUM', refuseSms: true },
        cas: { services: ['https://nosms.example.eu/*'], flavour: 'eulogin', singleLogout: false },
      },
    ],
  });
  const user = await portal.createUser({ id: 'n0025vuz', email: EMAIL, password: PASSWORD });

  // The first factor, with the password alone (the account never had one).
  const first = portal.browser('en');
  expect((await signIn(first, EMAIL, PASSWORD)).location).toBe('/account');
  const totp = await enrolTotp(portal, first);

  // The others from a session that presented the authenticator app (SEC-27).
  const owner = await withTotp(portal, totp);
  const key = keyFor(portal);
  const { credential: keyCredential, id: keyId } = await enrolKey(portal, owner, key, 'YubiKey');
  const prompt = await owner.post('/account/security-keys/new', { name: 'Clé d’accès', passkey: 'yes' });
  const registered = key.register(optionsInPage(prompt.html));
  const passkeyDone = await owner.post('/account/security-keys/confirm', {
    credential: JSON.stringify(registered.response),
  });
  const passkeyId = /added=([^&]+)/.exec(passkeyDone.location ?? '')?.[1] ?? '';
  expect(passkeyId).not.toBe('');

  const sent = await owner.post('/account/phone-numbers/new', { phone: PHONE });
  expect(sent.status).toBe(200);
  const enrolment = /name="enrolment" value="([^"]+)"/.exec(sent.html)?.[1] ?? '';
  const added = await owner.post('/account/phone-numbers/confirm', { enrolment, code: await lastSmsCode(portal) });
  const phoneId = /added=([^&]+)/.exec(added.location ?? '')?.[1] ?? '';
  expect(phoneId).not.toBe('');

  const recoveryCodes = recoveryCodesInPage((await owner.post('/account/recovery-codes')).html);
  expect(recoveryCodes).toHaveLength(10);
  // Past the texts' resend gap and the authenticator app's step: the tests start afresh.
  portal.clock.advance(60_000);
  return {
    portal,
    user,
    totp,
    key,
    keyCredential,
    keyId,
    passkey: registered.credential,
    passkeyId,
    phoneId,
    recoveryCodes,
    outage,
  };
}

/** A browser signed in with the password and the authenticator app's code (PASSWORD_TOTP). */
export async function withTotp(portal: TestPortal, totp: EnrolledTotp): Promise<Browser> {
  portal.clock.advance(30_000);
  const browser = portal.browser('en');
  expect((await passwordStep(browser, '/login', 'PASSWORD_TOTP')).location).toBe('/login/totp');
  expect((await browser.post('/login/totp', { code: await totpCode(portal, totp.seed) })).location).toBe('/account');
  return browser;
}

/** The attacker's session: the password only. */
export async function passwordOnly(portal: TestPortal): Promise<Browser> {
  const browser = portal.browser('en');
  expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  return browser;
}

/** Steps 1–2 of a sign-in (from `start`), the password with `method`. */
export async function passwordStep(browser: Browser, start: string, method: string, email = EMAIL): Promise<Page> {
  const first = await browser.get(start);
  if (first.location?.startsWith('/login')) await browser.get(first.location);
  await browser.post('/login', { email });
  return browser.post('/login/password', { password: PASSWORD, method });
}

/** The code of the last text sent to `to`, read from the dev outbox. */
export async function lastSmsCode(portal: TestPortal, to = PHONE): Promise<string> {
  const texts = (await portal.durable.outbox.list(50)).filter((mail) => mail.to === to);
  const code = /[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}/.exec(texts[0]?.text ?? '')?.[0];
  expect(code).toBeDefined();
  return code!;
}

/** The CAS ticket this browser's session gets for `service` (none: undefined) and its strength. */
export async function casStrength(portal: TestPortal, browser: Browser, service: string): Promise<string | undefined> {
  const login = await browser.get(`/cas/login?service=${encodeURIComponent(service)}`);
  const ticket = login.location?.startsWith(service) ? new URL(login.location).searchParams.get('ticket') : null;
  if (!ticket) return undefined;
  const validated = await portal.app.inject({
    method: 'GET',
    url: `/cas/serviceValidate?service=${encodeURIComponent(service)}&ticket=${ticket}`,
  });
  return /<cas:strength>([A-Z_]+)<\/cas:strength>/.exec(validated.body)?.[1];
}
