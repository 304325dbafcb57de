import { LOCALES } from '@sesame/protocol';
import type * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorizationRequest,
  browse,
  discover,
  OIDC_TEST_APPS,
  WEB_CALLBACK,
  WEB_SECRET,
} from '../../test/oidc-relying-party';
import { createTestPortal, textOf, type Browser, type TestPortal } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * OIDC Core §3.1.2.1 `ui_locales` (docs/adr/0045 §1): the sign-in pages in the first language of
 * the list that Sésame speaks, unless the person chose one; the provider's own pages too.
 */
const PASSWORD = 'correct horse battery';

describe('OIDC ui_locales', () => {
  let portal: TestPortal;
  let web: client.Configuration;

  beforeAll(async () => {
    portal = await createTestPortal({ listen: true, relyingApps: OIDC_TEST_APPS });
    web = await discover(portal, 'web-app', WEB_SECRET);
  });
  afterAll(async () => {
    await portal.close();
  });

  it('the discovery document lists every language Sésame speaks', () => {
    expect(web.serverMetadata().ui_locales_supported).toEqual([...LOCALES]);
  });

  it('takes the first tag spoken, a region falling back to its language, over the browser’s language', async () => {
    const browser = portal.browser('fr-FR');
    const { url } = await authorizationRequest(web, WEB_CALLBACK, { ui_locales: 'ja-JP en-IE fr' });
    const { page } = await browse(portal, browser, url);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="en"');
    expect(textOf(page.html)).toContain(en.signIn.title);
    // Not taken for the person's own choice.
    expect(browser.cookie(COOKIES.locale)).toBeUndefined();
  });

  it('gives way to the person’s own choice', async () => {
    const browser = portal.browser('en');
    await browser.get('/login?lang=fr');
    const { url } = await authorizationRequest(web, WEB_CALLBACK, { ui_locales: 'en' });
    const { page } = await browse(portal, browser, url);
    expect(page.html).toContain('<html lang="fr"');
    expect(textOf(page.html)).toContain(fr.signIn.title);
  });

  describe('the provider’s own pages follow the portal’s order, the account’s language included (docs/adr/0062)', () => {
    const host = () => ({ host: new URL(portal.baseUrl).host });
    const lang = (html: string) => /<html lang="([a-z]+)"/.exec(html)?.[1];
    /** An error page of the provider's own (an unknown client). */
    const errorPage = async (browser: Browser, query = '') =>
      lang((await browser.get(`/oidc/auth?client_id=nobody${query}`, host())).html);
    /** The provider's logout question (RP-initiated logout), once signed in to the application. */
    const logoutQuestion = async (browser: Browser, query = '') =>
      lang((await browser.get(`/oidc/session/end?client_id=web-app${query}`, host())).html);
    /** Signs in to the application through the provider (its session is what the logout asks about). */
    const signInToTheApp = async (browser: Browser, email: string) =>
      browse(portal, browser, (await authorizationRequest(web, WEB_CALLBACK)).url, { email, password: PASSWORD });

    it('speak, once signed in, the language the account’s owner chose; the browser’s before and after', async () => {
      await portal.createUser({
        email: 'ada@example.org',
        password: PASSWORD,
        emailLocale: 'de',
        languageChosen: true,
      });
      const browser = portal.browser('en');
      expect(await errorPage(browser)).toBe('en');
      await signInToTheApp(browser, 'ada@example.org');
      expect(await errorPage(browser)).toBe('de');
      expect(await logoutQuestion(browser)).toBe('de');
      // The application's wish, then the browser's own choice, come first, as on the portal.
      expect(await errorPage(browser, '&ui_locales=nl')).toBe('nl');
      expect(await logoutQuestion(browser, '&ui_locales=nl')).toBe('nl');
      expect(await errorPage(browser, '&ui_locales=nl&lang=fr')).toBe('fr');
      // Signed out of the portal: the browser's language again.
      await browser.post('/logout', {});
      expect(await errorPage(browser)).toBe('en');
    });

    it('a language set for the owner (an import, an administrator) does not speak for them', async () => {
      await portal.createUser({ email: 'bob@example.org', password: PASSWORD, emailLocale: 'de' });
      const browser = portal.browser('en');
      await signInToTheApp(browser, 'bob@example.org');
      expect(await errorPage(browser)).toBe('en');
      expect(await logoutQuestion(browser)).toBe('en');
    });
  });

  it('a list with no language spoken, or a hostile one, leaves the browser’s language', async () => {
    for (const uiLocales of ['ja zh', '"><script>', 'x'.repeat(2000)]) {
      const browser = portal.browser('en');
      const { url } = await authorizationRequest(web, WEB_CALLBACK, { ui_locales: uiLocales });
      const { page } = await browse(portal, browser, url);
      expect(page.html).toContain('<html lang="en"');
    }
  });
});
