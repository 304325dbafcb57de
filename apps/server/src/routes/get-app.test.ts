import type { UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { qrTextInPage } from '../../testing/qr-svg';
import {
  createTestPortal,
  decodeEntities,
  signIn,
  storeActiveDevice,
  textOf,
  type Browser,
  type TestPortal,
} from '../../test/test-portal';
import { isMobileUserAgent } from '../http/app-offer';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/** Issue 11, point 1, "Where is the app?": the portal says where the Sésame app is and how to install it. */

const catalogues = { en, fr } as const;
const EMAIL = 'marie.dupont@example.org';
const PASSWORD = 'le chat dort sur le radiateur';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Mobile Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const DESKTOP =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Safari/537.36';

describe('isMobileUserAgent', () => {
  it.each([ANDROID, IPHONE, 'Mozilla/5.0 (iPad; CPU OS 12_2 like Mac OS X)', 'Something Mobile'])(
    'knows a phone: %s',
    (ua) => expect(isMobileUserAgent(ua)).toBe(true),
  );
  it.each([DESKTOP, 'sesame-tests', undefined])('knows a computer: %s', (ua) =>
    expect(isMobileUserAgent(ua)).toBe(false),
  );
});

describe.each(['en', 'fr'] as const)('"Get the Sésame app" (%s)', (locale) => {
  const g = catalogues[locale].getApp;
  let portal: TestPortal;
  let browser: Browser;
  let user: UserRecord;
  let appUrl: string;

  beforeEach(async () => {
    portal = await createTestPortal();
    appUrl = new URL('/app/', portal.config.publicUrl).href;
    user = await portal.createUser({ email: EMAIL, password: PASSWORD, emailLocale: locale });
    browser = portal.browser(locale);
    expect((await signIn(browser, EMAIL, PASSWORD)).status).toBe(303);
  });
  afterEach(() => portal.close());

  /** The app's address as a link and as a QR that decodes to it, with the install steps. */
  const expectFullOffer = (html: string) => {
    expect(html).toContain(`<a href="${appUrl}" data-testid="app-url">${appUrl}</a>`);
    expect(qrTextInPage(html, 'app-qr')).toBe(appUrl);
    const text = textOf(html);
    for (const words of [g.title, g.android, g.ios]) expect(text).toContain(decodeEntities(words));
    expect(html).not.toContain('data-testid="open-app"');
  };

  /** On a phone: the app offered directly, no QR to scan on the screen that should scan it. */
  const expectDirectOffer = (html: string) => {
    expect(html).toMatch(new RegExp(`<a href="${appUrl}"[^>]*data-testid="open-app">${g.openOnPhone}</a>`));
    expect(html).not.toContain('data-testid="app-qr"');
  };

  it('"My account" without a device shows the app’s address and a decodable QR', async () => {
    const page = await browser.get('/account');
    expect(page.status).toBe(200);
    expectFullOffer(page.html);
    expect(page.html).toContain('href="/help/app"');
  });

  it('"My account" with a device keeps a compact link to the app', async () => {
    await storeActiveDevice(portal, {
      id: 'dev-1',
      userId: user.id,
      name: 'Pixel',
      installationId: 'inst-1',
      pushSubscription: null,
    });
    const page = await browser.get('/account');
    expect(page.html).toContain(`<a href="${appUrl}" data-testid="app-url">${appUrl}</a>`);
    expect(page.html).not.toContain('data-testid="app-qr"');
    expect(page.html).toContain('href="/help/app"');
  });

  it('"Add a mobile device" shows the app above the form', async () => {
    const page = await browser.get('/account/devices/new');
    expect(page.status).toBe(200);
    expectFullOffer(page.html);
    expect(page.html.indexOf('data-testid="get-app"')).toBeLessThan(page.html.indexOf('action="/account/devices/new"'));
  });

  it('the form shown again after an error still shows the app', async () => {
    const page = await browser.post('/account/devices/new', { name: '', pin: '', pinConfirm: '' });
    expect(page.status).toBe(400);
    expectFullOffer(page.html);
  });

  it.each([
    ['Android', ANDROID],
    ['iPhone', IPHONE],
  ])('on an %s, "My account" and "Add a mobile device" open the app directly', async (_, ua) => {
    for (const path of ['/account', '/account/devices/new']) {
      const page = await browser.get(path, { 'user-agent': ua });
      expect(page.status).toBe(200);
      expectDirectOffer(page.html);
    }
  });

  it('/help/app explains step 1, signed out too, and links to "Manage my mobile devices"', async () => {
    const page = await portal.browser(locale).get('/help/app');
    expect(page.status).toBe(200);
    expect(page.html).toContain(`<html lang="${locale}"`);
    expectFullOffer(page.html);
    const text = textOf(page.html);
    expect(text).toContain(decodeEntities(g.helpTitle));
    expect(page.html).toContain('href="/account/devices/new"');
    expectDirectOffer((await portal.browser(locale).get('/help/app', { 'user-agent': IPHONE })).html);
  });
});
