import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, format, fr } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, waitForHeading, watchErrors } from './support/browser';
import { startStack, type Stack } from './support/stack';

/**
 * Issue 11, point 6: the privacy page, in a real browser under the real CSP, states the retention
 * periods the configuration sets (the ones the purge applies) and passes axe-core (WCAG 2.1 A/AA),
 * in French and in English.
 */

let stack: Stack;
const chromium = chromiumForFile();

beforeAll(async () => {
  if (await chromium.launch()) {
    stack = await startStack({ config: { 'retention.signInEventsDays': 180, 'retention.auditDays': 365 } });
  }
});

afterAll(async () => {
  await chromium.close();
  await stack?.stop();
});

describe.each([
  ['fr', fr],
  ['en', en],
] as const)('privacy page in a browser (%s)', (locale, m) => {
  it(`${locale}: states the configured periods and is accessible`, async () => {
    const context = await chromium.get().newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    try {
      await page.goto(`${stack.baseUrl}/privacy?lang=${locale}`);
      await waitForHeading(page, m.privacy.title);
      await page.getByRole('heading', { level: 2, name: m.privacy.retentionTitle, exact: true }).waitFor();
      expect(await page.getByTestId('retention-sign-ins').innerText()).toBe(
        format(m.privacy.retentionSignIns, { days: 180 }),
      );
      expect(await page.getByTestId('retention-audit').innerText()).toBe(
        format(m.privacy.retentionAudit, { days: 365 }),
      );
      // Mails go by SMTP here: no outbox to speak of.
      expect(await page.getByTestId('retention-outbox').count()).toBe(0);
      await expectNoAxeViolations(page, `${locale} privacy page`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
