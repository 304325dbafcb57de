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
import { createTestPortal, textOf, type TestPortal } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * OIDC Core §3.1.2.1 `ui_locales` (docs/adr/0045 §1): the sign-in pages in the first language of
 * the list that Sésame speaks, unless the person chose one; the provider's own pages too.
 */
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

  it('a list with no language spoken, or a hostile one, leaves the browser’s language', async () => {
    for (const uiLocales of ['ja zh', '"><script>', 'x'.repeat(2000)]) {
      const browser = portal.browser('en');
      const { url } = await authorizationRequest(web, WEB_CALLBACK, { ui_locales: uiLocales });
      const { page } = await browse(portal, browser, url);
      expect(page.html).toContain('<html lang="en"');
    }
  });
});
