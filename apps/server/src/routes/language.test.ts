import { spokenLanguages } from '@sesame/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestPortal, signIn, textOf, type Page, type TestPortal } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { fr } from '../i18n/fr';

const lang = (page: Page) => /<html lang="([a-z]+)"/.exec(page.html)?.[1];
/** Every href of the language chooser. */
const chooserLinks = (page: Page) =>
  [
    ...(/<details class="language-chooser">[\s\S]*?<\/details>/.exec(page.html)?.[0] ?? '').matchAll(/href="([^"]*)"/g),
  ].map((match) => match[1]);

describe('interface language (docs/adr/0045)', () => {
  let portal: TestPortal;
  beforeEach(async () => {
    portal = await createTestPortal();
  });
  afterEach(() => portal.close());

  it('follows Accept-Language, a region falling back to its language, and falls back to the configured default', async () => {
    expect(lang(await portal.browser('en').get('/login'))).toBe('en');
    expect(lang(await portal.browser('en-IE').get('/login'))).toBe('en');
    expect(lang(await portal.browser('ja-JP, en;q=0.8, fr;q=0.5').get('/login'))).toBe('en');
    const unknown = await portal.browser('ja').get('/login');
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
    // The chooser offers every language on the same page, each named in its own language.
    for (const { code, endonym } of spokenLanguages()) {
      expect(next.html).toContain(`href="/register?lang=${code}" lang="${code}" hreflang="${code}"`);
      expect(textOf(next.html)).toContain(endonym);
    }
    expect(next.html).toContain('aria-current="true">français</a>');
  });

  it('ignores an unknown ?lang= and keeps the remembered choice', async () => {
    const browser = portal.browser('en');
    await browser.get('/login?lang=fr');
    const page = await browser.get('/login?lang=xx');
    expect(browser.cookie(COOKIES.locale)).toBe('fr');
    expect(lang(page)).toBe('fr');
  });

  it('keeps the browser’s language for a signed-in account whose mails are in another (ADR 0045 §1)', async () => {
    await portal.createUser({ email: 'ada@example.org', password: 'correct horse battery', emailLocale: 'en' });
    const browser = portal.browser('fr-FR');
    await signIn(browser, 'ada@example.org', 'correct horse battery');
    const account = await browser.get('/account');
    expect(lang(account)).toBe('fr');
    expect(textOf(account.html)).toContain(fr.layout.myAccount);
    // The e-mail language, by its own name and in its language.
    expect(account.html).toContain('<dd lang="en">English</dd>');
    expect(lang(await browser.get('/account?lang=en'))).toBe('en');
  });

  it('links the chooser to this site’s paths only, whatever the request’s path', async () => {
    const browser = portal.browser('en');
    for (const path of ['//evil.example/x', '/nowhere?next=https://evil.example', '/login?lang=en#//evil.example']) {
      const page = await browser.get(path);
      const links = chooserLinks(page);
      expect(links.length).toBe(spokenLanguages().length);
      for (const href of links) expect(href).toMatch(/^\/(?![/\\])[^?]*\?lang=[a-z]{2}$/);
    }
  });
});
