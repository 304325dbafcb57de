import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionMessages } from '@sesame/demo-rp';
import { DEMO_ACCOUNTS, en as sesameEn, fr as sesameFr } from '@sesame/server';
import { expectNoAxeViolations, chromiumForFile, screenshot, watchErrors, waitForHeading } from './support/browser';
import { startDemoStack, type DemoStack } from './support/demo-stack';

/**
 * Single sign-on across the demo relying app "Bulletin sanitaire (démo)" (BASIC: a password opens
 * it; "TRACES NT (démo)" requires the app, e2e/no-dead-end-on-levels.test.ts) and Sésame, in a real browser:
 * sign in to the demo app through CAS (EU Login flavour: login transaction, e-mail, Next,
 * password) → the identity page says level BASIC, strength PASSWORD; then "Sign in with OpenID
 * Connect" in the same browser → no Sésame page shows (SSO) → the identity page via OIDC; then
 * sign out → both local sessions end (the CAS one by Sésame's single-logout request) and so does
 * Sésame's. In French and in English: every label clicked comes from the demo app's catalogue or
 * Sésame's. axe-core checks WCAG 2.1 A/AA on every page of the demo app.
 */

const demo = { fr: editionMessages('fr', 'bulletin'), en: editionMessages('en', 'bulletin') } as const;
const sesame = { fr: sesameFr, en: sesameEn } as const;
type Locale = keyof typeof demo;
const LOCALES: Locale[] = ['fr', 'en'];
const VIEWPORT = { width: 1200, height: 800 };
/** One demo account per language (their passwords are in the README). */
const PERSON = {
  fr: DEMO_ACCOUNTS.find((a) => a.email === 'marie.dupont@ddpp35.example.fr')!,
  en: DEMO_ACCOUNTS.find((a) => a.email === 'john.smith@operator.example.com')!,
};

let stack: DemoStack;
const chromium = chromiumForFile();

beforeAll(async () => {
  if (await chromium.launch()) stack = await startDemoStack();
});

afterAll(async () => {
  await chromium.close();
  await stack?.stop();
});

async function newPage(locale: Locale): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // The browser's language is the test's: Sésame's pages follow Accept-Language.
  const context = await chromium.get().newContext({ viewport: VIEWPORT, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page, errors: watchErrors(page) };
}

/** A page of the demo app: its heading, origin, language and title. */
async function expectDemoPage(page: Page, locale: Locale, heading: string, path: string) {
  await waitForHeading(page, heading);
  const url = new URL(page.url());
  expect(url.origin).toBe(stack.bulletin.url);
  expect(url.pathname).toBe(path);
  expect(await page.locator('html').getAttribute('lang')).toBe(locale);
  expect(await page.title()).toBe(`${heading} — ${demo[locale].layout.appName}`);
}

/** A page of Sésame, by its heading. */
async function expectSesamePage(page: Page, locale: Locale, heading: string) {
  await waitForHeading(page, heading);
  expect(new URL(page.url()).origin).toBe(stack.sesame.baseUrl);
  expect(await page.locator('html').getAttribute('lang')).toBe(locale);
}

/** The value shown for `term` in a sign-in's description list. */
async function fact(section: Locator, term: string): Promise<string> {
  return (
    await section.locator(`xpath=.//dt[normalize-space()="${term}"]/following-sibling::dd[1]`).innerText()
  ).trim();
}

/** Every URL the main frame committed to (redirects are not committed: a page the user saw). */
function watchNavigations(page: Page): string[] {
  const urls: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  return urls;
}

describe.each(LOCALES)('single sign-on into the demo relying app (%s)', (locale) => {
  const m = demo[locale];
  const s = sesame[locale];
  const person = PERSON[locale];

  it('CAS sign-in, then OpenID Connect by SSO, then sign-out everywhere', async () => {
    const { context, page, errors } = await newPage(locale);
    const navigations = watchNavigations(page);
    try {
      // 1. The demo app's home page.
      await page.goto(`${stack.bulletin.url}/?lang=${locale}`);
      await expectDemoPage(page, locale, m.home.title, '/');
      // The other demo entry is offered, with what it requires (issue 11 point 4).
      expect(await page.getByText(m.editions.traces.offer, { exact: true }).count()).toBe(1);
      await expectNoAxeViolations(page, `demo home (${locale})`);
      await screenshot(page, `${locale}-demo-rp-home`);

      // 2. CAS (EU Login flavour): a login transaction, then Sésame asks for the e-mail and the password.
      const casLogins: URL[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === stack.sesame.baseUrl && url.pathname === '/cas/login') casLogins.push(url);
      });
      await page.getByRole('link', { name: m.home.casButton, exact: true }).click();
      await expectSesamePage(page, locale, s.signIn.title);
      // The demo app opened a login transaction (POST /cas/login/init), not the plain fallback.
      expect(casLogins.map((url) => [...url.searchParams.keys()])).toEqual([['loginRequestId']]);
      await page.getByLabel(s.fields.email, { exact: true }).fill(person.email);
      await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
      await expectSesamePage(page, locale, s.signIn.passwordTitle);
      await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
      await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();

      // 3. Back in the demo app: who the user is, level BASIC, strength PASSWORD.
      await expectDemoPage(page, locale, m.identity.title, '/me');
      const viaCas = page.getByRole('region', { name: m.identity.viaCas, exact: true });
      expect(await fact(viaCas, m.identity.uid)).toBe(person.id);
      expect(await fact(viaCas, m.identity.name)).toBe(`${person.firstName} ${person.lastName}`);
      expect(await fact(viaCas, m.identity.email)).toBe(person.email);
      expect(await fact(viaCas, m.identity.organisation)).toBe(person.organisation);
      expect(await fact(viaCas, m.identity.level)).toBe(`BASIC — ${m.levels.BASIC}`);
      expect(await fact(viaCas, m.identity.strengths)).toBe(`PASSWORD — ${m.strengths.PASSWORD}`);
      expect(await fact(viaCas, m.identity.factors)).toContain(person.email);
      expect(await fact(viaCas, m.identity.protocol)).toBe(m.protocols.cas);
      expect(await fact(viaCas, m.identity.isFromNewLogin)).toBe(m.identity.yes);
      expect(await fact(viaCas, m.identity.sso)).toBe(m.identity.no);
      await expectNoAxeViolations(page, `demo identity via CAS (${locale})`);
      await screenshot(page, `${locale}-demo-rp-identity-cas`);

      // 4. OpenID Connect in the same browser: Sésame's SSO session suffices, no Sésame page shows.
      // auth_time has whole seconds: start in a later second than the CAS sign-in, so that the
      // demo app can tell single sign-on from a fresh authentication.
      await page.waitForTimeout(1000 - (Date.now() % 1000) + 50);
      await page.getByRole('link', { name: m.identity.home, exact: true }).click();
      await expectDemoPage(page, locale, m.home.title, '/');
      const before = navigations.length;
      await page.getByRole('link', { name: m.home.oidcButton, exact: true }).click();
      await expectDemoPage(page, locale, m.identity.title, '/me');
      const shown = navigations.slice(before).filter((url) => new URL(url).origin !== stack.bulletin.url);
      expect(shown, 'a Sésame page was shown during the OIDC sign-in').toEqual([]);
      const viaOidc = page.getByRole('region', { name: m.identity.viaOidc, exact: true });
      expect(await fact(viaOidc, m.identity.uid)).toBe(person.id);
      expect(await fact(viaOidc, m.identity.name)).toBe(`${person.firstName} ${person.lastName}`);
      expect(await fact(viaOidc, m.identity.email)).toBe(person.email);
      expect(await fact(viaOidc, m.identity.level)).toBe(`BASIC — ${m.levels.BASIC}`);
      expect(await fact(viaOidc, m.identity.factors)).toBe(m.amr.pwd);
      expect(await fact(viaOidc, m.identity.protocol)).toBe(m.protocols.oidc);
      expect(await fact(viaOidc, m.identity.sso)).toBe(m.identity.yes);
      expect(await fact(viaOidc, m.identity.isFromNewLogin)).toBe(m.identity.no);
      // The CAS sign-in is still there, below the newest one.
      await viaCas.waitFor();
      await expectNoAxeViolations(page, `demo identity via CAS and OIDC (${locale})`);
      await screenshot(page, `${locale}-demo-rp-identity-both`);

      // 5. Sign out: the OIDC sign-in ends here, Sésame asks to confirm (RP-initiated logout),
      // ends its session and tells the apps: the CAS sign-in ends by single logout.
      const endedBefore = stack.bulletin.ended.length;
      await page.getByRole('button', { name: m.layout.signOut, exact: true }).click();
      await expectSesamePage(page, locale, s.oidc.logoutTitle);
      await page.getByRole('button', { name: s.oidc.logoutConfirm, exact: true }).click();
      await expectDemoPage(page, locale, m.home.title, '/');
      expect((await page.getByRole('status').innerText()).trim()).toBe(m.home.signedOut);
      await expectNoAxeViolations(page, `demo home after sign-out (${locale})`);
      const ended = () => stack.bulletin.ended.slice(endedBefore).filter((e) => e.uid === person.id);
      await stack.bulletin.waitForEnd((e) => e.uid === person.id && e.reason === 'cas-single-logout');
      expect(ended().find((e) => e.protocol === 'oidc')?.reason).toMatch(/^(sign-out|oidc-backchannel-logout)$/);
      expect(ended().find((e) => e.protocol === 'cas')?.reason).toBe('cas-single-logout');
      // Neither sign-in is left in this browser.
      await page.goto(`${stack.bulletin.url}/me`);
      await expectDemoPage(page, locale, m.home.title, '/');
      await expect(page.getByRole('button', { name: m.layout.signOut, exact: true }).count()).resolves.toBe(0);

      // 6. Sésame's session is over too: "My account" asks to sign in.
      await page.goto(`${stack.sesame.baseUrl}/account`);
      await expectSesamePage(page, locale, s.signIn.title);

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('signing out of a CAS sign-in goes through Sésame’s CAS logout and back home', async () => {
    const { context, page, errors } = await newPage(locale);
    try {
      await page.goto(`${stack.bulletin.url}/?lang=${locale}`);
      await page.getByRole('link', { name: m.home.casButton, exact: true }).click();
      await expectSesamePage(page, locale, s.signIn.title);
      await page.getByLabel(s.fields.email, { exact: true }).fill(person.email);
      await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
      await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
      await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
      await expectDemoPage(page, locale, m.identity.title, '/me');
      await page.getByRole('button', { name: m.layout.signOut, exact: true }).click();
      await expectDemoPage(page, locale, m.home.title, '/');
      expect((await page.getByRole('status').innerText()).trim()).toBe(m.home.signedOut);
      await page.goto(`${stack.sesame.baseUrl}/account`);
      await expectSesamePage(page, locale, s.signIn.title);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('CAS method=POST (docs/adr/0044, 0054): the home page’s second link, the ticket posted by Sésame’s page, never in a URL', async () => {
    const { context, page, errors } = await newPage(locale);
    const navigations = watchNavigations(page);
    const posted: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === stack.bulletin.url && url.pathname === '/cas/callback') posted.push(request.method());
    });
    try {
      await page.goto(`${stack.bulletin.url}/?lang=${locale}`);
      await page.getByRole('link', { name: m.home.casPostLink, exact: true }).click();
      await expectSesamePage(page, locale, s.signIn.title);
      await page.getByLabel(s.fields.email, { exact: true }).fill(person.email);
      await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
      await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
      await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
      // Sésame's page posts the ticket (its script submits the form); the demo app validates it.
      await expectDemoPage(page, locale, m.identity.title, '/me');
      expect(posted).toEqual(['POST']);
      const viaCas = page.getByRole('region', { name: m.identity.viaCas, exact: true });
      expect(await fact(viaCas, m.identity.uid)).toBe(person.id);
      expect(await fact(viaCas, m.identity.level)).toBe(`BASIC — ${m.levels.BASIC}`);
      expect(navigations.filter((url) => new URL(url).searchParams.has('ticket'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a ticket Sésame does not know is refused, with an accessible error page', async () => {
    const { context, page } = await newPage(locale);
    try {
      await page.goto(`${stack.bulletin.url}/cas/callback?ticket=ST-0-not-issued-by-sesame&lang=${locale}`);
      await expectDemoPage(page, locale, m.errors.title, '/cas/callback');
      expect((await page.getByRole('alert').innerText()).trim()).toBe(
        m.errors.CAS_REFUSED.replace('{code}', 'INVALID_TICKET'),
      );
      await expectNoAxeViolations(page, `demo error page (${locale})`);
    } finally {
      await context.close();
    }
  });
});
