import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { format } from '@sesame/server';
import { expectNoAxeViolations, screenshot, waitForHeading } from './support/browser';
import {
  type Computer,
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
import {
  acceptDevice,
  appCatalogues,
  appErrors,
  filmQr,
  openAppToEnrol,
  type Phone,
  signInToPortal,
  typePinOnPad,
} from './support/pwa';

/**
 * The instruction's annex (DGAL/SDEIGIR/2025-91, steps 3–14, with Sésame for EU Login and
 * "TRACES NT (démo)" for TRACES NT), end to end, as an agent does it with a computer and a phone:
 * the phone opens the Sésame app (Initialize, Continue); the computer signs in to the portal and
 * adds a mobile device (name, PIN, confirmation); the phone's camera scans the QR code the
 * computer shows, the app names the account and takes the PIN; the portal moves on by itself
 * and the confirmation e-mail arrives (real SMTP). Then the computer signs in to the demo app
 * through CAS with "Sésame app with PIN code": it shows a number, the request appears on the
 * phone (by polling, as with the app open), the user picks the number and types the PIN, and the
 * computer goes on by itself to the demo app, which received the strength PASSWORD_MOBILE_APP
 * and the device as an authentication factor. Also: a wrong number and "Deny" in the app, as the
 * computer tells them. In French and in English; every page passes axe-core (WCAG 2.1 A/AA).
 * With UPDATE_SCREENSHOTS=1 the steps are saved as docs/images/annex-<step>-<lang>.png for
 * docs/users/app.md.
 */

/** What a language's run leaves for the next test: the enrolled phone and the desktop. */
interface Enrolled {
  phone: Phone;
  desktop: Computer;
}
const enrolled: Partial<Record<Locale, Enrolled>> = {};

const run = useDemoStackWithPhones('annex', async () => {
  for (const left of Object.values(enrolled)) {
    await left.phone.close();
    await left.desktop.context.close();
  }
});

/**
 * Annex steps 11–13 on the computer: the demo app's CAS sign-in, the e-mail → Next, the password
 * and "Sésame app with PIN code" → Sign in; returns the number the page shows.
 */
async function signInWithTheApp(page: Page, locale: Locale, shots?: string): Promise<number> {
  const s = sesame[locale];
  await demoToPasswordPage(page, run.stack, locale);
  await page.getByLabel(s.fields.password, { exact: true }).fill(PERSON[locale].password);
  const method = page.getByLabel(s.signIn.methodLabel, { exact: true });
  await method.selectOption({ label: s.signIn.methodAppPin });
  expect(await method.evaluate((select: HTMLSelectElement) => select.value)).toBe('PASSWORD_MOBILE_APP');
  if (shots) {
    await expectNoAxeViolations(page, `${locale} password and method`);
    await screenshot(page, `annex-12-method-${shots}`);
  }
  await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
  await waitForHeading(page, s.signInApp.title);
  expect(new URL(page.url()).pathname).toBe('/login/app');
  const shown = Number(await page.getByTestId('number-match').innerText());
  expect(shown).toBeGreaterThanOrEqual(0);
  expect(shown).toBeLessThan(100);
  return shown;
}

/** Annex step 13 on the phone: the request appears by itself (the app polls while open). */
async function requestOnThePhone(phone: Phone, locale: Locale): Promise<Locator> {
  const a = appCatalogues[locale];
  const { page } = phone;
  // Polling every 5 s while visible (pending-requests.ts): within 10 s, with margin.
  await page.getByRole('heading', { level: 1, name: a.pending.title, exact: true }).waitFor({ timeout: 12_000 });
  const request = await page.getByTestId('request').innerText();
  // The demo app is registered as "TRACES NT (démo)" (config/demo-relying-apps.json), in both languages.
  expect(request).toContain('TRACES NT (démo)');
  return page.getByRole('group', { name: a.pending.pickNumber, exact: true });
}

describe.each(['fr', 'en'] as const)('the instruction’s annex, end to end (%s)', (locale: Locale) => {
  const s = sesame[locale];
  const d = demo[locale];
  const a = appCatalogues[locale];
  const person = PERSON[locale];
  const deviceName = DEVICE[locale];
  const pin = PIN[locale];

  it(`${locale}: the app enrolled by camera, then a sign-in to TRACES NT (démo) confirmed in the app`, async () => {
    // Annex steps 3–4, the phone: open the app, "Initialize", "Continue" (camera, notifications).
    // Its camera sees nothing yet: the QR code comes at step 8.
    const { phone, camera, computer: desktop } = await run.phoneAndComputer(locale);
    const { page } = desktop;
    enrolled[locale] = { phone, desktop };

    await openAppToEnrol(phone, run.stack.sesame.baseUrl, locale);
    await expectNoAxeViolations(phone.page, `${locale} app scan`);
    await screenshot(phone.page, `annex-08-scan-${locale}`);

    // Annex step 5, the computer: sign in to the portal (e-mail → Next → password).
    await signInToPortal(page, run.stack.sesame.baseUrl, locale, person);

    // Annex steps 6–7: My account → Manage my mobile devices → Add a mobile device; name, PIN, confirm, Submit.
    await page.getByRole('link', { name: s.devices.title, exact: true }).click();
    await waitForHeading(page, s.devices.title);
    await expectNoAxeViolations(page, `${locale} devices list`);
    await page.getByRole('link', { name: s.devices.add, exact: true }).click();
    await waitForHeading(page, s.devices.form.title);
    await page.getByLabel(s.devices.form.name, { exact: true }).fill(deviceName);
    await page.getByLabel(s.devices.form.pin, { exact: true }).fill(pin);
    await page.getByLabel(s.devices.form.pinConfirm, { exact: true }).fill(pin);
    await expectNoAxeViolations(page, `${locale} add a device`);
    await screenshot(page, `annex-07-add-device-${locale}`);
    await page.getByRole('button', { name: s.devices.form.submit, exact: true }).click();
    await waitForHeading(page, s.devices.qr.title);
    const qr = page.getByTestId('enrolment-qr');
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expectNoAxeViolations(page, `${locale} enrolment QR`);
    await screenshot(page, `annex-08-qr-${locale}`);

    // Annex steps 8–9, the phone: the camera films the QR code on the computer's screen; the app
    // names the account and asks the PIN chosen at step 7, typed on its keypad.
    await filmQr(phone, camera, qr);
    await waitForHeading(phone.page, a.pin.title);
    await expect
      .poll(() => phone.page.locator('main').innerText())
      .toContain(a.pin.connected.replace('{account}', person.id));
    await expectNoAxeViolations(phone.page, `${locale} app PIN`);
    await screenshot(phone.page, `annex-09-pin-${locale}`);
    await typePinOnPad(phone.page, a, pin);

    // Annex step 10, the phone: « Cliquez dessus pour valider l'acceptation de votre téléphone ».
    // The PIN was right (the 4th digit sent it: no "OK"); the device is almost registered and
    // waits for the user's acceptance — meanwhile the computer's page still waits. Accepted, the
    // app goes back to its home screen by itself and says the device is registered.
    await acceptDevice(phone.page, a, deviceName, async () => {
      expect(new URL(page.url()).pathname).not.toBe('/account/devices');
      await expectNoAxeViolations(phone.page, `${locale} app accept`);
      await screenshot(phone.page, `annex-10-accept-${locale}`);
    });
    expect(await phone.page.getByTestId('account').innerText()).toContain(deviceName);
    await expectNoAxeViolations(phone.page, `${locale} app registered`);
    await screenshot(phone.page, `annex-10-registered-${locale}`);

    // Annex step 10, the computer: the page, which was waiting, moves on by itself; the device is listed.
    await page.waitForURL((url) => url.pathname === '/account/devices' && url.search === '?added=1');
    await waitForHeading(page, s.devices.title);
    expect((await page.getByRole('status').innerText()).trim()).toBe(s.devices.addedNotice);
    expect(await page.locator('main').innerText()).toContain(deviceName);
    await expectNoAxeViolations(page, `${locale} device added`);
    await screenshot(page, `annex-10-device-added-${locale}`);

    // …and the confirmation e-mail, in the account's language, through real SMTP.
    const mail = await run.stack.sesame.smtp.waitForMail(
      person.email,
      (m) => m.subject === s.mail.deviceEnrolled.subject,
    );
    expect(mail.text).toContain(format(s.mail.deviceEnrolled.body, { deviceName }));
    expect(mail.html).toContain(deviceName);

    // Sign out of the portal: the next sign-in starts from the demo app, as an agent's day does.
    await page.getByRole('button', { name: s.layout.signOut, exact: true }).click();
    await waitForHeading(page, s.signIn.title);

    // Annex steps 11–13, the computer: TRACES NT (démo) → CAS → e-mail, password, the app; a number.
    const shown = await signInWithTheApp(page, locale, locale);
    expect(await page.locator('main').innerText()).toContain(format(s.signInApp.intro, { devices: deviceName }));
    await expectNoAxeViolations(page, `${locale} waiting for the app`);
    await screenshot(page, `annex-13-number-${locale}`);

    // Annex step 13, the phone: the request with its context and three numbers; pick the one the
    // computer shows, type the PIN.
    const numbers = await requestOnThePhone(phone, locale);
    const candidates = (await numbers.getByRole('button').allInnerTexts()).map(Number);
    expect(candidates).toContain(shown);
    await expectNoAxeViolations(phone.page, `${locale} app pending request`);
    await screenshot(phone.page, `annex-13-request-${locale}`);
    await numbers.getByRole('button', { name: String(shown), exact: true }).click();
    // The 4th digit sends the answer; approved, the app goes back to its home screen and says so.
    await typePinOnPad(phone.page, a, pin);
    await waitForHeading(phone.page, a.home.title);
    await expect.poll(() => phone.page.getByRole('status').innerText()).toBe(a.pending.approved);
    await expectNoAxeViolations(phone.page, `${locale} app approved`);

    // Annex step 14, the computer: it went on by itself to the demo app, signed in with the app.
    await waitForHeading(page, d.identity.title);
    expect(new URL(page.url()).origin).toBe(run.stack.rp.url);
    const viaCas = page.getByRole('region', { name: d.identity.viaCas, exact: true });
    expect(await fact(viaCas, d.identity.uid)).toBe(person.id);
    expect(await fact(viaCas, d.identity.level)).toBe(`MEDIUM — ${d.levels.MEDIUM}`);
    expect(await fact(viaCas, d.identity.strengths)).toContain(
      `PASSWORD_MOBILE_APP — ${d.strengths.PASSWORD_MOBILE_APP}`,
    );
    expect(await fact(viaCas, d.identity.factors)).toContain(format(d.factors.mobileDevice, { value: deviceName }));
    await expectNoAxeViolations(page, `${locale} demo app signed in`);
    await screenshot(page, `annex-14-signed-in-${locale}`);

    expect(desktop.errors, 'console errors or CSP violations on the computer').toEqual([]);
    expect(appErrors(phone.errors), 'console errors or CSP violations in the app').toEqual([]);
  });
});

describe('what the computer says when the app does not approve (en)', () => {
  const locale = 'en';
  const s = sesame[locale];
  const d = demo[locale];
  const a = appCatalogues[locale];
  const pin = PIN[locale];

  it('en: a wrong number in the app fails the sign-in; "Deny" refuses it', async () => {
    const left = enrolled[locale];
    if (!left) throw new Error('this test uses the phone enrolled by the English annex test above: it did not run');
    const { phone, desktop } = left;
    const { page } = desktop;

    // Out of the demo app (and of Sésame, by CAS single logout), then a new sign-in with the app.
    await page.getByRole('button', { name: d.layout.signOut, exact: true }).click();
    await waitForHeading(page, d.home.title);
    // The phone went back to its home screen by itself after the approval above.
    await waitForHeading(phone.page, a.home.title);

    // Three requests to this account within 2 minutes with the one above: exactly the push-bombing
    // limit (DEFAULT_DEVICE_POLICY.pushPerUser, 3 per 120 s). A fourth here would be refused.
    // A number that is not the one shown: the app cannot tell, the server can; the computer says so.
    const shown = await signInWithTheApp(page, locale);
    let numbers = await requestOnThePhone(phone, locale);
    const candidates = (await numbers.getByRole('button').allInnerTexts()).map(Number);
    const wrong = candidates.find((n) => n !== shown)!;
    await numbers.getByRole('button', { name: String(wrong), exact: true }).click();
    await typePinOnPad(phone.page, a, pin);
    // A refused answer stays on the request, as an alert the user can read, with "Back".
    await expect.poll(() => phone.page.getByRole('alert').innerText()).toBe(a.pending.wrong);
    await waitForHeading(phone.page, a.pending.title);
    await waitForHeading(page, s.signInApp.title);
    await expect.poll(() => page.getByRole('alert').innerText()).toBe(s.signInApp.failed);
    await expectNoAxeViolations(page, 'en sign-in failed');
    await screenshot(page, 'annex-13-failed-en');

    // "Sign in again": the password again, the app again; this time "Deny".
    await phone.page.getByRole('button', { name: a.pending.back, exact: true }).click();
    await waitForHeading(phone.page, a.home.title);
    await page.getByRole('link', { name: s.signInApp.signInAgain, exact: true }).click();
    await waitForHeading(page, s.signIn.passwordTitle);
    await page.getByLabel(s.fields.password, { exact: true }).fill(PERSON[locale].password);
    await page.getByLabel(s.signIn.methodLabel, { exact: true }).selectOption({ label: s.signIn.methodAppPin });
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, s.signInApp.title);
    await page.getByTestId('number-match').waitFor();
    numbers = await requestOnThePhone(phone, locale);
    await phone.page.getByRole('button', { name: a.pending.deny, exact: true }).click();
    await waitForHeading(phone.page, a.home.title);
    await expect.poll(() => phone.page.getByRole('status').innerText()).toBe(a.pending.denied);
    await expect.poll(() => page.getByRole('alert').innerText()).toBe(s.signInApp.denied);
    await expectNoAxeViolations(page, 'en sign-in denied');
    await expectNoAxeViolations(phone.page, 'en app denied');
    await screenshot(page, 'annex-13-denied-en');
    expect(await numbers.count()).toBe(0);

    expect(desktop.errors, 'console errors or CSP violations on the computer').toEqual([]);
    expect(appErrors(phone.errors), 'console errors or CSP violations in the app').toEqual([]);
  });
});
