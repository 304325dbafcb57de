import {
  generateUserId,
  ServiceRegistry,
  type Clock,
  type DurableStore,
  type EphemeralStore,
  type Mailer,
  type MailRequest,
  type MailTemplate,
  type PasswordHasher,
  type RelyingAppInput,
  type UserRecord,
} from '@sesame/core';
import type { Locale } from '@sesame/protocol';
import { createDurableStore, createMemoryEphemeralStore } from '@sesame/storage';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app';
import type { AppContext } from '../src/compose/app-context';
import { compose } from '../src/compose/compose';
import type { SesameConfig } from '../src/config/config-schema';
import { loadConfig } from '../src/config/load-config';
import { COOKIES } from '../src/http/cookies';
import type { OutboundHttp } from '../src/http/outbound-http';
import { mailLink } from '../src/mail/mail-links';
import { createArgon2Hasher } from '../src/security/argon2-hasher';
import { loadOrCreateKeyRing } from '../src/oidc/key-ring';
import { silentLogger } from '../src/observability/logger';
import type { Services } from '../src/services';

/**
 * An in-process Sésame portal for HTTP tests: real SQLite in memory, the memory ephemeral store,
 * argon2id with small parameters, a mailer that records what the domain asks to send, and one
 * clock shared by the services and the ephemeral store's TTLs, so tests can jump past expiries.
 */

/** Real time plus an offset: time moves as in production, and `advance` jumps ahead. */
export class TestClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
}

/**
 * One OIDC key ring for all the portals of a test worker: generating RSA keys for each would
 * slow every HTTP test down. Created by the first portal, kept here, and written for each portal
 * to a directory of its own that its `close` removes (a test worker is killed, not exited: a
 * directory shared by the worker would be left behind).
 */
let testOidcKeys: string | undefined;

/** A port nothing listens on now, for a portal whose public URL must name it before it listens. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export type MailOf<T extends MailTemplate> = Extract<MailRequest, { template: T }>;

/** Records every MailRequest; the SMTP and outbox paths are tested in src/mail. */
export class CapturingMailer implements Mailer {
  readonly sent: MailRequest[] = [];
  async send(mail: MailRequest): Promise<void> {
    this.sent.push(structuredClone(mail));
  }
  of<T extends MailTemplate>(template: T): MailOf<T>[] {
    return this.sent.filter((mail): mail is MailOf<T> => mail.template === template);
  }
  /** The newest mail of `template`; fails the test when there is none. */
  last<T extends MailTemplate>(template: T): MailOf<T> {
    const mail = this.of(template).at(-1);
    if (!mail)
      throw new Error(`no ${template} mail was sent (sent: ${this.sent.map((m) => m.template).join(', ') || 'none'})`);
    return mail;
  }
}

export interface TestPortal {
  app: FastifyInstance;
  /** The composed server's contexts (compose/compose.ts). */
  context: AppContext;
  /** The bridge of the old `Services` (the sign-in routes' and device API's; read-only at its top). */
  services: Services;
  config: SesameConfig;
  clock: TestClock;
  mailer: CapturingMailer;
  durable: DurableStore;
  ephemeral: EphemeralStore;
  /** The portal's public URL; with `listen`, where it listens (e.g. http://127.0.0.1:41234). */
  baseUrl: string;
  /** A browser with an empty cookie jar, sending `acceptLanguage` (e.g. `en`) when given. */
  browser(acceptLanguage?: string): Browser;
  /** Path and query of the link a mail points to (as the mail renderer builds it). */
  linkIn(mail: MailRequest): string;
  /** An active account written straight to the store (no mail, no audit event). */
  createUser(input: NewTestUser): Promise<UserRecord>;
  close(): Promise<void>;
}

export interface NewTestUser {
  /** The account identifier; a random one by default. */
  id?: string;
  email: string;
  password: string;
  firstName?: string;
  lastName?: string;
  emailLocale?: Locale;
  /** The owner chose `emailLocale` (docs/adr/0055): the signed-in pages follow it. Not by default. */
  languageChosen?: boolean;
  organisation?: string | null;
}

export interface TestPortalOptions {
  /** Config overrides by dotted path, e.g. `{ 'signIn.lockAfterFailures': 3 }`. */
  config?: Record<string, unknown>;
  /** Wraps a store before the services see it (e.g. to make `ping` reject). */
  wrapDurable?: (store: DurableStore) => DurableStore;
  /** Told of every route the app registers (buildApp's onRoute). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
  wrapEphemeral?: (store: EphemeralStore) => EphemeralStore;
  /** The relying applications to register (none by default). */
  relyingApps?: RelyingAppInput[];
  /** Back-channel HTTP (proxy callbacks, single logout), e.g. one trusting a test CA. */
  outbound?: OutboundHttp;
  /**
   * Listen on 127.0.0.1 on a free port, the public URL set to it, for clients that need a real
   * server (an OpenID Connect relying party fetching discovery, keys and tokens).
   */
  listen?: boolean;
}

export async function createTestPortal(options: TestPortalOptions = {}): Promise<TestPortal> {
  const port = options.listen ? await freePort() : undefined;
  const keysDirectory = mkdtempSync(join(tmpdir(), 'sesame-test-oidc-'));
  const keysFile = join(keysDirectory, 'oidc-keys.json');
  if (testOidcKeys) writeFileSync(keysFile, testOidcKeys, { mode: 0o600 });
  const removeKeys = () => rmSync(keysDirectory, { recursive: true, force: true });
  try {
    return await startTestPortal(options, port, keysFile, removeKeys);
  } catch (error) {
    removeKeys();
    throw error;
  }
}

async function startTestPortal(
  options: TestPortalOptions,
  port: number | undefined,
  keysFile: string,
  removeKeys: () => void,
): Promise<TestPortal> {
  // An empty environment: nothing from the developer's shell leaks into the tests.
  const config = loadConfig(
    {},
    {
      databaseUrl: 'sqlite::memory:',
      demoAccounts: false,
      devPages: false,
      'password.argon2.memoryKiB': 8192,
      'password.argon2.iterations': 1,
      'oidc.keysFile': keysFile,
      // Test clocks jump by hours and years: the hourly purge would delete what a test reads.
      // Its own tests drive it (retention-purge.test.ts).
      'retention.purgeIntervalMinutes': 0,
      ...(port ? { publicUrl: `http://127.0.0.1:${port}` } : {}),
      ...options.config,
    },
  );
  const clock = new TestClock();
  const mailer = new CapturingMailer();
  const rawDurable = await createDurableStore(config.databaseUrl);
  const rawEphemeral = createMemoryEphemeralStore({ clock: () => clock.now().getTime() });
  const durable = options.wrapDurable?.(rawDurable) ?? rawDurable;
  const ephemeral = options.wrapEphemeral?.(rawEphemeral) ?? rawEphemeral;
  const hasher = createArgon2Hasher(config.password.argon2);
  const context = compose({
    config,
    durable,
    ephemeral,
    mailer,
    hasher,
    clock,
    logger: silentLogger(),
    oidcKeyRing: loadOrCreateKeyRing(config.oidc.keysFile, clock.now()).ring,
    ...(options.relyingApps ? { registry: ServiceRegistry.from(options.relyingApps) } : {}),
    ...(options.outbound ? { outbound: options.outbound } : {}),
  });
  const services = context.legacy;
  const app = await buildApp(context, options.onRoute ? { onRoute: options.onRoute } : {});
  await app.ready();
  // A test may name its own key ring (config `oidc.keysFile`): only the shared one is kept.
  if (config.oidc.keysFile === keysFile) testOidcKeys ??= readFileSync(keysFile, 'utf8');
  if (port) await app.listen({ host: '127.0.0.1', port });

  return {
    app,
    context,
    services,
    config,
    clock,
    mailer,
    durable,
    ephemeral,
    baseUrl: config.publicUrl,
    browser: (acceptLanguage) => new Browser(app, { acceptLanguage, origin: new URL(config.publicUrl).origin }),
    linkIn(mail) {
      const url = new URL(mailLink(mail, config.publicUrl));
      return `${url.pathname}${url.search}`;
    },
    async createUser(input) {
      const id = input.id ?? generateUserId();
      const created = await durable.users.create({
        id,
        email: input.email,
        firstName: input.firstName ?? 'Marie',
        lastName: input.lastName ?? 'Dupont',
        emailLocale: input.emailLocale ?? 'fr',
        languageChosenAt: input.languageChosen ? clock.now() : null,
        passwordHash: await hasher.hash(input.password),
        organisation: input.organisation ?? null,
        roles: [],
        createdAt: clock.now(),
      });
      const user = created ? await durable.users.findById(id) : null;
      if (!user) throw new Error(`could not create ${input.email}`);
      return user;
    },
    async close() {
      await app.close();
      await rawEphemeral.close();
      await rawDurable.close();
      removeKeys();
    },
  };
}

/** Counts the passwords the portal checks from now on (its hasher's `verify` calls). */
export function countVerifications(portal: TestPortal): { count: number } {
  const counter = { count: 0 };
  const hasher: PasswordHasher = portal.services.accounts.hasher;
  portal.services.accounts.hasher = {
    hash: (password) => hasher.hash(password),
    verify: (hash, password) => {
      counter.count++;
      return hasher.verify(hash, password);
    },
  };
  return counter;
}

/** One response, as a browser sees it. */
export interface Page {
  status: number;
  headers: LightMyRequestResponse['headers'];
  /** The Location header of a redirect. */
  location: string | undefined;
  html: string;
  /** The cookies this response set or deleted. */
  setCookies: LightMyRequestResponse['cookies'];
  response: LightMyRequestResponse;
}

export interface PostOptions {
  /** `_csrf` to send: the jar's CSRF cookie by default, `null` to send none. */
  csrf?: string | null;
  headers?: Record<string, string>;
}

/**
 * A tiny browser over `inject()`: a cookie jar that honours Set-Cookie, deletions (Max-Age ≤ 0 or
 * an Expires in the past) and the `__Host-` prefix rules; forms are urlencoded and carry the
 * CSRF token and the Origin a browser would send. Redirects are not followed automatically.
 */
export class Browser {
  private readonly jar = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly options: {
      acceptLanguage?: string | undefined;
      origin?: string | undefined;
      userAgent?: string;
    } = {},
  ) {}

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  /** Puts a cookie in the jar as if a previous response had set it (e.g. a replayed session). */
  setCookie(name: string, value: string): void {
    this.jar.set(name, value);
  }

  get session(): string | undefined {
    return this.jar.get(COOKIES.session);
  }

  get(url: string, headers: Record<string, string> = {}): Promise<Page> {
    return this.request('GET', url, undefined, headers);
  }

  post(url: string, form: Record<string, string | undefined> = {}, options: PostOptions = {}): Promise<Page> {
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(form)) if (value !== undefined) fields[key] = value;
    const csrf = options.csrf === undefined ? this.jar.get(COOKIES.csrf) : options.csrf;
    if (csrf !== null && csrf !== undefined) fields._csrf = csrf;
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (this.options.origin) headers.origin = this.options.origin;
    return this.request('POST', url, new URLSearchParams(fields).toString(), { ...headers, ...options.headers });
  }

  /** A multipart form with one file, as a file input sends it (the CSV import), with the CSRF token. */
  postFile(
    url: string,
    file: { field: string; filename: string; content: string | Buffer },
    form: Record<string, string> = {},
    options: PostOptions = {},
  ): Promise<Page> {
    const boundary = `----sesame${Math.random().toString(16).slice(2)}`;
    const csrf = options.csrf === undefined ? this.jar.get(COOKIES.csrf) : options.csrf;
    const fields = { ...(csrf ? { _csrf: csrf } : {}), ...form };
    const parts = Object.entries(fields).map(
      ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    );
    const payload = Buffer.concat([
      Buffer.from(parts.join('')),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.from(file.content),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    if (this.options.origin) headers.origin = this.options.origin;
    return this.request('POST', url, payload, { ...headers, ...options.headers });
  }

  /** GETs the Location of a redirect. */
  follow(page: Page): Promise<Page> {
    if (!page.location) throw new Error(`not a redirect: ${page.status}`);
    return this.get(page.location);
  }

  private async request(
    method: 'GET' | 'POST',
    url: string,
    payload: string | Buffer | undefined,
    headers: Record<string, string>,
  ): Promise<Page> {
    const sent: Record<string, string> = { 'user-agent': this.options.userAgent ?? 'sesame-tests' };
    if (this.options.acceptLanguage) sent['accept-language'] = this.options.acceptLanguage;
    if (this.jar.size > 0) {
      sent.cookie = [...this.jar].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
    }
    const response = await this.app.inject({ method, url, payload, headers: { ...sent, ...headers } });
    const setCookies = response.cookies;
    for (const cookie of setCookies) {
      // RFC 6265bis §4.1.3.2: a browser drops a __Host- cookie without Secure, with a Domain or
      // with a Path other than "/".
      if (cookie.name.startsWith('__Host-') && (!cookie.secure || cookie.domain !== undefined || cookie.path !== '/'))
        continue;
      const expired =
        cookie.maxAge !== undefined
          ? cookie.maxAge <= 0
          : cookie.expires !== undefined && cookie.expires.getTime() <= Date.now();
      if (expired) this.jar.delete(cookie.name);
      else this.jar.set(cookie.name, cookie.value);
    }
    const location = response.headers.location;
    return {
      status: response.statusCode,
      headers: response.headers,
      location: typeof location === 'string' ? location : undefined,
      html: response.body,
      setCookies,
      response,
    };
  }
}

/** Decodes the entities preact-render-to-string writes. */
export function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

/**
 * The visible text of some HTML, its whitespace collapsed — HTML's whitespace only: a
 * non-breaking space (U+00A0, French typography before : ; ! ? and inside « ») is text.
 */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' '))
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

function inner(html: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(html);
  return match?.[1] === undefined ? undefined : textOf(match[1]);
}

/** The error message shown next to a form field, or undefined. */
export function fieldError(html: string, field: string): string | undefined {
  return inner(html, new RegExp(`<p class="field__error" id="${field}-error">([\\s\\S]*?)</p>`));
}

/** The items of the error summary at the top of a form page. */
export function errorSummary(html: string): string[] {
  const block = /<div class="error-summary"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  return [...block.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => textOf(match[1] ?? ''));
}

/** The message of an error page (MessagePage kind "error"). */
export function errorNotice(html: string): string | undefined {
  return inner(html, /<div class="notice notice--error" role="alert">([\s\S]*?)<\/div>/);
}

/** The text of an information or success notice. */
export function notice(html: string): string | undefined {
  return inner(html, /<div class="notice notice--(?:info|success)" role="status">([\s\S]*?)<\/div>/);
}

/** The account identifier shown on "My account". */
export function shownUserId(html: string): string | undefined {
  return inner(html, /<code data-testid="user-id">([\s\S]*?)<\/code>/);
}

/** Signs in through both steps; returns the answer to the password step. */
export async function signIn(browser: Browser, email: string, password: string): Promise<Page> {
  if (!browser.cookie(COOKIES.csrf)) await browser.get('/login');
  const step1 = await browser.post('/login', { email });
  if (step1.status !== 303) throw new Error(`e-mail step answered ${step1.status}`);
  return browser.post('/login/password', { password });
}

/**
 * An active device of `userId` written straight to the store (no enrolment), its secret sealed by
 * the portal's vault; `pushSubscription` null when it gave none.
 */
export async function storeActiveDevice(
  portal: TestPortal,
  device: { id: string; userId: string; name: string; installationId: string; pushSubscription: string | null },
): Promise<void> {
  const sealed = await portal.services.devices.vault.seal(device.id, crypto.getRandomValues(new Uint8Array(32)));
  await portal.durable.devices.create({
    ...device,
    publicKeyJwk: '{}',
    secretKeyId: sealed.keyId,
    secretCiphertext: sealed.ciphertext,
    status: 'active',
    failedAnswers: 0,
    blockedUntil: null,
    blocks: 0,
    createdAt: portal.clock.now(),
    activatedAt: portal.clock.now(),
    lastUsedAt: null,
  });
}
