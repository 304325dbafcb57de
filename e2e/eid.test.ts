import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, en, format, fr } from '@sesame/server';
import { startTestEidProvider, testEidProviderConfig, type TestEidProvider } from '@sesame/server/testing';
import { chromiumForFile, expectNoAxeViolations, waitForHeading, watchErrors } from './support/browser';
import { DESKTOP } from './support/phone-and-computer';
import { startStack, type Stack } from './support/stack';

/**
 * eID by federation in Chromium (issue 15 point 1, its "Done when"; docs/adr/0042, 0047): a
 * second OpenID Connect provider started by the test is the eID, answering acr `eidas2` (MEDIUM
 * in the mapping). In French: link the eID from My account, sign out, "Sign in with eID" alone
 * to a MEDIUM application (a CAS service: strength EIDAS, level MEDIUM), refused by a HIGH one
 * with the level page — whose "Sign in with your eID" then reaches it at eidas3, never at eidas2
 * (docs/adr/0053 §2) — and offered after a password alone. In English: an eID no account has
 * linked makes an account, and one whose verified e-mail is an existing account's is reconciled
 * with it after that account's own sign-in, the application's sign-in going on (docs/adr/0053 §3);
 * then the eID-created account meets the existing one, and the level page's eID reaches HIGH.
 * axe-core on every new page.
 */
const SERVICE = 'https://traces.example.eu/cas';
const MARIE = DEMO_ACCOUNTS.find((a) => a.email.startsWith('marie.dupont'))!;
const JOHN = DEMO_ACCOUNTS.find((a) => a.email.startsWith('john.smith'))!;

const chromium = chromiumForFile();
const contexts: BrowserContext[] = [];
let stack: Stack;
let idp: TestEidProvider;

beforeAll(async () => {
  if (!(await chromium.launch())) return;
  idp = await startTestEidProvider();
  stack = await startStack({
    demoAccounts: true,
    config: {
      relyingApps: [
        {
          id: 'traces',
          name: 'TRACES NT',
          attributes: ['email', 'firstName', 'lastName'],
          policy: { minimumLevel: 'MEDIUM' },
          cas: { services: ['https://traces.example.eu/*'], flavour: 'eulogin', singleLogout: false },
        },
      ],
      'eid.providers': [testEidProviderConfig(idp, { scopes: ['openid', 'email', 'profile'], createAccounts: true })],
    },
  });
  idp.register(`${stack.baseUrl}/login/eid/callback/testeid`);
}, 60_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await chromium.close();
  await stack?.stop();
  await idp?.close();
});

/** A computer in `locale`; the CAS service's address answered by the test (its ticket kept). */
async function computer(locale: 'fr' | 'en'): Promise<{ page: Page; errors: string[]; tickets: string[] }> {
  const context = await chromium.get().newContext({ viewport: DESKTOP, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
  contexts.push(context);
  const tickets: string[] = [];
  await context.route('https://traces.example.eu/**', async (route) => {
    const ticket = new URL(route.request().url()).searchParams.get('ticket');
    if (ticket) tickets.push(ticket);
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>TRACES NT</title>' });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { page, errors: watchErrors(page), tickets };
}

async function validate(ticket: string): Promise<string> {
  const url = `${stack.baseUrl}/cas/p3/serviceValidate?service=${encodeURIComponent(SERVICE)}&ticket=${ticket}`;
  return (await fetch(url)).text();
}

async function passwordSignIn(page: Page, email: string, password: string, m: typeof en) {
  await page.getByLabel(m.fields.email, { exact: true }).fill(email);
  await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
  await page.getByLabel(m.fields.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
}

describe('eID in Chromium', () => {
  it('FR: links the eID, signs in with it alone to a MEDIUM application, is refused by a HIGH one', async () => {
    const m = fr;
    const { page, errors, tickets } = await computer('fr');
    idp.next = { subject: 'fc-marie', acr: 'eidas2', claims: { email: MARIE.email, email_verified: true } };

    await page.goto(`${stack.baseUrl}/login`);
    await passwordSignIn(page, MARIE.email, MARIE.password, m);
    await page.goto(`${stack.baseUrl}/account/eids`);
    await waitForHeading(page, m.eids.title);
    await expectNoAxeViolations(page, 'eids (fr)');
    await page.getByRole('button', { name: format(m.eids.linkWith, { provider: 'Identité de test' }) }).click();
    await page.waitForURL(/\/account\/eids\?linked=testeid/);
    await page.getByText(format(m.eids.linkedNotice, { provider: 'Identité de test' })).waitFor();
    expect(await page.locator('[data-testid="eids"]').innerText()).toContain('Identité de test');
    await page.context().clearCookies();

    // "Se connecter avec Identité de test" alone, to a MEDIUM application.
    await page.goto(`${stack.baseUrl}/cas/login?service=${encodeURIComponent(SERVICE)}`);
    await page.getByRole('button', { name: format(m.signIn.eidButton, { provider: 'Identité de test' }) }).click();
    await page.waitForURL(/^https:\/\/traces\.example\.eu\//);
    expect(tickets).toHaveLength(1);
    const validated = await validate(tickets[0]!);
    expect(validated).toContain('<cas:strength>EIDAS</cas:strength>');
    expect(validated).toContain('<cas:authenticationLevel>MEDIUM</cas:authenticationLevel>');

    // A HIGH application: the eID's MEDIUM is not enough — the level page, no ticket.
    await page.context().clearCookies();
    await page.goto(`${stack.baseUrl}/cas/login?service=${encodeURIComponent(SERVICE)}&authenticationLevel=HIGH`);
    const answer = page.waitForResponse((r) => r.request().isNavigationRequest() && r.status() === 403);
    await page.getByRole('button', { name: format(m.signIn.eidButton, { provider: 'Identité de test' }) }).click();
    await answer;
    expect(page.url().startsWith(stack.baseUrl)).toBe(true);
    expect(tickets).toHaveLength(1);
    expect(await page.locator('main').innerText()).toContain('TRACES NT');
    await expectNoAxeViolations(page, 'level page after an eID at MEDIUM (fr)');

    // docs/adr/0053 §2: the level page offers the linked eID, asked for eidas3. The provider
    // answering eidas2 again is no upgrade: the level page comes back, still no ticket.
    const stepUp = page.getByRole('button', { name: format(m.levelGap.eidButton, { provider: 'Identité de test' }) });
    await page.context().clearCookies({ domain: '127.0.0.1' });
    const again = page.waitForResponse((r) => r.request().isNavigationRequest() && r.status() === 403);
    await stepUp.click();
    await again;
    expect(tickets).toHaveLength(1);
    await waitForHeading(page, m.stepUp.title);
    // eidas3 this time: the waiting application sign-in ends at HIGH.
    await page.context().clearCookies({ domain: '127.0.0.1' });
    idp.next = { subject: 'fc-marie', acr: 'eidas3' };
    await stepUp.click();
    await page.waitForURL(/^https:\/\/traces\.example\.eu\//);
    expect(tickets).toHaveLength(2);
    expect(await validate(tickets[1]!)).toContain('<cas:authenticationLevel>HIGH</cas:authenticationLevel>');

    // A password alone, MEDIUM asked: the level page offers the eID beside the other ways.
    await page.context().clearCookies();
    idp.next = { subject: 'fc-marie', acr: 'eidas2' };
    await page.goto(`${stack.baseUrl}/cas/login?service=${encodeURIComponent(SERVICE)}`);
    await page.getByLabel(m.fields.email, { exact: true }).fill(MARIE.email);
    await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
    await waitForHeading(page, m.signIn.passwordTitle);
    await page.getByLabel(m.fields.password, { exact: true }).fill(MARIE.password);
    await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, m.stepUp.title);
    expect(await page.locator('.notice--info').innerText()).toContain('Identité de test');
    await expectNoAxeViolations(page, 'level page offering the eID after a password (fr)');
    await stepUp.click();
    await page.waitForURL(/^https:\/\/traces\.example\.eu\//);
    expect(tickets).toHaveLength(3);
    const stepped = await validate(tickets[2]!);
    expect(stepped).toContain('<cas:strength>EIDAS</cas:strength>');
    expect(stepped).toContain('<cas:authenticationLevel>MEDIUM</cas:authenticationLevel>');
    expect(errors).toEqual([]);
  });

  it('EN: an unknown eID makes an account; one with an existing account’s verified e-mail is reconciled with it', async () => {
    const m = en;
    const { page, errors, tickets } = await computer('en');
    const newcomer = {
      given_name: 'Jean',
      family_name: 'Martin',
      email: 'jean.martin@example.eu',
      email_verified: true,
    };
    idp.next = { subject: 'fc-jean', acr: 'eidas2', claims: newcomer };

    // Account creation, from an application's sign-in: the application is reached at the eID's level.
    await page.goto(`${stack.baseUrl}/cas/login?service=${encodeURIComponent(SERVICE)}`);
    await page.getByRole('button', { name: format(m.signIn.eidButton, { provider: 'Test eID' }) }).click();
    await waitForHeading(page, m.eidNewcomer.title);
    expect(await page.locator('[data-testid="eid-claims"]').innerText()).toContain('jean.martin@example.eu');
    await expectNoAxeViolations(page, 'create from eID (en)');
    await page.getByRole('button', { name: m.eidNewcomer.create }).click();
    await waitForHeading(page, m.eidNewcomer.title);
    await expectNoAxeViolations(page, 'create from eID, privacy not accepted (en)');
    await page.getByLabel(m.fields.privacyAccepted).check();
    await page.getByRole('button', { name: m.eidNewcomer.create }).click();
    await page.waitForURL(/^https:\/\/traces\.example\.eu\//);
    const made = await validate(tickets[0]!);
    expect(made).toContain('<cas:strength>EIDAS</cas:strength>');
    expect(made).toContain('jean.martin@example.eu');
    await page.context().clearCookies();

    // Reconciliation, from the application: the eID's verified e-mail is John's; John proves his
    // account, confirms, and goes on to the application (docs/adr/0053 §3).
    idp.next = { subject: 'fc-john', acr: 'eidas2', claims: { ...newcomer, email: JOHN.email } };
    await page.goto(`${stack.baseUrl}/cas/login?service=${encodeURIComponent(SERVICE)}`);
    await page.getByRole('button', { name: format(m.signIn.eidButton, { provider: 'Test eID' }) }).click();
    await waitForHeading(page, m.eidNewcomer.existsTitle);
    await expectNoAxeViolations(page, 'reconciliation: the account exists (en)');
    await page.getByRole('link', { name: m.eidNewcomer.existsAction }).click();
    await passwordSignIn(page, JOHN.email, JOHN.password, m);
    await waitForHeading(page, m.eidNewcomer.confirmTitle);
    await expectNoAxeViolations(page, 'reconciliation: confirm (en)');
    await page.getByRole('button', { name: m.eidNewcomer.confirmAction }).click();
    await page.waitForURL(/^https:\/\/traces\.example\.eu\//);
    const reconciled = await validate(tickets.at(-1)!);
    expect(reconciled).toContain(JOHN.email);
    expect(reconciled).toContain('<cas:strength>EIDAS</cas:strength>');
    expect(reconciled).toContain('<cas:authenticationLevel>MEDIUM</cas:authenticationLevel>');
    await page.goto(`${stack.baseUrl}/account/eids`);
    expect(await page.locator('[data-testid="eids"]').innerText()).toContain('Test eID');

    // The eID-created account meets the existing one: John links Jean's eID — it moves to John.
    // (The provider's own session, John's eID, is ended: Jean signs in there.)
    await page.context().clearCookies({ domain: '127.0.0.1' });
    idp.next = { subject: 'fc-jean', acr: 'eidas2', claims: newcomer };
    await page.getByRole('button', { name: format(m.eids.linkWith, { provider: 'Test eID' }) }).click();
    await page.waitForURL(/\/account\/eids\?linked=testeid/);
    expect(await page.locator('[data-testid="eids"] tbody tr').count()).toBe(2);
    await page.context().clearCookies();
    await page.goto(`${stack.baseUrl}/cas/login?service=${encodeURIComponent(SERVICE)}`);
    await page.getByRole('button', { name: format(m.signIn.eidButton, { provider: 'Test eID' }) }).click();
    await page.waitForURL(/^https:\/\/traces\.example\.eu\//);
    expect(await validate(tickets.at(-1)!)).toContain(JOHN.email);

    // The eID at MEDIUM, an application at HIGH: the level page offers the eID again (docs/adr/0053 §2).
    await page.context().clearCookies({ domain: '127.0.0.1' });
    idp.next = { subject: 'fc-john', acr: 'eidas3' };
    await page.goto(`${stack.baseUrl}/cas/login?service=${encodeURIComponent(SERVICE)}&authenticationLevel=HIGH`);
    await waitForHeading(page, m.stepUp.title);
    await expectNoAxeViolations(page, 'level page offering the eID (en)');
    const count = tickets.length;
    await page.getByRole('button', { name: format(m.levelGap.eidButton, { provider: 'Test eID' }) }).click();
    await page.waitForURL(/^https:\/\/traces\.example\.eu\//);
    expect(tickets).toHaveLength(count + 1);
    const high = await validate(tickets.at(-1)!);
    expect(high).toContain(JOHN.email);
    expect(high).toContain('<cas:authenticationLevel>HIGH</cas:authenticationLevel>');
    expect(errors).toEqual([]);
  });
});
