import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { RelyingAppInput } from '@sesame/core';
import { expect } from 'vitest';
import { COOKIES } from '../src/http/cookies';
import type { Browser, Page, TestPortal } from './test-portal';

/** Helpers of the CAS HTTP tests: fixtures, a normaliser, local servers for the back channel. */

const FIXTURES = new URL('../src/cas/fixtures/', import.meta.url);

export const TLS = {
  cert: readFileSync(new URL('tls/localhost-test-only.cert.pem', FIXTURES), 'utf8'),
  key: readFileSync(new URL('tls/localhost-test-only.key.pem', FIXTURES), 'utf8'),
};

export const USER = {
  id: 'n0025vuz',
  email: 'marie.dupont@ddpp35.example.fr',
  password: 'le chat dort sur le radiateur',
  firstName: 'Marie',
  lastName: 'Dupont',
  organisation: 'DDPP d’Ille-et-Vilaine (35) & <co>',
  emailLocale: 'fr' as const,
};

export const STD_SERVICE = 'https://std.example.org/cas/callback?lang=fr';
export const EULOGIN_SERVICE = 'https://traces.example.eu/cas';
export const BACKEND_SERVICE = 'https://backend.example.org/api';
export const MEDIUM_SERVICE = 'https://medium.example.org/';

/**
 * The relying applications of the CAS tests; the proxy callbacks point to the local TLS server.
 * Only `slo-app`, served locally, wants single logout: the others' hosts do not exist.
 */
export function casApps(callbackBase: string, sloBase: string): RelyingAppInput[] {
  return [
    {
      id: 'std-app',
      name: 'Standard app',
      attributes: ['email', 'firstName', 'lastName', 'organisation', 'locale', 'employeeType'],
      cas: { services: ['https://std.example.org/*'], proxyCallbacks: [`${callbackBase}/std/*`], singleLogout: false },
    },
    {
      id: 'traces',
      name: 'TRACES NT',
      attributes: ['email', 'firstName', 'lastName', 'organisation', 'locale', 'employeeType'],
      cas: {
        services: ['https://traces.example.eu/*'],
        flavour: 'eulogin',
        proxyCallbacks: [`${callbackBase}/traces/*`],
        singleLogout: false,
      },
    },
    {
      id: 'backend',
      name: 'Backend',
      cas: {
        services: ['https://backend.example.org/*'],
        proxyCallbacks: [`${callbackBase}/backend/*`],
        singleLogout: false,
      },
    },
    {
      id: 'medium-app',
      name: 'Medium app',
      policy: { minimumLevel: 'MEDIUM' },
      cas: { services: [`${MEDIUM_SERVICE}*`], singleLogout: false },
    },
    // Before slo-app, whose pattern also matches: the first registered wins.
    { id: 'quiet-app', name: 'Quiet app', cas: { services: [`${sloBase}/quiet/*`], singleLogout: false } },
    { id: 'slo-app', name: 'SLO app', cas: { services: [`${sloBase}/*`] } },
  ];
}

/** Replaces what changes at every run (ticket ids, dates, known values) with placeholders. */
export function normalise(body: string, known: Record<string, string> = {}): string {
  let out = body;
  for (const [value, placeholder] of Object.entries(known)) out = out.replaceAll(value, placeholder);
  return out
    .replace(/\b(ST|PT|PGTIOU|PGT|ECAS_LR|LR)-[A-Za-z0-9-]+/g, '$1-{id}')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, '{date}');
}

/** Compares a response with the fixture document checked in under src/cas/fixtures/. */
export function expectFixture(body: string, name: string, known: Record<string, string> = {}) {
  const expected = readFileSync(new URL(name, FIXTURES), 'utf8');
  if (name.endsWith('.json')) {
    expect(JSON.parse(normalise(body, known))).toEqual(JSON.parse(expected));
  } else {
    expect(normalise(body, known)).toBe(expected);
  }
}

/** A local server that records what it receives and answers `status`. */
export interface RecordingServer {
  base: string;
  requests: Array<{ method: string; url: string; body: string }>;
  status: number;
  close(): Promise<void>;
}

async function record(server: Server, scheme: 'http' | 'https'): Promise<RecordingServer> {
  const recording: RecordingServer = {
    base: '',
    requests: [],
    status: 200,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  server.on('request', (request: IncomingMessage, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      recording.requests.push({ method: request.method ?? '', url: request.url ?? '', body });
      response.statusCode = recording.status;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  recording.base = `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return recording;
}

/** An HTTPS server with the test-only certificate: the proxy callbacks' receiver. */
export function startTlsServer(): Promise<RecordingServer> {
  return record(createHttpsServer({ key: TLS.key, cert: TLS.cert }), 'https');
}

/** A plain HTTP server: a relying application receiving single logout requests. */
export function startHttpServer(): Promise<RecordingServer> {
  return record(createHttpServer(), 'http');
}

export function ticketIn(page: Page): string {
  expect(page.status).toBe(303);
  const ticket = new URL(page.location!).searchParams.get('ticket');
  if (!ticket) throw new Error(`no ticket in ${page.location}`);
  return ticket;
}

/** /cas/login for `service` with a browser that has no session, through both sign-in steps. */
export async function casSignIn(browser: Browser, service: string, query = ''): Promise<Page> {
  const start = await browser.get(`/cas/login?service=${encodeURIComponent(service)}${query}`);
  expect(start.status).toBe(303);
  expect(start.location).toMatch(/^\/login/);
  await browser.follow(start);
  expect((await browser.post('/login', { email: USER.email })).status).toBe(303);
  return browser.post('/login/password', { password: USER.password });
}

/** GET an application-facing endpoint, as a relying application would (no cookies). */
export async function call(portal: TestPortal, path: string, params: Record<string, string | undefined>) {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  const response = await portal.app.inject({ method: 'GET', url: `${path}?${query}` });
  return { status: response.statusCode, type: response.headers['content-type'], body: response.body };
}

export { COOKIES };

/** A portal with the CAS test applications, a TLS callback receiver and an SLO receiver. */
export interface CasWorld {
  portal: TestPortal;
  /** Receives proxy callbacks (https, test-only certificate, trusted by the portal). */
  callbacks: RecordingServer;
  /** A relying application's server, receiving single logout requests. */
  slo: RecordingServer;
  known: Record<string, string>;
  close(): Promise<void>;
}

export async function createCasWorld(options: { trustTestCa?: boolean } = {}): Promise<CasWorld> {
  const { createTestPortal } = await import('./test-portal');
  const { createOutboundHttp } = await import('../src/http/outbound-http');
  const callbacks = await startTlsServer();
  const slo = await startHttpServer();
  const portal = await createTestPortal({
    relyingApps: casApps(callbacks.base, slo.base),
    outbound: createOutboundHttp({ extraCa: options.trustTestCa === false ? undefined : TLS.cert }),
  });
  await portal.createUser(USER);
  return {
    portal,
    callbacks,
    slo,
    known: { [callbacks.base]: 'https://{callback-host}', [slo.base]: 'http://{slo-host}' },
    async close() {
      await portal.close();
      await callbacks.close();
      await slo.close();
    },
  };
}

/** The PGT a proxy callback received last. */
export function lastPgt(callbacks: RecordingServer): string {
  const last = callbacks.requests.at(-1);
  if (!last) throw new Error('no proxy callback was received');
  return new URLSearchParams(last.url.split('?')[1]).get('pgtId')!;
}
