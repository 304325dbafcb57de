import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, screenshot, waitForHeading, watchErrors } from './support/browser';
import { startDemoStack, type DemoStack } from './support/demo-stack';
import { demo, demoToPasswordPage, DESKTOP, fact, type Locale, PERSON, sesame } from './support/phone-and-computer';

/**
 * Authenticator apps and recovery codes end to end (issue 13 points 2–3, "Done when"): the person
 * adds an authenticator app in "Manage my authenticator apps", the codes computed by a separate
 * implementation — Debian's `oathtool` (RFC 6238), from the key the page shows —, signs in to
 * "TRACES NT (démo)" with "Code from an authenticator app", a replayed code is refused; then makes
 * recovery codes (shown once) and signs in with one, which ends on "Set up a new second factor".
 * In French via CAS, in English via OpenID Connect; every page axe-clean; with UPDATE_SCREENSHOTS=1
 * the pages are saved as docs/images/totp-<step>-<lang>.png and recovery-<step>-<lang>.png for
 * docs/users/second-factors.md.
 */
let stack: DemoStack;
const chromium = chromiumForFile();
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (await chromium.launch()) stack = await startDemoStack();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await chromium.close();
  await stack?.stop();
});

async function newPage(locale: Locale): Promise<{ page: Page; errors: string[] }> {
  const context = await chromium.get().newContext({ viewport: DESKTOP, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { page, errors: watchErrors(page) };
}

/** The code `oathtool` computes for `key` (base32) at `at`: SHA-1, 6 digits, 30 s (RFC 6238). */
function oathtool(key: string, at: Date): string {
  const epoch = Math.floor(at.getTime() / 1000);
  return execFileSync('oathtool', ['--totp', '-b', key.replace(/ /g, ''), '-N', `@${epoch}`], {
    encoding: 'utf8',
  }).trim();
}

/** The demo app's identity page, at MEDIUM. */
async function expectSignedInToDemo(page: Page, locale: Locale, protocol: 'cas' | 'oidc'): Promise<void> {
  const d = demo[locale];
  await waitForHeading(page, d.identity.title);
  expect(new URL(page.url()).origin).toBe(stack.rp.url);
  const region = page.getByRole('region', {
    name: protocol === 'cas' ? d.identity.viaCas : d.identity.viaOidc,
    exact: true,
  });
  expect(await fact(region, d.identity.uid)).toBe(PERSON[locale].id);
  expect(await fact(region, d.identity.level)).toBe(`MEDIUM — ${d.levels.MEDIUM}`);
}

/** The demo app → e-mail, password, `method` chosen → its page. */
async function demoWithMethod(page: Page, locale: Locale, protocol: 'cas' | 'oidc', label: string, title: string) {
  const s = sesame[locale];
  await demoToPasswordPage(page, stack, locale, protocol);
  await page.getByLabel(s.fields.password, { exact: true }).fill(PERSON[locale].password);
  await page.getByLabel(s.signIn.methodLabel, { exact: true }).selectOption({ label });
  await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
  await waitForHeading(page, title);
}

describe.each([
  { locale: 'fr', protocol: 'cas' },
  { locale: 'en', protocol: 'oidc' },
] as const)('authenticator app and recovery codes ($locale, $protocol)', ({ locale, protocol }) => {
  const s = sesame[locale];
  const a = s.authenticatorApps;
  const r = s.recoveryCodes;
  const person = PERSON[locale];
  let key = '';
  let lastStep = 0;
  let recoveryCodes: string[] = [];
  /** The browser left signed in at MEDIUM by the authenticator app's sign-in. */
  let strong: Page;

  it(`${locale}: adds an authenticator app, confirmed by oathtool's code`, async () => {
    const { page, errors } = await newPage(locale);
    // Signed in to Sésame with the password (the account has no second factor yet).
    await page.goto(`${stack.sesame.baseUrl}/login`);
    await page.getByLabel(s.fields.email, { exact: true }).fill(person.email);
    await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
    await waitForHeading(page, s.signIn.passwordTitle);
    await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, s.account.title);

    await page.getByRole('link', { name: a.title, exact: true }).click();
    await waitForHeading(page, a.title);
    await expectNoAxeViolations(page, `${locale} authenticator apps (empty)`);
    await page.getByRole('link', { name: a.add, exact: true }).click();
    await waitForHeading(page, a.addTitle);
    await page.getByLabel(a.name, { exact: true }).fill(locale === 'fr' ? 'Aegis' : 'FreeOTP');
    await expectNoAxeViolations(page, `${locale} add authenticator app`);
    await page.getByRole('button', { name: a.continue, exact: true }).click();
    await waitForHeading(page, a.scanTitle);
    expect(await page.getByTestId('totp-qr').evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
    key = (await page.getByTestId('totp-secret').innerText()).trim();
    expect(key).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    await expectNoAxeViolations(page, `${locale} authenticator app QR`);
    await screenshot(page, `totp-qr-${locale}`);

    const now = new Date();
    lastStep = Math.floor(now.getTime() / 30_000);
    await page.getByLabel(a.codeLabel, { exact: true }).fill(oathtool(key, now));
    await page.getByRole('button', { name: a.confirm, exact: true }).click();
    await waitForHeading(page, a.title);
    expect(await page.getByRole('status').first().innerText()).toContain(
      format(a.addedNotice, { name: locale === 'fr' ? 'Aegis' : 'FreeOTP' }),
    );
    await expect.poll(() => page.getByTestId('recovery-codes-offer').isVisible()).toBe(true);
    await expectNoAxeViolations(page, `${locale} authenticator apps`);
    await screenshot(page, `totp-list-${locale}`);
    expect(errors).toEqual([]);
  });

  it(`${locale}: signs in to the demo app with the app's code; the same code again is refused`, async () => {
    const { page, errors } = await newPage(locale);
    await demoWithMethod(page, locale, protocol, s.signIn.methodTotp, s.signInCode.totpTitle);
    await expectNoAxeViolations(page, `${locale} sign-in TOTP page`);
    await screenshot(page, `totp-sign-in-${locale}`);
    // The next step's code (the enrolment used this one's): within the ±1 step window.
    const code = oathtool(key, new Date((lastStep + 1) * 30_000));
    await page.getByLabel(s.signInCode.totpLabel, { exact: true }).fill(code);
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await expectSignedInToDemo(page, locale, protocol);
    strong = page;

    // The same code in another browser: refused (SEC-19), with its message beside the field.
    const { page: other } = await newPage(locale);
    await demoWithMethod(other, locale, protocol, s.signIn.methodTotp, s.signInCode.totpTitle);
    await other.getByLabel(s.signInCode.totpLabel, { exact: true }).fill(code);
    await other.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await expect.poll(() => other.locator('#code-error').innerText()).toBe(s.signInCode.totpWrong);
    await expectNoAxeViolations(other, `${locale} sign-in TOTP refused`);
    expect(errors).toEqual([]);
  });

  it(`${locale}: makes recovery codes (shown once) with the second factor`, async () => {
    const page = strong;
    await page.goto(`${stack.sesame.baseUrl}/account/recovery-codes`);
    await waitForHeading(page, r.title);
    await page.getByRole('button', { name: r.generate, exact: true }).click();
    await waitForHeading(page, r.shownTitle);
    recoveryCodes = (await page.getByTestId('recovery-codes').locator('code').allInnerTexts()).map((c) => c.trim());
    expect(recoveryCodes).toHaveLength(10);
    await expect.poll(() => page.getByRole('button', { name: r.print, exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, `${locale} recovery codes shown`);
    await screenshot(page, `recovery-codes-${locale}`);
    await page.getByRole('link', { name: r.saved, exact: true }).click();
    await waitForHeading(page, r.title);
    expect(await page.getByTestId('recovery-codes-remaining').innerText()).toBe(
      format(r.remaining, { count: 10 }, locale),
    );
    await expectNoAxeViolations(page, `${locale} recovery codes page`);
  });

  it(`${locale}: signs in with a recovery code and lands on "Set up a new second factor"`, async () => {
    const { page, errors } = await newPage(locale);
    await demoWithMethod(page, locale, protocol, s.signIn.methodRecoveryCode, s.signInCode.recoveryTitle);
    await expectNoAxeViolations(page, `${locale} sign-in recovery code page`);
    await screenshot(page, `recovery-sign-in-${locale}`);
    await page.getByLabel(s.signInCode.recoveryLabel, { exact: true }).fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, s.setUpFactor.title);
    expect(await page.getByTestId('set-up-factor-why').innerText()).toBe(
      format(s.setUpFactor.why, { count: 9 }, locale),
    );
    await expectNoAxeViolations(page, `${locale} set up a new factor`);
    await screenshot(page, `recovery-set-up-factor-${locale}`);
    expect(errors).toEqual([]);
  });
});
