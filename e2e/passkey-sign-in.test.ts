import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, waitForHeading, watchErrors } from './support/browser';
import { startDemoStack, type DemoStack } from './support/demo-stack';
import { demo, DESKTOP, fact, type Locale, PERSON, sesame } from './support/phone-and-computer';

/**
 * "Sign in with a passkey" on the first screen (issue 13 point 1: "passkey sign-in without typing
 * the e-mail"; docs/adr/0029 §5, docs/adr/0034 §4), in Chromium with a DevTools virtual
 * authenticator holding resident keys and verifying its user (CTAP2, the computer's own —
 * transport `internal`): the person adds a passkey in "Manage my security keys", signs out, then
 * goes to "TRACES NT (démo)" and presses **the button** — no address typed — and lands in the
 * application, signed in by the passkey alone.
 *
 * The button is pressed in a browser without conditional UI: Chromium's virtual authenticator does
 * answer conditional mediation (the address field's autofill), and with presence simulated it
 * answers it at once, before any click — so the page is told the browser cannot autofill
 * (`PublicKeyCredential.isConditionalMediationAvailable` → false, as in a browser without it),
 * which is also the case the button exists for. The autofill itself is the last test: the same
 * passkey, the first screen left alone, signed in with no click at all.
 */
let stack: DemoStack;
const chromium = chromiumForFile();
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (await chromium.launch()) stack = await startDemoStack();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await chromium.close();
  await stack?.stop();
});

interface VirtualCredential {
  credentialId: string;
  isResidentCredential: boolean;
  rpId?: string;
  privateKey: string;
  userHandle?: string;
  signCount: number;
}

interface Computer {
  page: Page;
  errors: string[];
  cdp: CDPSession;
  authenticatorId: string;
}

/** A browser with the computer's own authenticator: resident keys, user verification, presence simulated. */
async function computer(
  locale: Locale,
  options: { credentials?: readonly VirtualCredential[]; autofill: boolean },
): Promise<Computer> {
  const context = await chromium.get().newContext({ viewport: DESKTOP, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
  contexts.push(context);
  if (!options.autofill) {
    await context.addInitScript(() => {
      // A browser without conditional UI: only the button may start the passkey's ceremony.
      Object.defineProperty(PublicKeyCredential, 'isConditionalMediationAvailable', {
        value: async () => false,
      });
    });
  }
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  for (const credential of options.credentials ?? []) {
    await cdp.send('WebAuthn.addCredential', { authenticatorId, credential });
  }
  return { page, errors: watchErrors(page), cdp, authenticatorId };
}

async function passkeysOf(c: Computer): Promise<VirtualCredential[]> {
  const { credentials } = await c.cdp.send('WebAuthn.getCredentials', { authenticatorId: c.authenticatorId });
  return (credentials as VirtualCredential[]).filter((credential) => credential.isResidentCredential);
}

describe.each([
  { locale: 'en', protocol: 'oidc' },
  { locale: 'fr', protocol: 'cas' },
] as const)('"Sign in with a passkey" ($locale, $protocol)', ({ locale, protocol }) => {
  const s = sesame[locale];
  const k = s.securityKeys;
  const d = demo[locale];
  let passkeys: VirtualCredential[] = [];

  /** The demo application → its sign-in with Sésame → Sésame's first screen. */
  async function demoToFirstScreen(page: Page): Promise<void> {
    await page.goto(`${stack.rp.url}/?lang=${locale}`);
    await waitForHeading(page, d.home.title);
    await page
      .getByRole('link', { name: protocol === 'cas' ? d.home.casButton : d.home.oidcButton, exact: true })
      .click();
  }

  /** The demo application's identity page: the person, at MEDIUM (a passkey is both factors, docs/adr/0029 §5). */
  async function expectInTheApplication(page: Page): Promise<void> {
    await waitForHeading(page, d.identity.title);
    expect(new URL(page.url()).origin).toBe(stack.rp.url);
    const region = page.getByRole('region', {
      name: protocol === 'cas' ? d.identity.viaCas : d.identity.viaOidc,
      exact: true,
    });
    expect(await fact(region, d.identity.uid)).toBe(PERSON[locale].id);
    expect(await fact(region, d.identity.level)).toBe(`MEDIUM — ${d.levels.MEDIUM}`);
  }

  it(`${locale}: adds a passkey, signs out, and signs in to the application with the button — no e-mail typed`, async () => {
    const c = await computer(locale, { autofill: false });
    const { page } = c;

    // Signed in with the password (the account's first factor needs nothing more), the passkey added.
    await page.goto(`${stack.sesame.baseUrl}/login?lang=${locale}`);
    await page.getByLabel(s.fields.email, { exact: true }).fill(PERSON[locale].email);
    await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
    await waitForHeading(page, s.signIn.passwordTitle);
    await page.getByLabel(s.fields.password, { exact: true }).fill(PERSON[locale].password);
    await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await waitForHeading(page, s.account.title);
    await page.goto(`${stack.sesame.baseUrl}/account/security-keys/new`);
    await waitForHeading(page, k.addTitle);
    const name = locale === 'fr' ? 'Clé d’accès de l’ordinateur' : 'Passkey on this computer';
    await page.getByLabel(k.name, { exact: true }).fill(name);
    await page.getByLabel(k.passkey, { exact: true }).check();
    await page.getByRole('button', { name: k.continue, exact: true }).click();
    await waitForHeading(page, k.promptTitle);
    await page.getByRole('button', { name: format(k.promptButton, { name }, locale), exact: true }).click();
    await waitForHeading(page, k.title);
    passkeys = await passkeysOf(c);
    expect(passkeys).toHaveLength(1);

    // Signed out: the session is gone.
    await page.getByRole('button', { name: s.layout.signOut, exact: true }).click();
    await page.goto(`${stack.sesame.baseUrl}/account`);
    await waitForHeading(page, s.signIn.title);

    // The application's sign-in: the first screen, the button, nothing typed.
    await demoToFirstScreen(page);
    await waitForHeading(page, s.signIn.title);
    const button = page.getByRole('button', { name: s.signIn.passkeyButton, exact: true });
    await button.waitFor();
    await expectNoAxeViolations(page, `${locale} first screen, passkey button`);
    expect(await page.getByLabel(s.fields.email, { exact: true }).inputValue()).toBe('');
    await button.click();
    await expectInTheApplication(page);
    passkeys = await passkeysOf(c);
    expect(c.errors).toEqual([]);
  });

  it(`${locale}: conditional UI — the browser's passkey taken from the address field's autofill, no click`, async () => {
    const c = await computer(locale, { credentials: passkeys, autofill: true });
    await demoToFirstScreen(c.page);
    await expectInTheApplication(c.page);
    expect(c.errors).toEqual([]);
  });
});
