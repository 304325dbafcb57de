import { languageOf, LOCALES, type Locale } from '@sesame/protocol';
import { catalogues, DEMO_ACCOUNTS } from '@sesame/server';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumForFile, expectNoAxeViolations, screenshot, waitForHeading, watchErrors } from './support/browser';
import { startStack, type Stack } from './support/stack';

/**
 * Issue 15 point 3 (docs/adr/0045): every language Sésame speaks, in a real browser under the real
 * CSP — the sign-in page in that language (`<html lang>`, its title), axe-clean with the language
 * chooser open, and the chooser leading to the same page in another language without any script.
 * With UPDATE_SCREENSHOTS=1, the sign-in page of the docs' five languages (those of them registered)
 * is saved to docs/images/languages-sign-in-<code>.png for docs/users/languages.md.
 */

/** The languages the docs show; the screenshots are those of them that have catalogues. */
const DOCS_LANGUAGES: readonly string[] = ['fr', 'en', 'de', 'es', 'it'];

let stack: Stack;
const chromium = chromiumForFile();

beforeAll(async () => {
  if (!(await chromium.launch())) return;
  // The demo accounts: one signs in for the account's language (docs/adr/0055).
  stack = await startStack({ demoAccounts: true });
});

afterAll(async () => {
  await chromium.close();
  await stack?.stop();
});

describe.each(LOCALES.map((locale) => [locale]))('the sign-in page in a browser (%s)', (locale: Locale) => {
  const m = catalogues[locale];

  it(`${locale}: in its language, accessible with the language chooser open`, async () => {
    const context = await chromium.get().newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    try {
      await page.goto(`${stack.baseUrl}/login?lang=${locale}`);
      await waitForHeading(page, m.signIn.title);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      await expectNoAxeViolations(page, `${locale} sign-in`);
      if (DOCS_LANGUAGES.includes(locale)) await screenshot(page, `languages-sign-in-${locale}`);

      // The chooser: every language by its own name, in its language, the current one marked.
      const summary = page.locator('.language-chooser summary');
      expect(await summary.innerText()).toContain(languageOf(locale).endonym);
      await summary.click();
      for (const other of LOCALES) {
        const link = page.getByRole('link', { name: languageOf(other).endonym, exact: true });
        expect(await link.getAttribute('lang')).toBe(other);
        expect(await link.getAttribute('hreflang')).toBe(other);
      }
      expect(
        await page.getByRole('link', { name: languageOf(locale).endonym, exact: true }).getAttribute('aria-current'),
      ).toBe('true');
      await expectNoAxeViolations(page, `${locale} sign-in, language chooser open`);
      if (locale === 'fr' || locale === 'en') await screenshot(page, `languages-chooser-${locale}`);
      expect(errors, 'console errors or CSP violations in the page').toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the language chooser', () => {
  it('keeps the page, remembers the choice, and needs no script', async () => {
    const context = await chromium.get().newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    try {
      const [first, second] = [LOCALES[0], LOCALES[1]] as [Locale, Locale];
      await page.goto(`${stack.baseUrl}/register?lang=${first}`);
      await waitForHeading(page, catalogues[first].register.title);
      await page.locator('.language-chooser summary').click();
      await page.getByRole('link', { name: languageOf(second).endonym, exact: true }).click();
      await waitForHeading(page, catalogues[second].register.title);
      expect(new URL(page.url()).pathname).toBe('/register');
      // Remembered: the next page, without ?lang=, is in the chosen language.
      await page.goto(`${stack.baseUrl}/login`);
      await waitForHeading(page, catalogues[second].signIn.title);
      expect(await page.getAttribute('html', 'lang')).toBe(second);
    } finally {
      await context.close();
    }
  });
});

describe('the account’s language (docs/adr/0055)', () => {
  const marie = DEMO_ACCOUNTS.find((a) => a.emailLocale === 'fr')!;

  /** Signs Marie in from the sign-in page, as the page speaks `locale`, and waits for My account. */
  async function signIn(page: Page, locale: Locale) {
    const m = catalogues[locale];
    await page.goto(`${stack.baseUrl}/login`);
    await page.getByLabel(m.fields.email, { exact: true }).fill(marie.email);
    await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
    await waitForHeading(page, m.signIn.passwordTitle);
    await page.getByLabel(m.fields.password, { exact: true }).fill(marie.password);
    await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
  }

  it('is chosen with the chooser while signed in, and a fresh browser speaks it once signed in', async () => {
    const browser = chromium.get();
    const first = await browser.newContext({ locale: 'en-GB' });
    const second = await browser.newContext({ locale: 'en-GB' });
    try {
      // Marie's account language was set for her (the mails'): the pages follow the browser.
      const page = await first.newPage();
      page.setDefaultTimeout(10_000);
      await signIn(page, 'en');
      await waitForHeading(page, catalogues.en.account.title);
      await page.locator('.language-chooser summary').click();
      await page.getByRole('link', { name: languageOf('de').endonym, exact: true }).click();
      await waitForHeading(page, catalogues.de.account.title);

      // Another browser, English too: English until she signs in, then German.
      const other = await second.newPage();
      other.setDefaultTimeout(10_000);
      await signIn(other, 'en');
      await waitForHeading(other, catalogues.de.account.title);
      expect(await other.getAttribute('html', 'lang')).toBe('de');
      expect(await other.locator('.details [lang="de"]').innerText()).toBe(languageOf('de').endonym);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
