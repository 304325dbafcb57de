import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, format } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, screenshot, waitForHeading, watchErrors } from './support/browser';
import { startDemoStack, type DemoStack } from './support/demo-stack';
import { demo, demoToPasswordPage, DESKTOP, fact, type Locale, PERSON, sesame } from './support/phone-and-computer';

/**
 * SMS, on its way out, end to end (issue 13 point 4; docs/adr/0030): with the dev outbox as the
 * gateway, the person adds a mobile number in "Manage my mobile phone numbers", confirmed with the
 * code read from the dev outbox; signs in to "TRACES NT (démo)" with "Mobile phone + SMS"; sees
 * the page that says when SMS stops, with the way to the app, and goes on with "Later". French via
 * CAS, English via OpenID Connect; every page axe-clean; with UPDATE_SCREENSHOTS=1 the pages are
 * saved as docs/images/sms-<step>-<lang>.png for docs/users/second-factors.md.
 */
let stack: DemoStack;
const chromium = chromiumForFile();
const contexts: BrowserContext[] = [];
const PHONE = { fr: '+33 6 12 34 56 78', en: '+353 87 123 4567' } as const;
const E164 = { fr: '+33612345678', en: '+353871234567' } as const;
const SUNSET = new Date(Date.now() + 30 * 86_400_000);
/** The level page's walk: agents of the demo accounts other than PERSON, each with a number of their own. */
const AGENT = {
  fr: DEMO_ACCOUNTS.find((a) => a.email === 'yann.le-goff@draaf-bretagne.example.fr')!,
  en: DEMO_ACCOUNTS.find((a) => a.email === 'sophie.bernard@agriculture.example.fr')!,
} as const;
const AGENT_PHONE = { fr: '+33 6 98 76 54 32', en: '+353 87 765 4321' } as const;
const AGENT_E164 = { fr: '+33698765432', en: '+353877654321' } as const;

beforeAll(async () => {
  if (await chromium.launch()) {
    stack = await startDemoStack({}, { 'sms.provider': 'outbox', 'sms.sunset': SUNSET.toISOString(), devPages: true });
  }
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

/** The code of the newest text to `to`, from the dev outbox's JSON (as a tester's script reads it). */
async function codeFromOutbox(page: Page, to: string): Promise<string> {
  const response = await page.request.get(
    `${stack.sesame.baseUrl}/dev/outbox?format=json&to=${encodeURIComponent(to)}`,
  );
  const texts = (await response.json()) as Array<{ text: string }>;
  const code = /[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}/.exec(texts[0]?.text ?? '')?.[0];
  expect(code, `a code texted to ${to}`).toBeDefined();
  return code!;
}

describe.each([
  { locale: 'fr', protocol: 'cas' },
  { locale: 'en', protocol: 'oidc' },
] as const)('SMS, on its way out ($locale, $protocol)', ({ locale, protocol }) => {
  const s = sesame[locale];
  const p = s.phoneNumbers;
  const person = PERSON[locale];

  it(`${locale}: adds a mobile number, confirmed with the code read from the dev outbox`, async () => {
    const { page, errors } = await newPage(locale);
    await page.goto(`${stack.sesame.baseUrl}/login`);
    await page.getByLabel(s.fields.email, { exact: true }).fill(person.email);
    await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
    await waitForHeading(page, s.signIn.passwordTitle);
    await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, s.account.title);

    await page.getByRole('link', { name: p.title, exact: true }).click();
    await waitForHeading(page, p.title);
    await expectNoAxeViolations(page, `${locale} phone numbers (empty)`);
    await page.getByRole('link', { name: p.add, exact: true }).click();
    await waitForHeading(page, p.addTitle);
    // A number written with dots: refused, with the example, in the user's language.
    await page.getByLabel(p.phoneLabel, { exact: true }).fill('06.12.34.56.78');
    await page.getByRole('button', { name: p.send, exact: true }).click();
    await waitForHeading(page, p.addTitle);
    await expect.poll(() => page.getByText(s.devices.fieldReasons.phone.malformed).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page, `${locale} add a number (error)`);
    await page.getByLabel(p.phoneLabel, { exact: true }).fill(PHONE[locale]);
    await screenshot(page, `sms-add-${locale}`);
    await page.getByRole('button', { name: p.send, exact: true }).click();
    await waitForHeading(page, p.confirmTitle);
    await expectNoAxeViolations(page, `${locale} confirm a number`);
    await page.getByLabel(p.codeLabel, { exact: true }).fill(await codeFromOutbox(page, E164[locale]));
    await screenshot(page, `sms-confirm-${locale}`);
    await page.getByRole('button', { name: p.finalise, exact: true }).click();
    await waitForHeading(page, p.title);
    expect(await page.getByRole('status').first().innerText()).toContain(format(p.addedNotice, { name: E164[locale] }));
    await expectNoAxeViolations(page, `${locale} phone numbers`);
    await screenshot(page, `sms-list-${locale}`);
    expect(errors).toEqual([]);
  });

  it(`${locale}: signs in to the demo app by SMS, sees when SMS stops, goes on with "Later"`, async () => {
    const { page, errors } = await newPage(locale);
    await demoToPasswordPage(page, stack, locale, protocol);
    await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
    await page.getByLabel(s.signIn.methodLabel, { exact: true }).selectOption({ label: s.signIn.methodSms });
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, s.signInSms.title);
    await expectNoAxeViolations(page, `${locale} sign-in SMS page`);
    await screenshot(page, `sms-sign-in-${locale}`);
    await page.getByLabel(s.signInSms.label, { exact: true }).fill(await codeFromOutbox(page, E164[locale]));
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();

    await waitForHeading(page, s.signInSms.sunsetTitle);
    await expectNoAxeViolations(page, `${locale} SMS sunset page`);
    await screenshot(page, `sms-sunset-${locale}`);
    expect(await page.getByRole('link', { name: s.signInSms.sunsetInstall, exact: true }).getAttribute('href')).toBe(
      '/account/devices/new',
    );
    await page.getByRole('button', { name: s.signInSms.sunsetLater, exact: true }).click();

    const d = demo[locale];
    await waitForHeading(page, d.identity.title);
    expect(new URL(page.url()).origin).toBe(stack.rp.url);
    const region = page.getByRole('region', {
      name: protocol === 'cas' ? d.identity.viaCas : d.identity.viaOidc,
      exact: true,
    });
    expect(await fact(region, d.identity.uid)).toBe(person.id);
    expect(await fact(region, d.identity.level)).toBe(`MEDIUM — ${d.levels.MEDIUM}`);
    expect(errors).toEqual([]);
  });

  it(`${locale}: the password alone for the demo app: "Confirm by SMS" on the level page sends the code, no password again`, async () => {
    // Another agent, whose number is added here: the person above was texted a sign-in code seconds
    // ago, and the resend gap (30 s) would rightly refuse a second one (step-up-by-sms.test.ts).
    const agent = AGENT[locale];
    const { page, errors } = await newPage(locale);
    await page.goto(`${stack.sesame.baseUrl}/login`);
    await page.getByLabel(s.fields.email, { exact: true }).fill(agent.email);
    await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
    await waitForHeading(page, s.signIn.passwordTitle);
    await page.getByLabel(s.fields.password, { exact: true }).fill(agent.password);
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, s.account.title);
    await page.goto(`${stack.sesame.baseUrl}/account/phone-numbers/new`);
    await page.getByLabel(p.phoneLabel, { exact: true }).fill(AGENT_PHONE[locale]);
    await page.getByRole('button', { name: p.send, exact: true }).click();
    await waitForHeading(page, p.confirmTitle);
    await page.getByLabel(p.codeLabel, { exact: true }).fill(await codeFromOutbox(page, AGENT_E164[locale]));
    await page.getByRole('button', { name: p.finalise, exact: true }).click();
    await waitForHeading(page, p.title);

    // The demo app asks for MEDIUM; the session has the password alone (single sign-on, no form).
    const d = demo[locale];
    await page.goto(`${stack.rp.url}/?lang=${locale}`);
    await waitForHeading(page, d.home.title);
    await page
      .getByRole('link', { name: protocol === 'cas' ? d.home.casButton : d.home.oidcButton, exact: true })
      .click();
    if (protocol === 'oidc') {
      // OpenID Connect: a session below the application's level goes to the password step for the
      // same account (oidc/interaction-routes.ts); the password alone then leads to the level page.
      await waitForHeading(page, s.signIn.passwordTitle);
      await page.getByLabel(s.fields.password, { exact: true }).fill(agent.password);
      await page.getByLabel(s.signIn.methodLabel, { exact: true }).selectOption({ label: s.signIn.methodPassword });
      await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    }
    // A phone number is the account's only second factor: "Confirm by SMS" (docs/adr/0032 §1).
    await waitForHeading(page, s.stepUp.title);
    expect(await page.locator('main').innerText()).toContain(s.levelGap.smsBody);
    await expectNoAxeViolations(page, `${locale} level page: confirm by SMS`);
    await screenshot(page, `sms-level-${locale}`);
    await page.getByRole('button', { name: s.levelGap.confirmSms, exact: true }).click();
    // Only the missing factor (docs/adr/0064 §1): the code page at once, never the password.
    await waitForHeading(page, s.signInSms.title);
    expect(await page.locator('input[type="password"]').count()).toBe(0);
    await page.getByLabel(s.signInSms.label, { exact: true }).fill(await codeFromOutbox(page, AGENT_E164[locale]));
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, s.signInSms.sunsetTitle);
    await page.getByRole('button', { name: s.signInSms.sunsetLater, exact: true }).click();

    await waitForHeading(page, d.identity.title);
    expect(new URL(page.url()).origin).toBe(stack.rp.url);
    const region = page.getByRole('region', {
      name: protocol === 'cas' ? d.identity.viaCas : d.identity.viaOidc,
      exact: true,
    });
    expect(await fact(region, d.identity.uid)).toBe(agent.id);
    expect(await fact(region, d.identity.level)).toBe(`MEDIUM — ${d.levels.MEDIUM}`);
    expect(errors).toEqual([]);
  });
});
