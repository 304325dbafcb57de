import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format } from '@sesame/server';
import { testBlob, testLeaf, testMdsPayload, testRoot } from '@sesame/server/testing';
import { chromiumForFile, expectNoAxeViolations, waitForHeading, watchErrors } from './support/browser';
import { startDemoStack, type DemoStack } from './support/demo-stack';
import { demo, demoToPasswordPage, DESKTOP, fact, type Locale, PERSON, sesame } from './support/phone-and-computer';

/**
 * HIGH in Chromium (issue 13 "Done when": "HIGH only with an allowed attested key (a test MDS blob
 * signed by a test root)"; design §3; docs/adr/0029 §3): Sésame runs with `webauthn.attestation =
 * fido-certified` and a test MDS3 BLOB, signed by a TEST root, that lists the model of Chromium's
 * virtual authenticator (its AAGUID, FIDO_CERTIFIED_L1, its attestation certificate as the
 * model's root — read from the browser itself, so a new Chromium does not break the test). The
 * person adds the virtual USB key (ctap2, user verification, not backup-eligible), then signs in
 * to "TRACES NT (démo)" asking HIGH: the application sees HIGH (CAS, EU Login flavour: the
 * `authenticationLevel` beside the strength PASSWORD_WEBAUTHN; OIDC: `acr`). A key that is not
 * certified stays MEDIUM: routes/security-keys-level.test.ts.
 */
const CHROMIUM_VIRTUAL_AAGUID = '01020304-0506-0708-0102-030405060708';

let stack: DemoStack;
let dir: string;
const chromium = chromiumForFile();
const contexts: BrowserContext[] = [];

/**
 * The attestation certificate Chromium's virtual authenticator signs with (packed, "Batch
 * Certificate", self-signed): one registration with `attestation: 'direct'` on a page of our own.
 */
async function virtualAuthenticatorCertificate(): Promise<Uint8Array> {
  const server: Server = createServer((_, res) => res.end('<!doctype html><title>probe</title>'));
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const port = (server.address() as { port: number }).port;
  const context = await chromium.get().newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    await cdp.send('WebAuthn.addVirtualAuthenticator', { options: keyOptions('usb') });
    await page.goto(`http://localhost:${port}/`);
    const attestation = await page.evaluate(async () => {
      const created = (await navigator.credentials.create({
        publicKey: {
          challenge: new Uint8Array(32),
          rp: { id: 'localhost', name: 'probe' },
          user: { id: new Uint8Array(8), name: 'probe', displayName: 'probe' },
          pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
          attestation: 'direct',
        },
      })) as PublicKeyCredential;
      return Array.from(new Uint8Array((created.response as AuthenticatorAttestationResponse).attestationObject));
    });
    // The x5c's only certificate: the first DER SEQUENCE with a two-byte length in the CBOR.
    const bytes = Buffer.from(attestation);
    const at = bytes.indexOf(Buffer.from([0x30, 0x82]));
    return new Uint8Array(bytes.subarray(at, at + 4 + bytes.readUInt16BE(at + 2)));
  } finally {
    await context.close();
    server.close();
  }
}

beforeAll(async () => {
  if (!(await chromium.launch())) return;
  dir = await mkdtemp(join(tmpdir(), 'sesame-e2e-mds-'));
  const mdsRoot = await testRoot('TEST MDS root');
  const signer = await testLeaf(mdsRoot, 'mds.test.example');
  const model = { der: await virtualAuthenticatorCertificate() };
  const payload = testMdsPayload([
    { aaguid: CHROMIUM_VIRTUAL_AAGUID, statuses: ['FIDO_CERTIFIED_L1'], roots: [model] },
  ]);
  await writeFile(join(dir, 'blob.jwt'), testBlob(payload, signer, [signer]));
  await writeFile(join(dir, 'root.pem'), mdsRoot.pem);
  stack = await startDemoStack(
    { authenticationLevel: 'HIGH' },
    {
      'webauthn.attestation': 'fido-certified',
      'webauthn.mdsBlobFile': join(dir, 'blob.jwt'),
      'webauthn.mdsRootFile': join(dir, 'root.pem'),
    },
  );
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await chromium.close();
  await stack?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function keyOptions(transport: 'usb' | 'internal') {
  return {
    protocol: 'ctap2' as const,
    transport,
    hasResidentKey: true,
    hasUserVerification: true,
    isUserVerified: true,
    automaticPresenceSimulation: true,
  };
}

interface Computer {
  page: Page;
  errors: string[];
  cdp: CDPSession;
  authenticatorId: string;
}

async function computer(locale: Locale, transport: 'usb' | 'internal'): Promise<Computer> {
  const context = await chromium.get().newContext({ viewport: DESKTOP, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', { options: keyOptions(transport) });
  return { page, errors: watchErrors(page), cdp, authenticatorId };
}

/** Signed in with the password, then "Add a security key" named `name` with the page's authenticator. */
async function addKey(c: Computer, locale: Locale, name: string): Promise<void> {
  const s = sesame[locale];
  const k = s.securityKeys;
  const { page } = c;
  await page.goto(`${stack.sesame.baseUrl}/login`);
  await page.getByLabel(s.fields.email, { exact: true }).fill(PERSON[locale].email);
  await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
  await waitForHeading(page, s.signIn.passwordTitle);
  await page.getByLabel(s.fields.password, { exact: true }).fill(PERSON[locale].password);
  await page.getByLabel(s.signIn.methodLabel, { exact: true }).selectOption({ label: s.signIn.methodPassword });
  await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
  await waitForHeading(page, s.account.title);
  await page.goto(`${stack.sesame.baseUrl}/account/security-keys/new`);
  await waitForHeading(page, k.addTitle);
  await page.getByLabel(k.name, { exact: true }).fill(name);
  await page.getByRole('button', { name: k.continue, exact: true }).click();
  await waitForHeading(page, k.promptTitle);
  await page.getByRole('button', { name: format(k.promptButton, { name }, locale), exact: true }).click();
  await waitForHeading(page, k.title);
  expect(await page.getByRole('status').first().innerText()).toContain(format(k.addedNotice, { name }, locale));
}

describe.each([
  { locale: 'fr', protocol: 'cas' },
  { locale: 'en', protocol: 'oidc' },
] as const)('HIGH with a certified key ($locale, $protocol)', ({ locale, protocol }) => {
  const s = sesame[locale];
  const d = demo[locale];

  it(`${locale}: a FIDO-certified model's attested key with user verification reaches HIGH`, async () => {
    const c = await computer(locale, 'usb');
    await addKey(c, locale, locale === 'fr' ? 'Clé certifiée' : 'Certified key');
    await c.page.context().clearCookies();
    await demoToPasswordPage(c.page, stack, locale, protocol);
    await c.page.getByLabel(s.fields.password, { exact: true }).fill(PERSON[locale].password);
    await c.page.getByLabel(s.signIn.methodLabel, { exact: true }).selectOption({ label: s.signIn.methodWebauthn });
    await c.page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
    await waitForHeading(c.page, s.signInCode.webauthnTitle);
    await c.page.getByRole('button', { name: s.signInCode.webauthnButton, exact: true }).click();
    await waitForHeading(c.page, d.identity.title);
    const region = c.page.getByRole('region', {
      name: protocol === 'cas' ? d.identity.viaCas : d.identity.viaOidc,
      exact: true,
    });
    expect(await fact(region, d.identity.level)).toBe(`HIGH — ${d.levels.HIGH}`);
    if (protocol === 'cas') expect(await fact(region, d.identity.strengths)).toContain('PASSWORD_WEBAUTHN');
    await expectNoAxeViolations(c.page, `${locale} demo app at HIGH`);
    expect(c.errors).toEqual([]);
  });
});
