import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browse, OIDC_TEST_APPS, SPA_CALLBACK, WEB_SECRET } from '../../test/oidc-relying-party';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

/** The public single-page app's origin (its redirect URI), the confidential web app's, and others. */
const SPA = 'https://spa.example.org';
const WEB = 'https://web.example.org';
const EVIL = 'https://evil.example';

describe('CORS on the OpenID Provider (issue 10, finding 7)', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await createTestPortal({ relyingApps: OIDC_TEST_APPS });
  });
  afterAll(async () => {
    await portal.close();
  });

  const host = () => new URL(portal.baseUrl).host;

  /** A browser's preflight of a cross-origin POST (or GET) with an Authorization header. */
  const preflight = (path: string, origin: string, method = 'POST') =>
    portal.app.inject({
      method: 'OPTIONS',
      url: path,
      headers: {
        host: host(),
        origin,
        'access-control-request-method': method,
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  const allowedOrigin = (res: { headers: Record<string, unknown> }) => res.headers['access-control-allow-origin'];

  it.each([
    ['/oidc/token', SPA],
    ['/oidc/token/revocation', SPA],
    ['/oidc/token/introspection', SPA],
    ['/oidc/me', SPA],
    // userinfo: any client's origin (a confidential client's browser part may hold an access token).
    ['/oidc/me', WEB],
  ])('a preflight of %s from a registered origin (%s) is allowed', async (path, origin) => {
    const res = await preflight(path, origin);
    expect(res.statusCode).toBe(204);
    expect(allowedOrigin(res)).toBe(origin);
    expect(res.headers['access-control-allow-methods']).toContain('POST');
  });

  it.each([
    ['/oidc/token', EVIL],
    ['/oidc/token/revocation', EVIL],
    ['/oidc/token/introspection', EVIL],
    ['/oidc/me', EVIL],
    ['/oidc/me', 'null'],
    // A confidential client calls the token endpoints from its server, never from a browser.
    ['/oidc/token', WEB],
    ['/oidc/token/introspection', WEB],
    // Same host, other scheme or port: another origin.
    ['/oidc/token', 'http://spa.example.org'],
    ['/oidc/token', 'https://spa.example.org:8443'],
  ])('a preflight of %s from %s gets no CORS headers', async (path, origin) => {
    const res = await preflight(path, origin);
    expect(allowedOrigin(res)).toBeUndefined();
    expect(res.headers['access-control-allow-methods']).toBeUndefined();
    expect(res.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('the token endpoint answers the public client across origins from its own origin only', async () => {
    const token = (origin: string) =>
      portal.app.inject({
        method: 'POST',
        url: '/oidc/token',
        headers: { host: host(), origin, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: 'spa',
          code: 'no-such-code',
          redirect_uri: `${SPA}/callback`,
          code_verifier: 'a'.repeat(43),
        }).toString(),
      });
    const own = await token(SPA);
    expect(own.json().error).toBe('invalid_grant');
    expect(allowedOrigin(own)).toBe(SPA);

    const other = await token(EVIL);
    expect(allowedOrigin(other)).toBeUndefined();
  });

  it('a confidential client authenticating with an Origin from a browser gets no CORS answer', async () => {
    const res = await portal.app.inject({
      method: 'POST',
      url: '/oidc/token',
      headers: {
        host: host(),
        origin: WEB,
        authorization: `Basic ${Buffer.from(`web-app:${WEB_SECRET}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload:
        'grant_type=authorization_code&code=no-such-code&redirect_uri=https%3A%2F%2Fweb.example.org%2Foidc%2Fcallback',
    });
    expect(res.statusCode).toBe(400);
    expect(allowedOrigin(res)).toBeUndefined();
  });

  it('userinfo with an unknown access token does not answer an unknown origin', async () => {
    const res = await portal.app.inject({
      method: 'GET',
      url: '/oidc/me',
      headers: { host: host(), origin: EVIL, authorization: 'Bearer not-a-token' },
    });
    expect(res.statusCode).toBe(401);
    expect(allowedOrigin(res)).toBeUndefined();
    expect(res.headers['access-control-expose-headers']).toBeUndefined();
  });

  it('a signed-in single-page app redeems its code and reads userinfo from its origin; another client’s origin may not', async () => {
    await portal.createUser({ email: 'marie@example.org', password: 'Vache-Normande-35' });
    const verifier = randomBytes(32).toString('base64url');
    const start = `/oidc/auth?${new URLSearchParams({
      client_id: 'spa',
      redirect_uri: SPA_CALLBACK,
      response_type: 'code',
      scope: 'openid email',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    })}`;
    const journey = await browse(portal, portal.browser(), start, {
      email: 'marie@example.org',
      password: 'Vache-Normande-35',
    });
    const code = journey.callback?.searchParams.get('code');
    expect(code).toBeTruthy();

    const tokens = await portal.app.inject({
      method: 'POST',
      url: '/oidc/token',
      headers: { host: host(), origin: SPA, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: 'spa',
        code: code!,
        redirect_uri: SPA_CALLBACK,
        code_verifier: verifier,
      }).toString(),
    });
    expect(tokens.statusCode, tokens.body).toBe(200);
    expect(allowedOrigin(tokens)).toBe(SPA);
    const accessToken = tokens.json().access_token as string;

    const userinfo = (origin: string) =>
      portal.app.inject({
        method: 'GET',
        url: '/oidc/me',
        headers: { host: host(), origin, authorization: `Bearer ${accessToken}` },
      });
    const own = await userinfo(SPA);
    expect(own.statusCode).toBe(200);
    expect(own.json().email).toBe('marie@example.org');
    expect(allowedOrigin(own)).toBe(SPA);
    // The web app's origin is registered, but not for this client's token.
    const other = await userinfo(WEB);
    expect(allowedOrigin(other)).toBeUndefined();
    expect(other.body).not.toContain('marie@example.org');
  });

  it.each(['/oidc/.well-known/openid-configuration', '/oidc/jwks'])(
    '%s is public: readable from any origin, without credentials',
    async (path) => {
      const res = await portal.app.inject({ method: 'GET', url: path, headers: { host: host(), origin: EVIL } });
      expect(res.statusCode).toBe(200);
      expect(allowedOrigin(res)).toBe(EVIL);
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      const pre = await preflight(path, EVIL, 'GET');
      expect(allowedOrigin(pre)).toBe(EVIL);
    },
  );
});
