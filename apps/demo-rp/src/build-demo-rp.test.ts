import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoRp } from './build-demo-rp';
import { demoRpConfig, type DemoRpConfig, type DemoRpConfigInput } from './demo-rp-config';
import { en } from './i18n/en';
import { fr } from './i18n/fr';
import type { SessionEnded } from './sessions/local-session-store';

/**
 * The demo app in-process (inject) against a fake Sésame answering its server-to-server calls:
 * CAS login transaction and ticket validation, OIDC discovery, token, UserInfo and JWKS.
 */

const RP = 'http://localhost:8081';
const SESAME = 'http://localhost:8080';
const ISSUER = `${SESAME}/oidc`;
const fixture = (name: string) => readFileSync(new URL(`./cas/fixtures/${name}`, import.meta.url), 'utf8');

/** EU Login success for a password sign-in: level BASIC, strength PASSWORD. */
const PASSWORD_SIGN_IN = fixture('eulogin-success.xml')
  .replace(
    '<cas:authenticationLevel>MEDIUM</cas:authenticationLevel>',
    '<cas:authenticationLevel>BASIC</cas:authenticationLevel>',
  )
  .replace(
    /<cas:strengths number="2">[\s\S]*?<\/cas:strengths>/,
    '<cas:strengths number="1"><cas:strength>PASSWORD</cas:strength></cas:strengths>',
  )
  .replace(/<cas:mobileDevice>[\s\S]*?<\/cas:mobileDevice>/, '');

let signingKey: CryptoKey;
let jwk: JWK;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  signingKey = pair.privateKey;
  jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
});

interface FakeSesame {
  fetch: typeof globalThis.fetch;
  calls: { method: string; url: URL; body: string }[];
  loginInit: 'ok' | 'refuse' | 'down';
  /** What the fake authorisation endpoint saw (the test reads it from the redirect). */
  authorization?: URLSearchParams;
}

function fakeSesame(): FakeSesame {
  const fake: FakeSesame = {
    calls: [],
    loginInit: 'ok',
    fetch: async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const url = new URL(request.url);
      const body = init?.body ? String(init.body) : await request.text();
      fake.calls.push({ method: request.method, url, body });
      const xml = (text: string, status = 200) =>
        new Response(text, { status, headers: { 'content-type': 'application/xml' } });
      const json = (value: unknown) => Response.json(value);
      switch (`${request.method} ${url.pathname}`) {
        case 'POST /cas/login/init':
          if (fake.loginInit === 'down') throw new TypeError('fetch failed');
          return fake.loginInit === 'ok'
            ? xml(fixture('login-request-success.xml'))
            : xml(fixture('login-request-failure.xml'), 400);
        case 'GET /cas/p3/serviceValidate': {
          const ticket = url.searchParams.get('ticket');
          if (ticket === 'ST-1-good') return xml(PASSWORD_SIGN_IN);
          if (ticket === 'ST-2-medium') return xml(fixture('eulogin-success.xml'));
          return xml(fixture('invalid-ticket.xml'));
        }
        case 'GET /oidc/.well-known/openid-configuration':
          return json({
            issuer: ISSUER,
            authorization_endpoint: `${ISSUER}/auth`,
            token_endpoint: `${ISSUER}/token`,
            userinfo_endpoint: `${ISSUER}/me`,
            jwks_uri: `${ISSUER}/jwks`,
            end_session_endpoint: `${ISSUER}/session/end`,
            id_token_signing_alg_values_supported: ['ES256'],
            code_challenge_methods_supported: ['S256'],
          });
        case 'GET /oidc/jwks':
          return json({ keys: [jwk] });
        case 'POST /oidc/token': {
          const form = new URLSearchParams(body);
          const asked = fake.authorization!;
          const challenge = createHash('sha256')
            .update(form.get('code_verifier') ?? '')
            .digest('base64url');
          // RFC 6749 §2.3.1: id and secret are form-encoded, then base64 (openid-client encodes even '-').
          const [id = '', secret = ''] = Buffer.from(
            (request.headers.get('authorization') ?? '').replace(/^Basic /, ''),
            'base64',
          )
            .toString()
            .split(':')
            .map(decodeURIComponent);
          if (
            form.get('code') !== 'code-1' ||
            challenge !== asked.get('code_challenge') ||
            id !== 'traces-demo' ||
            secret !== 'a-secret-of-at-least-32-characters-0000' ||
            form.get('redirect_uri') !== `${RP}/oidc/callback`
          )
            return Response.json({ error: 'invalid_grant' }, { status: 400 });
          const now = Math.floor(Date.now() / 1000);
          const idToken = await new SignJWT({
            nonce: asked.get('nonce')!,
            sid: 'sid-1',
            acr: 'BASIC',
            amr: ['pwd'],
            auth_time: now - 3600,
          })
            .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
            .setIssuer(ISSUER)
            .setAudience('traces-demo')
            .setSubject('n0025vuz')
            .setIssuedAt(now)
            .setExpirationTime(now + 300)
            .sign(signingKey);
          return json({ access_token: 'at-1', token_type: 'Bearer', expires_in: 300, id_token: idToken });
        }
        case 'GET /oidc/me':
          return json({
            sub: 'n0025vuz',
            email: 'marie.dupont@ddpp35.example.fr',
            given_name: 'Marie',
            family_name: 'Dupont',
            organisation: 'DDPP 35',
          });
        default:
          return new Response('not found', { status: 404 });
      }
    },
  };
  return fake;
}

function config(overrides: Pick<DemoRpConfigInput, 'authenticationLevel' | 'cas'> = {}): DemoRpConfig {
  return demoRpConfig({
    publicUrl: RP,
    sesameUrl: SESAME,
    // The protocol tests below start from a password sign-in; the level has its own tests.
    authenticationLevel: 'BASIC',
    ...overrides,
    oidc: { clientId: 'traces-demo', clientSecret: 'a-secret-of-at-least-32-characters-0000' },
  });
}

/** A browser's cookie jar for inject(). */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() <= Date.now());
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }
  get all(): Record<string, string> {
    return Object.fromEntries(this.cookies);
  }
  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(overrides: Pick<DemoRpConfigInput, 'authenticationLevel' | 'cas'> = {}) {
  const sesame = fakeSesame();
  const ended: SessionEnded[] = [];
  app = await buildDemoRp(config(overrides), {
    fetch: sesame.fetch,
    onSessionEnded: (e) => ended.push(e),
    logger: process.env.DEBUG_RP ? { level: 'warn' } : false,
  });
  const jar = new Jar();
  const get = async (url: string, headers: Record<string, string> = {}) =>
    jar.take(await app!.inject({ method: 'GET', url, cookies: jar.all, headers }));
  return { app, sesame, ended, jar, get };
}

async function signInWithCas(get: (url: string) => Promise<LightMyRequestResponse>, ticket = 'ST-1-good') {
  const callback = await get(`/cas/callback?ticket=${ticket}`);
  expect(callback.statusCode).toBe(303);
  expect(callback.headers.location).toBe('/me');
  return callback;
}

describe('pages', () => {
  it('home page in French and English, with a strict CSP and no script', async () => {
    const { get } = await start();
    const french = await get('/', { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(french.statusCode).toBe(200);
    expect(french.body).toContain('<html lang="fr">');
    expect(french.body).toContain(fr.home.casButton);
    expect(french.body).toContain(fr.home.oidcButton);
    expect(french.body).not.toContain('<script');
    const csp = String(french.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`form-action 'self' ${SESAME}`);
    expect(csp).not.toContain('unsafe-inline');
    const english = await get('/?lang=en');
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain(en.home.oidcButton);
    // The explicit choice is remembered.
    expect((await get('/', { 'accept-language': 'fr' })).body).toContain('<html lang="en">');
  });

  it('serves its stylesheet; /me without a sign-in goes home; unknown pages are 404', async () => {
    const { get } = await start();
    const css = await get('/static/traces-demo.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect((await get('/me')).headers.location).toBe('/');
    expect((await get('/nowhere?lang=en')).statusCode).toBe(404);
  });
});

describe('CAS (EU Login flavour)', () => {
  it('opens a login transaction with the service and the level, then sends the browser to /cas/login', async () => {
    const { get, sesame } = await start();
    const login = await get('/login/cas?lang=en');
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe(`${SESAME}/cas/login?loginRequestId=ECAS_LR-2214596-nl3zYbN4dUQ0qLr7Mjpa`);
    const init = sesame.calls.find((c) => c.url.pathname === '/cas/login/init')!;
    expect(Object.fromEntries(new URLSearchParams(init.body))).toEqual({
      service: `${RP}/cas/callback`,
      authenticationLevel: 'BASIC',
      locale: 'en',
    });
  });

  it('sends acceptStrengths and a MEDIUM level when configured', async () => {
    const { get, sesame } = await start({
      authenticationLevel: 'MEDIUM',
      cas: { acceptStrengths: ['PASSWORD_MOBILE_APP', 'PASSWORD_SOFTWARE_TOKEN'] },
    });
    await get('/login/cas');
    const init = new URLSearchParams(sesame.calls[0]!.body);
    expect(init.get('authenticationLevel')).toBe('MEDIUM');
    expect(init.get('acceptStrengths')).toBe('PASSWORD_MOBILE_APP,PASSWORD_SOFTWARE_TOKEN');
  });

  it.each(['refuse', 'down'] as const)(
    'falls back to a plain /cas/login?service=… when login/init is %s',
    async (mode) => {
      const { get, sesame } = await start();
      sesame.loginInit = mode;
      const login = await get('/login/cas');
      expect(login.headers.location).toBe(`${SESAME}/cas/login?service=${encodeURIComponent(`${RP}/cas/callback`)}`);
    },
  );

  it('validates the ticket server-to-server and shows the identity, level and strength', async () => {
    const { get, sesame, jar } = await start();
    await signInWithCas(get);
    const validate = sesame.calls.find((c) => c.url.pathname === '/cas/p3/serviceValidate')!;
    expect(Object.fromEntries(validate.url.searchParams)).toEqual({
      service: `${RP}/cas/callback`,
      ticket: 'ST-1-good',
      userDetails: 'true',
    });
    expect(jar.has('__Host-traces-cas')).toBe(true);
    const me = await get('/me?lang=en');
    expect(me.statusCode).toBe(200);
    expect(me.body).toContain(en.identity.viaCas);
    expect(me.body).toContain('<code>n0025vuz</code>');
    expect(me.body).toContain('Marie Dupont');
    expect(me.body).toContain('<code>BASIC</code> — basic (password)');
    expect(me.body).toContain('<code>PASSWORD</code> — Password');
    expect(me.body).toContain('Password of the account marie.dupont@ddpp35.example.fr');
  });

  it('refuses a ticket Sésame refuses, and a level below the one required', async () => {
    const { get } = await start({ authenticationLevel: 'MEDIUM' });
    // Back from Sésame without a ticket (not signed in there): the home page, no error.
    const noTicket = await get('/cas/callback');
    expect(noTicket.statusCode).toBe(303);
    expect(noTicket.headers.location).toBe('/');
    const refused = await get('/cas/callback?ticket=ST-9-unknown&lang=en');
    expect(refused.statusCode).toBe(401);
    expect(refused.body).toContain('Sésame refused the sign-in ticket (INVALID_TICKET)');
    const tooLow = await get('/cas/callback?ticket=ST-1-good');
    expect(tooLow.statusCode).toBe(403);
    expect(tooLow.body).toContain('BASIC');
    await signInWithCas(get, 'ST-2-medium');
  });

  it('ends the local session on a single-logout request naming its ticket', async () => {
    const { get, app, ended } = await start();
    await signInWithCas(get);
    const logoutRequest = fixture('logout-request.xml').replace('ST-42-sJ8n0dQvKq3XbY2mZt', 'ST-1-good');
    const slo = await app.inject({ method: 'POST', url: '/cas/callback', payload: { logoutRequest } });
    expect(slo.statusCode).toBe(200);
    expect(ended).toEqual([{ protocol: 'cas', uid: 'n0025vuz', reason: 'cas-single-logout' }]);
    expect((await get('/me')).headers.location).toBe('/');
    const again = await app.inject({ method: 'POST', url: '/cas/callback', payload: { logoutRequest } });
    expect(again.statusCode).toBe(200);
    const garbage = await app.inject({ method: 'POST', url: '/cas/callback', payload: { logoutRequest: '<x/>' } });
    expect(garbage.statusCode).toBe(400);
  });

  it('method=POST (docs/adr/0044, 0054): offered on the home page, asked for in the URL, and the posted ticket signs in as the GET’s does', async () => {
    const { get, app, jar, sesame } = await start({ authenticationLevel: 'MEDIUM' });
    const home = await get('/?lang=en');
    expect(home.body).toContain(`<a href="/login/cas?method=POST">${en.home.casPostLink}</a>`);
    // EU Login's login transaction has no `method`: the URL carries it and EU Login's parameters.
    const login = await get('/login/cas?method=POST&lang=en');
    expect(login.statusCode).toBe(303);
    const to = new URL(login.headers.location as string);
    expect(`${to.origin}${to.pathname}`).toBe(`${SESAME}/cas/login`);
    expect(Object.fromEntries(to.searchParams)).toEqual({
      service: `${RP}/cas/callback`,
      method: 'POST',
      authenticationLevel: 'MEDIUM',
      locale: 'en',
    });
    expect(sesame.calls.some((c) => c.url.pathname === '/cas/login/init')).toBe(false);
    // Sésame's page posts one field, `ticket`, form-encoded, from the browser (no cookie of ours).
    const post = (payload: string) =>
      app.inject({
        method: 'POST',
        url: '/cas/callback?lang=en',
        payload,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    const tooLow = await post('ticket=ST-1-good');
    expect(tooLow.statusCode).toBe(403);
    expect(tooLow.body).toContain('BASIC');
    const refused = await post('ticket=ST-9-unknown');
    expect(refused.statusCode).toBe(401);
    expect(refused.body).toContain('Sésame refused the sign-in ticket (INVALID_TICKET)');
    const signedIn = jar.take(await post('ticket=ST-2-medium'));
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/me');
    const validate = sesame.calls.filter((c) => c.url.pathname === '/cas/p3/serviceValidate').at(-1)!;
    expect(validate.url.searchParams.get('ticket')).toBe('ST-2-medium');
    expect(validate.url.searchParams.get('service')).toBe(`${RP}/cas/callback`);
    const me = await get('/me?lang=en');
    expect(me.statusCode).toBe(200);
    expect(me.body).toContain(en.identity.viaCas);
    // Neither field, an empty or oversized ticket: refused, nothing validated.
    const calls = sesame.calls.length;
    expect((await post('')).statusCode).toBe(400);
    expect((await post('ticket=')).statusCode).toBe(400);
    expect((await post(`ticket=ST-${'x'.repeat(600)}`)).statusCode).toBe(400);
    expect(sesame.calls.length).toBe(calls);
    // A logout request is never read as a sign-in, whatever else it carries; and it still ends the session.
    const logoutRequest = fixture('logout-request.xml').replace('ST-42-sJ8n0dQvKq3XbY2mZt', 'ST-2-medium');
    const slo = await post(new URLSearchParams({ logoutRequest, ticket: 'ST-2-medium' }).toString());
    expect(slo.statusCode).toBe(200);
    expect(slo.headers.location).toBeUndefined();
    expect(sesame.calls.length).toBe(calls);
    expect((await get('/me')).headers.location).toBe('/');
  });

  it('signs out: ends the local session and goes to Sésame’s CAS logout with the home page as service', async () => {
    const { get, app, jar, ended } = await start();
    await signInWithCas(get);
    const forged = await app.inject({
      method: 'POST',
      url: '/logout',
      cookies: jar.all,
      headers: { origin: 'http://evil.example' },
    });
    expect(forged.statusCode).toBe(403);
    const out = jar.take(
      await app.inject({ method: 'POST', url: '/logout', cookies: jar.all, headers: { origin: RP } }),
    );
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe(`${SESAME}/cas/logout?service=${encodeURIComponent(`${RP}/`)}`);
    expect(ended).toEqual([{ protocol: 'cas', uid: 'n0025vuz', reason: 'sign-out' }]);
    expect((await get('/?lang=en')).body).toContain(en.home.signedOut);
  });
});

describe('OpenID Connect', () => {
  async function signInWithOidc(ctx: Awaited<ReturnType<typeof start>>) {
    const login = await ctx.get('/login/oidc?lang=en');
    expect(login.statusCode).toBe(303);
    const authorize = new URL(String(login.headers.location));
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${ISSUER}/auth`);
    const asked = authorize.searchParams;
    expect(asked.get('client_id')).toBe('traces-demo');
    expect(asked.get('redirect_uri')).toBe(`${RP}/oidc/callback`);
    expect(asked.get('code_challenge_method')).toBe('S256');
    expect(asked.get('response_type')).toBe('code');
    expect(asked.get('scope')).toBe('openid profile email');
    expect(asked.get('ui_locales')).toBe('en');
    expect(asked.get('acr_values')).toBe('BASIC');
    expect(asked.get('max_age')).toBe('28800');
    expect(JSON.parse(asked.get('claims')!)).toEqual({ id_token: { amr: null, auth_time: { essential: true } } });
    expect(asked.get('state')).toBeTruthy();
    expect(asked.get('nonce')).toBeTruthy();
    ctx.sesame.authorization = asked;
    return asked;
  }

  it('code flow with PKCE, state and nonce; shows the identity; a replayed callback is refused', async () => {
    const ctx = await start();
    const asked = await signInWithOidc(ctx);
    const callbackUrl = `/oidc/callback?code=code-1&state=${asked.get('state')}`;
    const callback = await ctx.get(callbackUrl);
    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe('/me');
    const me = await ctx.get('/me?lang=en');
    expect(me.body).toContain(en.identity.viaOidc);
    expect(me.body).toContain('<code>n0025vuz</code>');
    expect(me.body).toContain('Marie Dupont');
    expect(me.body).toContain('DDPP 35');
    expect(me.body).toContain('<code>BASIC</code>');
    expect(me.body).toContain('Password (pwd)');
    // auth_time an hour before the request: Sésame's SSO session was reused.
    expect(me.body).toMatch(/Single sign-on \(sso\)<\/dt><dd>yes/);
    const replay = await ctx.get(callbackUrl);
    expect(replay.statusCode).toBe(400);
  });

  it('asks for the configured level and refuses an ID Token whose acr is below it', async () => {
    const ctx = await start({ authenticationLevel: 'MEDIUM' });
    const login = await ctx.get('/login/oidc?lang=en');
    const asked = new URL(String(login.headers.location)).searchParams;
    expect(asked.get('acr_values')).toBe('MEDIUM');
    ctx.sesame.authorization = asked;
    const callback = await ctx.get(`/oidc/callback?code=code-1&state=${asked.get('state')}`);
    expect(callback.statusCode).toBe(403);
    expect(callback.body).toContain('BASIC');
    expect(ctx.jar.has('__Host-traces-oidc')).toBe(false);
  });

  it('refuses a callback whose state does not match', async () => {
    const ctx = await start();
    await signInWithOidc(ctx);
    const callback = await ctx.get('/oidc/callback?code=code-1&state=forged&lang=en');
    expect(callback.statusCode).toBe(401);
    expect(callback.body).toContain(en.errors.OIDC_FAILED);
  });

  it('signs out through the end_session_endpoint with id_token_hint and the home page', async () => {
    const ctx = await start();
    const asked = await signInWithOidc(ctx);
    await ctx.get(`/oidc/callback?code=code-1&state=${asked.get('state')}`);
    const out = await ctx.app.inject({ method: 'POST', url: '/logout', cookies: ctx.jar.all, headers: { origin: RP } });
    const endSession = new URL(String(out.headers.location));
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${ISSUER}/session/end`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${RP}/`);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^ey/);
  });

  it('back-channel logout: a valid Logout Token ends the session of its sid, once', async () => {
    const ctx = await start();
    const asked = await signInWithOidc(ctx);
    await ctx.get(`/oidc/callback?code=code-1&state=${asked.get('state')}`);
    const logoutToken = async (sid: string, jti: string) =>
      new SignJWT({ sid, events: { 'http://schemas.openid.net/event/backchannel-logout': {} } })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'logout+jwt' })
        .setIssuer(ISSUER)
        .setAudience('traces-demo')
        .setSubject('n0025vuz')
        .setIssuedAt()
        .setExpirationTime('2m')
        .setJti(jti)
        .sign(signingKey);
    const post = (token: string) =>
      ctx.app.inject({ method: 'POST', url: '/oidc/backchannel-logout', payload: { logout_token: token } });

    const other = await post(await logoutToken('another-sid', 'j1'));
    expect(other.statusCode).toBe(200);
    expect(ctx.ended).toEqual([]);
    const token = await logoutToken('sid-1', 'j2');
    const ok = await post(token);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(ctx.ended).toEqual([{ protocol: 'oidc', uid: 'n0025vuz', reason: 'oidc-backchannel-logout' }]);
    expect((await ctx.get('/me')).headers.location).toBe('/');
    expect((await post(token)).statusCode).toBe(400);
    expect((await post('not-a-token')).statusCode).toBe(400);
    const missing = await ctx.app.inject({ method: 'POST', url: '/oidc/backchannel-logout', payload: {} });
    expect(missing.statusCode).toBe(400);
  });
});
