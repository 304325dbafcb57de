import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, en, fr } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, waitForHeading, watchErrors } from './support/browser';
import { startStack, type Stack } from './support/stack';

/**
 * Issue 11, point 7: the dev outbox page with its recipient filter passes axe-core (WCAG 2.1
 * A/AA) in French and in English, with mails, filtered, and filtered to nobody.
 */
const catalogues = { fr, en } as const;

let stack: Stack;
const chromium = chromiumForFile();

beforeAll(async () => {
  // No SMTP: mails go to the outbox, shown by /dev/outbox.
  if (await chromium.launch())
    stack = await startStack({ demoAccounts: true, config: { devPages: true, 'mail.smtpUrl': undefined } });
});

afterAll(async () => {
  await chromium.close();
  await stack?.stop();
});

describe.each(['fr', 'en'] as const)('dev outbox in a browser (%s)', (locale) => {
  const m = catalogues[locale];

  it(`${locale}: the page, filtered by recipient and filtered to nobody, is accessible`, async () => {
    const account = DEMO_ACCOUNTS.find((a) => a.emailLocale === locale)!;
    const context = await chromium.get().newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    try {
      // A mail in the outbox: a forgotten-password request.
      await page.goto(`${stack.baseUrl}/password/forgot?lang=${locale}`);
      await waitForHeading(page, m.forgot.title);
      await page.getByLabel(m.fields.email, { exact: true }).fill(account.email);
      await page.getByRole('button', { name: m.forgot.submit, exact: true }).click();
      await waitForHeading(page, m.forgot.sentTitle);

      await page.goto(`${stack.baseUrl}/dev/outbox`);
      await waitForHeading(page, m.outbox.title);
      await expectNoAxeViolations(page, `${locale} outbox`);

      await page.getByLabel(m.outbox.filterTo, { exact: true }).fill(account.email.toUpperCase());
      await page.getByRole('button', { name: m.outbox.filterSubmit, exact: true }).click();
      await waitForHeading(page, m.outbox.title);
      expect(new URL(page.url()).searchParams.get('to')).toBe(account.email.toUpperCase());
      const recipients = await page.getByTestId('outbox-to').allInnerTexts();
      expect(recipients.length).toBeGreaterThan(0);
      expect(new Set(recipients)).toEqual(new Set([account.email]));
      await expectNoAxeViolations(page, `${locale} outbox filtered`);

      await page.getByLabel(m.outbox.filterTo, { exact: true }).fill('nobody@example.org');
      await page.getByRole('button', { name: m.outbox.filterSubmit, exact: true }).click();
      await page.getByText(m.outbox.emptyFor.replace('{to}', 'nobody@example.org'), { exact: true }).waitFor();
      await expectNoAxeViolations(page, `${locale} outbox filtered to nobody`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
