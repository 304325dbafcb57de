import { spokenLanguages } from '@sesame/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSWORD as ADMIN_PASSWORD, signInWithPassword, signInWithTotp } from '../../test/admin-kit';
import { enrolTotp } from '../../test/credentials-kit';
import { createTestPortal, signIn, textOf, type Page, type TestPortal } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { de } from '../i18n/de';
import { fr } from '../i18n/fr';
import { it as italian } from '../i18n/it';

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

  describe('the account’s language (docs/adr/0055)', () => {
    const PASSWORD = 'correct horse battery';

    /** Ada, whose account's language is German, chosen by herself (docs/adr/0055). */
    const adaWhoChoseGerman = () =>
      portal.createUser({ email: 'ada@example.org', password: PASSWORD, emailLocale: 'de', languageChosen: true });
    /** A click on the chooser of one of our pages: the browser says the request is same-origin. */
    const CHOOSER = { 'sec-fetch-site': 'same-origin' };
    const accountLanguage = async (email: string) => (await portal.durable.users.findByEmail(email))?.emailLocale;

    it('speaks on a fresh browser, once signed in, the language its owner chose; the browser’s before and after', async () => {
      await adaWhoChoseGerman();
      const browser = portal.browser('fr-FR');
      expect(lang(await browser.get('/login'))).toBe('fr');
      await signIn(browser, 'ada@example.org', PASSWORD);
      const account = await browser.get('/account');
      expect(lang(account)).toBe('de');
      expect(textOf(account.html)).toContain(de.layout.myAccount);
      // The account's language, by its own name and in its language, and how to change it.
      expect(account.html).toContain('<span lang="de">Deutsch</span>');
      expect(textOf(account.html)).toContain(de.account.languageHint);
      // Nothing is remembered in the browser: signed out, it is the browser's language again.
      expect(browser.cookie(COOKIES.locale)).toBeUndefined();
      await browser.post('/logout', {});
      expect(lang(await browser.get('/login'))).toBe('fr');
    });

    it('keeps the browser’s language while the account’s was set for its owner (an import, an administrator)', async () => {
      await portal.createUser({ email: 'ada@example.org', password: PASSWORD, emailLocale: 'en' });
      const browser = portal.browser('fr-FR');
      await signIn(browser, 'ada@example.org', PASSWORD);
      const account = await browser.get('/account');
      expect(lang(account)).toBe('fr');
      expect(textOf(account.html)).toContain(fr.layout.myAccount);
      // The mails' language, by its own name and in its language.
      expect(account.html).toContain('<span lang="en">English</span>');
    });

    it('is set by the chooser used while signed in: the next browser’s pages and the mails follow it', async () => {
      await portal.createUser({ email: 'ada@example.org', password: PASSWORD, emailLocale: 'en' });
      const first = portal.browser('en');
      await signIn(first, 'ada@example.org', PASSWORD);
      // Choosing the language the account already has marks it chosen too.
      await first.get('/account?lang=en', CHOOSER);
      expect((await portal.durable.users.findByEmail('ada@example.org'))?.languageChosenAt).toBeInstanceOf(Date);
      const second = portal.browser('fr');
      await signIn(second, 'ada@example.org', PASSWORD);
      expect(lang(await second.get('/account'))).toBe('en');

      const chosen = await first.get('/account?lang=it', CHOOSER);
      expect(lang(chosen)).toBe('it');
      expect(chosen.html).toContain('<span lang="it">italiano</span>');
      expect(await accountLanguage('ada@example.org')).toBe('it');

      const third = portal.browser('en');
      await signIn(third, 'ada@example.org', PASSWORD);
      expect(lang(await third.get('/account'))).toBe('it');
      // One preference: the mails are in it too.
      const forgotten = portal.browser('en');
      await forgotten.get('/password/forgot');
      await forgotten.post('/password/forgot', { email: 'ada@example.org' });
      expect(portal.mailer.last('password-reset').locale).toBe('it');
    });

    it('comes after the language chosen on this browser and the one the application asked for', async () => {
      await adaWhoChoseGerman();
      // Chosen before signing in (?lang=, then its cookie): this browser keeps it, the account too.
      const chose = portal.browser('en');
      await chose.get('/login?lang=fr', CHOOSER);
      await signIn(chose, 'ada@example.org', PASSWORD);
      expect(lang(await chose.get('/account'))).toBe('fr');
      expect(lang(await chose.get('/account?lang=es'))).toBe('es');
      expect(await accountLanguage('ada@example.org')).toBe('de');

      // The application's wish (CAS locale, OIDC ui_locales), kept for the pages of its sign-in.
      const sent = portal.browser('en');
      await signIn(sent, 'ada@example.org', PASSWORD);
      sent.setCookie(COOKIES.appLocale, 'nl');
      expect(lang(await sent.get('/account'))).toBe('nl');
    });

    it('is not changed by a link on another site, nor by an address typed: only the browser’s language is', async () => {
      await adaWhoChoseGerman();
      const browser = portal.browser('en');
      await signIn(browser, 'ada@example.org', PASSWORD);
      const elsewhere: Record<string, string>[] = [
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'none' },
        { referer: 'https://evil.example/page' },
        {},
      ];
      for (const headers of elsewhere) {
        const page = await browser.get('/account?lang=mt', headers);
        expect(lang(page)).toBe('mt');
        expect(browser.cookie(COOKIES.locale)).toBe('mt');
        expect(await accountLanguage('ada@example.org')).toBe('de');
      }
      // A browser without Fetch Metadata, from one of our pages (its Referer).
      await browser.get('/account?lang=pl', { referer: `${new URL(portal.config.publicUrl).origin}/account` });
      expect(await accountLanguage('ada@example.org')).toBe('pl');
    });

    describe('a change is audited, and needs the account’s usual level (docs/adr/0062)', () => {
      const languageChanges = async (userId: string) =>
        (await portal.durable.audit.list({ userId, limit: 100 })).filter((e) => e.type === 'account.language_changed');

      it('records the chooser’s change once, from and to, shown in words on My account; a choice that changes nothing is not recorded', async () => {
        const ada = await adaWhoChoseGerman();
        const browser = portal.browser('en');
        await signIn(browser, 'ada@example.org', PASSWORD);
        // The language the account already has: nothing changes, nothing is recorded.
        await browser.get('/account?lang=de', CHOOSER);
        expect(await languageChanges(ada.id)).toEqual([]);

        const page = await browser.get('/account?lang=it', CHOOSER);
        const changes = await languageChanges(ada.id);
        expect(changes).toHaveLength(1);
        expect(changes[0]).toMatchObject({
          userId: ada.id,
          ip: expect.any(String),
          details: { from: 'de', to: 'it', source: 'chooser' },
        });
        // Read again, already Italian: no second line.
        await browser.get('/account?lang=it', CHOOSER);
        await browser.get('/account');
        expect(await languageChanges(ada.id)).toHaveLength(1);
        // My account, in the new language, says it in words: which language, to which.
        expect(page.html).toContain(
          `${italian.events['account.language_changed']} (<span lang="de">Deutsch</span> → <span lang="it">italiano</span>)`,
        );
      });

      it('from a session opened with the password alone, on an account with a second factor, changes this browser only', async () => {
        const ada = await portal.createUser({
          email: 'ada@example.org',
          password: ADMIN_PASSWORD,
          emailLocale: 'de',
          languageChosen: true,
        });
        const { seed } = await enrolTotp(portal, await signInWithPassword(portal, 'ada@example.org'));

        // Whoever holds only the password cannot make the owner's next warnings unreadable to her.
        const passwordOnly = await signInWithPassword(portal, 'ada@example.org');
        expect(lang(await passwordOnly.get('/account?lang=mt', CHOOSER))).toBe('mt');
        expect(passwordOnly.cookie(COOKIES.locale)).toBe('mt');
        expect(await accountLanguage('ada@example.org')).toBe('de');
        expect(await languageChanges(ada.id)).toEqual([]);

        // With the second factor in this session, the chooser writes the account, audited.
        const strong = await signInWithTotp(portal, 'ada@example.org', seed);
        await strong.get('/account?lang=mt', CHOOSER);
        expect(await accountLanguage('ada@example.org')).toBe('mt');
        expect((await languageChanges(ada.id)).map((e) => e.details)).toEqual([
          { from: 'de', to: 'mt', source: 'chooser' },
        ]);
      });
    });
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
