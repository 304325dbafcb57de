import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatMessage } from '@sesame/protocol';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, en, fr } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, screenshot, waitForHeading } from './support/browser';
import { writeFakeCamera } from './support/fake-camera';
import { qrPng } from './support/qr';
import {
  acceptDevice,
  appCatalogues,
  appErrors,
  ensureAppBuilt,
  filmQr,
  launchPhone,
  type Phone,
  typePinOnPad,
} from './support/pwa';
import { startStack, type Stack } from './support/stack';

/**
 * The Sésame app (apps/authenticator, design §5) in a phone-sized Chromium, served by the real
 * server under /app/ with its own CSP: annex steps 4 and 8–10 end to end — Initialize, Continue
 * (camera, notifications), the camera scans the QR that the portal shows (Chromium's fake camera
 * plays a Y4M made from a screenshot of that QR), the PIN, the portal page that moves on by
 * itself — then the device key kept non-extractable in IndexedDB across a reload, a sign-in
 * request with number matching, and the shell opening offline from the service worker. Every
 * screen passes axe-core (WCAG 2.1 A/AA), in French and in English.
 */

const catalogues = { fr, en } as const;
type Locale = keyof typeof catalogues;
const PIN = '5739';

let stack: Stack;
let cameraDir: string;
const chromium = chromiumForFile();

beforeAll(async () => {
  await ensureAppBuilt();
  cameraDir = await mkdtemp(join(tmpdir(), 'sesame-camera-'));
  if (await chromium.launch()) stack = await startStack({ demoAccounts: true });
});

afterAll(async () => {
  await chromium.close();
  await stack?.stop();
  if (cameraDir) await rm(cameraDir, { recursive: true, force: true });
});

/** The portal, on a desktop: sign in, add a device; returns the page showing the enrolment QR. */
async function portalShowingQr(locale: Locale, deviceName: string): Promise<{ context: BrowserContext; page: Page }> {
  const m = catalogues[locale];
  const account = DEMO_ACCOUNTS.find((a) => a.emailLocale === locale)!;
  const context = await chromium.get().newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${stack.baseUrl}/login?lang=${locale}`);
  await page.getByLabel(m.fields.email, { exact: true }).fill(account.email);
  await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
  await waitForHeading(page, m.signIn.passwordTitle);
  await page.getByLabel(m.fields.password, { exact: true }).fill(account.password);
  await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
  await waitForHeading(page, m.account.title);
  await page.goto(`${stack.baseUrl}/account/devices/new`);
  await waitForHeading(page, m.devices.form.title);
  await page.getByLabel(m.devices.form.name, { exact: true }).fill(deviceName);
  await page.getByLabel(m.devices.form.pin, { exact: true }).fill(PIN);
  await page.getByLabel(m.devices.form.pinConfirm, { exact: true }).fill(PIN);
  await page.getByRole('button', { name: m.devices.form.submit, exact: true }).click();
  await waitForHeading(page, m.devices.qr.title);
  return { context, page };
}

/** The app's IndexedDB record of the accounts, read in the page: what survives a reload. */
async function storedDeviceKey(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ deviceId: string; account: string; isCryptoKey: boolean; extractable: boolean; usages: string[] }>(
        (resolve, reject) => {
          const open = indexedDB.open('sesame-authenticator');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('kv').objectStore('kv').get('accounts');
            get.onerror = () => reject(get.error);
            get.onsuccess = () => {
              const [record] = get.result as { deviceId: string; account: string; deviceKey: CryptoKey }[];
              open.result.close();
              if (!record) return reject(new Error('no account in IndexedDB'));
              resolve({
                deviceId: record.deviceId,
                account: record.account,
                isCryptoKey: record.deviceKey instanceof CryptoKey,
                extractable: record.deviceKey.extractable,
                usages: [...record.deviceKey.usages],
              });
            };
          };
        },
      ),
  );
}

function randomId(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
}

describe.each(['fr', 'en'] as const)('the Sésame app on a phone (%s)', (locale: Locale) => {
  const m = catalogues[locale];
  const a = appCatalogues[locale];
  const otherLocale = locale === 'fr' ? 'en' : 'fr';
  const other = appCatalogues[otherLocale];
  const account = DEMO_ACCOUNTS.find((d) => d.emailLocale === locale)!;
  const deviceName = `Pixel-e2e-${locale}`;

  it(`${locale}: enrols by camera, keeps its key, answers a request, and opens offline`, async () => {
    const portal = await portalShowingQr(locale, deviceName);
    let phone: Phone | undefined;
    try {
      // The camera first films a QR code that is not Sésame's; later, the portal's.
      const camera = join(cameraDir, `qr-${locale}.y4m`);
      await writeFakeCamera(camera, qrPng('https://example.org/not-a-sesame-code'));
      phone = await launchPhone({ baseUrl: stack.baseUrl, locale, camera });
      const { context, page, errors } = phone;

      // Annex step 4: "Initialize", then "Continue" (camera and notifications).
      const welcome = await page.goto(`${stack.baseUrl}/app/`);
      expect(welcome?.status()).toBe(200);
      await waitForHeading(page, a.welcome.title);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(new URL(page.url()).hash).toBe('#/welcome');
      await expectNoAxeViolations(page, `${locale} app welcome`);
      await screenshot(page, `app-welcome-${locale}`);

      // The language chooser: every string in the other language, and back.
      await page.getByRole('combobox', { name: a.meta.language, exact: true }).selectOption(otherLocale);
      await waitForHeading(page, other.welcome.title);
      expect(await page.getAttribute('html', 'lang')).toBe(otherLocale);
      await page.getByRole('combobox', { name: other.meta.language, exact: true }).selectOption(locale);
      await waitForHeading(page, a.welcome.title);

      await page.getByRole('button', { name: a.welcome.initialize, exact: true }).click();
      await page.getByRole('button', { name: a.welcome.continue, exact: true }).click();

      // A QR code that is not an enrolment QR: said plainly, and the camera keeps looking.
      await waitForHeading(page, a.scan.title);
      await expect.poll(() => page.getByRole('alert').innerText()).toBe(a.scan.notEnrolment);
      await expectNoAxeViolations(page, `${locale} app scan`);
      await screenshot(page, `app-scan-${locale}`);

      // Annex steps 8–9: the camera films the portal's QR (Chromium reads the file anew when the
      // camera restarts: the reload); the app names the account and asks the PIN.
      await filmQr(phone, camera, portal.page.getByTestId('enrolment-qr'));
      await waitForHeading(page, a.pin.title);
      await expect
        .poll(() => page.locator('main').innerText())
        .toContain(a.pin.connected.replace('{account}', account.id));
      expect(await page.getByLabel(a.pin.label, { exact: true }).getAttribute('inputmode')).toBe('numeric');
      await expectNoAxeViolations(page, `${locale} app PIN`);
      await screenshot(page, `app-pin-${locale}`);

      // WCAG 3.2.2 On Input: the keypad says beforehand that the 4th digit sends the PIN. On a
      // physical keyboard, Enter before the 4th digit says what is missing.
      const pinField = page.getByLabel(a.pin.label, { exact: true });
      expect(await page.locator('#pin-hint').innerText()).toContain(a.pin.checkedAtLastDigit);
      await pinField.pressSequentially('00');
      await pinField.press('Enter');
      await expect.poll(() => page.locator('#pin-hint').innerText()).toBe(a.pin.incomplete);
      // A wrong PIN, typed on the keyboard: the 4th digit sends it; the server says it is wrong
      // (annex step 4), the app asks again with the same QR.
      await pinField.pressSequentially('00');
      // The server counts the tries (3, then the enrolment is cancelled), and the app says how many are left.
      await expect
        .poll(() => page.getByRole('alert').innerText())
        .toBe(formatMessage(a.enrol.pinRejectedTries, { count: 2 }, locale));
      await expectNoAxeViolations(page, `${locale} app PIN rejected`);

      // The on-screen keys type the right PIN.
      await typePinOnPad(page, a, PIN);
      // Annex step 10: the device is active only once the user accepts it in the app — and a
      // reload between the PIN and the acceptance keeps the enrolment.
      await page.getByRole('heading', { name: a.enrol.acceptTitle, exact: true }).waitFor();
      await page.reload();
      await acceptDevice(page, a, deviceName, async () => {
        await expectNoAxeViolations(page, `${locale} app accept`);
        await screenshot(page, `app-accept-${locale}`);
      });
      // Accepted, the app is on its home screen, which says the device is registered.
      expect(await page.getByTestId('account').innerText()).toContain(deviceName);
      await expectNoAxeViolations(page, `${locale} app registered`);
      await screenshot(page, `app-registered-${locale}`);

      // Annex step 10: the portal page, which was waiting, says the device is added.
      await portal.page.waitForURL((url) => url.pathname === '/account/devices' && url.search === '?added=1');
      expect((await portal.page.getByRole('status').innerText()).trim()).toBe(m.devices.addedNotice);

      // Design §5: the device key is non-extractable, in IndexedDB, and survives a reload.
      const before = await storedDeviceKey(page);
      await page.reload();
      await waitForHeading(page, a.home.title);
      const after = await storedDeviceKey(page);
      expect(after).toEqual(before);
      expect(after).toMatchObject({ account: account.id, isCryptoKey: true, extractable: false, usages: ['sign'] });
      expect(await page.getByTestId('account').innerText()).toContain(deviceName);
      await expectNoAxeViolations(page, `${locale} app home`);

      // A sign-in request (its envelope played here: the browser side of a push sign-in is
      // another test's); the app finds it by polling, shows its context and three numbers.
      const now = Math.floor(Date.now() / 1000);
      const challenge = {
        type: 'push-challenge',
        deviceId: after.deviceId,
        account: account.id,
        challengeId: randomId(),
        nonce: randomId(),
        relyingApp: 'TRACES NT (démo)',
        browser: 'Firefox 128 on Windows',
        ip: '192.0.2.10',
        place: 'Rennes, France',
        issuedAt: now,
        expiresAt: now + 120,
        candidates: [12, 47, 83],
      };
      const answers: unknown[] = [];
      let verdict: { status: number; body: unknown } = { status: 200, body: { accepted: false } };
      await page.route('**/device/v1/challenges', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', json: { challenges: [challenge] } }),
      );
      await page.route('**/device/v1/challenges/*/answer', (route) => {
        answers.push(route.request().postDataJSON());
        return route.fulfill({ status: verdict.status, contentType: 'application/json', json: verdict.body });
      });
      await page.getByRole('button', { name: a.home.check, exact: true }).click();
      await waitForHeading(page, a.pending.title);
      expect(new URL(page.url()).hash).toBe('#/pending');
      const request = await page.getByTestId('request').innerText();
      for (const shown of [challenge.relyingApp, challenge.browser, challenge.ip, challenge.place]) {
        expect(request).toContain(shown);
      }
      const numbers = page.getByRole('group', { name: a.pending.pickNumber, exact: true });
      expect(await numbers.getByRole('button').allInnerTexts()).toEqual(['12', '47', '83']);
      await expectNoAxeViolations(page, `${locale} app pending request`);
      await screenshot(page, `app-pending-${locale}`);

      // Number matching, then the PIN; a wrong answer is only the server's word.
      await numbers.getByRole('button', { name: '47', exact: true }).click();
      await expect.poll(() => page.locator('.picked').innerText()).toBe(a.pending.picked.replace('{number}', '47'));
      await expectNoAxeViolations(page, `${locale} app number picked`);
      await screenshot(page, `app-number-${locale}`);
      await page.getByLabel(a.pin.label, { exact: true }).fill(PIN);
      await expect.poll(() => page.getByRole('alert').innerText()).toBe(a.pending.wrong);
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({ decision: 'approve', pickedNumber: 47, challengeId: challenge.challengeId });
      await expectNoAxeViolations(page, `${locale} app wrong answer`);

      // The device blocked (403): said plainly, with what to do.
      verdict = { status: 403, body: { error: 'DEVICE_BLOCKED' } };
      await page.getByRole('button', { name: a.pending.tryAgain, exact: true }).click();
      await numbers.getByRole('button', { name: '12', exact: true }).click();
      await page.getByLabel(a.pin.label, { exact: true }).fill(PIN);
      await expect.poll(() => page.getByRole('alert').innerText()).toBe(a.pending.blocked);

      // "This wasn't me": confirmed, then reported, and the user is told to change the password.
      verdict = { status: 200, body: { accepted: true } };
      await page.getByRole('button', { name: a.pending.back, exact: true }).click();
      await waitForHeading(page, a.home.title);
      await page.getByRole('button', { name: a.home.check, exact: true }).click();
      await waitForHeading(page, a.pending.title);
      await page.getByRole('button', { name: a.pending.notMe, exact: true }).click();
      await waitForHeading(page, a.pending.notMe);
      await expectNoAxeViolations(page, `${locale} app report confirmation`);
      await page.getByRole('button', { name: a.pending.reportConfirm, exact: true }).click();
      // Reported, the app goes back to its home screen, which says what to do now.
      await waitForHeading(page, a.home.title);
      await expect.poll(() => page.getByRole('status').innerText()).toBe(a.pending.reported);
      expect(answers.at(-1)).toMatchObject({ decision: 'report', challengeId: challenge.challengeId });

      // Two requests waiting: answering one stays on the list, with the next request and the
      // confirmation; answering the last goes back to Home, which confirms it.
      const second = { ...challenge, challengeId: randomId(), nonce: randomId(), browser: 'Safari 18 on macOS' };
      await page.unroute('**/device/v1/challenges');
      await page.route('**/device/v1/challenges', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', json: { challenges: [challenge, second] } }),
      );
      // The new request brings the app to the list by itself (the poll finds it).
      await waitForHeading(page, a.pending.title);
      expect(await page.getByTestId('request').innerText()).toContain(challenge.browser);
      await page.getByRole('button', { name: a.pending.deny, exact: true }).click();
      await expect.poll(() => page.getByRole('status').innerText()).toBe(a.pending.denied);
      await waitForHeading(page, a.pending.title);
      expect(await page.getByTestId('request').innerText()).toContain(second.browser);
      await page.getByRole('button', { name: a.pending.deny, exact: true }).click();
      await waitForHeading(page, a.home.title);
      await expect.poll(() => page.getByRole('status').innerText()).toBe(a.pending.denied);
      expect(answers.slice(-2)).toMatchObject([
        { decision: 'deny', challengeId: challenge.challengeId },
        { decision: 'deny', challengeId: second.challengeId },
      ]);
      await page.unrouteAll();

      // The service worker precached the shell: with the network off, the app still opens.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.goto(`${stack.baseUrl}/app/#/home`);
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await context.setOffline(true);
      const offline = await page.reload();
      expect(offline?.fromServiceWorker()).toBe(true);
      await waitForHeading(page, a.home.title);
      await expect.poll(() => page.getByRole('alert').innerText()).toBe(a.home.offline);
      await context.setOffline(false);

      // The known Push-API-in-incognito console error aside (support/pwa.ts).
      expect(appErrors(errors), 'console errors or CSP violations in the app').toEqual([]);
    } finally {
      await phone?.close();
      await portal.context.close();
    }
  });
});

describe('first run with notifications refused (en)', () => {
  const a = appCatalogues.en;

  it('en: "Continue" opens the scanner at once, which says that notifications are off', async () => {
    const camera = join(cameraDir, 'no-notifications.y4m');
    await writeFakeCamera(camera, qrPng('https://example.org/not-a-sesame-code'));
    const phone = await launchPhone({ baseUrl: stack.baseUrl, locale: 'en', camera });
    try {
      // The camera allowed, notifications not: headless Chromium shows no prompt and refuses them.
      await phone.context.clearPermissions();
      await phone.context.grantPermissions(['camera'], { origin: stack.baseUrl });
      const { page } = phone;
      await page.goto(`${stack.baseUrl}/app/`);
      await waitForHeading(page, a.welcome.title);
      await page.getByRole('button', { name: a.welcome.initialize, exact: true }).click();
      await page.getByRole('button', { name: a.welcome.continue, exact: true }).click();

      // Annex step 4 ends on the scanner: no screen of its own for the refusal, no extra tap.
      await waitForHeading(page, a.scan.title);
      expect(await page.evaluate(() => Notification.permission)).not.toBe('granted');
      expect(await page.getByTestId('scan-notice').innerText()).toBe(a.welcome.notificationsRefused);
      await expectNoAxeViolations(page, 'en app scan, notifications refused');
      expect(appErrors(phone.errors), 'console errors or CSP violations in the app').toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
