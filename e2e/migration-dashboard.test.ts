import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, en, format, fr } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, screenshot, waitForHeading, watchErrors } from './support/browser';
import { startStack, type Stack } from './support/stack';

/**
 * The migration dashboard and the registration campaign in Chromium, FR and EN (issue 14 points
 * 3–4; docs/adr/0036): a manager with a second factor opens the dashboard of their organisation
 * (figures, chart and its table), reminds the holdouts (Marie gets the mail, by SMTP), turns the
 * campaign on with one "Later"; Marie signs in, meets the page, chooses "Later" and reaches her
 * account; at her next sign-in the enrolment is required (no "Later"). Every page passes axe-core;
 * with UPDATE_SCREENSHOTS=1 the dashboard and the campaign's page are saved in docs/images/.
 */
const catalogues = { fr, en } as const;

const chromium = chromiumForFile();
const account = (email: string) => DEMO_ACCOUNTS.find((a) => a.email === email)!;
/** FR: the local manager of DRAAF Bretagne; EN: the administrator (the whole tree). */
const MANAGER = {
  fr: { who: account('yann.le-goff@draaf-bretagne.example.fr'), organisation: 'DRAAF Bretagne' },
  en: { who: account('admin@sesame.example.org'), organisation: 'Sésame' },
} as const;
const MARIE = account('marie.dupont@ddpp35.example.fr');

function oathtool(key: string, at: Date): string {
  const epoch = Math.floor(at.getTime() / 1000);
  return execFileSync('oathtool', ['--totp', '-b', key.replace(/ /g, ''), '-N', `@${epoch}`], {
    encoding: 'utf8',
  }).trim();
}

let launched = false;
beforeAll(async () => {
  launched = await chromium.launch();
});
afterAll(async () => {
  await chromium.close();
});

describe.each(['fr', 'en'] as const)('the migration dashboard and the campaign (%s)', (locale) => {
  const m = catalogues[locale];
  const d = m.dashboard;
  const { who, organisation } = MANAGER[locale];
  let stack: Stack;
  const contexts: BrowserContext[] = [];
  let manager: Page;

  beforeAll(async () => {
    if (launched) stack = await startStack({ demoAccounts: true, config: { 'sms.sunset': '2027-07-01' } });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await stack?.stop();
  });

  async function newPage(): Promise<{ page: Page; errors: string[] }> {
    const context = await chromium
      .get()
      .newContext({ viewport: { width: 1200, height: 900 }, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { page, errors: watchErrors(page) };
  }

  async function passwordSignIn(page: Page, email: string, password: string, method?: string): Promise<void> {
    await page.goto(`${stack.baseUrl}/login?lang=${locale}`);
    await page.getByLabel(m.fields.email, { exact: true }).fill(email);
    await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
    await waitForHeading(page, m.signIn.passwordTitle);
    await page.getByLabel(m.fields.password, { exact: true }).fill(password);
    if (method) await page.getByLabel(m.signIn.methodLabel, { exact: true }).selectOption({ label: method });
    await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
  }

  it(`${locale}: the manager adds an authenticator app and opens the dashboard: figures, chart, table`, async () => {
    const first = await newPage();
    await passwordSignIn(first.page, who.email, who.password);
    await waitForHeading(first.page, m.account.title);
    await first.page.goto(`${stack.baseUrl}/account/authenticator-apps/new`);
    await first.page.getByLabel(m.authenticatorApps.name, { exact: true }).fill('Aegis');
    await first.page.getByRole('button', { name: m.authenticatorApps.continue, exact: true }).click();
    await waitForHeading(first.page, m.authenticatorApps.scanTitle);
    const key = (await first.page.getByTestId('totp-secret').innerText()).trim();
    const enrolledAt = new Date();
    await first.page.getByLabel(m.authenticatorApps.codeLabel, { exact: true }).fill(oathtool(key, enrolledAt));
    await first.page.getByRole('button', { name: m.authenticatorApps.confirm, exact: true }).click();
    await waitForHeading(first.page, m.authenticatorApps.title);

    const strong = await newPage();
    manager = strong.page;
    await passwordSignIn(manager, who.email, who.password, m.signIn.methodTotp);
    await waitForHeading(manager, m.signInCode.totpTitle);
    await manager
      .getByLabel(m.signInCode.totpLabel, { exact: true })
      .fill(oathtool(key, new Date((Math.floor(enrolledAt.getTime() / 30_000) + 1) * 30_000)));
    await manager.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
    await waitForHeading(manager, m.account.title);

    await manager.goto(`${stack.baseUrl}/admin`);
    await manager.getByRole('link', { name: d.link, exact: true }).click();
    await waitForHeading(manager, format(d.heading, { organisation }, locale));
    expect(Number(await manager.getByTestId('phones-to-buy').innerText())).toBeGreaterThanOrEqual(1);
    await expect(manager.getByTestId('progress-chart').isVisible()).resolves.toBe(true);
    expect(await manager.getByTestId('progress-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
    await expectNoAxeViolations(manager, `${locale} dashboard`);
    await screenshot(manager, `admin-dashboard-${locale}`);
    expect(first.errors).toEqual([]);
    expect(strong.errors).toEqual([]);
  });

  it(`${locale}: reminds the holdouts (Marie is mailed) and turns the campaign on`, async () => {
    await manager.getByRole('button', { name: d.remindersSend, exact: true }).click();
    await waitForHeading(manager, format(d.heading, { organisation }, locale));
    expect(await manager.getByRole('status').first().innerText()).toMatch(/\d/);
    const mail = await stack.smtp.waitForMail(MARIE.email);
    expect(mail.subject).toContain(m.mail.enrolmentReminder.subject.split(':')[0]!.trim());
    await expectNoAxeViolations(manager, `${locale} dashboard reminded`);

    await manager.getByLabel(d.campaignEnabled, { exact: true }).check();
    await manager.getByLabel(d.campaignSnoozes, { exact: true }).fill('1');
    await manager.getByLabel(d.campaignSnoozeDays, { exact: true }).fill('14');
    await manager.getByRole('button', { name: d.campaignSave, exact: true }).click();
    await waitForHeading(manager, format(d.heading, { organisation }, locale));
    expect(await manager.getByRole('status').first().innerText()).toContain(d.campaignSaved);
  });

  it(`${locale}: Marie meets the campaign after signing in, postpones once, then must enrol`, async () => {
    const c = m.campaign;
    const { page, errors } = await newPage();
    await passwordSignIn(page, MARIE.email, MARIE.password);
    await waitForHeading(page, c.title);
    expect(await page.locator('main').innerText()).toContain(c.why);
    expect(await page.getByRole('link', { name: c.setUpApp, exact: true }).getAttribute('href')).toBe(
      '/account/devices/new',
    );
    await expectNoAxeViolations(page, `${locale} campaign`);
    await screenshot(page, `campaign-${locale}`);
    await page.getByRole('button', { name: c.later, exact: true }).click();
    await waitForHeading(page, m.account.title);

    const again = await newPage();
    await passwordSignIn(again.page, MARIE.email, MARIE.password);
    await waitForHeading(again.page, c.requiredTitle);
    expect(await again.page.getByRole('button', { name: c.later, exact: true }).count()).toBe(0);
    expect(await again.page.locator('main').getByRole('button', { name: c.signOut, exact: true }).count()).toBe(1);
    await expectNoAxeViolations(again.page, `${locale} campaign required`);
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });
});
