import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, en, fr } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, screenshot, waitForHeading, watchErrors } from './support/browser';
import { startStack, type Stack } from './support/stack';

/**
 * Issue 11, point 1, "Where is the app?", in a real browser under the real CSP: "My account",
 * "Add a mobile device" and /help/app show the app's address and its QR image, or on a phone the
 * app directly, and pass axe-core (WCAG 2.1 A/AA) in both languages. With UPDATE_SCREENSHOTS=1,
 * /help/app is saved as docs/images/help-app-<lang>.png (docs/users/app.md shows it).
 */

const catalogues = { fr, en } as const;
type Locale = keyof typeof catalogues;
const IPHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
};

let stack: Stack;
const chromium = chromiumForFile();

beforeAll(async () => {
  if (await chromium.launch()) stack = await startStack({ demoAccounts: true });
});

afterAll(async () => {
  await chromium.close();
  await stack?.stop();
});

async function qrShown(page: Page) {
  const qr = page.getByTestId('app-qr');
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

describe.each(['fr', 'en'] as const)('getting the Sésame app in a browser (%s)', (locale: Locale) => {
  const m = catalogues[locale];
  const g = m.getApp;
  const account = DEMO_ACCOUNTS.find((a) => a.emailLocale === locale)!;
  const appUrl = () => new URL('/app/', stack.baseUrl).href;

  async function signIn(page: Page) {
    await page.goto(`${stack.baseUrl}/login?lang=${locale}`);
    await page.getByLabel(m.fields.email, { exact: true }).fill(account.email);
    await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
    await waitForHeading(page, m.signIn.passwordTitle);
    await page.getByLabel(m.fields.password, { exact: true }).fill(account.password);
    await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, m.account.title);
    await page.waitForLoadState('load');
  }

  it(`${locale}: the help page, "My account" and "Add a mobile device" show the app and are accessible`, async () => {
    const context = await chromium.get().newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    try {
      await page.goto(`${stack.baseUrl}/help/app?lang=${locale}`);
      await waitForHeading(page, g.helpTitle);
      await page.waitForLoadState('load');
      expect(await page.getByTestId('app-url').getAttribute('href')).toBe(appUrl());
      await qrShown(page);
      await expectNoAxeViolations(page, `${locale} /help/app`);
      await screenshot(page, `help-app-${locale}`);

      await signIn(page);
      await page.getByTestId('get-app').waitFor();
      await expectNoAxeViolations(page, `${locale} my account`);

      await page.goto(`${stack.baseUrl}/account/devices/new`);
      await waitForHeading(page, m.devices.form.title);
      await page.waitForLoadState('load');
      await qrShown(page);
      await expectNoAxeViolations(page, `${locale} add a device`);
      expect(errors, 'console errors or CSP violations in the page').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it(`${locale}: on a phone, the pages open the app directly and are accessible`, async () => {
    const context = await chromium.get().newContext(IPHONE);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    try {
      await page.goto(`${stack.baseUrl}/help/app?lang=${locale}`);
      await waitForHeading(page, g.helpTitle);
      await page.waitForLoadState('load');
      const open = page.getByRole('link', { name: g.openOnPhone, exact: true });
      expect(await open.getAttribute('href')).toBe(appUrl());
      expect(await page.getByTestId('app-qr').count()).toBe(0);
      await expectNoAxeViolations(page, `${locale} /help/app on a phone`);

      await signIn(page);
      await page.getByTestId('open-app').waitFor();
      await expectNoAxeViolations(page, `${locale} my account on a phone`);
      expect(errors, 'console errors or CSP violations in the page').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
