import { startEnrolment, type UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppSignInKit, EMAIL, PASSWORD, PIN, passwordStep, startAppSignInKit } from '../../test/app-sign-in-kit';
import { enrolTotp, recoveryCodesInPage, totpCode } from '../../test/credentials-kit';
import { type Browser, signIn, type TestPortal, textOf } from '../../test/test-portal';
import { en } from '../i18n/en';

/**
 * The account's chooser after the password (issue 13 point 6; docs/adr/0031): only the methods the
 * account has, the preferred then the last used first, a recovery code only as "lost access" —
 * and nothing of it before the right password (account enumeration).
 */
let kit: AppSignInKit;
let portal: TestPortal;
let user: UserRecord;

beforeEach(async () => {
  kit = await startAppSignInKit();
  ({ portal, user } = kit);
});
afterEach(() => portal.close());

/** The Sésame app, an authenticator app and recovery codes; returns the TOTP seed. */
async function everyFactor(): Promise<Uint8Array> {
  const browser = portal.browser('en');
  expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  const { seed } = await enrolTotp(portal, browser);
  portal.clock.advance(30_000);
  const strong = portal.browser('en');
  expect((await passwordStep(strong, '/login', 'PASSWORD_TOTP')).location).toBe('/login/totp');
  expect((await strong.post('/login/totp', { code: await totpCode(portal, seed) })).location).toBe('/account');
  const codes = await strong.post('/account/recovery-codes');
  expect(recoveryCodesInPage(codes.html)).toHaveLength(10);
  // The phone, added by that session (it presented a second factor: SEC-27).
  const started = await startEnrolment(
    portal.services.devices,
    user,
    { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN },
    portal.clock.now(),
    ['PASSWORD', 'PASSWORD_TOTP'],
  );
  await kit.phone.enrol(started.qrText, PIN);
  portal.clock.advance(30_000);
  return seed;
}

const radios = (html: string) => [...html.matchAll(/<input type="radio"[^>]*value="([A-Z_]+)"/g)].map((m) => m[1]);
const checked = (html: string) => /<input type="radio"[^>]*value="([A-Z_]+)"[^>]*checked/.exec(html)?.[1];

async function atPush(browser: Browser) {
  expect((await passwordStep(browser, '/login', 'PASSWORD_MOBILE_APP')).location).toBe('/login/app');
}

describe('before the password: nothing', () => {
  it('GET and POST /login/choose at the password step go back to the password, nothing started', async () => {
    await everyFactor();
    const stranger = portal.browser('en');
    await stranger.get('/login');
    await stranger.post('/login', { email: EMAIL });
    expect((await stranger.get('/login/choose')).location).toBe('/login/password');
    expect((await stranger.post('/login/choose', { method: 'PASSWORD_TOTP' })).location).toBe('/login/password');
    expect((await stranger.get('/login/totp')).location).toBe('/login/password');
  });

  it('a wrong password does not open it either', async () => {
    await everyFactor();
    const stranger = portal.browser('en');
    await stranger.get('/login');
    await stranger.post('/login', { email: EMAIL });
    expect((await stranger.post('/login/password', { password: 'wrong guess', method: 'PASSWORD_TOTP' })).status).toBe(
      401,
    );
    expect((await stranger.get('/login/choose')).location).toBe('/login/password');
  });
});

describe('after the password', () => {
  it('lists only the account’s methods, the recovery code as "lost access", and switches without the password', async () => {
    const seed = await everyFactor();
    const browser = portal.browser('en');
    await atPush(browser);
    const page = await browser.get('/login/choose');
    expect(page.status).toBe(200);
    // The authenticator app signed in last (everyFactor): first.
    expect(radios(page.html)).toEqual(['PASSWORD_TOTP', 'PASSWORD_MOBILE_APP', 'PASSWORD_SOFTWARE_TOKEN']);
    expect(textOf(page.html)).toContain(en.signInChoose.lostAccess);
    expect(textOf(page.html)).not.toContain(en.signIn.methodWebauthn);
    const switched = await browser.post('/login/choose', { method: 'PASSWORD_TOTP' });
    expect(switched.location).toBe('/login/totp');
    expect((await browser.post('/login/totp', { code: await totpCode(portal, seed) })).location).toBe('/account');
    expect((await portal.durable.accountOptions.get(user.id)).lastUsedMethod).toBe('PASSWORD_TOTP');
  });

  it('opens on the last used method, and the preferred one wins', async () => {
    await everyFactor();
    await portal.durable.accountOptions.recordMethodUsed(user.id, 'PASSWORD_TOTP');
    const browser = portal.browser('en');
    await atPush(browser);
    const last = await browser.get('/login/choose');
    expect(radios(last.html)[0]).toBe('PASSWORD_TOTP');
    expect(checked(last.html)).toBe('PASSWORD_TOTP');
    const { lastUsedMethod: _, ...options } = await portal.durable.accountOptions.get(user.id);
    await portal.durable.accountOptions.set(user.id, { ...options, preferredMethod: 'PASSWORD_SOFTWARE_TOKEN' });
    expect(checked((await browser.get('/login/choose')).html)).toBe('PASSWORD_SOFTWARE_TOKEN');
  });

  it('a method the account does not have, or the password, is refused: the chooser again, the pending challenge unchanged', async () => {
    await everyFactor();
    const browser = portal.browser('en');
    await atPush(browser);
    for (const method of ['PASSWORD', 'MOBILE_APP', 'nonsense']) {
      const refused = await browser.post('/login/choose', { method });
      expect(refused.status).toBe(200);
      expect(refused.html).toContain('data-testid="account-chooser"');
    }
    // A security key: a method of the deployment, not of this account (NOT_OFFERED).
    expect((await browser.post('/login/choose', { method: 'PASSWORD_WEBAUTHN' })).location).toBe('/login/password');
    expect((await browser.get('/login/app')).status).toBe(200);
  });
});
