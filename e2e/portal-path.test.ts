import { languageOf } from '@sesame/protocol';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, fr } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, waitForHeading, watchErrors } from './support/browser';
import { startStack, type CapturedMail, type Stack } from './support/stack';

/**
 * Issue 11, point 2, the portal's side of the path (ADR 0018), in a real browser under the real
 * CSP, in French and in English: the registration mail → the password chosen → signed in on "My
 * account" → its own "Add a mobile device" → the form; the mail's "Add a mobile device" link
 * opened signed out → the sign-in → back on the form; the QR page's "I have finished" and
 * "Cancel", found as buttons by their role. axe-core (WCAG 2.1 A/AA) on every page visited.
 */

const catalogues = { fr, en } as const;
type Locale = keyof typeof catalogues;
const PIN = '5739';

let stack: Stack;
const chromium = chromiumForFile();

beforeAll(async () => {
  if (await chromium.launch()) stack = await startStack();
});

afterAll(async () => {
  await chromium.close();
  await stack?.stop();
});

/** The first link of a mail that starts with `prefix`. */
function linkIn(mail: CapturedMail, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}[^\\s"<]*`).exec(mail.text);
  if (!match) throw new Error(`no ${prefix} link in the mail "${mail.subject}":\n${mail.text}`);
  return match[0];
}

async function expectAt(page: Page, heading: string, path: string) {
  await waitForHeading(page, heading);
  await page.waitForLoadState('load');
  expect(new URL(page.url()).pathname).toBe(path);
}

describe.each(['fr', 'en'] as const)('from the mail to the device form (%s)', (locale: Locale) => {
  const m = catalogues[locale];
  const email = `zoe.${locale}.${randomBytes(4).toString('hex')}@example.org`;
  const password = locale === 'fr' ? 'un thé vert sous la pluie de novembre' : 'a kettle hums beside the quiet harbour';

  /** Fills the add-device form (the name only if none is proposed) and submits it. */
  async function addDevice(page: Page) {
    const name = page.getByLabel(m.devices.form.name, { exact: true });
    if ((await name.inputValue()) === '') await name.fill(locale === 'fr' ? 'Telephone-Zoe' : 'Zoes-phone');
    await page.getByLabel(m.devices.form.pin, { exact: true }).fill(PIN);
    await page.getByLabel(m.devices.form.pinConfirm, { exact: true }).fill(PIN);
    await page.getByRole('button', { name: m.devices.form.submit, exact: true }).click();
    await expectAt(page, m.devices.qr.title, '/account/devices/new');
  }

  it(`${locale}: registration signs in; "My account" → "Add a mobile device"; the mail link comes back after sign-in; the QR page's buttons`, async () => {
    const context = await chromium.get().newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    const { baseUrl, smtp } = stack;
    try {
      // ── Create the account, the mail's link, the password → signed in ───────────────────
      await page.goto(`${baseUrl}/register?lang=${locale}`);
      await waitForHeading(page, m.register.title);
      await page.getByLabel(m.fields.firstName, { exact: true }).fill('Zoé');
      await page.getByLabel(m.fields.lastName, { exact: true }).fill('Martin');
      await page.getByLabel(m.fields.email, { exact: true }).fill(email);
      await page.getByLabel(m.fields.emailConfirm, { exact: true }).fill(email);
      await page.getByLabel(m.fields.emailLocale, { exact: true }).selectOption({ label: languageOf(locale).endonym });
      await page.getByLabel(m.fields.privacyAccepted, { exact: true }).check();
      await page.getByRole('button', { name: m.register.submit, exact: true }).click();
      await waitForHeading(page, m.register.sentTitle);
      const mail = await smtp.waitForMail(email);
      await page.goto(linkIn(mail, `${baseUrl}/register/confirm?token=`));
      await expectAt(page, m.setPassword.title, '/register/confirm');
      await page.getByLabel(m.fields.password, { exact: true }).fill(password);
      await page.getByLabel(m.fields.passwordConfirm, { exact: true }).fill(password);
      await page.getByRole('button', { name: m.setPassword.submit, exact: true }).click();

      // ── "My account": signed in, the app, and "Add a mobile device" itself ─────────────────
      await expectAt(page, m.account.title, '/account');
      expect((await page.getByRole('status').innerText()).trim()).toBe(m.setPassword.done);
      await page.getByTestId('get-app').waitFor();
      expect(await page.getByRole('link', { name: m.devices.title, exact: true }).getAttribute('href')).toBe(
        '/account/devices',
      );
      await expectNoAxeViolations(page, `${locale} my account after registration`);
      await page.getByRole('link', { name: m.devices.add, exact: true }).click();
      await expectAt(page, m.devices.form.title, '/account/devices/new');
      await expectNoAxeViolations(page, `${locale} add a device`);

      // ── The QR page: "Cancel" is a button and cancels ────────────────────────────────────
      await addDevice(page);
      await expectNoAxeViolations(page, `${locale} the enrolment QR`);
      await page.getByRole('button', { name: m.devices.qr.cancel, exact: true }).click();
      await expectAt(page, m.devices.title, '/account/devices');
      expect((await page.getByRole('status').first().innerText()).trim()).toBe(m.deviceEnrolment.cancelledNotice);

      // ── "I have finished" is a button: the list says no device was added ─────────────────
      await page.getByRole('link', { name: m.devices.add, exact: true }).click();
      await expectAt(page, m.devices.form.title, '/account/devices/new');
      await addDevice(page);
      await page.getByRole('button', { name: m.devices.qr.finished, exact: true }).click();
      await expectAt(page, m.devices.title, '/account/devices');
      expect((await page.getByRole('status').first().innerText()).trim()).toBe(m.portalPath.finishedNone);
      await expectNoAxeViolations(page, `${locale} manage my devices after "I have finished"`);

      // ── Signed out, the mail's "Add a mobile device" link: sign-in, then the form ─────────
      await page.getByRole('button', { name: m.layout.signOut, exact: true }).click();
      await expectAt(page, m.signIn.title, '/login');
      const deviceLink = linkIn(mail, `${baseUrl}/account/devices/new`);
      expect(deviceLink).toBe(`${baseUrl}/account/devices/new`);
      await page.goto(deviceLink);
      await expectAt(page, m.signIn.title, '/login');
      expect(new URL(page.url()).searchParams.get('return_to')).toBe('/account/devices/new');
      await expectNoAxeViolations(page, `${locale} sign-in with a return path`);
      await page.getByLabel(m.fields.email, { exact: true }).fill(email);
      await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
      await expectAt(page, m.signIn.passwordTitle, '/login/password');
      await page.getByLabel(m.fields.password, { exact: true }).fill(password);
      await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
      await expectAt(page, m.devices.form.title, '/account/devices/new');
      expect(errors, 'console errors or CSP violations in the page').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
