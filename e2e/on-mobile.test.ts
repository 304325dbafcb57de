import { describe, expect, it } from 'vitest';
import { format } from '@sesame/server';
import { expectNoAxeViolations, screenshot, waitForHeading, watchErrors } from './support/browser';
import {
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
import { appCatalogues, appErrors, typePinOnPad } from './support/pwa';

/**
 * "On mobile" (issue #5 point 4, design §5, docs/adr/0007), end to end in ONE phone-sized context
 * (390×844, touch): the phone's Sésame app is enrolled by camera (a computer shows the enrolment
 * QR code: the only use of a second, desktop context); then, on the phone itself, the demo app
 * "TRACES NT (démo)" → CAS → e-mail → Next: the password page offers "On mobile" (the app's
 * marker is there), no password typed; the page's "Open the Sésame app" opens the app in a new
 * tab on the request, number pre-selected; the PIN; back to the sign-in tab, which has gone on by
 * itself to the demo app, signed in with the strength MOBILE_APP and the device as a factor.
 * Every page passes axe-core. With UPDATE_SCREENSHOTS=1 the steps are saved as
 * docs/images/mobile-<step>-<lang>.png for docs/users/app.md.
 */

const run = useDemoStackWithPhones('on-mobile');

describe.each(['fr', 'en'] as const)('"On mobile" on the phone that holds the app (%s)', (locale: Locale) => {
  const s = sesame[locale];
  const d = demo[locale];
  const a = appCatalogues[locale];
  const person = PERSON[locale];

  it(`${locale}: TRACES NT (démo) via CAS, confirmed in the app on the same phone, without the password`, async () => {
    const { phone, camera, computer } = await run.phoneAndComputer(locale);
    try {
      // The app enrolled by camera from the portal on a computer (the annex, e2e/annex.test.ts).
      await run.enrolByCamera(phone, camera, computer.page, locale);
      await computer.context.close();
      // The app left the portal its marker (same origin): an account is active on this phone.
      expect(await phone.page.evaluate(() => localStorage.getItem('sesame-app-enrolled'))).toBe('1');

      // The phone's browser: the demo app, CAS, the e-mail address, Next.
      const { page } = phone;
      await demoToPasswordPage(page, run.stack, locale);

      // "On mobile" is offered (the script found the marker); the password is not typed.
      const onMobile = page.getByRole('button', { name: s.signIn.methodOnMobile, exact: true });
      await onMobile.waitFor({ state: 'visible' });
      await expectNoAxeViolations(page, `${locale} password page with "On mobile"`);
      await screenshot(page, `mobile-password-${locale}`);
      await onMobile.click();
      await waitForHeading(page, s.signInMobile.title);
      expect(new URL(page.url()).pathname).toBe('/login/mobile');
      await expectNoAxeViolations(page, `${locale} open the app`);
      await screenshot(page, `mobile-open-app-${locale}`);

      // "Open the Sésame app": a new tab on the request, the number already picked; the PIN.
      const [app] = await Promise.all([
        phone.context.waitForEvent('page'),
        page.getByRole('link', { name: s.signInMobile.openApp, exact: true }).click(),
      ]);
      app.setDefaultTimeout(15_000);
      const appErrorsSeen = watchErrors(app);
      await waitForHeading(app, a.pending.title);
      await expect.poll(() => app.locator('main').innerText()).toContain(a.pending.onMobileIntro);
      expect(new URL(app.url()).pathname).toBe('/app/');
      // config/demo-relying-apps.json registers the demo app under this name, in both languages.
      expect(await app.getByTestId('request').innerText()).toContain('TRACES NT (démo)');
      await expectNoAxeViolations(app, `${locale} app on the request`);
      await screenshot(app, `mobile-app-pin-${locale}`);
      // The 4th digit sends the answer; approved, the app goes back to its home screen and says so.
      await typePinOnPad(app, a, PIN[locale]);
      await waitForHeading(app, a.home.title);
      await expect.poll(() => app.getByRole('status').innerText()).toBe(a.pending.onMobileApproved);
      await expectNoAxeViolations(app, `${locale} app approved`);
      await screenshot(app, `mobile-app-approved-${locale}`);

      // Back to the sign-in tab: it went on by itself to the demo app, signed in with MOBILE_APP.
      await page.bringToFront();
      await waitForHeading(page, d.identity.title);
      expect(new URL(page.url()).origin).toBe(run.stack.rp.url);
      const viaCas = page.getByRole('region', { name: d.identity.viaCas, exact: true });
      expect(await fact(viaCas, d.identity.uid)).toBe(person.id);
      expect(await fact(viaCas, d.identity.level)).toBe(`MEDIUM — ${d.levels.MEDIUM}`);
      const strengths = await fact(viaCas, d.identity.strengths);
      expect(strengths).toContain(`MOBILE_APP — ${d.strengths.MOBILE_APP}`);
      expect(strengths).not.toContain('PASSWORD');
      expect(await fact(viaCas, d.identity.factors)).toContain(
        format(d.factors.mobileDevice, { value: DEVICE[locale] }),
      );
      await expectNoAxeViolations(page, `${locale} demo app signed in on mobile`);
      await screenshot(page, `mobile-signed-in-${locale}`);

      expect(appErrors(phone.errors), 'console errors or CSP violations in the phone’s browser').toEqual([]);
      expect(appErrors(appErrorsSeen), 'console errors or CSP violations in the app').toEqual([]);
    } finally {
      await computer.context.close();
      await phone.close();
    }
  });
});
