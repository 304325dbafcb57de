import type { UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Browser, createTestPortal, signIn, type TestPortal, textOf } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * "Sign-in from a new browser" (issue 13 point 5; docs/adr/0032 §2): every completed sign-in
 * marks its browser known to the account in a signed cookie; a sign-in from a browser the account
 * had not used is mailed to its owner when the account asked for it in "Configure my account".
 */
const EMAIL = 'marie.curie@example.eu';
const PASSWORD = 'correct horse battery staple';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';

let portal: TestPortal;
let user: UserRecord;

beforeEach(async () => {
  portal = await createTestPortal();
  user = await portal.createUser({ id: 'n0025vuz', email: EMAIL, password: PASSWORD });
});
afterEach(() => portal.close());

const browserWith = (userAgent: string) => new Browser(portal.app, { acceptLanguage: 'fr', userAgent });
const newBrowserMails = () => portal.mailer.of('new-browser-sign-in');

async function turnOn(browser: Browser) {
  const saved = await browser.post('/account/options', { notifyNewBrowser: 'on' });
  expect(saved.location).toBe('/account/options?saved=1');
  expect((await portal.durable.accountOptions.get(user.id)).notifyNewBrowser).toBe(true);
}

describe('sign-in from a new browser', () => {
  it('the page offers the option (FR); the browser that turns it on, and every browser used before, stay quiet', async () => {
    const earlier = portal.browser('fr');
    expect((await signIn(earlier, EMAIL, PASSWORD)).location).toBe('/account');
    expect(earlier.cookie(COOKIES.knownBrowser)).toBeDefined();
    const here = portal.browser('fr');
    expect((await signIn(here, EMAIL, PASSWORD)).location).toBe('/account');
    const page = await here.get('/account/options');
    expect(textOf(page.html)).toContain(fr.accountOptions.newBrowser);
    expect(page.html).toContain('name="notifyNewBrowser"');
    await turnOn(here);
    expect((await signIn(here, EMAIL, PASSWORD)).location).toBe('/account');
    expect((await signIn(earlier, EMAIL, PASSWORD)).location).toBe('/account');
    expect(newBrowserMails()).toHaveLength(0);
  });

  it('a new browser is mailed once, with when, where and which browser; the audit says so', async () => {
    const here = portal.browser('en');
    await signIn(here, EMAIL, PASSWORD);
    await turnOn(here);
    const elsewhere = browserWith(FIREFOX);
    expect((await signIn(elsewhere, EMAIL, PASSWORD)).location).toBe('/account');
    expect(newBrowserMails()).toHaveLength(1);
    expect(portal.mailer.last('new-browser-sign-in')).toMatchObject({
      to: EMAIL,
      params: {
        browser: 'Firefox 128 · Windows',
        at: expect.stringMatching(/^\d{4}-/) as unknown,
        ip: expect.any(String) as unknown,
      },
    });
    const audit = await portal.durable.audit.list({ userId: user.id, limit: 50 });
    expect(audit.some((e) => e.type === 'account.new_browser_mailed')).toBe(true);
    // Known now: its next sign-in mails nothing.
    await signIn(elsewhere, EMAIL, PASSWORD);
    expect(newBrowserMails()).toHaveLength(1);
  });

  it('attacker: a forged or altered cookie does not make a browser known', async () => {
    const here = portal.browser('en');
    await signIn(here, EMAIL, PASSWORD);
    await turnOn(here);
    const known = here.cookie(COOKIES.knownBrowser)!;
    const altered = Buffer.from(known, 'base64url');
    altered[5] = altered[5]! ^ 1;
    const attacker = browserWith(FIREFOX);
    attacker.setCookie(COOKIES.knownBrowser, altered.toString('base64url'));
    await signIn(attacker, EMAIL, PASSWORD);
    expect(newBrowserMails()).toHaveLength(1);
  });

  it('off (the default): no mail, but the browser is remembered for when it is turned on', async () => {
    const first = portal.browser('en');
    await signIn(first, EMAIL, PASSWORD);
    expect(first.cookie(COOKIES.knownBrowser)).toBeDefined();
    expect(newBrowserMails()).toHaveLength(0);
    const page = await first.get('/account/options');
    expect(textOf(page.html)).toContain(en.accountOptions.newBrowser);
    expect(page.html).not.toMatch(/name="notifyNewBrowser"[^>]*checked/);
  });

  it('a mailer that fails does not fail the sign-in', async () => {
    const here = portal.browser('en');
    await signIn(here, EMAIL, PASSWORD);
    await turnOn(here);
    portal.mailer.send = () => Promise.reject(new Error('smtp down'));
    expect((await signIn(browserWith(FIREFOX), EMAIL, PASSWORD)).location).toBe('/account');
  });
});
