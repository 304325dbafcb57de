import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, screenshot, waitForHeading, watchErrors } from './support/browser';
import { startDemoStack, type DemoStack } from './support/demo-stack';
import {
  demo,
  DEMO_APP_NAME,
  demoToPasswordPage,
  DESKTOP,
  fact,
  type Locale,
  PERSON,
  sesame,
} from './support/phone-and-computer';

/**
 * "Configure my account" and the chooser end to end (issue 13 points 5–6; docs/adr/0031): the
 * person adds an authenticator app, opens "Configure my account" — which asks for the second
 * factor first (step-up) —, turns on "always require a second factor" and "warn me each time an
 * application asks for my identity", prefers the authenticator app; then signs in to "TRACES NT
 * (démo)" choosing "Password": the sign-in opens on the authenticator app's code instead, the
 * account's chooser lists only its methods, and the interstitial names the application before it
 * gets the identity. French via CAS, English via OpenID Connect; every page axe-clean; with
 * UPDATE_SCREENSHOTS=1 the pages are saved as docs/images/account-options-<step>-<lang>.png.
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

/** The code Debian's `oathtool` computes for `key` (base32) at the 30-second step `step` (RFC 6238). */
function oathtool(key: string, step: number): string {
  return execFileSync('oathtool', ['--totp', '-b', key.replace(/ /g, ''), '-N', `@${step * 30}`], {
    encoding: 'utf8',
  }).trim();
}

/** Waits (without asserting anything) until the clock has reached `step`: a code is accepted ±1 step. */
async function untilStep(step: number): Promise<void> {
  while (Math.floor(Date.now() / 30_000) < step) await new Promise((resolve) => setTimeout(resolve, 500));
}

describe.each([
  { locale: 'fr', protocol: 'cas' },
  { locale: 'en', protocol: 'oidc' },
] as const)('account options and the chooser ($locale, $protocol)', ({ locale, protocol }) => {
  const s = sesame[locale];
  const o = s.accountOptions;
  const person = PERSON[locale];
  let key = '';
  let lastStep = 0;

  it(`${locale}: adds an authenticator app, then "Configure my account" asks for it before opening`, async () => {
    const { page, errors } = await newPage(locale);
    await page.goto(`${stack.sesame.baseUrl}/login`);
    await page.getByLabel(s.fields.email, { exact: true }).fill(person.email);
    await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
    await waitForHeading(page, s.signIn.passwordTitle);
    await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, s.account.title);

    // An authenticator app, confirmed by oathtool's code.
    const a = s.authenticatorApps;
    await page.goto(`${stack.sesame.baseUrl}/account/authenticator-apps/new`);
    await page.getByLabel(a.name, { exact: true }).fill('Aegis');
    await page.getByRole('button', { name: a.continue, exact: true }).click();
    await waitForHeading(page, a.scanTitle);
    key = (await page.getByTestId('totp-secret').innerText()).trim();
    lastStep = Math.floor(Date.now() / 30_000);
    await page.getByLabel(a.codeLabel, { exact: true }).fill(oathtool(key, lastStep));
    await page.getByRole('button', { name: a.confirm, exact: true }).click();
    await waitForHeading(page, a.title);

    // The password-only session may not open the options now: the second factor first.
    await page.goto(`${stack.sesame.baseUrl}/account`);
    await page.getByRole('link', { name: o.link, exact: true }).click();
    await waitForHeading(page, s.secondFactor.title);
    expect(await page.getByText(o.secondFactorBody).isVisible()).toBe(true);
    await expectNoAxeViolations(page, `${locale} options: second factor first`);
    // An account whose only second factor is an authenticator app: the page names no app.
    await screenshot(page, `second-factor-required-${locale}`);
    await page.getByRole('link', { name: s.secondFactor.confirm, exact: true }).click();
    await waitForHeading(page, s.signIn.passwordTitle);
    await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
    await page.getByLabel(s.signIn.methodLabel, { exact: true }).selectOption({ label: s.signIn.methodTotp });
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, s.signInCode.totpTitle);
    lastStep += 1;
    await page.getByLabel(s.signInCode.totpLabel, { exact: true }).fill(oathtool(key, lastStep));
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();

    await waitForHeading(page, o.title);
    await expectNoAxeViolations(page, `${locale} configure my account`);
    await screenshot(page, `account-options-page-${locale}`);
    await page.getByLabel(o.always, { exact: true }).check();
    await page.getByLabel(o.warn, { exact: true }).check();
    await page.getByLabel(o.preferred, { exact: true }).selectOption({ label: s.signIn.methodTotp });
    await page.getByRole('button', { name: o.save, exact: true }).click();
    await waitForHeading(page, o.title);
    expect(await page.getByRole('status').first().innerText()).toContain(o.saved);
    await expectNoAxeViolations(page, `${locale} configure my account saved`);
    await screenshot(page, `account-options-saved-${locale}`);
    expect(errors).toEqual([]);
  });

  it(`${locale}: "Password" chosen for the demo app opens the authenticator app, the chooser lists only it, the interstitial names the app`, async () => {
    const { page, errors } = await newPage(locale);
    await demoToPasswordPage(page, stack, locale, protocol);
    await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
    await page.getByLabel(s.signIn.methodLabel, { exact: true }).selectOption({ label: s.signIn.methodPassword });
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    // "Always require a second factor": the password alone does not end the sign-in; the
    // preferred method opens.
    await waitForHeading(page, s.signInCode.totpTitle);

    // The account's chooser: only what the account has (no Sésame app, no key).
    await page.getByRole('link', { name: s.signInApp.otherMethod, exact: true }).click();
    await waitForHeading(page, s.signInChoose.title);
    const chooser = page.getByTestId('account-chooser');
    expect(await chooser.getByRole('radio').count()).toBe(1);
    expect(await chooser.getByLabel(s.signIn.methodTotp, { exact: true }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, `${locale} account chooser`);
    await screenshot(page, `account-options-chooser-${locale}`);
    await page.getByRole('button', { name: s.signInChoose.submit, exact: true }).click();
    await waitForHeading(page, s.signInCode.totpTitle);

    // The enrolment and the step-up used two steps' codes: the next one, once the clock allows it.
    await untilStep(lastStep);
    lastStep += 1;
    await page.getByLabel(s.signInCode.totpLabel, { exact: true }).fill(oathtool(key, lastStep));
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();

    // "Warn me each time…": the application is named, and gets nothing before Continue.
    await waitForHeading(page, s.appConsent.title);
    expect(await page.getByTestId('app-consent').innerText()).toBe(
      format(s.appConsent.body, { app: DEMO_APP_NAME }, locale),
    );
    await expectNoAxeViolations(page, `${locale} interstitial`);
    await screenshot(page, `account-options-interstitial-${locale}`);
    await page.getByRole('button', { name: s.appConsent.continue, exact: true }).click();

    const d = demo[locale];
    await waitForHeading(page, d.identity.title);
    const region = page.getByRole('region', {
      name: protocol === 'cas' ? d.identity.viaCas : d.identity.viaOidc,
      exact: true,
    });
    expect(await fact(region, d.identity.uid)).toBe(person.id);
    expect(await fact(region, d.identity.level)).toBe(`MEDIUM — ${d.levels.MEDIUM}`);
    expect(errors).toEqual([]);
  });
});
