import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { en as appEn, fr as appFr, type Messages as AppMessages } from '@sesame/authenticator/texts';
import { en as sesameEn, fr as sesameFr } from '@sesame/server';
import { launchChromium, waitForHeading, watchErrors } from './browser';
import { fakeCameraArgs, writeFakeCamera } from './fake-camera';

/**
 * The Sésame app (apps/authenticator, design §5) for the end-to-end tests: its build, and a phone
 * (a Chromium of its own, phone-sized, touch) whose camera films a file the test rewrites — first
 * an empty frame or another code, then a screenshot of the portal's enrolment QR.
 */

/** The app's catalogues: every screen's text, found by its exact words. */
export const appCatalogues = { fr: appFr, en: appEn } as const;
export type AppLocale = keyof typeof appCatalogues;

const APP_DIR = fileURLToPath(new URL('../../apps/authenticator/', import.meta.url));
const DIST_INDEX = join(APP_DIR, 'dist', 'index.html');
/** What the build reads: a newer file than dist/index.html means the build is stale. */
const SOURCES = [
  join(APP_DIR, 'index.html'),
  join(APP_DIR, 'vite.config.ts'),
  join(APP_DIR, 'build'),
  join(APP_DIR, 'src'),
  fileURLToPath(new URL('../../packages/authenticator-core/src/', import.meta.url)),
  fileURLToPath(new URL('../../packages/protocol/src/', import.meta.url)),
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** `vite build` in apps/authenticator when dist/ is missing or older than its sources (a clean clone in CI). */
export async function ensureAppBuilt(): Promise<void> {
  if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= Math.max(...SOURCES.map(newestMtime))) return;
  const vite = join(dirname(createRequire(join(APP_DIR, 'package.json')).resolve('vite')), '../../bin/vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: APP_DIR });
}

/**
 * Playwright's contexts are incognito, where Chromium has no Push API and says so on the console
 * (no feature detection, by design): the app enrols without a Web Push subscription then.
 */
export const NO_PUSH_IN_INCOGNITO = /does not support the Push API in incognito mode/;

/** The console errors of the app, less the known incognito one. */
export function appErrors(errors: readonly string[]): string[] {
  return errors.filter((error) => !NO_PUSH_IN_INCOGNITO.test(error));
}

export interface Phone {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and CSP violations (see appErrors). */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A phone: its own Chromium whose camera plays `camera` (a Y4M, see fake-camera.ts), a 390×844
 * touch screen, the browser language of `locale`, camera and notifications granted for the
 * server's origin. Chromium reads the camera file anew each time the camera starts, so a test
 * may rewrite it and reload the page.
 */
export async function launchPhone(options: {
  baseUrl: string;
  locale: AppLocale;
  camera: string;
  /** A phone's User-Agent (e.g. a Pixel's): the app reads the model from it (issue 11). */
  userAgent?: string;
}): Promise<Phone> {
  const browser = await launchChromium(fakeCameraArgs(options.camera));
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: options.locale === 'fr' ? 'fr-FR' : 'en-GB',
      ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
    });
    await context.grantPermissions(['camera', 'notifications'], { origin: options.baseUrl });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { browser, context, page, errors: watchErrors(page), close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** A white frame: a camera that sees no code yet. */
export function blankFrame(size = 64): Buffer {
  const png = new PNG({ width: size, height: size });
  png.data.fill(255);
  return PNG.sync.write(png);
}

/** Makes the phone's camera film what `qr` shows (a screenshot of it), then restarts the camera (a reload). */
export async function filmQr(phone: Phone, camera: string, qr: Locator): Promise<void> {
  await writeFakeCamera(camera, await qr.screenshot());
  await phone.page.reload();
}

/**
 * Annex step 10 on the phone, after the right PIN: the app says the device is almost registered
 * and waits for the user's "Accept" (« Cliquez dessus pour valider l'acceptation de votre
 * téléphone »). `beforeTap` runs on that screen (checks, a screenshot); then Accept, and the app
 * goes back to Home by itself, whose status says the device is registered (docs/adr/0016).
 */
export async function acceptDevice(
  page: Page,
  a: AppMessages,
  deviceName: string,
  beforeTap: () => Promise<void> = async () => {},
): Promise<void> {
  await page.getByRole('heading', { name: a.enrol.acceptTitle, exact: true }).waitFor();
  const almost = a.enrol.almostRegistered.replace('{name}', deviceName);
  if ((await page.getByTestId('almost-registered').innerText()) !== almost) {
    throw new Error(`the accept screen does not say "${almost}"`);
  }
  await beforeTap();
  await page.getByRole('button', { name: a.enrol.accept, exact: true }).click();
  await waitForHeading(page, a.home.title);
  await expectAppStatus(page, a.enrol.registered.replace('{name}', deviceName));
}

/** Waits until the app's status region (role=status) says exactly `text`. */
export async function expectAppStatus(page: Page, text: string): Promise<void> {
  const status = page.getByRole('status');
  await status.filter({ hasText: text }).waitFor();
  const said = (await status.innerText()).trim();
  if (said !== text) throw new Error(`the app's status says "${said}", not "${text}"`);
}

/**
 * Types `pin` on the app's on-screen keypad. The 4th digit submits it: there is no "OK" key
 * (the keypad's hint says so beforehand, docs/adr/0016).
 */
export async function typePinOnPad(page: Page, a: AppMessages, pin: string): Promise<void> {
  const keys = page.getByRole('group', { name: a.pin.padLabel, exact: true });
  for (const digit of pin) await keys.getByRole('button', { name: digit, exact: true }).click();
}

/** Someone who signs in to the portal (a demo account, apps/server/src/demo/demo-accounts.ts). */
export interface PortalUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
}

/** Annex steps 3–4 on the phone: open the app, "Initialize", "Continue"; the scanner waits for a QR code. */
export async function openAppToEnrol(phone: Phone, baseUrl: string, locale: AppLocale): Promise<void> {
  const a = appCatalogues[locale];
  await phone.page.goto(`${baseUrl}/app/`);
  await waitForHeading(phone.page, a.welcome.title);
  await phone.page.getByRole('button', { name: a.welcome.initialize, exact: true }).click();
  await phone.page.getByRole('button', { name: a.welcome.continue, exact: true }).click();
  await waitForHeading(phone.page, a.scan.title);
}

/** Annex step 5 on the computer: the portal's sign-in (e-mail → Next → password), to My account. */
export async function signInToPortal(page: Page, baseUrl: string, locale: AppLocale, user: PortalUser): Promise<void> {
  const s = { fr: sesameFr, en: sesameEn }[locale];
  await page.goto(`${baseUrl}/login?lang=${locale}`);
  await waitForHeading(page, s.signIn.title);
  await page.getByLabel(s.fields.email, { exact: true }).fill(user.email);
  await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
  await waitForHeading(page, s.signIn.passwordTitle);
  await page.getByLabel(s.fields.password, { exact: true }).fill(user.password);
  await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
  await waitForHeading(page, s.account.title);
}

/**
 * The annex's enrolment (steps 3–10, as e2e/annex.test.ts walks them) for tests that need an
 * enrolled phone and are about something else: the app opened; on `desktop`, the portal's
 * sign-in, My account → Manage my mobile devices → Add a mobile device (name, PIN twice); the
 * phone films the QR code, takes the PIN on its keypad and accepts the device, which takes it to
 * its home screen; the portal's page moves on. Ends with the app on its home screen and the
 * desktop signed out of the portal.
 */
export async function enrolPhoneByCamera(options: {
  phone: Phone;
  /** The phone's camera file (launchPhone's `camera`). */
  camera: string;
  desktop: Page;
  baseUrl: string;
  locale: AppLocale;
  user: PortalUser;
  /** Typed in the portal's "Device name"; '' leaves it to the phone's model (issue 11). */
  deviceName: string;
  /** The name the app then shows, when it is not `deviceName` (the one the server made). */
  shownName?: string;
  pin: string;
}): Promise<void> {
  const { phone, desktop: page, locale, user, deviceName, pin } = options;
  const s = { fr: sesameFr, en: sesameEn }[locale];
  const a = appCatalogues[locale];
  await openAppToEnrol(phone, options.baseUrl, locale);

  await signInToPortal(page, options.baseUrl, locale, user);
  await page.getByRole('link', { name: s.devices.title, exact: true }).click();
  await page.getByRole('link', { name: s.devices.add, exact: true }).click();
  await waitForHeading(page, s.devices.form.title);
  await page.getByLabel(s.devices.form.name, { exact: true }).fill(deviceName);
  await page.getByLabel(s.devices.form.pin, { exact: true }).fill(pin);
  await page.getByLabel(s.devices.form.pinConfirm, { exact: true }).fill(pin);
  await page.getByRole('button', { name: s.devices.form.submit, exact: true }).click();
  await waitForHeading(page, s.devices.qr.title);

  await filmQr(phone, options.camera, page.getByTestId('enrolment-qr'));
  await waitForHeading(phone.page, a.pin.title);
  await typePinOnPad(phone.page, a, pin);
  await acceptDevice(phone.page, a, options.shownName ?? deviceName);
  await page.waitForURL((url) => url.pathname === '/account/devices' && url.search === '?added=1');

  await page.getByRole('button', { name: s.layout.signOut, exact: true }).click();
  await waitForHeading(page, s.signIn.title);
}

/**
 * Waits until the app's service worker controls the page (it precached the shell), so that the
 * app still opens once the phone is offline.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
    );
  });
}
