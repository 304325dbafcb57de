import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format } from '@sesame/server';
import { chromiumForFile, expectNoAxeViolations, screenshot, waitForHeading, watchErrors } from './support/browser';
import { startDemoStack, type DemoStack } from './support/demo-stack';
import { demo, demoToPasswordPage, DESKTOP, fact, type Locale, PERSON, sesame } from './support/phone-and-computer';

/**
 * Security keys and trusted platforms end to end (issue 13 point 1, "Done when"), with Chromium's
 * DevTools virtual authenticators (CDP WebAuthn domain): the person adds a USB security key
 * (ctap2/usb) and a trusted platform (ctap2/internal, user verified) in "Manage my security keys
 * and trusted platforms", then signs in with each to "TRACES NT (démo)" — the credentials moved
 * to a fresh browser with WebAuthn.getCredentials/addCredential, as the key is carried to another
 * computer —; a forged key (the same credential id, another private key) is refused; a cloned key
 * (the credential put back with its earlier sign count) is refused and its owner mailed. In
 * French via CAS, in English via OpenID Connect; every page axe-clean; with UPDATE_SCREENSHOTS=1
 * the pages are saved as docs/images/security-key-<step>-<lang>.png for docs/users/second-factors.md.
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

/** What CDP's WebAuthn.getCredentials gives and WebAuthn.addCredential takes. */
interface VirtualCredential {
  credentialId: string;
  isResidentCredential: boolean;
  rpId?: string;
  privateKey: string;
  userHandle?: string;
  signCount: number;
}

type Transport = 'usb' | 'internal';

interface Computer {
  page: Page;
  errors: string[];
  cdp: CDPSession;
  authenticatorId: string;
}

/** A browser with a virtual authenticator of `transport` (user verification on), holding `credentials`. */
async function computer(
  locale: Locale,
  transport: Transport,
  credentials: readonly VirtualCredential[] = [],
): Promise<Computer> {
  const context = await chromium.get().newContext({ viewport: DESKTOP, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport,
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  for (const credential of credentials) {
    await cdp.send('WebAuthn.addCredential', { authenticatorId, credential });
  }
  return { page, errors: watchErrors(page), cdp, authenticatorId };
}

async function credentialsOf(c: Computer): Promise<VirtualCredential[]> {
  return (await c.cdp.send('WebAuthn.getCredentials', { authenticatorId: c.authenticatorId }))
    .credentials as VirtualCredential[];
}

/** Signed in to Sésame with the password — and the key of the page's authenticator when `withKey` — on "My account". */
async function signInToSesame(page: Page, locale: Locale, withKey = false): Promise<void> {
  const s = sesame[locale];
  await page.goto(`${stack.sesame.baseUrl}/login`);
  await page.getByLabel(s.fields.email, { exact: true }).fill(PERSON[locale].email);
  await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
  await waitForHeading(page, s.signIn.passwordTitle);
  await page.getByLabel(s.fields.password, { exact: true }).fill(PERSON[locale].password);
  if (withKey) {
    await page.getByLabel(s.signIn.methodLabel, { exact: true }).selectOption({ label: s.signIn.methodWebauthn });
  }
  await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
  if (withKey) {
    await waitForHeading(page, s.signInCode.webauthnTitle);
    await page.getByRole('button', { name: s.signInCode.webauthnButton, exact: true }).click();
  }
  await waitForHeading(page, s.account.title);
}

/** The demo app → e-mail, password, "Security key or trusted platform" → the key page. */
async function demoToKeyPage(page: Page, locale: Locale, protocol: 'cas' | 'oidc'): Promise<void> {
  const s = sesame[locale];
  await demoToPasswordPage(page, stack, locale, protocol);
  await page.getByLabel(s.fields.password, { exact: true }).fill(PERSON[locale].password);
  await page.getByLabel(s.signIn.methodLabel, { exact: true }).selectOption({ label: s.signIn.methodWebauthn });
  await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
  await waitForHeading(page, s.signInCode.webauthnTitle);
}

/** The demo app's identity page: MEDIUM, and the strength (CAS) or the methods (OIDC) of a key. */
async function expectSignedInWithKey(page: Page, locale: Locale, protocol: 'cas' | 'oidc'): Promise<void> {
  const d = demo[locale];
  await waitForHeading(page, d.identity.title);
  expect(new URL(page.url()).origin).toBe(stack.rp.url);
  const region = page.getByRole('region', {
    name: protocol === 'cas' ? d.identity.viaCas : d.identity.viaOidc,
    exact: true,
  });
  expect(await fact(region, d.identity.uid)).toBe(PERSON[locale].id);
  expect(await fact(region, d.identity.level)).toBe(`MEDIUM — ${d.levels.MEDIUM}`);
  if (protocol === 'cas') expect(await fact(region, d.identity.strengths)).toContain('PASSWORD_WEBAUTHN');
  else expect(await region.innerText()).toContain('hwk');
}

describe.each([
  { locale: 'fr', protocol: 'cas' },
  { locale: 'en', protocol: 'oidc' },
] as const)('security keys and trusted platforms ($locale, $protocol)', ({ locale, protocol }) => {
  const s = sesame[locale];
  const k = s.securityKeys;
  const names = { usb: locale === 'fr' ? 'YubiKey du trousseau' : 'YubiKey on my key ring', internal: 'Windows Hello' };
  /** Each key as it is now (its sign count moves on at every use: re-read after each). */
  const enrolled: Record<Transport, VirtualCredential[]> = { usb: [], internal: [] };
  /** The USB key as it was at its enrolment: its copy, for the cloned key. */
  let copiedAtEnrolment: VirtualCredential[] = [];

  async function addKey(c: Computer, name: string, first: boolean): Promise<void> {
    const { page } = c;
    await page.getByRole('link', { name: k.add, exact: true }).click();
    await waitForHeading(page, k.addTitle);
    await page.getByLabel(k.name, { exact: true }).fill(name);
    if (first) await expectNoAxeViolations(page, `${locale} add security key`);
    if (first) await screenshot(page, `security-key-add-${locale}`);
    await page.getByRole('button', { name: k.continue, exact: true }).click();
    await waitForHeading(page, k.promptTitle);
    if (first) await expectNoAxeViolations(page, `${locale} security key prompt`);
    if (first) await screenshot(page, `security-key-prompt-${locale}`);
    await page.getByRole('button', { name: format(k.promptButton, { name }, locale), exact: true }).click();
    await waitForHeading(page, k.title);
    expect(await page.getByRole('status').first().innerText()).toContain(format(k.addedNotice, { name }, locale));
  }

  it(`${locale}: adds a USB security key, then — confirmed with it — a trusted platform`, async () => {
    const c = await computer(locale, 'usb');
    await signInToSesame(c.page, locale);
    await c.page.getByRole('link', { name: k.title, exact: true }).click();
    await waitForHeading(c.page, k.title);
    await expectNoAxeViolations(c.page, `${locale} security keys (empty)`);
    await addKey(c, names.usb, true);
    enrolled.usb = await credentialsOf(c);
    copiedAtEnrolment = enrolled.usb;
    expect(enrolled.usb).toHaveLength(1);

    // Adding another one needs the second factor now (SEC-27): signed in again with the key,
    // then the key put away and the computer's own authenticator (Windows Hello) used.
    const other = await computer(locale, 'usb', enrolled.usb);
    await signInToSesame(other.page, locale, true);
    enrolled.usb = await credentialsOf(other);
    await other.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: other.authenticatorId });
    const { authenticatorId } = await other.cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    other.authenticatorId = authenticatorId;
    await other.page.goto(`${stack.sesame.baseUrl}/account/security-keys`);
    await waitForHeading(other.page, k.title);
    await addKey(other, names.internal, false);
    enrolled.internal = await credentialsOf(other);
    expect(enrolled.internal).toHaveLength(1);
    const table = other.page.getByTestId('security-keys');
    expect(await table.getByRole('row', { name: new RegExp(names.usb) }).innerText()).toContain(k.kindKey);
    expect(await table.getByRole('row', { name: new RegExp(names.internal) }).innerText()).toContain(k.kindPlatform);
    await expectNoAxeViolations(other.page, `${locale} security keys`);
    await screenshot(other.page, `security-key-list-${locale}`);
    expect([...c.errors, ...other.errors]).toEqual([]);
  });

  it(`${locale}: signs in to the demo app with the USB key`, async () => {
    const c = await computer(locale, 'usb', enrolled.usb);
    await demoToKeyPage(c.page, locale, protocol);
    await expectNoAxeViolations(c.page, `${locale} sign-in key page`);
    await screenshot(c.page, `security-key-sign-in-${locale}`);
    await c.page.getByRole('button', { name: s.signInCode.webauthnButton, exact: true }).click();
    await expectSignedInWithKey(c.page, locale, protocol);
    enrolled.usb = await credentialsOf(c);
    expect(c.errors).toEqual([]);
  });

  it(`${locale}: signs in to the demo app with the trusted platform`, async () => {
    const c = await computer(locale, 'internal', enrolled.internal);
    await demoToKeyPage(c.page, locale, protocol);
    await c.page.getByRole('button', { name: s.signInCode.webauthnButton, exact: true }).click();
    await expectSignedInWithKey(c.page, locale, protocol);
    enrolled.internal = await credentialsOf(c);
    expect(c.errors).toEqual([]);
  });

  it(`${locale}: a forged key (the registered id, another private key) is refused`, async () => {
    const other = await computer(locale, 'usb');
    // A key of its own, registered nowhere here: its private key under the enrolled key's id.
    await other.page.goto(`${stack.sesame.baseUrl}/login`);
    await other.cdp.send('WebAuthn.addCredential', {
      authenticatorId: other.authenticatorId,
      credential: { ...enrolled.usb[0]!, privateKey: enrolled.internal[0]!.privateKey, signCount: 1000 },
    });
    await demoToKeyPage(other.page, locale, protocol);
    await other.page.getByRole('button', { name: s.signInCode.webauthnButton, exact: true }).click();
    await expect.poll(() => other.page.locator('.error-summary').innerText()).toContain(s.signInCode.webauthnWrong);
    await expectNoAxeViolations(other.page, `${locale} sign-in key refused`);
    expect(other.errors).toEqual([]);
  });

  it(`${locale}: a cloned key (its sign count gone back) is refused and its owner mailed`, async () => {
    // The key as it was at its enrolment: its count is below what the server has seen since.
    const clone = await computer(locale, 'usb', copiedAtEnrolment);
    await demoToKeyPage(clone.page, locale, protocol);
    await clone.page.getByRole('button', { name: s.signInCode.webauthnButton, exact: true }).click();
    await expect.poll(() => clone.page.locator('.error-summary').innerText()).toContain(s.signInCode.webauthnWrong);
    const subject = format(s.mail.securityKeyCloned.subject, { name: names.usb }, locale);
    await stack.sesame.smtp.waitForMail(PERSON[locale].email, (mail) => mail.subject === subject);
    expect(clone.errors).toEqual([]);
  });

  it(`${locale}: adds a passkey, then signs in to the demo app with it, no e-mail typed`, async () => {
    const enrolling = await computer(locale, 'usb', enrolled.usb);
    // (the clone's sign-in was refused: the key's count on the server is the real key's)
    await signInToSesame(enrolling.page, locale, true);
    await enrolling.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: enrolling.authenticatorId });
    const { authenticatorId } = await enrolling.cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    enrolling.authenticatorId = authenticatorId;
    await enrolling.page.goto(`${stack.sesame.baseUrl}/account/security-keys/new`);
    await waitForHeading(enrolling.page, k.addTitle);
    const name = locale === 'fr' ? 'Clé d’accès du portable' : 'Passkey on my laptop';
    await enrolling.page.getByLabel(k.name, { exact: true }).fill(name);
    await enrolling.page.getByLabel(k.passkey, { exact: true }).check();
    await enrolling.page.getByRole('button', { name: k.continue, exact: true }).click();
    await waitForHeading(enrolling.page, k.promptTitle);
    await enrolling.page.getByRole('button', { name: format(k.promptButton, { name }, locale), exact: true }).click();
    await waitForHeading(enrolling.page, k.title);
    const passkeys = (await credentialsOf(enrolling)).filter((c) => c.isResidentCredential);
    expect(passkeys).toHaveLength(1);

    // The first screen, in a browser without the passkey: "Sign in with a passkey", and the
    // address field ready for the browser's passkeys (conditional UI).
    const d = demo[locale];
    const toFirstScreen = async (page: Page) => {
      await page.goto(`${stack.rp.url}/?lang=${locale}`);
      await waitForHeading(page, d.home.title);
      await page
        .getByRole('link', { name: protocol === 'cas' ? d.home.casButton : d.home.oidcButton, exact: true })
        .click();
    };
    const elsewhere = await computer(locale, 'usb');
    await toFirstScreen(elsewhere.page);
    await waitForHeading(elsewhere.page, s.signIn.title);
    expect(await elsewhere.page.getByLabel(s.fields.email, { exact: true }).getAttribute('autocomplete')).toBe(
      'username webauthn',
    );
    await elsewhere.page.getByRole('button', { name: s.signIn.passkeyButton, exact: true }).waitFor();
    await expectNoAxeViolations(elsewhere.page, `${locale} sign-in first screen with passkey`);
    await screenshot(elsewhere.page, `security-key-passkey-${locale}`);

    // The laptop that holds the passkey: the browser offers it at the address field (mediation
    // 'conditional'); the virtual authenticator, presence simulated, takes it at once, as the
    // person picking it in the autofill list — signed in without typing the address.
    const c = await computer(locale, 'internal', passkeys);
    await toFirstScreen(c.page);
    await expectSignedInWithKey(c.page, locale, protocol);

    // Sésame's own first screen, no application's sign-in in this browser: the page stored
    // nothing (docs/adr/0029 §8), the passkey's answer alone makes the sign-in — "My account".
    // (the passkey as the laptop holds it now: its sign count moved on)
    const own = await computer(
      locale,
      'internal',
      (await credentialsOf(c)).filter((x) => x.isResidentCredential),
    );
    await own.page.goto(`${stack.sesame.baseUrl}/login?lang=${locale}`);
    await waitForHeading(own.page, s.account.title);
    expect([...enrolling.errors, ...elsewhere.errors, ...c.errors, ...own.errors]).toEqual([]);
  });
});
