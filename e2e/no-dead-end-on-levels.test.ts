import { describe, expect, it } from 'vitest';
import { editionMessages } from '@sesame/demo-rp';
import { format } from '@sesame/server';
import { expectNoAxeViolations, screenshot, waitForHeading } from './support/browser';
import {
  DEMO_APP_NAME,
  demo,
  demoToPasswordPage,
  DEVICE,
  fact,
  type Locale,
  PERSON,
  PIN,
  sesame,
  useDemoStackWithPhones,
} from './support/phone-and-computer';
import { acceptDevice, appCatalogues, appErrors, filmQr, openAppToEnrol, typePinOnPad } from './support/pwa';

/**
 * Issue 11 "Done when", point 3 (docs/adr/0019): an agent who has no device yet opens the MEDIUM
 * application "TRACES NT (démo)" and ends inside it — no dead end, no password typed twice. The
 * password is right but not enough: Sésame says what the application needs and offers "Set up the
 * Sésame app now"; the normal enrolment (Add a mobile device, the QR code, the PIN, Accept); the
 * QR page moves on by itself to the step-up: the new device is asked at once to confirm the
 * sign-in (number matching, PIN); the computer lands in the application, signed in at MEDIUM.
 * French: the chooser's pre-selected "Sésame app with PIN code" (no device yet); English:
 * "Password". Then case (b): a password-only session from "Bulletin sanitaire (démo)" (BASIC)
 * meets TRACES NT (démo), and confirms with the app without the password. HIGH: said plainly,
 * never the app. axe-core on every new page; the phone through the PWA helpers of support/pwa.ts.
 */

const run = useDemoStackWithPhones('no-dead-end');

/**
 * The level page's notice for a MEDIUM application (docs/adr/0050 §2): every factor it accepts after
 * the password, written out — never "asks for the Sésame app" where a key or an authenticator app
 * is offered too.
 */
const ASKS_MEDIUM = {
  en: (app: string) =>
    `${app} asks for the MEDIUM authentication level: your password, then the Sésame app, a security key, or an authenticator app.`,
  fr: (app: string) =>
    `${app} demande le niveau d’authentification MEDIUM\u00a0: votre mot de passe, puis l’app Sésame, une clé de sécurité ou une application d’authentification.`,
} as const;

describe.each(['fr', 'en'] as const)('no dead end on levels (%s)', (locale: Locale) => {
  const s = sesame[locale];
  const d = demo[locale];
  const a = appCatalogues[locale];
  const person = PERSON[locale];
  const deviceName = DEVICE[locale];
  const pin = PIN[locale];

  it(`${locale}: starts from a MEDIUM application with an agent who has no device and ends inside the application`, async () => {
    const { phone, camera, computer } = await run.phoneAndComputer(locale);
    const { page } = computer;
    try {
      await openAppToEnrol(phone, run.stack.sesame.baseUrl, locale);

      // TRACES NT (démo) → CAS → e-mail → password: right, but not enough for MEDIUM.
      await demoToPasswordPage(page, run.stack, locale);
      await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
      const method = page.getByLabel(s.signIn.methodLabel, { exact: true });
      if (locale === 'en') await method.selectOption({ label: s.signIn.methodPassword });
      else expect(await method.evaluate((select: HTMLSelectElement) => select.value)).toBe('PASSWORD_MOBILE_APP');
      await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();

      // What the application needs, and the one step that gets there.
      await waitForHeading(page, s.stepUp.title);
      expect((await page.getByRole('status').innerText()).trim()).toBe(ASKS_MEDIUM[locale](DEMO_APP_NAME));
      expect(await page.locator('main').innerText()).toContain(format(s.levelGap.setUpBody, { app: DEMO_APP_NAME }));
      await expectNoAxeViolations(page, `${locale} level page: set up the app`);
      await screenshot(page, `levels-set-up-${locale}`);
      await page.getByRole('link', { name: s.levelGap.setUp, exact: true }).click();

      // The normal enrolment: Add a mobile device (name, PIN, confirm PIN, Submit), the QR code.
      await waitForHeading(page, s.devices.form.title);
      await page.getByLabel(s.devices.form.name, { exact: true }).fill(deviceName);
      await page.getByLabel(s.devices.form.pin, { exact: true }).fill(pin);
      await page.getByLabel(s.devices.form.pinConfirm, { exact: true }).fill(pin);
      await page.getByRole('button', { name: s.devices.form.submit, exact: true }).click();
      await waitForHeading(page, s.devices.qr.title);
      await filmQr(phone, camera, page.getByTestId('enrolment-qr'));
      await waitForHeading(phone.page, a.pin.title);
      await typePinOnPad(phone.page, a, pin);
      // Accept (annex step 10). The sign-in's request follows the acceptance at once, so the app
      // may already have left "Device registered" for the request when the helper looks for it:
      // either end is right here, the request's screen is checked below.
      const request = phone.page.getByRole('heading', { level: 1, name: a.pending.title, exact: true });
      const accepted = acceptDevice(phone.page, a, deviceName).then(
        () => 'registered',
        async (error: unknown) => {
          if (await request.isVisible()) return 'request shown';
          throw error;
        },
      );

      // The computer moves on by itself: the new device is asked at once; no password.
      await page.waitForURL((url) => url.pathname === '/login/app');
      await waitForHeading(page, s.signInApp.title);
      const shown = Number(await page.getByTestId('number-match').innerText());

      // The phone, still open, shows the request (pushed, or polled every 5 s while visible).
      expect(['registered', 'request shown']).toContain(await accepted);
      await request.waitFor({ timeout: 12_000 });
      expect(await phone.page.getByTestId('request').innerText()).toContain(DEMO_APP_NAME);
      const numbers = phone.page.getByRole('group', { name: a.pending.pickNumber, exact: true });
      await numbers.getByRole('button', { name: String(shown), exact: true }).click();
      await typePinOnPad(phone.page, a, pin);

      // Inside the application, signed in at MEDIUM with the new device.
      await waitForHeading(page, d.identity.title);
      expect(new URL(page.url()).origin).toBe(run.stack.rp.url);
      const viaCas = page.getByRole('region', { name: d.identity.viaCas, exact: true });
      expect(await fact(viaCas, d.identity.uid)).toBe(person.id);
      expect(await fact(viaCas, d.identity.level)).toBe(`MEDIUM — ${d.levels.MEDIUM}`);
      expect(await fact(viaCas, d.identity.strengths)).toContain(
        `PASSWORD_MOBILE_APP — ${d.strengths.PASSWORD_MOBILE_APP}`,
      );
      expect(await fact(viaCas, d.identity.factors)).toContain(format(d.factors.mobileDevice, { value: deviceName }));
      await expectNoAxeViolations(page, `${locale} demo app signed in after enrolment`);

      // Another day, case (b): signed in to "Bulletin sanitaire (démo)" with the password alone
      // (BASIC: enough there), then TRACES NT (démo) from the bulletin's home: Sésame's session
      // is below MEDIUM, and the page offers to confirm with the app — no password typed again.
      await page.getByRole('button', { name: d.layout.signOut, exact: true }).click();
      await waitForHeading(page, d.home.title);
      // The agent opens the app again (its home screen, where requests show up), whichever screen
      // the approval left it on.
      await phone.page.goto(`${run.stack.sesame.baseUrl}/app/`);
      await waitForHeading(phone.page, a.home.title);
      const b = editionMessages(locale, 'bulletin');
      await page.goto(`${run.stack.bulletin.url}/?lang=${locale}`);
      await waitForHeading(page, b.home.title);
      await page.getByRole('link', { name: b.home.casButton, exact: true }).click();
      await waitForHeading(page, s.signIn.title);
      await page.getByLabel(s.fields.email, { exact: true }).fill(person.email);
      await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
      await waitForHeading(page, s.signIn.passwordTitle);
      await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
      await page.getByLabel(s.signIn.methodLabel, { exact: true }).selectOption({ label: s.signIn.methodPassword });
      await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
      await waitForHeading(page, b.identity.title);
      const bulletin = page.getByRole('region', { name: b.identity.viaCas, exact: true });
      expect(await fact(bulletin, b.identity.level)).toBe(`BASIC — ${b.levels.BASIC}`);
      await page.getByRole('link', { name: b.identity.home, exact: true }).click();
      await page
        .getByRole('link', { name: format(b.editions.otherLink, { app: b.editions.traces.appName }), exact: true })
        .click();
      await waitForHeading(page, d.home.title);
      expect(await page.locator('main').innerText()).toContain(d.editions.bulletin.offer);
      await expectNoAxeViolations(page, `${locale} TRACES NT (démo) home, offering the bulletin`);
      await page.getByRole('link', { name: d.home.casButton, exact: true }).click();
      await waitForHeading(page, s.stepUp.title);
      expect(await page.locator('main').innerText()).toContain(s.levelGap.confirmBody);
      await expectNoAxeViolations(page, `${locale} level page: confirm with the app`);
      await screenshot(page, `levels-confirm-${locale}`);
      await page.getByRole('button', { name: s.levelGap.confirm, exact: true }).click();
      await waitForHeading(page, s.signInApp.title);
      const again = Number(await page.getByTestId('number-match').innerText());
      await request.waitFor({ timeout: 12_000 });
      await numbers.getByRole('button', { name: String(again), exact: true }).click();
      await typePinOnPad(phone.page, a, pin);
      await waitForHeading(page, d.identity.title);
      expect(await fact(viaCas, d.identity.level)).toBe(`MEDIUM — ${d.levels.MEDIUM}`);

      expect(computer.errors, 'console errors or CSP violations on the computer').toEqual([]);
      expect(appErrors(phone.errors), 'console errors or CSP violations in the app').toEqual([]);
    } finally {
      await computer.context.close();
      await phone.close();
    }
  });

  it(`${locale}: HIGH is said plainly, never the app but the certified key; the way back to the application`, async () => {
    // The same demo entry asking HIGH (EU Login authenticationLevel): the account has no key that
    // gives it, so the page names one and where to register it (docs/adr/0043 §3).
    const { phone, computer } = await run.phoneAndComputer(locale);
    const { page } = computer;
    try {
      const service = `${run.stack.rp.url}/`;
      await page.goto(
        `${run.stack.sesame.baseUrl}/cas/login?service=${encodeURIComponent(service)}&authenticationLevel=HIGH&locale=${locale}`,
      );
      await waitForHeading(page, s.signIn.title);
      await page.getByLabel(s.fields.email, { exact: true }).fill(person.email);
      await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
      await waitForHeading(page, s.signIn.passwordTitle);
      await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
      await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
      await waitForHeading(page, s.stepUp.title);
      expect((await page.getByRole('status').innerText()).trim()).toBe(
        format(s.levelGap.asksLevel, { app: DEMO_APP_NAME, level: 'HIGH' }),
      );
      const main = await page.locator('main').innerText();
      expect(main).toContain(format(s.levelGap.highKeyBody, { app: DEMO_APP_NAME }));
      expect(await page.getByRole('link', { name: s.levelGap.registerKey, exact: true }).getAttribute('href')).toBe(
        '/account/security-keys',
      );
      expect(main).not.toContain(s.levelGap.setUp);
      expect(main).not.toContain(s.levelGap.confirm);
      await expectNoAxeViolations(page, `${locale} level page: HIGH`);
      await page.getByRole('link', { name: format(s.stepUp.back, { app: DEMO_APP_NAME }), exact: true }).click();
      await page.waitForURL((url) => url.origin === run.stack.rp.url);
    } finally {
      await computer.context.close();
      await phone.close();
    }
  });
});
