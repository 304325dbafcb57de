import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { createServer, type Server } from 'node:http';
import * as client from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COOKIES } from '../http/cookies';
import {
  authorizationRequest,
  browse,
  discover,
  redeem,
  WEB_CALLBACK,
  WEB_SECRET,
} from '../../test/oidc-relying-party';
import { createTestPortal, decodeEntities, notice, type Browser, type TestPortal } from '../../test/test-portal';

const MARIE = { email: 'marie.dupont@ddpp35.example.fr', password: 'Vache-Normande-35' };
const HOME = 'https://web.example.org/';

describe('OpenID Connect logout', () => {
  let portal: TestPortal;
  let web: client.Configuration;
  let receiver: Server;
  let logoutTokens: string[];

  beforeAll(async () => {
    // The application's back channel (OIDC Back-Channel Logout 1.0 §2.5): answers 200.
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const token = new URLSearchParams(body).get('logout_token');
        if (token) logoutTokens.push(token);
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as { port: number };
    portal = await createTestPortal({
      listen: true,
      relyingApps: [
        {
          id: 'web-app',
          name: 'Web App',
          oidc: {
            clientId: 'web-app',
            clientSecret: WEB_SECRET,
            redirectUris: [WEB_CALLBACK],
            postLogoutRedirectUris: [HOME],
            backchannelLogoutUri: `http://127.0.0.1:${port}/backchannel-logout`,
          },
        },
      ],
    });
    await portal.createUser(MARIE);
    web = await discover(portal, 'web-app', WEB_SECRET);
  });
  beforeEach(() => {
    logoutTokens = [];
  });
  afterAll(async () => {
    await portal.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  const host = () => ({ host: new URL(portal.baseUrl).host });

  async function signedIn(browser: Browser) {
    const pending = await authorizationRequest(web, WEB_CALLBACK);
    const tokens = await redeem(web, (await browse(portal, browser, pending.url, MARIE)).callback!, pending);
    return { idToken: tokens.id_token!, claims: tokens.claims()! };
  }

  async function verifiedLogoutToken(token: string): Promise<JWTPayload> {
    const keys = createRemoteJWKSet(new URL(web.serverMetadata().jwks_uri!));
    const { payload, protectedHeader } = await jwtVerify(token, keys, {
      issuer: `${portal.baseUrl}/oidc`,
      audience: 'web-app',
    });
    expect(protectedHeader.typ).toBe('logout+jwt');
    return payload;
  }

  /** The logout question's form, as a browser would submit it. */
  function logoutForm(html: string) {
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !xsrf) throw new Error('no logout form');
    return { path: new URL(decodeEntities(action)).pathname, xsrf };
  }

  it('RP-initiated logout: our question, then Sésame’s session ends too, and one Logout Token per application', async () => {
    const browser = portal.browser('en');
    const { idToken, claims } = await signedIn(browser);
    const endSession = client.buildEndSessionUrl(web, {
      id_token_hint: idToken,
      post_logout_redirect_uri: HOME,
      state: 'after-logout',
    });

    const question = await browser.get(`${endSession.pathname}${endSession.search}`, host());
    expect(question.status).toBe(200);
    expect(question.html).toContain('Web App asks to sign you out');
    expect(question.html).not.toMatch(/<script(?![^>]*nonce=)/);

    const form = logoutForm(question.html);
    const done = await browser.post(form.path, { xsrf: form.xsrf, logout: 'yes' }, { headers: host() });
    expect(done.status).toBe(303);
    expect(done.location).toBe(`${HOME}?state=after-logout`);
    expect(browser.cookie(COOKIES.session)).toBeUndefined();

    // The portal knows nobody any more, and the next sign-in asks for the password.
    expect((await browser.get('/account')).location).toBe('/login');
    const again = await browse(portal, browser, (await authorizationRequest(web, WEB_CALLBACK)).url, MARIE);
    expect(again.passwordAsked).toBe(true);

    expect(logoutTokens).toHaveLength(1);
    const logout = await verifiedLogoutToken(logoutTokens[0]!);
    expect(logout.sub).toBe(claims.sub);
    expect(logout.sid).toBe(claims.sid);
    expect(logout.events).toEqual({ 'http://schemas.openid.net/event/backchannel-logout': {} });
  });

  it('“No, stay signed in” leaves Sésame’s session alone', async () => {
    const browser = portal.browser('en');
    const { idToken } = await signedIn(browser);
    const endSession = client.buildEndSessionUrl(web, { id_token_hint: idToken, post_logout_redirect_uri: HOME });
    const form = logoutForm((await browser.get(`${endSession.pathname}${endSession.search}`, host())).html);
    const done = await browser.post(form.path, { xsrf: form.xsrf }, { headers: host() });
    expect(done.location).toBe(HOME);
    expect((await browser.get('/account')).status).toBe(200);
  });

  it('without a post-logout URI, our own page says it is done, in French too', async () => {
    const browser = portal.browser('fr');
    await signedIn(browser);
    const question = await browser.get('/oidc/session/end?client_id=web-app', host());
    expect(question.html).toContain('<html lang="fr"');
    const form = logoutForm(question.html);
    const done = await browser.post(form.path, { xsrf: form.xsrf, logout: 'yes' }, { headers: host() });
    const page = await browser.get(new URL(done.location!).pathname + new URL(done.location!).search, host());
    expect(page.status).toBe(200);
    expect(notice(page.html)).toBe(
      'Vos sessions sur Sésame et dans les applications que vous avez ouvertes avec lui sont fermées.',
    );
  });

  it('signing out of the portal sends the application a Logout Token with the sid it received', async () => {
    const browser = portal.browser();
    const { claims } = await signedIn(browser);
    await browser.post('/logout');
    await expect.poll(() => logoutTokens.length).toBe(1);
    const logout = await verifiedLogoutToken(logoutTokens[0]!);
    expect(logout).toMatchObject({ sub: claims.sub, sid: claims.sid });
  });

  it('an SSO sign-in to the same application is not told twice', async () => {
    const browser = portal.browser();
    await signedIn(browser);
    const pending = await authorizationRequest(web, WEB_CALLBACK);
    await redeem(web, (await browse(portal, browser, pending.url)).callback!, pending);
    await browser.post('/logout');
    await expect.poll(() => logoutTokens.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(logoutTokens).toHaveLength(1);
  });
});
