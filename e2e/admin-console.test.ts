import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, en, format, fr } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, screenshot, waitForHeading, watchErrors } from './support/browser';
import { startStack, type Stack } from './support/stack';

/**
 * The admin console in Chromium, FR and EN (issue 14 point 2; docs/adr/0033): a person with a role
 * adds an authenticator app, signs in with it, opens "Administration", finds an agent, sees the
 * account locked by wrong passwords from this network, unlocks it, and the agent signs in again.
 * A local manager's page for an account outside the region is refused (403). Every page passes
 * axe-core; with UPDATE_SCREENSHOTS=1 they are saved as docs/images/admin-<step>-<lang>.png.
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
/** FR: the local manager of DRAAF Bretagne; EN: the DGAL helpdesk. John (the operators) is outside both scopes. */
const CAST = {
  fr: { admin: account('yann.le-goff@draaf-bretagne.example.fr'), outside: account('john.smith@operator.example.com') },
  en: { admin: account('sophie.bernard@agriculture.example.fr'), outside: account('john.smith@operator.example.com') },
} as const;
const MARIE = account('marie.dupont@ddpp35.example.fr');
const MARIE_ORGANISATION = 'ddpp-35';

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

describe.each(['fr', 'en'] as const)('the admin console (%s)', (locale) => {
  const m = catalogues[locale];
  const a = m.admin;
  const { admin, outside } = CAST[locale];
  let key = '';
  let console: Page;

  it(`${locale}: the person with a role adds an authenticator app, and signs in with it`, async () => {
    const { page, errors } = await newPage(locale);
    await toPasswordPage(page, locale, admin.email);
    await page.getByLabel(m.fields.password, { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, m.account.title);
    // With the password alone and no second factor yet, the console says to add one first, and
    // where (not "confirm with the Sésame app", which a newcomer does not have).
    await page.goto(`${stack.baseUrl}/admin`);
    await waitForHeading(page, m.secondFactor.noneTitle);
    expect(await page.locator('main').innerText()).toContain(m.secondFactor.noneBody);
    await page.getByRole('link', { name: m.secondFactor.goToAccount, exact: true }).click();
    await waitForHeading(page, m.account.title);

    await page.goto(`${stack.baseUrl}/account/authenticator-apps/new`);
    await waitForHeading(page, m.authenticatorApps.addTitle);
    await page.getByLabel(m.authenticatorApps.name, { exact: true }).fill('Aegis');
    await page.getByRole('button', { name: m.authenticatorApps.continue, exact: true }).click();
    await waitForHeading(page, m.authenticatorApps.scanTitle);
    key = (await page.getByTestId('totp-secret').innerText()).trim();
    const enrolledAt = new Date();
    await page.getByLabel(m.authenticatorApps.codeLabel, { exact: true }).fill(oathtool(key, enrolledAt));
    await page.getByRole('button', { name: m.authenticatorApps.confirm, exact: true }).click();
    await waitForHeading(page, m.authenticatorApps.title);

    const strong = await newPage(locale);
    console = strong.page;
    await toPasswordPage(console, locale, admin.email);
    await console.getByLabel(m.fields.password, { exact: true }).fill(admin.password);
    await console.getByLabel(m.signIn.methodLabel, { exact: true }).selectOption({ label: m.signIn.methodTotp });
    await console.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
    await waitForHeading(console, m.signInCode.totpTitle);
    // The next time step: the enrolment used this one's code (SEC-19, a code is used once).
    await console
      .getByLabel(m.signInCode.totpLabel, { exact: true })
      .fill(oathtool(key, new Date((Math.floor(enrolledAt.getTime() / 30_000) + 1) * 30_000)));
    await console.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
    await waitForHeading(console, m.account.title);
    expect(errors).toEqual([]);
    expect(strong.errors).toEqual([]);
  });

  it(`${locale}: Marie locked out from her network: found, unlocked, she signs in again`, async () => {
    // Marie mistypes her password from this network until it is locked.
    const { page: marie } = await newPage(locale);
    for (let i = 0; i < 5; i++) {
      await toPasswordPage(marie, locale, MARIE.email);
      await marie.getByLabel(m.fields.password, { exact: true }).fill(`wrong-password-${i}`);
      await marie.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
      await waitForHeading(marie, m.layout.errorSummaryTitle, 2);
    }
    // Locked from this network: even the right password is refused.
    await toPasswordPage(marie, locale, MARIE.email);
    await marie.getByLabel(m.fields.password, { exact: true }).fill(MARIE.password);
    await marie.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
    await waitForHeading(marie, m.layout.errorSummaryTitle, 2);
    expect(await marie.getByRole('alert').innerText()).not.toContain(m.errors.INVALID_CREDENTIALS);

    await console.goto(`${stack.baseUrl}/account`);
    await console.getByRole('link', { name: a.link, exact: true }).click();
    await waitForHeading(console, a.title);
    await expectNoAxeViolations(console, `${locale} admin search`);
    await screenshot(console, `admin-search-${locale}`);
    await console.getByLabel(a.searchLabel, { exact: true }).fill('dupont');
    await console.getByRole('button', { name: a.submit, exact: true }).click();
    await console.getByRole('link', { name: 'Dupont Marie', exact: true }).click();
    const title = format(a.accountTitle, { name: 'Marie Dupont' }, locale);
    await waitForHeading(console, title);
    expect(await console.getByTestId('admin-organisation').innerText()).toContain('DDPP d’Ille-et-Vilaine (35)');
    const lockedFrom = a.lockedFromNetwork.split('{time}')[1]!.trim();
    expect(await console.getByTestId('admin-lock').innerText()).toContain(lockedFrom);
    await expectNoAxeViolations(console, `${locale} admin account`);
    await screenshot(console, `admin-account-${locale}`);

    await console.getByRole('button', { name: a.unlock, exact: true }).click();
    await waitForHeading(console, title);
    expect(await console.getByRole('status').first().innerText()).toContain(a.unlocked);
    expect(await console.getByTestId('admin-lock').innerText()).toBe(a.notLocked);
    await expectNoAxeViolations(console, `${locale} admin account unlocked`);

    // Unlocked: the right password opens the account again.
    await toPasswordPage(marie, locale, MARIE.email);
    await marie.getByLabel(m.fields.password, { exact: true }).fill(MARIE.password);
    await marie.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
    await waitForHeading(marie, m.account.title);
  });

  it(`${locale}: roles, organisations and the audit (docs/adr/0038)`, async () => {
    const g = m.adminGovernance;
    await console.goto(`${stack.baseUrl}/admin/organisations`);
    await waitForHeading(console, g.organisationsTitle);
    // The kinds' labels, in the reader's language.
    expect(await console.getByTestId('admin-organisations').innerText()).toContain(
      locale === 'fr' ? 'Service départemental' : 'Departmental service',
    );
    await expectNoAxeViolations(console, `${locale} admin organisations`);
    await screenshot(console, `admin-organisations-${locale}`);
    if (locale === 'en') {
      // The helpdesk reads no audit: no link, and the page is refused.
      expect(await console.getByRole('link', { name: g.navAudit, exact: true }).count()).toBe(0);
      expect((await console.goto(`${stack.baseUrl}/admin/audit`))?.status()).toBe(403);
      return;
    }
    // The local manager gives Marie the helpdesk role over her DDPP…
    await console.goto(`${stack.baseUrl}/admin/accounts/${MARIE.id}`);
    await console.getByLabel(g.role, { exact: true }).selectOption('helpdesk');
    await console.getByLabel(g.scope, { exact: true }).selectOption(MARIE_ORGANISATION);
    await console.getByRole('button', { name: g.grant, exact: true }).click();
    await console.waitForURL(/role=granted/);
    expect(await console.getByRole('status').first().innerText()).toContain(g.granted);
    await expectNoAxeViolations(console, `${locale} admin account with a role`);
    // …and the audit shows the unlock and the grant, who did them, to whom.
    await console.getByRole('link', { name: g.accountAudit, exact: true }).click();
    await waitForHeading(console, g.auditTitle);
    const events = await console.getByTestId('audit-events').innerText();
    expect(events).toContain(m.events['role.granted']);
    expect(events).toContain(m.events['account.unlocked']);
    expect(events).toContain(admin.email);
    await expectNoAxeViolations(console, `${locale} admin audit`);
    await screenshot(console, `admin-audit-${locale}`);
    const csv = await console.request.get(`${stack.baseUrl}/admin/audit/export?format=csv&account=${MARIE.id}`);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain(`role.granted,success,${admin.id},${MARIE.id}`);
    const jsonl = await console.request.get(`${stack.baseUrl}/admin/audit/export?format=jsonl&account=${MARIE.id}`);
    expect(
      (await jsonl.text())
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { type: string }).type),
    ).toContain('account.unlocked');
    // Taken back: Marie is an agent again (the EN run's helpdesk must still reach her).
    await console.goto(`${stack.baseUrl}/admin/accounts/${MARIE.id}`);
    const revoke = format(
      g.revokeLabel,
      { role: a.roleNames.helpdesk, organisation: 'DDPP d’Ille-et-Vilaine (35)' },
      locale,
    );
    await console.getByRole('button', { name: revoke, exact: true }).click();
    await console.waitForURL(/role=revoked/);
    expect(await console.getByRole('status').first().innerText()).toContain(g.revoked);
  });

  it(`${locale}: an account outside the scope is refused, in the user's language`, async () => {
    const response = await console.goto(`${stack.baseUrl}/admin/accounts/${outside.id}`);
    expect(response?.status()).toBe(403);
    expect(await console.locator('main').innerText()).toContain(m.errors.FORBIDDEN);
    expect(await console.locator('main').innerText()).not.toContain(outside.email);
    await expectNoAxeViolations(console, `${locale} admin refused`);
  });
});
