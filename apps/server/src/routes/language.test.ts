import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestPortal, textOf, type Page, type TestPortal } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { fr } from '../i18n/fr';

const lang = (page: Page) => /<html lang="([a-z]+)"/.exec(page.html)?.[1];

describe('interface language', () => {
  let portal: TestPortal;
  beforeEach(async () => {
    portal = await createTestPortal();
  });
  afterEach(() => portal.close());

  it('follows Accept-Language, and falls back to the configured default', async () => {
    expect(lang(await portal.browser('en').get('/login'))).toBe('en');
    expect(lang(await portal.browser('de-CH, en;q=0.8, fr;q=0.5').get('/login'))).toBe('en');
    const unknown = await portal.browser('de').get('/login');
    expect(lang(unknown)).toBe(portal.config.defaultLocale);
    expect(textOf(unknown.html)).toContain(fr.signIn.intro);
  });

  it('lets ?lang= choose, remembers the choice in a cookie, and the choice beats Accept-Language', async () => {
    const browser = portal.browser('en');
    const chosen = await browser.get('/login?lang=fr');
    expect(lang(chosen)).toBe('fr');
    expect(browser.cookie(COOKIES.locale)).toBe('fr');
    const next = await browser.get('/register');
    expect(lang(next)).toBe('fr');
    expect(textOf(next.html)).toContain(fr.register.intro);
    // The switch offers the other language on the same page.
    expect(next.html).toContain('href="/register?lang=en"');
    expect(textOf(next.html)).toContain(fr.meta.switchTo);
  });

  it('ignores an unknown ?lang= and keeps the remembered choice', async () => {
    const browser = portal.browser('en');
    await browser.get('/login?lang=fr');
    const page = await browser.get('/login?lang=xx');
    expect(browser.cookie(COOKIES.locale)).toBe('fr');
    expect(lang(page)).toBe('fr');
  });
});
