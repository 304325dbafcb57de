import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, en, fr } from '@sesame/server';
import { expectNoAxeViolations, chromiumForFile, watchErrors } from './support/browser';
import { startStack, type Stack } from './support/stack';

/**
 * "Manage my mobile devices" in a real browser, under the real CSP: the list, the form (with its
 * errors) and the enrolment QR page pass axe-core (WCAG 2.1 A/AA), with no console error or
 * CSP violation (devices.js loads by nonce and opens its event stream).
 */

const catalogues = { fr, en } as const;
type Locale = keyof typeof catalogues;

let stack: Stack;
const chromium = chromiumForFile();

beforeAll(async () => {
  if (await chromium.launch()) stack = await startStack({ demoAccounts: true });
});

afterAll(async () => {
  await chromium.close();
  await stack?.stop();
});

async function heading(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  await page.waitForLoadState('load');
}

describe.each(['fr', 'en'] as const)('mobile device pages in a browser (%s)', (locale: Locale) => {
  const m = catalogues[locale];
  const d = m.devices;
  const account = DEMO_ACCOUNTS.find((a) => a.emailLocale === locale)!;

  it(`${locale}: list, form with errors and QR page are accessible`, async () => {
    const context = await chromium.get().newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    try {
      await page.goto(`${stack.baseUrl}/login?lang=${locale}`);
      await page.getByLabel(m.fields.email, { exact: true }).fill(account.email);
      await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
      await heading(page, m.signIn.passwordTitle);
      await page.getByLabel(m.fields.password, { exact: true }).fill(account.password);
      await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
      await heading(page, m.account.title);

      await page.getByRole('link', { name: d.title, exact: true }).click();
      await heading(page, d.title);
      await expectNoAxeViolations(page, `${locale} devices list`);

      await page.getByRole('link', { name: d.add, exact: true }).click();
      await heading(page, d.form.title);
      await expectNoAxeViolations(page, `${locale} add a device`);

      await page.getByLabel(d.form.name, { exact: true }).fill('Mon téléphone');
      await page.getByLabel(d.form.pin, { exact: true }).fill('1234');
      await page.getByLabel(d.form.pinConfirm, { exact: true }).fill('1234');
      await page.getByRole('button', { name: d.form.submit, exact: true }).click();
      await page.getByRole('heading', { level: 2, name: m.layout.errorSummaryTitle, exact: true }).waitFor();
      expect(await page.locator('#name-error').innerText()).toBe(d.fieldReasons.name.malformed);
      expect(await page.locator('#pin-error').innerText()).toBe(d.fieldReasons.pin.common);
      await expectNoAxeViolations(page, `${locale} add a device with errors`);

      await page.getByLabel(d.form.name, { exact: true }).fill('Pixel-e2e');
      await page.getByLabel(d.form.pin, { exact: true }).fill('5739');
      await page.getByLabel(d.form.pinConfirm, { exact: true }).fill('5739');
      await page.getByRole('button', { name: d.form.submit, exact: true }).click();
      await heading(page, d.qr.title);
      const qr = page.getByTestId('enrolment-qr');
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      await expectNoAxeViolations(page, `${locale} enrolment QR`);

      // "I have finished" is a button (issue 11): the list says the app added nothing yet.
      await page.getByRole('button', { name: d.qr.finished, exact: true }).click();
      await heading(page, d.title);
      expect((await page.getByRole('status').innerText()).trim()).toBe(m.portalPath.finishedNone);

      // The live wait: devices.js (loaded by nonce) follows the event stream to the list. The
      // stream is played here; the route's own test publishes through the store.
      await page.route('**/account/devices/enrolment-events', (route) =>
        route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' },
          body: `event: device-enrolled\ndata: ${JSON.stringify({ type: 'device-enrolled', deviceId: 'd', name: 'P' })}\n\n`,
        }),
      );
      await page.getByRole('link', { name: d.add, exact: true }).click();
      await heading(page, d.form.title);
      await page.getByLabel(d.form.name, { exact: true }).fill('Pixel-e2e');
      await page.getByLabel(d.form.pin, { exact: true }).fill('5739');
      await page.getByLabel(d.form.pinConfirm, { exact: true }).fill('5739');
      await page.getByRole('button', { name: d.form.submit, exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/account/devices' && url.search === '?added=1');
      await heading(page, d.title);
      expect((await page.getByRole('status').innerText()).trim()).toBe(d.addedNotice);
      expect(errors, 'console errors or CSP violations in the page').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
