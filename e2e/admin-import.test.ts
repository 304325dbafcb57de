import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, format } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, screenshot, waitForHeading } from './support/browser';
import { catalogues, type ConsoleBrowser, newPage, signInWithNewTotp } from './support/console';
import { startStack, type Stack } from './support/stack';

/**
 * The CSV import in Chromium, FR and EN (issue 14 point 2, docs/adr/0035): the local manager of
 * DRAAF Bretagne (FR) or the administrator (EN) signs in with a second factor, uploads a French-Excel CSV (BOM, ";"), reads the
 * dry run (lines to create, a line refused with its reason), confirms, follows the progress page
 * until the import is done, and each new agent's invitation arrives over SMTP with a link that
 * opens "choose your password". Every page passes axe-core; with UPDATE_SCREENSHOTS=1 they are saved
 * as docs/images/admin-import-<step>-<lang>.png.
 */
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

const on: ConsoleBrowser = { browser: () => chromium.get(), baseUrl: () => stack.baseUrl, contexts };

describe.each(['fr', 'en'] as const)('the CSV import (%s)', (locale) => {
  const m = catalogues[locale];
  const l = m.lifecycle;

  it(`${locale}: dry run, confirmation, progress, and the invitations arrive`, async () => {
    const { page, errors } = await signInWithNewTotp(on, locale, MANAGERS[locale]);
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
      const { page: agent } = await newPage(on, locale);
      await agent.goto(link!.replace(/^https?:\/\/[^/]+/, stack.baseUrl));
      await agent.locator('input[name="passwordConfirm"]').waitFor();
    }
    expect(errors).toEqual([]);
  });
});
