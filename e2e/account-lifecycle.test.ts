import { languageOf } from '@sesame/protocol';
import { randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogues as allCatalogues, en, format, fr, type Messages } from '@sesame/server';
import { expectNoAxeViolations, chromiumForFile, screenshot, watchErrors, waitForHeading } from './support/browser';
import { startStack, type CapturedMail, type Stack } from './support/stack';

/**
 * The account's whole life in a real browser (Debian's Chromium) against the real server and a
 * real SMTP server: create the account → read the mail → choose the password → sign out →
 * sign in → forgotten password → mail → new password → sign in; in French and in English.
 * Every button, label and heading is found by its exact text from the catalogues, so a text
 * missing or left in the other language fails here. axe-core checks WCAG 2.1 A/AA on every
 * page visited. With UPDATE_SCREENSHOTS=1 the main pages are saved to docs/images/.
 */

const catalogues = { fr, en } as const;
type Locale = keyof typeof catalogues;
const LOCALES: Locale[] = ['fr', 'en'];
const VIEWPORT = { width: 1200, height: 800 };
/** The default link life (config `linkTtlMinutes`), shown in the "check your mailbox" pages. */
const LINK_MINUTES = 90;
const USER_ID = /^n[0-9a-z]{7}$/;

const PEOPLE: Record<Locale, { firstName: string; lastName: string; password: string; newPassword: string }> = {
  fr: {
    firstName: 'Élodie',
    lastName: 'Mercier',
    password: 'un thé vert sous la pluie de novembre',
    newPassword: 'les hérons dorment au bord du canal',
  },
  en: {
    firstName: 'Ada',
    lastName: 'Byron',
    password: 'a kettle hums beside the quiet harbour',
    newPassword: 'seven gulls argue over one warm chip',
  },
};

let stack: Stack;
const chromium = chromiumForFile();

beforeAll(async () => {
  if (await chromium.launch()) stack = await startStack();
});

afterAll(async () => {
  await chromium.close();
  await stack?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await chromium.get().newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page, errors: watchErrors(page) };
}

function path(page: Page): string {
  return new URL(page.url()).pathname;
}

/**
 * Waits for the page whose <h1> is `heading`, then checks its path, language and <title>; a
 * form shown with errors has a <title> starting with the catalogue's "Error" (WCAG 3.3.1).
 */
async function expectPage(
  page: Page,
  locale: Locale,
  heading: string,
  expected: { path: string; withErrors?: boolean },
) {
  await waitForHeading(page, heading);
  await page.waitForLoadState('load'); // sesame.js (password toggles, error focus) has run
  expect(path(page)).toBe(expected.path);
  expect(await page.locator('html').getAttribute('lang')).toBe(locale);
  const title = await page.title();
  if (expected.withErrors) {
    expect(title.startsWith(catalogues[locale].errors.pageTitle), title).toBe(true);
    expect(title.endsWith(`${heading} — Sésame`), title).toBe(true);
  } else {
    expect(title).toBe(`${heading} — Sésame`);
  }
}

/** The text of the page's status notice (role=status), e.g. "You are signed out.". */
async function notice(page: Page): Promise<string> {
  return (await page.getByRole('status').innerText()).trim();
}

/** The portal link a mail carries, taken from its text part. */
function linkIn(mail: CapturedMail, base: string, route: string): string {
  const escaped = `${base}${route}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}\\?token=[A-Za-z0-9_%-]+`).exec(mail.text);
  if (!match) throw new Error(`no ${route} link in the mail "${mail.subject}":\n${mail.text}`);
  return match[0];
}

async function signOut(page: Page, locale: Locale, m: Messages) {
  await page.getByRole('button', { name: m.layout.signOut, exact: true }).click();
  await expectPage(page, locale, m.signIn.title, { path: '/login' });
}

describe.each(LOCALES)('account lifecycle in a browser (%s)', (locale) => {
  const m = catalogues[locale];
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  const person = PEOPLE[locale];
  // Unique per run and per language (the database is fresh, but a rerun must never collide).
  const email = `${person.lastName.toLowerCase()}.${locale}.${randomBytes(4).toString('hex')}@example.org`;
  const shot = (page: Page, step: string) => screenshot(page, `${locale}-${step}`);

  it(`${locale}: creates the account, signs out and in, resets the password and signs in with it`, async () => {
    const { context, page, errors } = await newPage();
    const { baseUrl, smtp } = stack;
    try {
      // The language chooser in the header switches from the other language to this one.
      await page.goto(`${baseUrl}/login?lang=${other}`);
      await expectPage(page, other, catalogues[other].signIn.title, { path: '/login' });
      await page.locator('.language-chooser summary').click();
      await page.getByRole('link', { name: languageOf(locale).endonym, exact: true }).click();
      await expectPage(page, locale, m.signIn.title, { path: '/login' });
      await expectNoAxeViolations(page, `${locale} sign-in (e-mail step)`);
      await shot(page, 'sign-in');

      // ── Create an account ────────────────────────────────────────────────────────────────
      await page.getByRole('link', { name: m.signIn.createAccount, exact: true }).click();
      await expectPage(page, locale, m.register.title, { path: '/register' });
      await expectNoAxeViolations(page, `${locale} register`);
      await shot(page, 'register');

      // An empty form: the error summary, its message by the field, focus moved to the summary.
      await page.getByRole('button', { name: m.register.submit, exact: true }).click();
      await waitForHeading(page, m.layout.errorSummaryTitle, 2);
      await expectPage(page, locale, m.register.title, { path: '/register', withErrors: true });
      const required = format(m.reasons.required, { field: m.fieldNames.firstName });
      // The summary links each message to its field (one or several fields may be reported).
      expect(await page.getByRole('alert').locator('a[href="#firstName"]').innerText()).toBe(required);
      expect(await page.locator('#firstName-error').innerText()).toBe(required);
      expect(await page.getByLabel(m.fields.firstName, { exact: true }).getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      await expectNoAxeViolations(page, `${locale} register with an error`);
      await shot(page, 'register-error');

      await page.getByLabel(m.fields.firstName, { exact: true }).fill(person.firstName);
      await page.getByLabel(m.fields.lastName, { exact: true }).fill(person.lastName);
      await page.getByLabel(m.fields.email, { exact: true }).fill(email);
      await page.getByLabel(m.fields.emailConfirm, { exact: true }).fill(email);
      await page.getByLabel(m.fields.emailLocale, { exact: true }).selectOption({ label: languageOf(locale).endonym });
      await page.getByLabel(m.fields.privacyAccepted, { exact: true }).check();
      await page.getByRole('button', { name: m.register.submit, exact: true }).click();
      await expectPage(page, locale, m.register.sentTitle, { path: '/register' });
      expect(await notice(page)).toBe(format(m.register.sent, { email, minutes: LINK_MINUTES }));
      await expectNoAxeViolations(page, `${locale} register sent`);
      await shot(page, 'register-sent');

      // ── The mail, in the chosen e-mail language ─────────────────────────────────────────
      const registration = await smtp.waitForMail(email);
      expect(registration.subject).toBe(m.mail.registrationLink.subject);
      expect(registration.text).toContain(format(m.mail.greeting, { firstName: person.firstName }));
      expect(registration.html).toContain(`<html lang="${locale}">`);
      const registrationLink = linkIn(registration, baseUrl, '/register/confirm');

      // ── Choose the password → signed in on "My account" ────────────────────────────────
      await page.goto(registrationLink);
      await expectPage(page, locale, m.setPassword.title, { path: '/register/confirm' });
      expect(new URL(page.url()).search).toBe(''); // the token left the address bar
      await expectNoAxeViolations(page, `${locale} choose password`);
      await shot(page, 'choose-password');
      await page.getByLabel(m.fields.password, { exact: true }).fill(person.password);
      await page.getByLabel(m.fields.passwordConfirm, { exact: true }).fill(person.password);
      await page.getByRole('button', { name: m.setPassword.submit, exact: true }).click();
      await expectPage(page, locale, m.account.title, { path: '/account' });
      expect(await notice(page)).toBe(m.setPassword.done);
      const userId = (await page.getByTestId('user-id').innerText()).trim();
      expect(userId).toMatch(USER_ID);
      await expectNoAxeViolations(page, `${locale} my account`);
      await shot(page, 'account');

      // ── Sign out, sign in: e-mail, Next, password, Sign in ──────────────────────────────
      await signOut(page, locale, m);
      expect(await notice(page)).toBe(m.signIn.signedOut);
      await expectNoAxeViolations(page, `${locale} signed out`);
      await shot(page, 'signed-out');

      await page.getByLabel(m.fields.email, { exact: true }).fill(email);
      await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
      await expectPage(page, locale, m.signIn.passwordTitle, { path: '/login/password' });
      expect(await page.locator('.identity').innerText()).toContain(format(m.signIn.signingInAs, { email }));
      await expectNoAxeViolations(page, `${locale} sign-in (password step)`);
      await shot(page, 'sign-in-password');
      await page.getByLabel(m.fields.password, { exact: true }).fill(person.password);
      await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
      await expectPage(page, locale, m.account.title, { path: '/account' });
      expect((await page.getByTestId('user-id').innerText()).trim()).toBe(userId);

      // ── Forgotten password ───────────────────────────────────────────────────────────────
      await signOut(page, locale, m);
      await page.getByLabel(m.fields.email, { exact: true }).fill(email);
      await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
      await expectPage(page, locale, m.signIn.passwordTitle, { path: '/login/password' });
      await page.getByRole('link', { name: m.signIn.forgot, exact: true }).click();
      await expectPage(page, locale, m.forgot.title, { path: '/password/forgot' });
      await expectNoAxeViolations(page, `${locale} forgotten password`);
      await shot(page, 'forgot');
      await page.getByLabel(m.fields.email, { exact: true }).fill(email);
      await page.getByRole('button', { name: m.forgot.submit, exact: true }).click();
      await expectPage(page, locale, m.forgot.sentTitle, { path: '/password/forgot' });
      expect(await notice(page)).toBe(format(m.forgot.sent, { email, minutes: LINK_MINUTES }));
      await expectNoAxeViolations(page, `${locale} forgotten password sent`);
      await shot(page, 'forgot-sent');

      const reset = await smtp.waitForMail(email, (mail) => mail.text.includes('/password/reset?token='));
      expect(reset.subject).toBe(m.mail.passwordReset.subject);
      expect(reset.text).toContain(format(m.mail.greeting, { firstName: person.firstName }));
      await page.goto(linkIn(reset, baseUrl, '/password/reset'));
      await expectPage(page, locale, m.reset.title, { path: '/password/reset' });
      expect(new URL(page.url()).search).toBe('');
      expect(await page.locator('main > p').first().innerText()).toBe(format(m.reset.intro, { email }));
      await expectNoAxeViolations(page, `${locale} reset password`);
      await shot(page, 'reset');
      await page.getByLabel(m.fields.password, { exact: true }).fill(person.newPassword);
      await page.getByLabel(m.fields.passwordConfirm, { exact: true }).fill(person.newPassword);
      await page.getByRole('button', { name: m.reset.submit, exact: true }).click();
      await expectPage(page, locale, m.signIn.title, { path: '/login' });
      expect(await notice(page)).toBe(m.reset.done);
      await expectNoAxeViolations(page, `${locale} sign-in after reset`);
      await shot(page, 'sign-in-after-reset');

      // The change is notified, in the same language.
      const changed = await smtp.waitForMail(email, (mail) => !mail.text.includes('?token='));
      expect(changed.subject).toBe(m.mail.passwordChanged.subject);

      // ── The old password is refused, the new one signs in ───────────────────────────────
      await page.getByLabel(m.fields.email, { exact: true }).fill(email);
      await page.getByRole('button', { name: m.signIn.next, exact: true }).click();
      await expectPage(page, locale, m.signIn.passwordTitle, { path: '/login/password' });
      await page.getByLabel(m.fields.password, { exact: true }).fill(person.password);
      await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
      await waitForHeading(page, m.layout.errorSummaryTitle, 2);
      await expectPage(page, locale, m.signIn.passwordTitle, { path: '/login/password', withErrors: true });
      expect(await page.getByRole('alert').innerText()).toContain(m.errors.INVALID_CREDENTIALS);
      await expectNoAxeViolations(page, `${locale} sign-in with a wrong password`);

      await page.getByLabel(m.fields.password, { exact: true }).fill(person.newPassword);
      await page.getByRole('button', { name: m.signIn.signInButton, exact: true }).click();
      await expectPage(page, locale, m.account.title, { path: '/account' });
      expect((await page.getByTestId('user-id').innerText()).trim()).toBe(userId);

      expect(errors, 'console errors or CSP violations in the page').toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the accessibility check itself', () => {
  it('reports violations, so a clean result means something', async () => {
    const { context, page } = await newPage();
    try {
      await page.setContent(
        '<!doctype html><html><head><title>t</title></head><body><main><img src="x.png"><input type="text"></main></body></html>',
      );
      const failure = await expectNoAxeViolations(page, 'a broken page').then(
        () => null,
        (error: Error) => error.message,
      );
      expect(failure).toMatch(/html-has-lang/);
      expect(failure).toMatch(/image-alt/);
      expect(failure).toMatch(/label/);
    } finally {
      await context.close();
    }
  });
});

describe('keyboard', () => {
  it('the password field’s Show button speaks the page’s language (German here), its state in its name', async () => {
    const { context, page, errors } = await newPage();
    const de = allCatalogues.de;
    try {
      await page.goto(`${stack.baseUrl}/login?lang=de`);
      await page.getByLabel(de.fields.email, { exact: true }).fill('zeigen@example.org');
      await page.getByRole('button', { name: de.signIn.next, exact: true }).click();
      await waitForHeading(page, de.signIn.passwordTitle);
      const toggle = page.locator('button.password-toggle');
      await expect.poll(() => toggle.getAttribute('aria-label')).toBe(de.fields.showPassword);
      expect(await toggle.innerText()).toBe(de.fields.showButton);
      await toggle.click();
      expect(await toggle.getAttribute('aria-label')).toBe(de.fields.hidePassword);
      expect(await toggle.innerText()).toBe(de.fields.hideButton);
      expect(await page.getByLabel(de.fields.password, { exact: true }).getAttribute('type')).toBe('text');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('on a slow network, typing the password before the page’s script has run loses nothing', async () => {
    const { context, page, errors } = await newPage();
    // sesame.js held back, as a poor network delivers it after the page: the autofocused field
    // takes the first keys; the script then wraps the field (its Show button) and the next keys
    // must still reach it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = 0;
    await context.route('**/static/sesame.js', async (route) => {
      requested++;
      await held;
      await route.continue().catch(() => undefined);
    });
    try {
      // Not waiting for `load`: the held script holds it back.
      await page.goto(`${stack.baseUrl}/login?lang=en`, { waitUntil: 'commit' });
      await page.getByLabel(en.fields.email, { exact: true }).fill('slow.network@example.org');
      await page.getByRole('button', { name: en.signIn.next, exact: true }).click();
      await waitForHeading(page, en.signIn.passwordTitle);
      const field = page.getByLabel(en.fields.password, { exact: true });
      await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Pointe-du-');
      expect(await page.getByRole('button', { name: `Show password` }).count()).toBe(0);
      release();
      await page.getByRole('button', { name: `Show password` }).waitFor();
      await page.keyboard.type('Raz-1793');
      expect(await field.inputValue()).toBe('Pointe-du-Raz-1793');
      expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(requested).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      release();
      await context.close();
    }
  });

  it('on the sign-in page, Tab reaches the e-mail field and Enter submits', async () => {
    const { context, page, errors } = await newPage();
    try {
      await page.goto(`${stack.baseUrl}/login?lang=en`);
      await expectPage(page, 'en', en.signIn.title, { path: '/login' });
      // Start from the top of the document, as a keyboard user arriving on a page without
      // autofocus does: the field's autofocus already holds the focus, so move the sequential
      // focus navigation starting point to <body> (focusable for an instant, then restored).
      await page.evaluate(() => {
        document.body.tabIndex = -1;
        document.body.focus();
        document.body.removeAttribute('tabindex');
      });
      const visited: string[] = [];
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const box = el?.getBoundingClientRect();
          return {
            id: el?.id ?? '',
            onScreen: !!box && box.right > 0 && box.left < window.innerWidth && box.width > 0,
            text: `${el?.tagName.toLowerCase()}${el?.id ? `#${el.id}` : ''} "${(el?.innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
          };
        });
        visited.push(focused.text);
        expect(focused.onScreen, `focused element off screen: ${focused.text}`).toBe(true);
        if (focused.id === 'email') break;
      }
      // First stop: the skip link, brought on screen by :focus (checked in the loop above).
      expect(visited[0], `first Tab stop; Tab order: ${visited.join(' → ')}`).toBe(`a "${en.layout.skipToContent}"`);
      expect(visited.at(-1), `Tab order: ${visited.join(' → ')}`).toMatch(/^input#email/);
      // A visible focus indicator (WCAG 2.4.7) on the field reached by keyboard.
      expect(await page.locator('#email').evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

      await page.keyboard.type('someone@example.org');
      await page.keyboard.press('Enter');
      await expectPage(page, 'en', en.signIn.passwordTitle, { path: '/login/password' });
      expect(await page.locator('.identity').innerText()).toContain(
        format(en.signIn.signingInAs, { email: 'someone@example.org' }),
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
