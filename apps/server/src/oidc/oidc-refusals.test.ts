import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorizationRequest,
  browse,
  discover,
  OIDC_TEST_APPS,
  redeem,
  SERVICE_SECRET,
  SPA_CALLBACK,
  WEB_CALLBACK,
  WEB_SECRET,
} from '../../test/oidc-relying-party';
import { createTestPortal, errorNotice, type TestPortal } from '../../test/test-portal';

const MARIE = { email: 'marie.dupont@ddpp35.example.fr', password: 'Vache-Normande-35' };

describe('OpenID Connect refusals', () => {
  let portal: TestPortal;
  let web: client.Configuration;
  let spa: client.Configuration;
  let marieId: string;

  beforeAll(async () => {
    portal = await createTestPortal({ listen: true, relyingApps: OIDC_TEST_APPS });
    marieId = (await portal.createUser(MARIE)).id;
    web = await discover(portal, 'web-app', WEB_SECRET);
    spa = await discover(portal, 'spa');
  });
  afterAll(async () => {
    await portal.close();
  });

  const host = () => ({ host: new URL(portal.baseUrl).host });

  it('an unregistered redirect_uri: our error page in the user’s language, and no redirect', async () => {
    const { url } = await authorizationRequest(web, 'https://evil.example.net/callback');
    for (const [language, text] of [
      ['en', 'an address it has not registered'],
      ['fr', 'une adresse qu’elle n’a pas enregistrée'],
    ] as const) {
      const page = await portal.browser(language).get(`${url.pathname}${url.search}`, host());
      expect(page.status).toBe(400);
      expect(page.location).toBeUndefined();
      expect(page.html).toContain(`<html lang="${language}"`);
      expect(errorNotice(page.html)).toContain(text);
      expect(errorNotice(page.html)).toContain('invalid_redirect_uri');
      expect(page.html).not.toContain('evil.example.net');
    }
  });

  it('the mount point with a bare query (/oidc?x) is a 404 like /oidc, not a 500', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const response = await portal.app.inject({ method, url: '/oidc?a', headers: host() });
      expect(response.statusCode).toBe(404);
    }
  });

  it('a Host that is no host name is a 400, not a 500 (RFC 9112 §3.2)', async () => {
    for (const url of ['/oidc/.well-known/openid-configuration', '/oidc/session/end', '/oidc/auth']) {
      for (const host of ['<', 'a b', 'x:y:z']) {
        const response = await portal.app.inject({ method: 'GET', url, headers: { host } });
        expect(response.statusCode, `${url} with Host ${host}`).toBe(400);
      }
    }
  });

  it('behind a trusted proxy, an X-Forwarded-Host that is no host name is a 400 too', async () => {
    const proxied = await createTestPortal({ relyingApps: OIDC_TEST_APPS, config: { trustProxy: true } });
    try {
      for (const forwarded of ['<', '<,', 'a b, sso.example.org']) {
        const response = await proxied.app.inject({
          method: 'GET',
          url: '/oidc/.well-known/openid-configuration',
          headers: { 'x-forwarded-host': forwarded },
        });
        expect(response.statusCode, `X-Forwarded-Host ${forwarded}`).toBe(400);
      }
      const fine = await proxied.app.inject({
        method: 'GET',
        url: '/oidc/.well-known/openid-configuration',
        headers: { 'x-forwarded-host': 'sso.example.org' },
      });
      expect(fine.statusCode).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('an unknown client: our error page, no redirect', async () => {
    const page = await portal
      .browser('en')
      .get(
        `/oidc/auth?client_id=nobody&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(WEB_CALLBACK)}`,
        host(),
      );
    expect(page.status).toBe(400);
    expect(page.location).toBeUndefined();
    expect(errorNotice(page.html)).toContain('not registered with Sésame');
  });

  it('a code used twice is refused, and the access token it gave is revoked (RFC 6749 §4.1.2)', async () => {
    const browser = portal.browser();
    const pending = await authorizationRequest(web, WEB_CALLBACK);
    const { callback } = await browse(portal, browser, pending.url, MARIE);
    const tokens = await redeem(web, callback!, pending);
    expect((await client.fetchUserInfo(web, tokens.access_token, marieId)).sub).toBe(marieId);

    await expect(redeem(web, callback!, pending)).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(client.fetchUserInfo(web, tokens.access_token, marieId)).rejects.toBeDefined();
    expect((await client.tokenIntrospection(web, tokens.access_token)).active).toBe(false);
  });

  it('a public client without PKCE, or with the plain method, is refused (RFC 9700 §2.1.1)', async () => {
    const browser = portal.browser();
    await browse(portal, browser, '/login', MARIE);
    const withoutPkce = client.buildAuthorizationUrl(spa, {
      redirect_uri: SPA_CALLBACK,
      scope: 'openid',
      state: 's',
    });
    const refused = await browse(portal, browser, withoutPkce);
    expect(refused.callback?.searchParams.get('error')).toBe('invalid_request');
    expect(refused.callback?.searchParams.get('error_description')).toMatch(/PKCE/);

    const plain = client.buildAuthorizationUrl(spa, {
      redirect_uri: SPA_CALLBACK,
      scope: 'openid',
      state: 's',
      code_challenge: client.randomPKCECodeVerifier(),
      code_challenge_method: 'plain',
    });
    const plainRefused = await browse(portal, browser, plain);
    expect(plainRefused.callback?.searchParams.get('error')).toBe('invalid_request');
    expect(plainRefused.callback?.searchParams.get('error_description')).toMatch(/code_challenge_method/);
  });

  it('a public client cannot redeem its code without the verifier', async () => {
    const browser = portal.browser();
    const pending = await authorizationRequest(spa, SPA_CALLBACK);
    const { callback } = await browse(portal, browser, pending.url, MARIE);
    await expect(
      redeem(spa, callback!, { ...pending, codeVerifier: client.randomPKCECodeVerifier() }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('a service account gets a token of its own with client credentials, and no user in it', async () => {
    const batch = await discover(portal, 'batch', SERVICE_SECRET);
    const tokens = await client.clientCredentialsGrant(batch);
    expect(tokens.access_token).toBeTruthy();
    expect(tokens.id_token).toBeUndefined();
    const introspection = await client.tokenIntrospection(batch, tokens.access_token);
    expect(introspection).toMatchObject({ active: true, client_id: 'batch' });
    expect(introspection.sub).toBeUndefined();
    // Nor can it send a browser to sign in.
    const page = await portal
      .browser()
      .get(
        `/oidc/auth?client_id=batch&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(WEB_CALLBACK)}`,
        host(),
      );
    expect(page.location).toBeUndefined();
    expect(page.status).toBe(400);
  });

  it('client credentials are refused to an application without that grant, and to a wrong secret', async () => {
    // oidc-provider answers invalid_request for a grant type the client is not registered for.
    await expect(client.clientCredentialsGrant(web)).rejects.toMatchObject({ error: 'invalid_request' });
    const wrong = await discover(portal, 'batch', 'not-the-secret-0123456789abcdef0123456789');
    await expect(client.clientCredentialsGrant(wrong)).rejects.toMatchObject({
      status: 401,
      cause: [{ parameters: { error: 'invalid_client' } }],
    });
  });

  it('an interaction that has expired or was already used says so', async () => {
    const page = await portal.browser('en').get('/oidc/interaction/not-a-real-one');
    expect(page.status).toBe(400);
    expect(errorNotice(page.html)).toContain('expired or has already been used');
  });
});
