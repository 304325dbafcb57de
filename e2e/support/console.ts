import { execFileSync } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { en, fr } from '@sesame/server';
import { waitForHeading, watchErrors } from './browser';

/**
 * The steps the console's end-to-end tests take the same way: a page of a fresh context in the
 * reader's language, the sign-in up to the password page, and a person with a role who adds an
 * authenticator app (TOTP, codes by oathtool) and confirms with it — the console needs a second
 * factor (docs/adr/0033 §6).
 */
export const catalogues = { fr, en } as const;
export type Locale = keyof typeof catalogues;

export interface ConsoleBrowser {
  browser: () => Browser;
  baseUrl: () => string;
  /** Every context opened, closed by the test file's afterAll. */
  contexts: BrowserContext[];
}

/** A page of a new context (no cookies), in `locale`, with its console errors watched. */
export async function newPage(
  on: ConsoleBrowser,
  locale: Locale,
  viewport = { width: 1200, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await on.browser().newContext({ viewport, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
  on.contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { page, errors: watchErrors(page) };
}

/** The TOTP code of `key` (base32, spaces allowed) at `at`, by oathtool (RFC 6238). */
export function oathtool(key: string, at: Date): string {
  const epoch = Math.floor(at.getTime() / 1000);
  return execFileSync('oathtool', ['--totp', '-b', key.replace(/ /g, ''), '-N', `@${epoch}`], {
    encoding: 'utf8',
  }).trim();
}

/** The portal's first screen → the e-mail → Next: the password page. */
export async function toPasswordPage(page: Page, baseUrl: string, locale: Locale, email: string): Promise<void> {
  const m = catalogues[locale];
  await page.goto(`${baseUrl}/login?lang=${locale}`);
  await page.getByLabel(m.fields.email, { exact: true }).fill(email);
  await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
  await waitForHeading(page, m.signIn.passwordTitle);
}

/** E-mail, password (and `method`, a label of the chooser, when given), "Sign in". */
export async function passwordSignIn(
  page: Page,
  baseUrl: string,
  locale: Locale,
  who: { email: string; password: string },
  method?: string,
): Promise<void> {
  const m = catalogues[locale];
  await toPasswordPage(page, baseUrl, locale, who.email);
  await page.getByLabel(m.fields.password, { exact: true }).fill(who.password);
  if (method) await page.getByLabel(m.signIn.methodLabel, { exact: true }).selectOption({ label: method });
  await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
}

/**
 * `who` signs in with the password, adds an authenticator app ("Aegis"), then confirms it is them
 * with it (`/login?reauth=1`, as the "confirm it is you" pages do): returns the page, on "My
 * account", with a session that presented a second factor. The confirmation uses the next time
 * step's code (SEC-19: the enrolment's code is used once).
 */
export async function signInWithNewTotp(
  on: ConsoleBrowser,
  locale: Locale,
  who: { email: string; password: string },
): Promise<{ page: Page; errors: string[] }> {
  const m = catalogues[locale];
  const { page, errors } = await newPage(on, locale);
  await passwordSignIn(page, on.baseUrl(), locale, who);
  await waitForHeading(page, m.account.title);
  await page.goto(`${on.baseUrl()}/account/authenticator-apps/new`);
  await waitForHeading(page, m.authenticatorApps.addTitle);
  await page.getByLabel(m.authenticatorApps.name, { exact: true }).fill('Aegis');
  await page.getByRole('button', { name: m.authenticatorApps.continue, exact: true }).click();
  await waitForHeading(page, m.authenticatorApps.scanTitle);
  const key = (await page.getByTestId('totp-secret').innerText()).trim();
  const enrolledAt = new Date();
  await page.getByLabel(m.authenticatorApps.codeLabel, { exact: true }).fill(oathtool(key, enrolledAt));
  await page.getByRole('button', { name: m.authenticatorApps.confirm, exact: true }).click();
  await waitForHeading(page, m.authenticatorApps.title);

  await page.goto(`${on.baseUrl()}/login?reauth=1&return_to=/account`);
  await waitForHeading(page, m.signIn.passwordTitle);
  await page.getByLabel(m.fields.password, { exact: true }).fill(who.password);
  await page.getByLabel(m.signIn.methodLabel, { exact: true }).selectOption({ label: m.signIn.methodTotp });
  await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
  await waitForHeading(page, m.signInCode.totpTitle);
  await page
    .getByLabel(m.signInCode.totpLabel, { exact: true })
    .fill(oathtool(key, new Date((Math.floor(enrolledAt.getTime() / 30_000) + 1) * 30_000)));
  await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
  await waitForHeading(page, m.account.title);
  return { page, errors };
}
