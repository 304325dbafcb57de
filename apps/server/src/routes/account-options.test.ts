import { DEFAULT_ACCOUNT_OPTIONS, type UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrolTotp, totpCode } from '../../test/credentials-kit';
import { EMAIL, PASSWORD, passwordStep, startAppSignInKit, TRACES } from '../../test/app-sign-in-kit';
import { type Browser, fieldError, signIn, storeActiveDevice, type TestPortal, textOf } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * "Configure my account" (issue 13 point 5; docs/adr/0031): the page needs the second factor when
 * the account has one; "always require a second factor" needs a factor to be turned on, ends the
 * password-only sessions, and then the password alone never signs in — the account's chooser opens
 * on its preferred method instead. Attacker cases: the password alone cannot open nor post the
 * page (turning the option off), a cross-site post has no CSRF token.
 */
let portal: TestPortal;
let user: UserRecord;

beforeEach(async () => {
  ({ portal, user } = await startAppSignInKit());
});
afterEach(() => portal.close());

async function passwordOnly(lang = 'en'): Promise<Browser> {
  const browser = portal.browser(lang);
  expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  return browser;
}

/** An authenticator app enrolled, and a browser signed in with its code (PASSWORD_TOTP). */
async function withTotp(lang = 'en') {
  const { seed } = await enrolTotp(portal, await passwordOnly());
  portal.clock.advance(30_000);
  const browser = portal.browser(lang);
  expect((await passwordStep(browser, '/login', 'PASSWORD_TOTP')).location).toBe('/login/totp');
  expect((await browser.post('/login/totp', { code: await totpCode(portal, seed) })).location).toBe('/account');
  return { browser, seed };
}

describe('"Configure my account" without a second factor', () => {
  it('opens with the password alone, linked from My account, in French', async () => {
    const browser = await passwordOnly('fr');
    expect((await browser.get('/account')).html).toContain('href="/account/options"');
    const page = await browser.get('/account/options');
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(fr.accountOptions.title);
    expect(textOf(page.html)).toContain(fr.accountOptions.alwaysWarning);
    expect(textOf(page.html)).toContain(fr.accountOptions.alwaysNeedsFactor);
  });

  it('saves "warn me each time an application asks for my identity", audited', async () => {
    const browser = await passwordOnly();
    expect((await browser.post('/account/options', { warnOnApplication: 'on' })).location).toBe(
      '/account/options?saved=1',
    );
    expect((await portal.durable.accountOptions.get(user.id)).warnOnApplication).toBe(true);
    const [event] = await portal.durable.audit.list({ userId: user.id, limit: 1 });
    expect(event).toMatchObject({ type: 'account.options_changed', details: { warnOnApplication: true } });
    expect((await browser.get('/account/options')).html).toMatch(/id="warnOnApplication"[^>]*checked/);
  });

  it('refuses "always require a second factor" and a preferred method the account lacks: 400, nothing stored', async () => {
    const browser = await passwordOnly();
    const always = await browser.post('/account/options', { alwaysSecondFactor: 'on' });
    expect(always.status).toBe(400);
    expect(fieldError(always.html, 'alwaysSecondFactor')).toBe(en.accountOptions.alwaysNeedsFactor);
    const preferred = await browser.post('/account/options', { preferredMethod: 'PASSWORD_TOTP' });
    expect(preferred.status).toBe(400);
    expect(fieldError(preferred.html, 'preferredMethod')).toBe(en.accountOptions.preferredNotHeld);
    expect(await portal.durable.accountOptions.get(user.id)).toEqual(DEFAULT_ACCOUNT_OPTIONS);
  });
});

describe('"Configure my account" with a second factor', () => {
  it('needs the second factor: the password alone gets the re-authentication page (403), GET and POST', async () => {
    await withTotp();
    const attacker = await passwordOnly();
    const page = await attacker.get('/account/options');
    expect(page.status).toBe(403);
    expect(page.html).toContain('/login?reauth=1&amp;return_to=%2Faccount%2Foptions');
    expect(textOf(page.html)).toContain(en.accountOptions.secondFactorBody);
    const post = await attacker.post('/account/options', { preferredMethod: 'PASSWORD_TOTP' });
    expect(post.status).toBe(403);
    expect(await portal.durable.accountOptions.get(user.id)).toMatchObject({ preferredMethod: null });
  });

  it('a post without the CSRF token is refused (403), nothing stored', async () => {
    const { browser } = await withTotp();
    const post = await browser.post('/account/options', { alwaysSecondFactor: 'on' }, { csrf: null });
    expect(post.status).toBe(403);
    expect((await portal.durable.accountOptions.get(user.id)).alwaysSecondFactor).toBe(false);
  });

  it('turns "always" on: audited, the password-only sessions end, this browser stays signed in', async () => {
    const other = await passwordOnly();
    const { browser } = await withTotp();
    const saved = await browser.post('/account/options', {
      alwaysSecondFactor: 'on',
      preferredMethod: 'PASSWORD_TOTP',
    });
    expect(saved.location).toBe('/account/options?saved=1');
    expect(textOf((await browser.follow(saved)).html)).toContain(en.accountOptions.saved);
    expect(await portal.durable.accountOptions.get(user.id)).toMatchObject({
      alwaysSecondFactor: true,
      preferredMethod: 'PASSWORD_TOTP',
    });
    const [event] = await portal.durable.audit.list({ userId: user.id, limit: 1 });
    expect(event).toMatchObject({
      type: 'account.options_changed',
      details: { alwaysSecondFactor: true, preferredMethod: 'PASSWORD_TOTP' },
    });
    expect((await other.get('/account')).location).toMatch(/^\/login/);
    expect((await browser.get('/account')).status).toBe(200);
    // The same form again: nothing changed, nothing audited.
    const again = await browser.post('/account/options', {
      alwaysSecondFactor: 'on',
      preferredMethod: 'PASSWORD_TOTP',
    });
    expect(again.location).toBe('/account/options?unchanged=1');
    expect(await portal.durable.audit.list({ userId: user.id, limit: 1 })).toEqual([event]);
  });

  it('"always" on: the password alone opens the account’s chooser on its method, for the portal and a BASIC application', async () => {
    const { browser, seed } = await withTotp();
    await browser.post('/account/options', { alwaysSecondFactor: 'on' });
    for (const start of ['/login', `/cas/login?service=${encodeURIComponent(TRACES)}`]) {
      const attacker = portal.browser('en');
      const begun = await attacker.get(start);
      const step = await passwordStep(attacker, begun.location ?? start, 'PASSWORD');
      expect(step.location).toBe('/login/totp');
      expect(attacker.session).toBeUndefined();
      expect((await attacker.get('/account/options')).location).toMatch(/^\/login/);
    }
    // With the code, the sign-in ends as usual.
    portal.clock.advance(30_000);
    const owner = portal.browser('en');
    await passwordStep(owner, '/login', 'PASSWORD');
    expect((await owner.post('/login/totp', { code: await totpCode(portal, seed) })).location).toBe('/account');
  });

  it('turning "always" off needs the second factor too; with it, the password alone signs in again', async () => {
    const { browser } = await withTotp();
    await browser.post('/account/options', { alwaysSecondFactor: 'on' });
    const off = await browser.post('/account/options', {});
    expect(off.location).toBe('/account/options?saved=1');
    expect((await portal.durable.accountOptions.get(user.id)).alwaysSecondFactor).toBe(false);
    expect((await passwordStep(portal.browser('en'), '/login', 'PASSWORD')).location).toBe('/account');
  });
});

describe('the password page opens on the preferred method (issue 13 point 5; docs/adr/0032 §3)', () => {
  it("the page's pre-selection left as it is: the preferred method opens; a method picked is kept", async () => {
    const { browser: owner } = await withTotp();
    await storeActiveDevice(portal, {
      id: 'd1',
      userId: user.id,
      name: 'Pixel-de-Marie',
      installationId: 'i1',
      pushSubscription: null,
    });
    const saved = await owner.post('/account/options', { preferredMethod: 'PASSWORD_TOTP' });
    expect(saved.location).toBe('/account/options?saved=1');

    // A browser whose last method was the app: the page pre-selects it, without knowing the account.
    const browser = portal.browser('en');
    browser.setCookie(COOKIES.method, 'PASSWORD_MOBILE_APP');
    await browser.get('/login');
    await browser.post('/login', { email: EMAIL });
    const page = await browser.get('/login/password');
    const preselected = /name="preselected" value="([^"]+)"/.exec(page.html)?.[1];
    expect(preselected).toBe('PASSWORD_MOBILE_APP');
    const left = await browser.post('/login/password', { password: PASSWORD, method: preselected, preselected });
    expect(left.location).toBe('/login/totp');

    const other = portal.browser('en');
    other.setCookie(COOKIES.method, 'PASSWORD_TOTP');
    await other.get('/login');
    await other.post('/login', { email: EMAIL });
    const picked = await other.post('/login/password', {
      password: PASSWORD,
      method: 'PASSWORD_SOFTWARE_TOKEN',
      preselected: 'PASSWORD_TOTP',
    });
    expect(picked.location).toBe('/login/qr');
  });
});

describe('neither the preferred nor the last used method fits: the chooser (docs/adr/0032 §3, 0034 §3)', () => {
  it.each(['en', 'fr'] as const)(
    '%s: a pre-selection the account does not have, left as it is, lands on the account’s chooser, nothing started; the method picked there opens',
    async (lang) => {
      const m = lang === 'fr' ? fr : en;
      const { seed } = await withTotp();
      await storeActiveDevice(portal, {
        id: 'd1',
        userId: user.id,
        name: 'Pixel-de-Marie',
        installationId: 'i1',
        pushSubscription: null,
      });
      // The last used method is one the account no longer has (a number deleted since), no preferred one.
      await portal.durable.accountOptions.recordMethodUsed(user.id, 'PASSWORD_SMS');
      portal.clock.advance(30_000);

      // This browser last used a security key (another account's): a guess this account cannot answer.
      const browser = portal.browser(lang);
      browser.setCookie(COOKIES.method, 'PASSWORD_WEBAUTHN');
      await browser.get('/login');
      await browser.post('/login', { email: EMAIL });
      const page = await browser.get('/login/password');
      const preselected = /name="preselected" value="([^"]+)"/.exec(page.html)?.[1];
      expect(preselected).toBe('PASSWORD_WEBAUTHN');
      const left = await browser.post('/login/password', { password: PASSWORD, method: preselected, preselected });
      expect(left.location).toBe('/login/choose');
      expect(browser.cookie(COOKIES.session)).toBeUndefined();

      const chooser = await browser.get('/login/choose');
      expect(chooser.status).toBe(200);
      expect(textOf(chooser.html)).toContain(m.signInChoose.intro);
      expect(chooser.html).toContain('value="PASSWORD_MOBILE_APP"');
      expect(chooser.html).toContain('value="PASSWORD_TOTP"');
      // Nothing was started on a guess: neither the push's page nor the code's has a challenge.
      expect((await browser.get('/login/app')).location).toBe('/login/password');
      expect((await browser.get('/login/totp')).location).toBe('/login/password');

      const picked = await browser.post('/login/choose', { method: 'PASSWORD_TOTP' });
      expect(picked.location).toBe('/login/totp');
      expect((await browser.post('/login/totp', { code: await totpCode(portal, seed) })).location).toBe('/account');
      expect((await portal.durable.accountOptions.get(user.id)).lastUsedMethod).toBe('PASSWORD_TOTP');
    },
  );

  it('attacker: the chooser is not there before the password, nor after a wrong one', async () => {
    await withTotp();
    const browser = portal.browser('en');
    await browser.get('/login');
    await browser.post('/login', { email: EMAIL });
    expect((await browser.get('/login/choose')).location).toBe('/login/password');
    const wrong = await browser.post('/login/password', { password: 'not the password', method: 'PASSWORD_TOTP' });
    expect(wrong.status).toBe(401);
    expect((await browser.get('/login/choose')).location).toBe('/login/password');
    expect((await browser.post('/login/choose', { method: 'PASSWORD_TOTP' })).location).toBe('/login/password');
  });
});

describe('a method asked for by a link is a choice, not a guess (docs/adr/0034 §3)', () => {
  it('the level page’s "Confirm with my authenticator app" opens the authenticator app, not the preferred method', async () => {
    const { browser: owner } = await withTotp();
    await storeActiveDevice(portal, {
      id: 'd1',
      userId: user.id,
      name: 'Pixel-de-Marie',
      installationId: 'i1',
      pushSubscription: null,
    });
    expect((await owner.post('/account/options', { preferredMethod: 'PASSWORD_MOBILE_APP' })).location).toBe(
      '/account/options?saved=1',
    );
    portal.clock.advance(30_000);
    const browser = portal.browser('en');
    await browser.get('/login');
    await browser.post('/login', { email: EMAIL });
    // The page's own pre-selection is a guess (the hidden field says what it was)…
    expect((await browser.get('/login/password')).html).toContain('name="preselected"');
    // …a method asked for by a link is not: the form sends it as a choice.
    const asked = await browser.get('/login/password?method=PASSWORD_TOTP');
    expect(asked.html).toMatch(/<option[^>]*value="PASSWORD_TOTP"[^>]*selected/);
    expect(asked.html).not.toContain('name="preselected"');
    const step = await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_TOTP' });
    expect(step.location).toBe('/login/totp');
  });
});
