import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, en, fr } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, screenshot, waitForHeading } from './support/browser';
import {
  appCatalogues,
  appErrors,
  blankFrame,
  enrolPhoneByCamera,
  ensureAppBuilt,
  filmQr,
  launchPhone,
  type Phone,
  signInToPortal,
} from './support/pwa';
import { writeFakeCamera } from './support/fake-camera';
import { startStack, type Stack } from './support/stack';

/**
 * Issue 11, point 2 — « un téléphone portable ne peut être utilisé que pour l'authentification
 * d'un seul utilisateur »: a phone that serves Marie's account scans the QR code John's computer
 * shows. The app refuses it at once — no PIN screen — and says why and what next; John's page,
 * which was waiting, stops waiting at once and says why, with a way on. In French and in English,
 * every page axe-clean. Each locale has its own server, so each starts from accounts with no device.
 * Marie's phone is a Pixel 8 whose device name she left empty: it is named "Pixel-8" (issue 11,
 * the name proposed from the phone) on the accept screen, in the mail and on the app's home.
 */

const catalogues = { fr, en } as const;
const [marie, john] = [DEMO_ACCOUNTS[0]!, DEMO_ACCOUNTS[1]!];
const PIN = '5739';
/** A Pixel 8's Chrome (its User-Agent names the model; issue 11: the device is named after it). */
const PIXEL_8 =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';

let cameraDir: string;
const chromium = chromiumForFile();

beforeAll(async () => {
  await ensureAppBuilt();
  cameraDir = await mkdtemp(join(tmpdir(), 'sesame-one-phone-'));
  await chromium.launch();
});

afterAll(async () => {
  await chromium.close();
  if (cameraDir) await rm(cameraDir, { recursive: true, force: true });
});

describe.each(['fr', 'en'] as const)('one phone, one person (%s)', (locale) => {
  const s = catalogues[locale];
  const a = appCatalogues[locale];

  it(`${locale}: a phone named from its model (name left empty) refuses another account's QR before the PIN; the computer stops waiting and says why`, async () => {
    let stack: Stack | undefined;
    let phone: Phone | undefined;
    let desktop: BrowserContext | undefined;
    try {
      stack = await startStack({ demoAccounts: true });
      const camera = join(cameraDir, `camera-${locale}.y4m`);
      await writeFakeCamera(camera, blankFrame());
      phone = await launchPhone({ baseUrl: stack.baseUrl, locale, camera, userAgent: PIXEL_8 });
      desktop = await chromium.get().newContext({ viewport: { width: 1200, height: 900 } });
      const computer = await desktop.newPage();
      computer.setDefaultTimeout(15_000);

      // Marie's phone: enrolled for her account (annex steps 3–10), the device name left empty —
      // the phone's model names it (issue 11), on the accept screen, in the mail and the list.
      const deviceName = 'Pixel-8';
      const marieUser = { id: marie.id, email: marie.email, password: marie.password };
      await enrolPhoneByCamera({
        phone,
        camera,
        desktop: computer,
        baseUrl: stack.baseUrl,
        locale,
        user: marieUser,
        deviceName: '',
        shownName: deviceName,
        pin: PIN,
      });
      const added = await stack.smtp.waitForMail(
        marie.email,
        (mail) => mail.subject === fr.mail.deviceEnrolled.subject,
      );
      expect(added.text).toContain(deviceName);

      // John, on his computer: Add a mobile device → the QR code, waiting.
      await signInToPortal(computer, stack.baseUrl, locale, {
        id: john.id,
        email: john.email,
        password: john.password,
      });
      await computer.goto(`${stack.baseUrl}/account/devices/new`);
      await waitForHeading(computer, s.devices.form.title);
      await computer.getByLabel(s.devices.form.name, { exact: true }).fill(`Phone-John-${locale}`);
      await computer.getByLabel(s.devices.form.pin, { exact: true }).fill(PIN);
      await computer.getByLabel(s.devices.form.pinConfirm, { exact: true }).fill(PIN);
      await computer.getByRole('button', { name: s.devices.form.submit, exact: true }).click();
      await waitForHeading(computer, s.devices.qr.title);

      // Marie's phone scans John's QR code: refused at once, no PIN screen.
      await writeFakeCamera(camera, blankFrame());
      await phone.page.getByRole('button', { name: a.home.addAccount, exact: true }).click();
      await waitForHeading(phone.page, a.scan.title);
      await filmQr(phone, camera, computer.getByTestId('enrolment-qr'));
      await waitForHeading(phone.page, a.refusal.otherTitle);
      expect(await phone.page.getByRole('heading', { name: a.pin.title, exact: true }).count()).toBe(0);
      expect(await phone.page.getByTestId('enrolment-refusal').innerText()).toBe(
        a.refusal.otherAccount.replace('{account}', marie.id),
      );
      expect(await phone.page.locator('main').innerText()).toContain(
        a.refusal.otherAccountNext.replace('{account}', marie.id),
      );
      await expectNoAxeViolations(phone.page, `${locale} app enrolment refused`);
      await screenshot(phone.page, `app-enrolment-refused-${locale}`);

      // John's page stops waiting at once and says why, with the next steps.
      await computer.waitForURL(
        (url) => url.pathname === '/account/devices/enrolment/refused' && url.search === '?reason=other-account',
      );
      await waitForHeading(computer, s.enrolmentRefused.title);
      expect((await computer.getByTestId('enrolment-refused').innerText()).trim()).toBe(
        s.enrolmentRefused.otherAccount,
      );
      await expectNoAxeViolations(computer, `${locale} portal enrolment refused`);
      await screenshot(computer, `portal-enrolment-refused-${locale}`);
      // The QR code is spent (like Cancel), and John has no device; Marie's phone still serves her.
      await computer.getByRole('link', { name: s.enrolmentRefused.backToDevices, exact: true }).click();
      await waitForHeading(computer, s.devices.title);
      expect(await computer.getByText(`Phone-John-${locale}`).count()).toBe(0);
      await computer.goBack();
      await computer.getByRole('link', { name: s.enrolmentRefused.addAgain, exact: true }).click();
      await waitForHeading(computer, s.devices.form.title);

      await phone.page.getByRole('button', { name: a.refusal.done, exact: true }).click();
      await waitForHeading(phone.page, a.home.title);
      expect(await phone.page.getByTestId('account').innerText()).toContain(deviceName);
      expect(appErrors(phone.errors)).toEqual([]);
    } finally {
      await desktop?.close();
      await phone?.close();
      await stack?.stop();
    }
  });
});
