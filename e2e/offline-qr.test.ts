import {
  decodeOfflineChallengeQr,
  encodeOfflineChallengeQr,
  generateEs256KeyPair,
  signOfflineChallenge,
} from '@sesame/protocol';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AMR_BY_STRENGTH, format } from '@sesame/server';
import { expectNoAxeViolations, screenshot, waitForHeading } from './support/browser';
import { writeFakeCamera } from './support/fake-camera';
import { qrPng, readQrPng } from './support/qr';
import {
  type Computer,
  demo,
  DEMO_APP_NAME,
  demoToPasswordPage,
  fact,
  type Locale,
  PERSON,
  PIN,
  sesame,
  useDemoStackWithPhones,
} from './support/phone-and-computer';
import { appCatalogues, appErrors, type Phone, typePinOnPad, waitForServiceWorker } from './support/pwa';

/**
 * "Sésame app with QR code" (issue #5, design §5), end to end, with a phone that has NO network:
 * the phone enrols by camera (the annex), then goes offline and the app is reloaded from its
 * service worker; the computer signs in to "TRACES NT (démo)" choosing "Sésame app with QR
 * code"; the phone's camera films the computer's QR code, the app checks the server's signature
 * and says which application asks, takes the PIN and shows an 8-digit code; the computer types
 * it and lands in the demo app with the strength PASSWORD_SOFTWARE_TOKEN. Via CAS in French, via
 * OpenID Connect in English; nothing the phone does reaches the network. Then a forged QR code
 * (same challenge, signed by another key) is refused in the app. With UPDATE_SCREENSHOTS=1 the
 * steps are saved as docs/images/qr-<step>-<lang>.png for docs/users/app.md.
 */

/** What a language's run leaves for the forged-QR test: the phone (offline) and its camera file. */
interface Left {
  phone: Phone;
  camera: string;
  computer: Computer;
  network: PhoneNetwork;
  /** The computer's QR code as a screenshot (PNG). */
  signInQr: Buffer;
}
const left: Partial<Record<Locale, Left>> = {};

const run = useDemoStackWithPhones('offline-qr', async () => {
  for (const { phone, computer } of Object.values(left)) {
    await phone.close();
    await computer.context.close();
  }
});

/**
 * What the phone asked of the network. Offline, a request either is answered by the service
 * worker (the shell, from its cache) or fails; `reached` lists any that a network answered.
 */
interface PhoneNetwork {
  reached: string[];
  failed: string[];
}

function watchPhoneNetwork(context: BrowserContext): PhoneNetwork {
  const network: PhoneNetwork = { reached: [], failed: [] };
  const local = (url: string) => url.startsWith('data:') || url.startsWith('blob:');
  context.on('requestfinished', (request) => {
    void request.response().then((response) => {
      if (!local(request.url()) && !response?.fromServiceWorker()) network.reached.push(request.url());
    });
  });
  context.on('requestfailed', (request) => {
    if (!local(request.url())) network.failed.push(new URL(request.url()).pathname);
  });
  return network;
}

/**
 * The only requests the app may try offline, and fail: the service worker tries the network
 * first for the shell (sw.ts, so that a new build shows at once), and the app keeps polling the
 * device API for push requests (pending-requests.ts). The QR code flow itself asks nothing.
 */
const EXPECTED_OFFLINE_FAILURES = /^\/(app\/|device\/v1\/)/;

/** The computer: the demo app → CAS or OIDC → e-mail, password, "Sésame app with QR code" → the QR page. */
async function signInWithQrCode(page: Page, locale: Locale, protocol: 'cas' | 'oidc'): Promise<Locator> {
  const s = sesame[locale];
  await demoToPasswordPage(page, run.stack, locale, protocol);
  await page.getByLabel(s.fields.password, { exact: true }).fill(PERSON[locale].password);
  const method = page.getByLabel(s.signIn.methodLabel, { exact: true });
  await method.selectOption({ label: s.signIn.methodAppQr });
  expect(await method.evaluate((select: HTMLSelectElement) => select.value)).toBe('PASSWORD_SOFTWARE_TOKEN');
  await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
  await waitForHeading(page, s.signInQr.title);
  expect(new URL(page.url()).pathname).toBe('/login/qr');
  const qr = page.getByTestId('sign-in-qr');
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  return qr;
}

/** Home → "Scan a QR code": the camera starts anew, so it films what the camera file holds now. */
async function scanWithTheApp(phone: Phone, locale: Locale): Promise<void> {
  const a = appCatalogues[locale];
  await phone.page.getByRole('button', { name: a.home.scanQr, exact: true }).click();
  await waitForHeading(phone.page, a.code.scanTitle);
}

describe.each([
  { locale: 'fr', protocol: 'cas' },
  { locale: 'en', protocol: 'oidc' },
] as const)('"Sésame app with QR code", the phone offline ($locale, $protocol)', ({ locale, protocol }) => {
  const s = sesame[locale];
  const d = demo[locale];
  const a = appCatalogues[locale];
  const person = PERSON[locale];
  const pin = PIN[locale];

  it(`${locale}: the code the offline app shows signs in to ${DEMO_APP_NAME} via ${protocol.toUpperCase()}`, async () => {
    const { phone, camera, computer } = await run.phoneAndComputer(locale);
    const { page } = computer;
    const network = watchPhoneNetwork(phone.context);
    left[locale] = { phone, camera, computer, network, signInQr: Buffer.alloc(0) };

    // The phone enrols by camera, online (the annex), and its service worker takes the app in hand.
    await run.enrolByCamera(phone, camera, page, locale);
    await waitForServiceWorker(phone.page);

    // Airplane mode. The app still opens: its service worker serves the shell from its cache.
    await phone.context.setOffline(true);
    network.reached.length = 0;
    network.failed.length = 0;
    await phone.page.reload();
    await waitForHeading(phone.page, a.home.title);
    expect(await phone.page.evaluate(() => navigator.onLine)).toBe(false);

    // The computer: TRACES NT (démo) → e-mail, password, "Sésame app with QR code" → the QR code.
    const qr = await signInWithQrCode(page, locale, protocol);
    expect(await page.locator('main').innerText()).toContain(s.signInQr.steps[0]!);
    await expectNoAxeViolations(page, `${locale} sign-in QR page`);
    await screenshot(page, `qr-page-${locale}`);

    // The phone: "Scan a QR code" (the words the computer's page uses), the camera films the
    // computer's screen; the app checks the server's signature and says who asks.
    expect(s.signInQr.steps[0]).toContain(a.home.scanQr);
    const signInQr = await qr.screenshot();
    left[locale]!.signInQr = signInQr;
    await writeFakeCamera(camera, signInQr);
    await scanWithTheApp(phone, locale);
    await waitForHeading(phone.page, a.code.askTitle);
    expect(await phone.page.getByTestId('offline-request').innerText()).toBe(
      format(a.code.asks, { app: DEMO_APP_NAME, account: person.id }),
    );
    await expectNoAxeViolations(phone.page, `${locale} app asks`);
    await screenshot(phone.page, `qr-asks-${locale}`);

    // The PIN → the 8-digit code, large, read digit by digit, with its remaining validity.
    await typePinOnPad(phone.page, a, pin);
    await waitForHeading(phone.page, a.code.codeTitle);
    const shown = phone.page.getByTestId('offline-code');
    const grouped = await shown.innerText();
    expect(grouped).toMatch(/^\d{4} \d{4}$/);
    const code = grouped.replace(' ', '');
    expect(await shown.getAttribute('aria-label')).toBe(code.split('').join(' '));
    await phone.page.getByRole('img', { name: code.split('').join(' '), exact: true }).waitFor();
    const validity = await phone.page.getByTestId('offline-code-validity').innerText();
    const [, minutes, seconds] = /(\d+) min (\d+) s/.exec(validity) ?? [];
    const secondsLeft = Number(minutes) * 60 + Number(seconds);
    expect(secondsLeft).toBeGreaterThan(60);
    expect(secondsLeft).toBeLessThanOrEqual(180); // ADR 0006: this minute's code, 2 minutes back accepted
    await expect.poll(() => phone.page.getByTestId('offline-code-validity').innerText()).not.toBe(validity);
    await expectNoAxeViolations(phone.page, `${locale} app code`);
    await screenshot(phone.page, `qr-code-${locale}`);

    // Nothing the phone did since it went offline reached a network; the QR code flow asked nothing.
    expect(network.reached, 'requests answered by a network while offline').toEqual([]);
    expect(
      network.failed.filter((path) => !EXPECTED_OFFLINE_FAILURES.test(path)),
      'requests the app tried offline',
    ).toEqual([]);

    // The computer: the code typed, "Sign in" → the demo app, with the QR code's strength.
    await page.getByLabel(s.signInQr.codeLabel, { exact: true }).fill(code);
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, d.identity.title);
    expect(new URL(page.url()).origin).toBe(run.stack.rp.url);
    const region = page.getByRole('region', {
      name: protocol === 'cas' ? d.identity.viaCas : d.identity.viaOidc,
      exact: true,
    });
    expect(await fact(region, d.identity.uid)).toBe(person.id);
    expect(await fact(region, d.identity.level)).toBe(`MEDIUM — ${d.levels.MEDIUM}`);
    if (protocol === 'cas') {
      expect(await fact(region, d.identity.strengths)).toContain(
        `PASSWORD_SOFTWARE_TOKEN — ${d.strengths.PASSWORD_SOFTWARE_TOKEN}`,
      );
    } else {
      // OpenID Connect carries the strength as its RFC 8176 methods (ADR 0005): pwd otp pin mfa.
      const factors = (
        await region
          .locator(`xpath=.//dt[normalize-space()="${d.identity.factors}"]/following-sibling::dd[1]//li`)
          .allInnerTexts()
      ).map((t) => t.trim());
      expect(factors).toEqual(AMR_BY_STRENGTH.PASSWORD_SOFTWARE_TOKEN.map((amr) => d.amr[amr as keyof typeof d.amr]));
    }
    await expectNoAxeViolations(page, `${locale} demo app signed in`);
    await screenshot(page, `qr-signed-in-${locale}`);

    // The phone: "Done" forgets the code.
    await phone.page.getByRole('button', { name: a.code.done, exact: true }).click();
    await waitForHeading(phone.page, a.home.title);
    expect(await phone.page.getByTestId('offline-code').count()).toBe(0);

    expect(network.reached, 'requests answered by a network while offline').toEqual([]);
    expect(computer.errors, 'console errors or CSP violations on the computer').toEqual([]);
    expect(appErrors(phone.errors), 'console errors or CSP violations in the app').toEqual([]);
  });
});

describe('a forged QR code is refused in the app (en)', () => {
  const locale = 'en';
  const a = appCatalogues[locale];

  it('en: the same challenge signed by another key is refused, and no code is shown', async () => {
    const run = left[locale];
    if (!run) throw new Error('this test uses the phone enrolled by the English test above: it did not run');
    const { phone, camera, network } = run;

    // A page that is not Sésame's copies a real challenge (account, application, question, key id)
    // and signs it with its own key.
    const text = readQrPng(run.signInQr);
    if (!text) throw new Error('the computer’s QR code could not be read back');
    const { signature: _, ...genuine } = decodeOfflineChallengeQr(text);
    const now = Math.floor(Date.now() / 1000);
    const forger = await generateEs256KeyPair();
    const forged = encodeOfflineChallengeQr(
      await signOfflineChallenge(forger.privateKey, { ...genuine, issuedAt: now, expiresAt: now + 300 }),
    );
    await writeFakeCamera(camera, qrPng(forged, 6));

    await scanWithTheApp(phone, locale);
    await expect.poll(() => phone.page.getByRole('alert').innerText()).toBe(a.code.forged);
    // Still the scanner: nothing of the forged request, no PIN pad, no code.
    await waitForHeading(phone.page, a.code.scanTitle);
    expect(await phone.page.getByTestId('offline-request').count()).toBe(0);
    expect(await phone.page.getByRole('group', { name: a.pin.padLabel, exact: true }).count()).toBe(0);
    await expectNoAxeViolations(phone.page, 'en app forged QR');
    await screenshot(phone.page, 'qr-forged-en');
    await phone.page.getByRole('button', { name: a.code.cancel, exact: true }).click();
    await waitForHeading(phone.page, a.home.title);

    expect(network.reached, 'requests answered by a network while offline').toEqual([]);
    expect(appErrors(phone.errors), 'console errors or CSP violations in the app').toEqual([]);
  });
});
