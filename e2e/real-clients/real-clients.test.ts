import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, en, format } from '@sesame/server';
import { chromiumForFile, waitForHeading } from '../support/browser';
import {
  clientDir,
  parseWhoami,
  removeClientDir,
  runClientTests,
  startApache,
  startPhp,
  testCertificate,
  type ClientServer,
  type TestCertificate,
} from '../support/real-clients';
import { freePort, startStack, type Stack } from '../support/stack';

/**
 * Issue 15 "Done when" (docs/adr/0046): unmodified relying clients, as Debian ships them, against
 * Sésame, each configured and registered as docs/integrators.md's recipes (./recipes/) say, in
 * Chromium:
 * - mod_auth_cas (`/cas/serviceValidate`, CAS 2.0 with attributes, the `ldap` profile): the page
 *   behind it sees REMOTE_USER and `mail`, `givenName`, `sn`, `cn`; `Require cas-attribute` on a
 *   renamed attribute lets one person in and not another;
 * - mod_auth_openidc: REMOTE_USER from the renamed claim `preferred_username`, `mail`, `org`; and
 *   a request for HIGH that the person cannot reach: "I cannot go further" → mod_auth_openidc
 *   receives `error=unmet_authentication_requirements` and says so;
 * - phpCAS (CAS 3.0, `/cas/p3/serviceValidate`) with the application’s own names.
 * - one sign-out at Sésame (the portal’s, or /cas/logout) ends the session at all three, each by
 *   its recipe’s single-logout lines (docs/adr/0058): mod_auth_cas takes the CAS logoutRequest
 *   (`CASSSOEnabled On`), mod_auth_openidc the Logout Token at `?logout=backchannel`, phpCAS the
 *   logoutRequest (`handleLogoutRequests`); each protected page then goes back to Sésame.
 * Sésame serves HTTPS with a certificate made here, which each client trusts as its only CA.
 * SESAME_REQUIRE_BACKENDS=apache,phpcas (`.ci/run`) makes a missing client fail, never skip.
 */

const JOHN = DEMO_ACCOUNTS.find((a) => a.email === 'john.smith@operator.example.com')!;
const s = en;
const APACHE = runClientTests('apache');
const PHPCAS_RUN = runClientTests('phpcas');
const OIDC_APP = 'Wiki (mod_auth_openidc)';
/** A sender name phpCAS's control page lists: not Sésame's (which calls from localhost). */
const ELSEWHERE = 'cas-elsewhere.example.org';

/** Sésame's log lines about single logout since `from` (an index in logLines), parsed. */
function singleLogoutLog(
  from: number,
): { level: number; msg: string; appId?: string; status?: number; location?: string }[] {
  return logLines
    .slice(from)
    .map((line) => JSON.parse(line) as { level: number; msg: string; appId?: string; status?: number })
    .filter((line) => typeof line.msg === 'string' && line.msg.startsWith('single logout'));
}

/**
 * docs/integrators.md's recipes, as the files it shows verbatim: Sésame's registrations, Apache's
 * mod_auth_cas and mod_auth_openidc configurations and phpCAS's page. The test runs them with its
 * own addresses, certificate and folders in place of the examples'.
 */
const RECIPES = new URL('./recipes/', import.meta.url);
const recipe = (name: string) => readFileSync(new URL(name, RECIPES), 'utf8');
const RECIPE_FILES = [
  ['relying-apps.json', 'json'],
  ['mod_auth_cas.conf', 'apache'],
  ['mod_auth_openidc.conf', 'apache'],
  ['phpcas.php', 'php'],
] as const;

/** The recipe `name` for this run: the examples' addresses, paths and secrets replaced. */
function adapt(name: string): string {
  return (
    recipe(name)
      .replaceAll('https://sesame.example.org', stack!.baseUrl)
      .replaceAll("'sesame.example.org', 443", `'localhost', ${new URL(stack!.baseUrl).port}`)
      // phpCAS's list of senders: Sésame calls from 127.0.0.1, whose reverse DNS name is `localhost`.
      .replaceAll("['sesame.example.org']", "['localhost']")
      .replaceAll('https://apps.example.org', apacheUrl)
      .replaceAll('https://registre.example.org', phpUrl)
      .replaceAll('/etc/ssl/certs/ca-certificates.crt', cert.certFile)
      .replaceAll('/var/cache/apache2/mod_auth_cas', join(dir!, 'cas-cache'))
      .replaceAll('change-me-another-random-secret', randomBytes(24).toString('hex'))
  );
}

/** The example addresses in the registrations, before Sésame starts (it reads them at start). */
function relyingApps(): unknown[] {
  const text = recipe('relying-apps.json')
    .replaceAll('https://apps.example.org', apacheUrl)
    .replaceAll('https://registre.example.org', phpUrl);
  const intranet = (JSON.parse(text) as Array<{ id: string; cas?: { services: string[] } }>).find(
    (app) => app.id === 'intranet',
  )!;
  // The intranet again, validated in SAML 1.1 by a second Apache (docs/adr/0044).
  const samlIntranet = {
    ...intranet,
    id: 'intranet-saml',
    name: 'Intranet (mod_auth_cas, SAML 1.1)',
    cas: { ...intranet.cas, services: [`${samlUrl}/intranet/*`] },
  };
  return [...(JSON.parse(text) as unknown[]), samlIntranet];
}

/**
 * The mod_auth_cas recipe validating in SAML 1.1: `CASValidateSAML On` and /cas/samlValidate, the
 * two settings docs/integrators.md names (server-wide in mod_auth_cas, hence a second Apache).
 */
function samlRecipe(): string {
  return adapt('mod_auth_cas.conf')
    .replace(
      `CASValidateURL ${stack!.baseUrl}/cas/serviceValidate`,
      `CASValidateURL ${stack!.baseUrl}/cas/samlValidate\nCASValidateSAML On`,
    )
    .replaceAll(join(dir!, 'cas-cache'), join(dir!, 'cas-cache-saml'));
}

describe('the recipes of docs/integrators.md', () => {
  const page = readFileSync(new URL('../../docs/integrators.md', import.meta.url), 'utf8');
  it.each(RECIPE_FILES)('docs/integrators.md shows recipes/%s verbatim', (name, language) => {
    expect(page).toContain(`\`\`\`${language}\n${recipe(name)}\`\`\``);
  });
});

const chromium = chromiumForFile();
/** Sésame's log, from `info` up (docs/adr/0064: what operators read after a sign-out). */
const logLines: string[] = [];
let dir: string | undefined;
let cert: TestCertificate;
let stack: Stack | undefined;
let apacheUrl = '';
let phpUrl = '';
let samlUrl = '';
let apachePort = 0;
let phpPort = 0;
let samlPort = 0;

/**
 * The Apache carrying both modules and phpCAS's PHP, each started once, by the first block that
 * needs it (their own block, the one-sign-out block: either may run alone with `-t`), and stopped
 * in the file's afterAll.
 */
let apache: ClientServer | undefined;
let php: ClientServer | undefined;
let apacheStarting: Promise<ClientServer> | undefined;
let phpStarting: Promise<ClientServer> | undefined;

beforeAll(async () => {
  if (!APACHE && !PHPCAS_RUN) return;
  if (!(await chromium.launch())) return;
  dir = clientDir('sesame-real-clients-');
  cert = await testCertificate(dir);
  [apachePort, phpPort, samlPort] = [await freePort(), await freePort(), await freePort()];
  apacheUrl = `http://localhost:${apachePort}`;
  phpUrl = `http://localhost:${phpPort}`;
  samlUrl = `http://localhost:${samlPort}`;
  stack = await startStack({
    https: cert,
    demoAccounts: true,
    config: { relyingApps: relyingApps() },
    logLines,
  });
});

afterAll(async () => {
  // Every process of ours is stopped, and the folder removed, whatever failed before.
  try {
    await Promise.allSettled([apache?.stop(), php?.stop(), chromium.close()]);
    await stack?.stop();
  } finally {
    removeClientDir(dir);
  }
});

/**
 * A fresh browser in English that accepts the test's certificate (Sésame's pages are on https),
 * sending `extraHTTPHeaders` with every request.
 */
async function newPage(
  extraHTTPHeaders: Record<string, string> = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.get().newContext({ locale: 'en-GB', ignoreHTTPSErrors: true, extraHTTPHeaders });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Sésame's sign-in page: the e-mail, Next, the password, Sign in. */
async function signIn(page: Page, person: { email: string; password: string }): Promise<void> {
  await waitForHeading(page, s.signIn.title);
  expect(new URL(page.url()).origin).toBe(stack!.baseUrl);
  await page.getByLabel(s.fields.email, { exact: true }).fill(person.email);
  await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
  await waitForHeading(page, s.signIn.passwordTitle);
  await page.getByLabel(s.fields.password, { exact: true }).fill(person.password);
  await page.getByRole('button', { name: s.signIn.signInButton, exact: true }).click();
}

/** The page the client protects, once it shows: what the client handed the application. */
async function whoami(page: Page, origin: string, client: ClientServer): Promise<Record<string, string>> {
  try {
    await page.waitForURL((url) => url.origin === origin && !url.search.includes('ticket='));
    await page
      .getByText(/^(REMOTE_USER|user)=/m)
      .first()
      .waitFor();
  } catch (error) {
    throw new Error(`the client's page did not show at ${page.url()}; its log:\n${client.log()}`, { cause: error });
  }
  return parseWhoami(await page.locator('body').innerText());
}

/**
 * A fresh browser (sending `headers`) opens `path` behind `client`, signs in at Sésame as John and
 * comes back: `check` gets what the client handed the application, and the page; the browser is
 * closed whatever happens.
 */
async function asJohnAt(
  client: ClientServer,
  path: string,
  check: (seen: Record<string, string>, page: Page) => Promise<void>,
  headers: Record<string, string> = {},
): Promise<void> {
  const { context, page } = await newPage(headers);
  try {
    await page.goto(`${client.url}${path}`);
    await signIn(page, JOHN);
    await check(await whoami(page, client.url, client), page);
  } finally {
    await context.close();
  }
}

describe.runIf(APACHE)('Apache mod_auth_cas validating in SAML 1.1 (/cas/samlValidate, docs/adr/0044)', () => {
  let samlApache: ClientServer | undefined;

  beforeAll(async () => {
    if (!stack) return;
    const casCache = join(dir!, 'cas-cache-saml');
    mkdirSync(casCache);
    chmodSync(casCache, 0o777);
    const apacheDir = join(dir!, 'apache-saml');
    mkdirSync(apacheDir, { mode: 0o755 });
    samlApache = await startApache(
      apacheDir,
      samlPort,
      (cgi) => `${samlRecipe()}\nScriptAliasMatch ^/(intranet)(/.*)?$ ${cgi}\n`,
    );
  });
  afterAll(() => samlApache?.stop());

  it('the same REMOTE_USER and ldap names as from /cas/serviceValidate', async () => {
    expect(samlRecipe()).toContain('CASValidateSAML On');
    await asJohnAt(samlApache!, '/intranet/', async (seen) => {
      expect(seen).toMatchObject({
        REMOTE_USER: JOHN.id,
        HTTP_CAS_MAIL: JOHN.email,
        HTTP_CAS_GIVENNAME: JOHN.firstName,
        HTTP_CAS_SN: JOHN.lastName,
        HTTP_CAS_CN: `${JOHN.firstName} ${JOHN.lastName}`,
        HTTP_CAS_UID: JOHN.id,
        HTTP_CAS_AUTHENTICATIONLEVEL: 'BASIC',
        // Only a SAML answer has it: mod_auth_cas copies the AuthenticationStatement's method.
        HTTP_CAS_AUTHENTICATIONMETHOD: 'urn:oasis:names:tc:SAML:1.0:am:password',
      });
      expect(Object.keys(seen)).not.toContain('HTTP_CAS_EMAIL');
    });
  });
});

function startMainApache(): Promise<ClientServer> {
  apacheStarting ??= (async () => {
    const casCache = join(dir!, 'cas-cache');
    mkdirSync(casCache);
    chmodSync(casCache, 0o777); // Apache's children (www-data) write mod_auth_cas's tickets there
    const apacheDir = join(dir!, 'apache');
    mkdirSync(apacheDir, { mode: 0o755 });
    apache = await startApache(
      apacheDir,
      apachePort,
      (cgi) =>
        `${adapt('mod_auth_cas.conf')}\n${adapt('mod_auth_openidc.conf')}\n` +
        `ScriptAliasMatch ^/(intranet|wiki|wiki-admin)(/.*)?$ ${cgi}\n`,
    );
    return apache;
  })();
  return apacheStarting;
}

function startPhpCas(): Promise<ClientServer> {
  phpStarting ??= (async () => {
    const phpDir = join(dir!, 'php');
    mkdirSync(phpDir);
    // Beside the recipe, the control of its sender check: the same page listing only a name that
    // is not Sésame's, whose session a logoutRequest must therefore not end.
    php = await startPhp(phpDir, phpPort, adapt('phpcas.php'), {
      'elsewhere.php': adapt('phpcas.php').replace("['localhost']", `['${ELSEWHERE}']`),
    });
    return php;
  })();
  return phpStarting;
}

describe.runIf(APACHE)('Apache mod_auth_cas and mod_auth_openidc (Debian)', () => {
  beforeAll(async () => {
    if (stack) await startMainApache();
  });

  it('mod_auth_cas: REMOTE_USER and the ldap names, from /cas/serviceValidate; Require cas-attribute on them', async () => {
    await asJohnAt(apache!, '/intranet/', async (seen, page) => {
      expect(seen).toMatchObject({
        REMOTE_USER: JOHN.id,
        HTTP_CAS_MAIL: JOHN.email,
        HTTP_CAS_GIVENNAME: JOHN.firstName,
        HTTP_CAS_SN: JOHN.lastName,
        HTTP_CAS_CN: `${JOHN.firstName} ${JOHN.lastName}`,
        HTTP_CAS_DISPLAYNAME: `${JOHN.firstName} ${JOHN.lastName}`,
        HTTP_CAS_UID: JOHN.id,
      });
      // Sésame's own names are not sent: the ldap profile replaces them.
      expect(Object.keys(seen)).not.toContain('HTTP_CAS_EMAIL');
      expect(Object.keys(seen)).not.toContain('HTTP_CAS_FIRSTNAME');

      // Authorization on a renamed attribute: the location for Marie’s address refuses John.
      const refused = await page.goto(`${apache!.url}/intranet/marie/`);
      expect(refused?.status()).toBe(403);
    });
  });

  it('attacker: CAS- headers the browser forges never reach the application (CASScrubRequestHeaders)', async () => {
    // CAS-mail and CAS-User are overwritten by mod_auth_cas anyway; CAS-employeeType is not released to
    // this application, so only the scrubbing keeps a forged one from looking like Sésame's.
    await asJohnAt(
      apache!,
      '/intranet/',
      async (seen) => {
        expect(seen).toMatchObject({ REMOTE_USER: JOHN.id, HTTP_CAS_MAIL: JOHN.email, HTTP_CAS_USER: JOHN.id });
        expect(JSON.stringify(seen)).not.toContain('forged@attacker.example');
        expect(JSON.stringify(seen)).not.toContain('n00adm1n');
        expect(Object.keys(seen)).not.toContain('HTTP_CAS_EMPLOYEETYPE');
      },
      {
        'CAS-mail': 'forged@attacker.example',
        'CAS-User': 'n00adm1n',
        'CAS-employeeType': 'administrator',
      },
    );
  });

  it('mod_auth_openidc: REMOTE_USER from preferred_username, and the renamed claims', async () => {
    await asJohnAt(apache!, '/wiki/', async (seen) => {
      expect(seen).toMatchObject({
        REMOTE_USER: JOHN.id,
        OIDC_CLAIM_sub: JOHN.id,
        OIDC_CLAIM_preferred_username: JOHN.id,
        OIDC_CLAIM_mail: JOHN.email,
        OIDC_CLAIM_given_name: JOHN.firstName,
        OIDC_CLAIM_family_name: JOHN.lastName,
        OIDC_CLAIM_org: JOHN.organisation,
        OIDC_CLAIM_acr: 'BASIC',
      });
      // `email` was renamed, not copied.
      expect(Object.keys(seen)).not.toContain('OIDC_CLAIM_email');
    });
  });

  it('mod_auth_openidc asking HIGH: “I cannot go further” → it receives unmet_authentication_requirements', async () => {
    const { context, page } = await newPage();
    const requests: URL[] = [];
    const callbacks: { method: string; params: URLSearchParams }[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === stack!.baseUrl && url.pathname === '/oidc/auth') requests.push(url);
      if (url.origin === apache!.url && url.pathname === '/wiki/redirect_uri')
        callbacks.push({ method: request.method(), params: new URLSearchParams(request.postData() ?? '') });
    });
    try {
      await page.goto(`${apache!.url}/wiki-admin/`);
      await signIn(page, JOHN);
      expect(requests.map((url) => url.searchParams.get('acr_values'))).toEqual(['HIGH']);
      // Sésame's level page: HIGH asks for a certified security key, and offers the way back.
      await waitForHeading(page, s.stepUp.title);
      await page.getByRole('button', { name: format(s.stepUp.backOidc, { app: OIDC_APP }), exact: true }).click();
      await page.getByText('unmet_authentication_requirements').first().waitFor();
      // mod_auth_openidc's own error page, at its redirect URI, with the error Sésame sent.
      expect(new URL(page.url()).origin).toBe(apache!.url);
      // form_post (OIDCResponseMode): the error, the state and Sésame's issuer (RFC 9207).
      expect(callbacks.map(({ method, params }) => [method, params.get('error'), params.get('iss')])).toEqual([
        ['POST', 'unmet_authentication_requirements', `${stack!.baseUrl}/oidc`],
      ]);
      expect(callbacks[0]!.params.get('state')).toBeTruthy();
      expect(await page.locator('body').innerText()).toContain(
        'OpenID Connect Provider error: unmet_authentication_requirements',
      );
      // Nothing was granted: the location asking HIGH sends the browser back to Sésame.
      await page.goto(`${apache!.url}/wiki-admin/`);
      await page.waitForURL((url) => url.origin === stack!.baseUrl);
      expect(requests).toHaveLength(2);
    } catch (error) {
      const body = await page
        .locator('body')
        .innerText({ timeout: 1000 })
        .catch(() => '(none)');
      throw new Error(`${(error as Error).message}\nat ${page.url()}: ${body}\nApache's log:\n${apache!.log()}`, {
        cause: error,
      });
    } finally {
      await context.close();
    }
  });
});

describe.runIf(PHPCAS_RUN)('phpCAS (Debian), CAS 3.0', () => {
  beforeAll(async () => {
    if (stack) await startPhpCas();
  });

  it('phpCAS: the user and the application’s own attribute names, from /cas/p3/serviceValidate', async () => {
    await asJohnAt(php!, '/', async (seen) => {
      expect(seen).toMatchObject({
        user: JOHN.id,
        mail: JOHN.email,
        givenName: JOHN.firstName,
        sn: JOHN.lastName,
        o: JOHN.organisation,
      });
      // Withheld (`locale: []`) and replaced names are absent.
      expect(Object.keys(seen)).not.toContain('locale');
      expect(Object.keys(seen)).not.toContain('email');
    });
  });

  it('phpCAS checks the sender of a logoutRequest: a page whose list does not name Sésame keeps its session', async () => {
    // The recipe's page ends its session on the same sign-out ("one sign-out" below): the check is
    // on, and what the recipe lists passes it.
    expect(adapt('phpcas.php')).toContain("phpCAS::handleLogoutRequests(true, ['localhost']);");
    const { context, page } = await newPage();
    try {
      await page.goto(`${php!.url}/elsewhere.php`);
      await signIn(page, JOHN);
      expect(await whoami(page, php!.url, php!)).toMatchObject({ user: JOHN.id });
      await page.goto(`${stack!.baseUrl}/cas/logout`);
      await waitForHeading(page, s.cas.signedOutTitle);
      // Signed out at Sésame, but phpCAS refused the logoutRequest from a sender it does not list.
      await page.goto(`${php!.url}/elsewhere.php`);
      expect(await whoami(page, php!.url, php!)).toMatchObject({ user: JOHN.id });
      expect(new URL(page.url()).pathname).toBe('/elsewhere.php');
    } finally {
      await context.close();
    }
  });
});

/**
 * A client's protected page, the line of that page naming the person, and the Sésame endpoint the
 * client sends a browser that has no session there.
 */
interface SignedInClient {
  name: string;
  server: ClientServer;
  path: string;
  user: 'REMOTE_USER' | 'user';
  sesameEndpoint: '/cas/login' | '/oidc/auth';
}

/** The clients of this run that end their session when Sésame's ends (the recipes' single-logout lines). */
function singleLogoutClients(): SignedInClient[] {
  const clients: SignedInClient[] = [];
  if (apache) {
    clients.push(
      { name: 'mod_auth_cas', server: apache, path: '/intranet/', user: 'REMOTE_USER', sesameEndpoint: '/cas/login' },
      { name: 'mod_auth_openidc', server: apache, path: '/wiki/', user: 'REMOTE_USER', sesameEndpoint: '/oidc/auth' },
    );
  }
  if (php) clients.push({ name: 'phpCAS', server: php, path: '/', user: 'user', sesameEndpoint: '/cas/login' });
  return clients;
}

/** The two ways of signing out at Sésame that end every application's session with it. */
const SIGN_OUTS = [
  [
    'the portal’s “Sign out”',
    async (page: Page) => {
      await page.goto(`${stack!.baseUrl}/account`);
      await page.getByRole('button', { name: s.layout.signOut, exact: true }).click();
      await waitForHeading(page, s.signIn.title);
    },
  ],
  [
    '/cas/logout',
    async (page: Page) => {
      await page.goto(`${stack!.baseUrl}/cas/logout`);
      await waitForHeading(page, s.cas.signedOutTitle);
    },
  ],
] as const;

describe.runIf(APACHE || PHPCAS_RUN)('one sign-out at Sésame ends the session at every client (docs/adr/0058)', () => {
  beforeAll(async () => {
    if (!stack) return;
    if (APACHE) await startMainApache();
    if (PHPCAS_RUN) await startPhpCas();
  });

  it.each(SIGN_OUTS)(
    '%s: mod_auth_cas (CASSSOEnabled), mod_auth_openidc (back-channel), phpCAS',
    async (_, signOut) => {
      const clients = singleLogoutClients();
      expect(clients.map((client) => client.name)).toEqual([
        ...(APACHE ? ['mod_auth_cas', 'mod_auth_openidc'] : []),
        ...(PHPCAS_RUN ? ['phpCAS'] : []),
      ]);
      const { context, page } = await newPage();
      const atSesame: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        // Pages only: a favicon or stylesheet of the page before may be fetched after it.
        if (url.origin === stack!.baseUrl && !url.pathname.startsWith('/static/')) atSesame.push(url.pathname);
      });
      try {
        // Signed in once, at the first client; the others join the same Sésame session.
        for (const [index, client] of clients.entries()) {
          await page.goto(`${client.server.url}${client.path}`);
          if (index === 0) await signIn(page, JOHN);
          expect(await whoami(page, client.server.url, client.server)).toMatchObject({
            [client.user]: JOHN.id,
          });
        }
        // Each client now has its own session: its page shows without a trip to Sésame.
        atSesame.length = 0;
        for (const client of clients) {
          await page.goto(`${client.server.url}${client.path}`);
          expect(await whoami(page, client.server.url, client.server)).toMatchObject({
            [client.user]: JOHN.id,
          });
        }
        expect(atSesame).toEqual([]);

        const logFrom = logLines.length;
        await signOut(page);
        // What operators read (docs/adr/0064): no warning for a logout every client received;
        // mod_auth_cas's redirect to the CAS login is logged as delivered, at info.
        const logged = singleLogoutLog(logFrom);
        expect(logged.filter((line) => line.level >= 40)).toEqual([]);
        if (APACHE) {
          expect(logged).toContainEqual(
            expect.objectContaining({ level: 30, msg: 'single logout delivered', appId: 'intranet', status: 302 }),
          );
        }

        // The browser still holds each client's cookie; only the client's own session store can
        // have forgotten it, told by Sésame's logoutRequest or Logout Token. Each page now sends the
        // browser back to Sésame, which asks to sign in.
        for (const client of clients) {
          atSesame.length = 0;
          await page.goto(`${client.server.url}${client.path}`);
          await waitForHeading(page, s.signIn.title);
          expect(new URL(page.url()).origin, client.name).toBe(stack!.baseUrl);
          expect(atSesame[0], client.name).toBe(client.sesameEndpoint);
        }
      } catch (error) {
        const body = await page
          .locator('body')
          .innerText({ timeout: 1000 })
          .catch(() => '(none)');
        throw new Error(
          `${(error as Error).message}\nat ${page.url()}: ${body}\n` +
            clients.map((client) => `${client.name}'s log:\n${client.server.log()}`).join('\n'),
          { cause: error },
        );
      } finally {
        await context.close();
      }
    },
  );
});
