import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, en, format, fr } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, screenshot, waitForHeading, watchErrors } from './support/browser';
import { startStack, type Stack } from './support/stack';

/**
 * The CSV import in Chromium, FR and EN (issue 14 point 2, docs/adr/0035): the local manager of
 * DRAAF Bretagne (FR) or the administrator (EN) signs in with a second factor, uploads a French-Excel CSV (BOM, ";"), reads the
 * dry run (lines to create, a line refused with its reason), confirms, follows the progress page
 * until the import is done, and each new agent's invitation arrives over SMTP with a link that
 * opens "choose your password". Every page passes axe-core; with UPDATE_SCREENSHOTS=1 they are saved
 * as docs/images/admin-import-<step>-<lang>.png.
 */
const catalogues = { fr, en } as const;
type Locale = keyof typeof catalogues;

let stack: Stack;
const chromium = chromiumForFile();
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (await chromium.launch()) stack = await startStack({ demoAccounts: true });
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await chromium.close();
  await stack?.stop();
});

const account = (email: string) => DEMO_ACCOUNTS.find((a) => a.email === email)!;
/** FR: the local manager of DRAAF Bretagne; EN: the administrator (each enrols an authenticator app once). */
const MANAGERS = {
  fr: account('yann.le-goff@draaf-bretagne.example.fr'),
  en: account('admin@sesame.example.org'),
} as const;

async function newPage(locale: Locale): Promise<{ page: Page; errors: string[] }> {
  const context = await chromium
    .get()
    .newContext({ viewport: { width: 1200, height: 800 }, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { page, errors: watchErrors(page) };
}

function oathtool(key: string, at: Date): string {
  const epoch = Math.floor(at.getTime() / 1000);
  return execFileSync('oathtool', ['--totp', '-b', key.replace(/ /g, ''), '-N', `@${epoch}`], {
    encoding: 'utf8',
  }).trim();
}

async function toPasswordPage(page: Page, locale: Locale, email: string): Promise<void> {
  const m = catalogues[locale];
  await page.goto(`${stack.baseUrl}/login?lang=${locale}`);
  await page.getByLabel(m.fields.email, { exact: true }).fill(email);
  await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
  await waitForHeading(page, m.signIn.passwordTitle);
}

async function signInWithTotp(locale: Locale): Promise<{ page: Page; errors: string[] }> {
  const m = catalogues[locale];
  const MANAGER = MANAGERS[locale];
  const { page, errors } = await newPage(locale);
  await toPasswordPage(page, locale, MANAGER.email);
  await page.getByLabel(m.fields.password, { exact: true }).fill(MANAGER.password);
  await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
  await waitForHeading(page, m.account.title);
  await page.goto(`${stack.baseUrl}/account/authenticator-apps/new`);
  await waitForHeading(page, m.authenticatorApps.addTitle);
  await page.getByLabel(m.authenticatorApps.name, { exact: true }).fill('Aegis');
  await page.getByRole('button', { name: m.authenticatorApps.continue, exact: true }).click();
  await waitForHeading(page, m.authenticatorApps.scanTitle);
  const key = (await page.getByTestId('totp-secret').innerText()).trim();
  const enrolledAt = new Date();
  await page.getByLabel(m.authenticatorApps.codeLabel, { exact: true }).fill(oathtool(key, enrolledAt));
  await page.getByRole('button', { name: m.authenticatorApps.confirm, exact: true }).click();
  await waitForHeading(page, m.authenticatorApps.title);

  const strong = await newPage(locale);
  await toPasswordPage(strong.page, locale, MANAGER.email);
  await strong.page.getByLabel(m.fields.password, { exact: true }).fill(MANAGER.password);
  await strong.page.getByLabel(m.signIn.methodLabel, { exact: true }).selectOption({ label: m.signIn.methodTotp });
  await strong.page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
  await waitForHeading(strong.page, m.signInCode.totpTitle);
  await strong.page
    .getByLabel(m.signInCode.totpLabel, { exact: true })
    .fill(oathtool(key, new Date((Math.floor(enrolledAt.getTime() / 30_000) + 1) * 30_000)));
  await strong.page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
  await waitForHeading(strong.page, m.account.title);
  expect(errors).toEqual([]);
  return strong;
}

describe.each(['fr', 'en'] as const)('the CSV import (%s)', (locale) => {
  const m = catalogues[locale];
  const l = m.lifecycle;

  it(`${locale}: dry run, confirmation, progress, and the invitations arrive`, async () => {
    const { page, errors } = await signInWithTotp(locale);
    const agents = [
      [`lea.${locale}@ddpp35.example.fr`, 'Léa', 'Martin', 'ddpp-35', `RH-${locale}-1`],
      [`yann.${locale}@ddpp35.example.fr`, 'Yann', 'Le Goff', 'ddpp-35', `RH-${locale}-2`],
    ];
    const csv = [
      'email;first_name;last_name;organisation_id;external_id;language',
      ...agents.map((a) => [...a, locale].join(';')),
      `broken-${locale};;Sans Prénom;ddpp-35;;${locale}`,
    ].join('\r\n');

    await page.goto(`${stack.baseUrl}/admin`);
    await page.getByRole('link', { name: l.importLink, exact: true }).click();
    await waitForHeading(page, l.importTitle);
    await expectNoAxeViolations(page, `${locale} import form`);
    await screenshot(page, `admin-import-form-${locale}`);
    await page.getByLabel(l.file, { exact: true }).setInputFiles({
      name: 'agents.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${csv}`),
    });
    await page.getByRole('button', { name: l.dryRun, exact: true }).click();
    await waitForHeading(page, l.planTitle);
    expect(await page.getByTestId('import-summary').innerText()).toBe(
      format(l.planSummary, { create: 2, update: 0, unchanged: 0, error: 1 }, locale),
    );
    expect(await page.getByTestId('import-plan').innerText()).toContain(
      format(l.lineReasons.malformed, { field: m.fieldNames.email }, locale),
    );
    await expectNoAxeViolations(page, `${locale} import dry run`);
    await screenshot(page, `admin-import-dry-run-${locale}`);

    await page.getByRole('button', { name: l.confirm, exact: true }).click();
    // The progress page refreshes itself (public/admin-import.js) until the import is done.
    await page.locator('#import-progress[data-state="done"]').waitFor({ timeout: 15_000 });
    await waitForHeading(page, l.doneTitle);
    expect(await page.getByTestId('import-counts').innerText()).toBe(
      format(l.progressCounts, { created: 2, updated: 0, unchanged: 0, errors: 1, mailed: 2 }, locale),
    );
    await expectNoAxeViolations(page, `${locale} import done`);
    await screenshot(page, `admin-import-done-${locale}`);

    for (const [email] of agents) {
      const mail = await stack.smtp.waitForMail(email!);
      expect(mail.subject).toBe(m.mail.invitation.subject);
      const link = /https?:\/\/[^\s"<>]+\/password\/reset\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
      expect(link).toBeTruthy();
      const { page: agent } = await newPage(locale);
      await agent.goto(link!.replace(/^https?:\/\/[^/]+/, stack.baseUrl));
      await agent.locator('input[name="passwordConfirm"]').waitFor();
    }
    expect(errors).toEqual([]);
  });
});
