import { ServiceRegistry, systemClock } from '@sesame/core';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboundHttp } from '../http/outbound-http';
import { notifyParticipants, type WarnLogger } from '../sessions/session-gate';
import type { CasContext } from './cas-context';
import { casSingleLogout, logoutDelivery } from './single-logout';

/**
 * What counts as delivered for a CAS logoutRequest (docs/adr/0064), with the real sender against
 * a real local HTTP server answering as the clients do: 200 (phpCAS), a redirect to the CAS login
 * after reading the body (mod_auth_cas, `CASSSOEnabled On`), a move of the service to https, a
 * refusal, an error, nobody listening. Delivered answers are logged below a warning (a redirect at
 * `info`); the rest stay warnings.
 */
type Answer = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server;
let base = '';
const bodies: string[] = [];
const answers = new Map<string, Answer>();

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      bodies.push(body);
      const answer = answers.get(new URL(request.url ?? '/', base).pathname);
      if (answer) answer(request, response);
      else response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  answers.set('/php/', (_, response) => response.writeHead(200).end('ok'));
  // mod_auth_cas: the POST has no session, so after dropping the one the logoutRequest names it
  // sends the browser it thinks this is to the CAS login.
  answers.set('/intranet/', (_, response) =>
    response
      .writeHead(302, {
        location: `https://sesame.example.org/cas/login?service=${encodeURIComponent(`${base}/intranet/`)}`,
      })
      .end(),
  );
  answers.set('/moved/', (request, response) =>
    response.writeHead(301, { location: `https://${request.headers.host}/moved/` }).end(),
  );
  answers.set('/relative/', (_, response) => response.writeHead(303, { location: '/home' }).end());
  answers.set('/broken/', (_, response) => response.writeHead(500).end());
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A port nothing listens on: an application whose server is down. */
async function downUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}/app/`;
}

/** Sésame's sender for one CAS application registered at `service`, told of one ended session. */
async function signOut(service: string) {
  const registry = ServiceRegistry.from([
    { id: 'app', name: 'App', cas: { services: [`${new URL(service).origin}/*`], singleLogout: true } },
  ]);
  const ended: string[] = [];
  const cas = { tickets: { endChain: async (ticket: string) => void ended.push(ticket) } } as unknown as CasContext;
  const logout = casSingleLogout({ registry, clock: systemClock, outbound: createOutboundHttp() }, cas);
  const lines: { level: string; message: string; details: Record<string, unknown> }[] = [];
  const log: WarnLogger = {
    warn: (details, message) =>
      void lines.push({ level: 'warn', message, details: details as Record<string, unknown> }),
    info: (details, message) =>
      void lines.push({ level: 'info', message, details: details as Record<string, unknown> }),
    debug: (details, message) =>
      void lines.push({ level: 'debug', message, details: details as Record<string, unknown> }),
  };
  const before = bodies.length;
  await notifyParticipants({ cas: logout }, [{ appId: 'app', protocol: 'cas', service, ticket: 'ST-42' }], 'u1', log);
  return { lines, received: bodies.slice(before), ended };
}

describe('a CAS logoutRequest answered (docs/adr/0064)', () => {
  it('200 (phpCAS): delivered, at debug only', async () => {
    const { lines, received, ended } = await signOut(`${base}/php/`);
    expect(ended).toEqual(['ST-42']);
    expect(received).toHaveLength(1);
    expect(new URLSearchParams(received[0]).get('logoutRequest')).toContain(
      '<samlp:SessionIndex>ST-42</samlp:SessionIndex>',
    );
    expect(lines).toEqual([
      { level: 'debug', message: 'single logout delivered', details: { appId: 'app', protocol: 'cas', status: 200 } },
    ]);
  });

  it('302 to the CAS login (mod_auth_cas): delivered, at info with where it pointed, no warning', async () => {
    const { lines, received } = await signOut(`${base}/intranet/`);
    expect(received).toHaveLength(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      message: 'single logout delivered',
      details: { appId: 'app', protocol: 'cas', status: 302 },
    });
    expect(lines[0]!.details.location).toMatch(/^https:\/\/sesame\.example\.org\/cas\/login\?service=/);
  });

  it('a redirect to another page of the application (relative Location): delivered, at info', async () => {
    const { lines } = await signOut(`${base}/relative/`);
    expect(lines.map((line) => [line.level, line.details.status, line.details.location])).toEqual([
      ['info', 303, '/home'],
    ]);
  });

  it('the service moved to https (same path at another origin): a warning — the registration is out of date', async () => {
    const { lines, received } = await signOut(`${base}/moved/`);
    expect(received).toHaveLength(1);
    expect(lines.map((line) => [line.level, line.message])).toEqual([['warn', 'single logout failed']]);
    expect(String(lines[0]!.details.err)).toContain('single logout answered 301: the service moved to https://');
  });

  it.each([
    ['404', '/missing/', 'single logout answered 404'],
    ['500', '/broken/', 'single logout answered 500'],
  ])('%s: a warning', async (_, path, error) => {
    const { lines } = await signOut(`${base}${path}`);
    expect(lines.map((line) => [line.level, line.message])).toEqual([['warn', 'single logout failed']]);
    expect(String(lines[0]!.details.err)).toContain(error);
  });

  it('nobody listening (network error): a warning', async () => {
    const { lines, ended } = await signOut(await downUrl());
    expect(ended).toEqual(['ST-42']);
    expect(lines.map((line) => [line.level, line.message])).toEqual([['warn', 'single logout failed']]);
    expect(String(lines[0]!.details.err)).toMatch(/ECONNREFUSED/);
  });
});

describe('logoutDelivery', () => {
  const service = 'http://app.example.org/app/cas?x=1';
  it.each([
    [{ status: 204 }, { status: 204 }],
    [
      { status: 302, location: 'https://sso.example.org/cas/login' },
      { status: 302, location: 'https://sso.example.org/cas/login' },
    ],
    // Same origin, same path: not a move (an application sending the POST to itself as a GET).
    [
      { status: 303, location: service },
      { status: 303, location: service },
    ],
    [{ status: 302 }, { status: 302 }],
    [
      { status: 302, location: 'http://[' },
      { status: 302, location: 'http://[' },
    ],
  ])('%o is delivered', (answer, delivered) => {
    expect(logoutDelivery(service, answer)).toEqual(delivered);
  });

  it.each([
    { status: 308, location: 'https://app.example.org/app/cas?x=1' },
    { status: 302, location: 'http://new.example.org/app/cas?x=1' },
    { status: 401 },
    { status: 502 },
    { status: 101 },
  ])('%o is a failure', (answer) => {
    expect(() => logoutDelivery(service, answer)).toThrow(/single logout answered/);
  });
});
