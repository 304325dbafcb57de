import { createRemoteJWKSet, jwtVerify } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as client from 'openid-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authorizationRequest, browse, discover, redeem, WEB_SECRET } from '../../test/oidc-relying-party';
import { createTestPortal, decodeEntities, type Browser, type TestPortal } from '../../test/test-portal';
import { createOutboundHttp } from '../http/outbound-http';

/**
 * Issue 15 point 2 (docs/adr/0048): one sign-out ends both protocols. One SSO session signs the
 * person into a CAS application (single logout, CAS 3.0 §2.3.3) and an OIDC application
 * (Back-Channel Logout 1.0); whichever way the person signs out — the portal, /cas/logout, the
 * OIDC end_session endpoint — the CAS application receives its logoutRequest naming the ticket it
 * validated and the OIDC one a Logout Token with the `sid` it received, verified here as an
 * application would. A receiver that is down or never answers delays the sign-out by a bounded
 * time only, and leaves nothing alive.
 */
const MARIE = { email: 'marie.dupont@ddpp35.example.fr', password: 'Vache-Normande-35' };
const CALLBACK = 'https://web.example.org/oidc/callback';
const HOME = 'https://web.example.org/';

type Mode = 'answer' | 'silent' | 'trickle';

/** An application's back channel: records each POST body; answers, never answers, or answers a byte at a time. */
interface Receiver {
  base: string;
  bodies: string[];
  mode: Mode;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      receiver.bodies.push(body);
      if (receiver.mode === 'answer') return void response.writeHead(200).end();
      if (receiver.mode === 'silent') return;
      // A status line never finished: a byte every 200 ms keeps the socket from ever being idle.
      const socket = response.socket!;
      socket.write('HTTP/1.1 200');
      const timer = setInterval(() => socket.write(' '), 200);
      timers.add(timer);
      socket.on('close', () => clearInterval(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const receiver: Receiver = {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bodies: [],
    mode: 'answer',
    async close() {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return receiver;
}

/** A port nothing listens on: an application whose server is down. */
async function downUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

let portal: TestPortal;
let casApp: Receiver;
let oidcApp: Receiver;
let web: client.Configuration;

async function start(options: { casBase?: string; oidcBase?: string } = {}) {
  const casBase = options.casBase ?? casApp.base;
  const oidcBase = options.oidcBase ?? oidcApp.base;
  portal = await createTestPortal({
    listen: true,
    outbound: createOutboundHttp(),
    relyingApps: [
      { id: 'cas-app', name: 'CAS app', cas: { services: [`${casBase}/*`], singleLogout: true } },
      {
        id: 'web-app',
        name: 'Web App',
        attributes: ['email'],
        oidc: {
          clientId: 'web-app',
          clientSecret: WEB_SECRET,
          redirectUris: [CALLBACK],
          postLogoutRedirectUris: [HOME],
          backchannelLogoutUri: `${oidcBase}/backchannel-logout`,
        },
      },
    ],
  });
  await portal.createUser(MARIE);
  web = await discover(portal, 'web-app', WEB_SECRET);
}

beforeEach(async () => {
  casApp = await startReceiver();
  oidcApp = await startReceiver();
});
afterEach(async () => {
  await portal?.close();
  await casApp.close();
  await oidcApp.close();
});

const host = () => ({ host: new URL(portal.baseUrl).host });

/** One session, two applications: CAS (ticket validated), then OIDC by single sign-on. */
async function signedIntoBoth(browser: Browser, casBase = casApp.base) {
  const service = `${casBase}/app/cas`;
  const start = await browser.get(`/cas/login?service=${encodeURIComponent(service)}`);
  await browser.follow(start);
  await browser.post('/login', { email: MARIE.email });
  const back = await browser.post('/login/password', { password: MARIE.password });
  const ticket = new URL(back.location!).searchParams.get('ticket')!;
  const validated = await portal.app.inject({
    method: 'GET',
    url: `/cas/serviceValidate?service=${encodeURIComponent(service)}&ticket=${ticket}`,
  });
  expect(validated.body).toContain('<cas:authenticationSuccess>');

  const pending = await authorizationRequest(web, CALLBACK);
  const journey = await browse(portal, browser, pending.url);
  // Single sign-on: no password asked for the second application.
  expect(journey.passwordAsked).toBe(false);
  const tokens = await redeem(web, journey.callback!, pending);
  return { ticket, idToken: tokens.id_token!, claims: tokens.claims()!, accessToken: tokens.access_token };
}

/** The three ways of signing out, as the browser does them. */
const SIGN_OUTS = {
  'the portal': (browser: Browser) => browser.post('/logout'),
  '/cas/logout': (browser: Browser) => browser.get('/cas/logout'),
  'the OIDC end_session endpoint': async (browser: Browser, idToken: string) => {
    const url = client.buildEndSessionUrl(web, { id_token_hint: idToken, post_logout_redirect_uri: HOME });
    const question = await browser.get(`${url.pathname}${url.search}`, host());
    const action = /<form method="post" action="([^"]+)"/.exec(question.html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(question.html)![1]!;
    const done = await browser.post(
      new URL(decodeEntities(action)).pathname,
      { xsrf, logout: 'yes' },
      { headers: host() },
    );
    expect(done.location).toBe(HOME);
    return done;
  },
} as const;

async function expectSignedOut(browser: Browser, accessToken: string) {
  expect(browser.session).toBeUndefined();
  expect((await browser.get('/account')).location).toBe('/login');
  // The provider's session went with ours: its access token is dead (userinfo 401).
  await expect(client.fetchUserInfo(web, accessToken, client.skipSubjectCheck)).rejects.toThrow();
}

describe('one sign-out ends the CAS and the OIDC applications of the session', () => {
  it.each(Object.keys(SIGN_OUTS) as Array<keyof typeof SIGN_OUTS>)(
    'signing out at %s: the CAS logoutRequest and the OIDC Logout Token, both',
    async (way) => {
      await start();
      const browser = portal.browser('en');
      const { ticket, idToken, claims, accessToken } = await signedIntoBoth(browser);

      await SIGN_OUTS[way](browser, idToken);

      await expect.poll(() => casApp.bodies.length).toBe(1);
      await expect.poll(() => oidcApp.bodies.length).toBe(1);
      const logoutRequest = new URLSearchParams(casApp.bodies[0]).get('logoutRequest')!;
      expect(/<samlp:SessionIndex>(.+)<\/samlp:SessionIndex>/.exec(logoutRequest)?.[1]).toBe(ticket);

      const logoutToken = new URLSearchParams(oidcApp.bodies[0]).get('logout_token')!;
      const { payload, protectedHeader } = await jwtVerify(
        logoutToken,
        createRemoteJWKSet(new URL(web.serverMetadata().jwks_uri!)),
        { issuer: `${portal.baseUrl}/oidc`, audience: 'web-app', typ: 'logout+jwt' },
      );
      expect(protectedHeader.typ).toBe('logout+jwt');
      expect(payload).toMatchObject({
        sub: claims.sub,
        sid: claims.sid,
        events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
      });
      expect(payload.nonce).toBeUndefined();
      await expectSignedOut(browser, accessToken);
      // Each application is told once.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect([casApp.bodies.length, oidcApp.bodies.length]).toEqual([1, 1]);
    },
  );

  it('receivers that never answer, or answer a byte at a time, hold the sign-out a few seconds at most', async () => {
    await start();
    const browser = portal.browser('en');
    const { accessToken } = await signedIntoBoth(browser);
    casApp.mode = 'trickle';
    oidcApp.mode = 'silent';

    const started = Date.now();
    const page = await browser.post('/logout');
    const took = Date.now() - started;
    expect(page.status).toBe(303);
    // CAS's 3 s and the Logout Token's 2.5 s run side by side.
    expect(took).toBeLessThan(4_500);
    expect([casApp.bodies.length, oidcApp.bodies.length]).toEqual([1, 1]);
    await expectSignedOut(browser, accessToken);
  }, 20_000);

  it('an application whose server is down: the other is still told, and the sign-out is not held', async () => {
    const down = await downUrl();
    await start({ casBase: down });
    const browser = portal.browser('en');
    const { accessToken } = await signedIntoBoth(browser, down);

    const started = Date.now();
    await browser.get('/cas/logout');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(oidcApp.bodies).toHaveLength(1);
    await expectSignedOut(browser, accessToken);
  });
});
