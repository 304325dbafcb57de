import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorizationRequest,
  browse,
  discover,
  OIDC_TEST_APPS,
  redeem,
  SPA_CALLBACK,
  WEB_CALLBACK,
  WEB_SECRET,
} from '../../test/oidc-relying-party';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

const MARIE = { email: 'marie.dupont@ddpp35.example.fr', password: 'Vache-Normande-35' };

describe('OpenID Connect code flow, with openid-client as the relying party', () => {
  let portal: TestPortal;
  let web: client.Configuration;
  let spa: client.Configuration;
  let marieId: string;

  beforeAll(async () => {
    portal = await createTestPortal({ listen: true, relyingApps: OIDC_TEST_APPS });
    marieId = (await portal.createUser({ ...MARIE, firstName: 'Marie', lastName: 'Dupont', emailLocale: 'fr' })).id;
    web = await discover(portal, 'web-app', WEB_SECRET);
    spa = await discover(portal, 'spa');
  });
  afterAll(async () => {
    await portal.close();
  });

  it('publishes its metadata: issuer, code flow only, PKCE S256, our levels, logout endpoints', () => {
    const metadata = web.serverMetadata();
    expect(metadata.issuer).toBe(`${portal.baseUrl}/oidc`);
    expect(metadata.response_types_supported).toEqual(['code']);
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.acr_values_supported).toEqual(['BASIC', 'MEDIUM', 'HIGH']);
    expect(metadata.claims_supported).toEqual(expect.arrayContaining(['acr', 'amr', 'email', 'given_name']));
    expect(metadata.end_session_endpoint).toBe(`${portal.baseUrl}/oidc/session/end`);
    expect(metadata.backchannel_logout_supported).toBe(true);
    expect(metadata.id_token_signing_alg_values_supported).toEqual(expect.arrayContaining(['RS256', 'ES256']));
  });

  it('signs in a confidential client with code + PKCE: ID token with acr, amr, auth_time; userinfo', async () => {
    const browser = portal.browser('en');
    const pending = await authorizationRequest(web, WEB_CALLBACK);
    const journey = await browse(portal, browser, pending.url, MARIE);
    expect(journey.passwordAsked).toBe(true);
    expect(journey.callback?.origin + journey.callback!.pathname).toBe(WEB_CALLBACK);

    const tokens = await redeem(web, journey.callback!, pending);
    const claims = tokens.claims()!;
    expect(claims.sub).toBe(marieId);
    expect(claims.acr).toBe('BASIC');
    expect(claims.amr).toEqual(['pwd']);
    expect(Math.abs(claims.auth_time! - Date.now() / 1000)).toBeLessThan(30);

    const userinfo = await client.fetchUserInfo(web, tokens.access_token, marieId);
    expect(userinfo).toMatchObject({
      sub: marieId,
      email: MARIE.email,
      email_verified: true,
      given_name: 'Marie',
      family_name: 'Dupont',
      name: 'Marie Dupont',
      locale: 'fr',
    });
  });

  it('signs in a public client with PKCE; userinfo releases only its attributes', async () => {
    const browser = portal.browser();
    const pending = await authorizationRequest(spa, SPA_CALLBACK);
    const journey = await browse(portal, browser, pending.url, MARIE);
    const tokens = await redeem(spa, journey.callback!, pending);
    const userinfo = await client.fetchUserInfo(spa, tokens.access_token, marieId);
    expect(userinfo).toEqual({ sub: marieId, email: MARIE.email, email_verified: true });
    // The profile scope it asked for was refused, not granted.
    expect(tokens.scope?.split(' ').sort()).toEqual(['email', 'openid']);
  });

  it('single sign-on: a second authorization in the same browser asks nothing', async () => {
    const browser = portal.browser();
    const first = await authorizationRequest(web, WEB_CALLBACK);
    await redeem(web, (await browse(portal, browser, first.url, MARIE)).callback!, first);

    const second = await authorizationRequest(spa, SPA_CALLBACK);
    const journey = await browse(portal, browser, second.url);
    expect(journey.passwordAsked).toBe(false);
    const tokens = await redeem(spa, journey.callback!, second);
    expect(tokens.claims()!.sub).toBe(marieId);

    const third = await authorizationRequest(web, WEB_CALLBACK);
    const again = await browse(portal, browser, third.url);
    expect(again.callback).toBeDefined();
  });

  it('prompt=login and max_age=0 ask for the password again, and auth_time moves', async () => {
    const browser = portal.browser();
    const first = await authorizationRequest(web, WEB_CALLBACK);
    const firstTokens = await redeem(web, (await browse(portal, browser, first.url, MARIE)).callback!, first);
    await new Promise((resolve) => setTimeout(resolve, 1100));

    for (const extra of [{ prompt: 'login' }, { max_age: '0' }] as Record<string, string>[]) {
      const pending = await authorizationRequest(web, WEB_CALLBACK, extra);
      const journey = await browse(portal, browser, pending.url, MARIE);
      expect(journey.passwordAsked).toBe(true);
      const tokens = await redeem(web, journey.callback!, pending);
      expect(tokens.claims()!.auth_time!).toBeGreaterThan(firstTokens.claims()!.auth_time!);
    }
  });

  it('acr_values=MEDIUM for a user who can only reach BASIC: the step-up page, no code', async () => {
    const browser = portal.browser('en');
    const pending = await authorizationRequest(web, WEB_CALLBACK, { acr_values: 'MEDIUM' });
    const journey = await browse(portal, browser, pending.url, MARIE);
    expect(journey.callback).toBeUndefined();
    expect(journey.page.status).toBe(403);
    expect(journey.page.html).toContain('More verification needed');

    // Signed in now, at BASIC: the same request stops at the step-up page again.
    const retry = await browse(
      portal,
      browser,
      (await authorizationRequest(web, WEB_CALLBACK, { acr_values: 'MEDIUM' })).url,
      MARIE,
    );
    expect(retry.page.status).toBe(403);
    // prompt=none cannot show it: login_required goes back to the application.
    const silent = await browse(
      portal,
      browser,
      (await authorizationRequest(web, WEB_CALLBACK, { acr_values: 'MEDIUM', prompt: 'none' })).url,
    );
    expect(silent.callback?.searchParams.get('error')).toBe('login_required');
  });

  it('an essential acr claim asks for a level as acr_values does; a released claim can be asked alone', async () => {
    const browser = portal.browser('en');
    const claims = { id_token: { acr: { essential: true, value: 'MEDIUM' } } };
    const stepUp = await browse(
      portal,
      browser,
      (await authorizationRequest(web, WEB_CALLBACK, { claims: JSON.stringify(claims) })).url,
      MARIE,
    );
    expect(stepUp.page.status).toBe(403);

    const pending = await authorizationRequest(spa, SPA_CALLBACK, {
      scope: 'openid',
      claims: JSON.stringify({ id_token: { email: null, given_name: null } }),
    });
    const tokens = await redeem(spa, (await browse(portal, browser, pending.url)).callback!, pending);
    expect(tokens.claims()!.email).toBe(MARIE.email);
    expect(tokens.claims()!.given_name).toBeUndefined();
  });

  it('rotates refresh tokens: the new one works, the old one is refused', async () => {
    const browser = portal.browser();
    const pending = await authorizationRequest(web, WEB_CALLBACK);
    const tokens = await redeem(web, (await browse(portal, browser, pending.url, MARIE)).callback!, pending);
    const first = tokens.refresh_token!;
    expect(first).toBeTruthy();

    const refreshed = await client.refreshTokenGrant(web, first);
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(first);
    expect(refreshed.claims()?.sub).toBe(marieId);

    await expect(client.refreshTokenGrant(web, first)).rejects.toMatchObject({ error: 'invalid_grant' });
    // RFC 9700 §4.14.2: the replay revoked the grant, the rotated token with it.
    await expect(client.refreshTokenGrant(web, refreshed.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('the provider session does not outlive ours: after signing out of the portal, the password again', async () => {
    const browser = portal.browser();
    const first = await authorizationRequest(web, WEB_CALLBACK);
    const tokens = await redeem(web, (await browse(portal, browser, first.url, MARIE)).callback!, first);
    await browser.post('/logout');

    const pending = await authorizationRequest(web, WEB_CALLBACK);
    const journey = await browse(portal, browser, pending.url, MARIE);
    expect(journey.passwordAsked).toBe(true);
    // The access token was bound to the provider session that ended with ours.
    await expect(client.fetchUserInfo(web, tokens.access_token, marieId)).rejects.toBeDefined();
  });

  it('another user signing in in the same browser is not taken for the first one', async () => {
    const jean = { email: 'jean.martin@example.org', password: 'Port-of-Brest-29' };
    const jeanId = (await portal.createUser({ ...jean, firstName: 'Jean', lastName: 'Martin' })).id;
    const browser = portal.browser();
    const first = await authorizationRequest(web, WEB_CALLBACK);
    await redeem(web, (await browse(portal, browser, first.url, MARIE)).callback!, first);
    await browser.post('/logout');
    // Jean signs in at the portal, then an application asks for the user.
    await browse(portal, browser, '/login', jean);

    const pending = await authorizationRequest(web, WEB_CALLBACK);
    const journey = await browse(portal, browser, pending.url);
    const tokens = await redeem(web, journey.callback!, pending);
    expect(tokens.claims()!.sub).toBe(jeanId);
  });
});
