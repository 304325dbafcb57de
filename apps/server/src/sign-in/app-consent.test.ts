import { DEFAULT_ACCOUNT_OPTIONS, type UserRecord } from '@sesame/core';
import type * as client from 'openid-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMAIL, PASSWORD, startAppSignInKit, TRACES } from '../../test/app-sign-in-kit';
import {
  authorizationRequest,
  browse,
  discover,
  OIDC_TEST_APPS,
  redeem,
  WEB_CALLBACK,
  WEB_SECRET,
} from '../../test/oidc-relying-party';
import { type Browser, type Page, signIn, type TestPortal, textOf } from '../../test/test-portal';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

/**
 * "Warn me each time an application asks for my identity" (issue 13 point 5b; docs/adr/0031): an
 * interstitial naming the application after the sign-in and on SSO, for CAS and OIDC; Continue
 * gives the application its ticket or code, Cancel returns to the portal (CAS) or to the
 * application with access_denied (OIDC). Attacker cases: the held sign-in is single-use (a
 * replayed Continue gets no second ticket), bound to the account, and the form needs its CSRF token.
 */
let portal: TestPortal;
let user: UserRecord;
let web: client.Configuration;

beforeEach(async () => {
  ({ portal, user } = await startAppSignInKit(OIDC_TEST_APPS));
  await portal.durable.accountOptions.set(user.id, { ...DEFAULT_ACCOUNT_OPTIONS, warnOnApplication: true });
  web = await discover(portal, 'web-app', WEB_SECRET);
});
afterEach(() => portal.close());

const CAS_LOGIN = `/cas/login?service=${encodeURIComponent(TRACES)}`;
const tokenOf = (page: Page) => /name="token" value="([^"]+)"/.exec(page.html)?.[1] ?? '';

async function signedIn(lang = 'en'): Promise<Browser> {
  const browser = portal.browser(lang);
  expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  return browser;
}

describe('CAS', () => {
  it('after the sign-in: the interstitial names the application, no ticket until Continue; a replay gets nothing', async () => {
    const browser = portal.browser('fr');
    await browser.get(CAS_LOGIN);
    await browser.post('/login', { email: EMAIL });
    const page = await browser.post('/login/password', { password: PASSWORD });
    expect(page.status).toBe(200);
    expect(page.location).toBeUndefined();
    expect(textOf(page.html)).toContain(format(fr.appConsent.body, { app: 'TRACES NT (démo)' }));
    const token = tokenOf(page);
    const continued = await browser.post('/login/consent', { token, answer: 'continue' });
    expect(continued.location).toMatch(/^https:\/\/traces\.example\.eu\/cas\?ticket=ST-/);
    const replayed = await browser.post('/login/consent', { token, answer: 'continue' });
    expect(replayed.status).toBe(410);
    expect(textOf(replayed.html)).toContain(fr.appConsent.gone);
    expect(replayed.location).toBeUndefined();
  });

  it('on SSO too; Cancel goes to the portal, not to the service, and no ticket', async () => {
    const browser = await signedIn();
    const page = await browser.get(CAS_LOGIN);
    expect(textOf(page.html)).toContain(format(en.appConsent.body, { app: 'TRACES NT (démo)' }));
    const cancelled = await browser.post('/login/consent', { token: tokenOf(page), answer: 'cancel' });
    expect(cancelled.location).toBe('/account');
  });

  it('refuses a post without the CSRF token (403) and keeps the held sign-in for the real form', async () => {
    const browser = await signedIn();
    const token = tokenOf(await browser.get(CAS_LOGIN));
    expect((await browser.post('/login/consent', { token, answer: 'continue' }, { csrf: null })).status).toBe(403);
    expect((await browser.post('/login/consent', { token, answer: 'continue' })).location).toMatch(/ticket=ST-/);
  });

  it('another account’s browser cannot use the token: 410, and the owner’s token is spent', async () => {
    const owner = await signedIn();
    const token = tokenOf(await owner.get(CAS_LOGIN));
    await portal.createUser({ id: 'x0099abc', email: 'other@example.eu', password: PASSWORD });
    const other = portal.browser('en');
    expect((await signIn(other, 'other@example.eu', PASSWORD)).location).toBe('/account');
    expect((await other.post('/login/consent', { token, answer: 'continue' })).status).toBe(410);
    expect((await owner.post('/login/consent', { token, answer: 'continue' })).status).toBe(410);
  });

  it('without the option, no interstitial', async () => {
    await portal.durable.accountOptions.set(user.id, DEFAULT_ACCOUNT_OPTIONS);
    const browser = await signedIn();
    expect((await browser.get(CAS_LOGIN)).location).toMatch(/ticket=ST-/);
  });
});

describe('OpenID Connect', () => {
  const host = () => ({ host: new URL(portal.baseUrl).host });

  it('on SSO: Continue returns the code to the application', async () => {
    const browser = await signedIn();
    const pending = await authorizationRequest(web, WEB_CALLBACK);
    const journey = await browse(portal, browser, pending.url);
    expect(journey.callback).toBeUndefined();
    expect(textOf(journey.page.html)).toContain(format(en.appConsent.body, { app: 'Web App' }));
    const continued = await browser.post(
      '/login/consent',
      { token: tokenOf(journey.page), answer: 'continue' },
      { headers: host() },
    );
    const back = await browse(portal, browser, continued.location!);
    const tokens = await redeem(web, back.callback!, pending);
    expect(tokens.claims()?.sub).toBe(user.id);
  });

  it('Cancel returns access_denied to the application’s registered redirect URI, with its state', async () => {
    const browser = await signedIn();
    const pending = await authorizationRequest(web, WEB_CALLBACK);
    const journey = await browse(portal, browser, pending.url);
    const cancelled = await browser.post(
      '/login/consent',
      { token: tokenOf(journey.page), answer: 'cancel' },
      { headers: host() },
    );
    const back = await browse(portal, browser, cancelled.location!);
    expect(`${back.callback?.origin}${back.callback?.pathname}`).toBe(WEB_CALLBACK);
    expect(back.callback?.searchParams.get('error')).toBe('access_denied');
    expect(back.callback?.searchParams.get('state')).toBe(pending.state);
    expect(back.callback?.searchParams.get('code')).toBeNull();
  });
});
