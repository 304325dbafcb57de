import type { RelyingAppInput } from '@sesame/core';
import * as client from 'openid-client';
import type { Browser, Page, TestPortal } from './test-portal';

/**
 * A real OpenID Connect relying party (openid-client, panva's certified RP library) for HTTP
 * tests: it talks to a portal listening on 127.0.0.1 for discovery, keys and tokens, while the
 * browser part goes through the harness's cookie-jar Browser.
 */

export const WEB_SECRET = 'web-app-secret-0123456789abcdef0123456789';
export const SERVICE_SECRET = 'batch-secret-0123456789abcdef0123456789ab';
export const WEB_CALLBACK = 'https://web.example.org/oidc/callback';
export const SPA_CALLBACK = 'https://spa.example.org/callback';

/** A confidential web app, a public single-page app (email only), a service account. */
export const OIDC_TEST_APPS: RelyingAppInput[] = [
  {
    id: 'web-app',
    name: 'Web App',
    attributes: ['email', 'firstName', 'lastName', 'locale'],
    oidc: {
      clientId: 'web-app',
      clientSecret: WEB_SECRET,
      redirectUris: [WEB_CALLBACK],
      postLogoutRedirectUris: ['https://web.example.org/'],
      grantTypes: ['authorization_code', 'refresh_token'],
    },
  },
  {
    id: 'spa',
    name: 'Single-page App',
    attributes: ['email'],
    oidc: { clientId: 'spa', redirectUris: [SPA_CALLBACK], grantTypes: ['authorization_code'] },
  },
  {
    id: 'batch',
    name: 'Nightly batch',
    oidc: { clientId: 'batch', clientSecret: SERVICE_SECRET, grantTypes: ['client_credentials'] },
  },
];

export async function discover(portal: TestPortal, clientId: string, secret?: string): Promise<client.Configuration> {
  return client.discovery(
    new URL(`${portal.baseUrl}/oidc`),
    clientId,
    secret ? { client_secret: secret, token_endpoint_auth_method: 'client_secret_basic' } : undefined,
    secret ? client.ClientSecretBasic(secret) : client.None(),
    // The test issuer is plain http on loopback.
    { execute: [client.allowInsecureRequests] },
  );
}

export interface PendingAuthorization {
  url: URL;
  codeVerifier: string;
  state: string;
  nonce: string;
}

/** An authorization request with PKCE S256, state and nonce (RFC 7636, OIDC Core §3.1.2.1). */
export async function authorizationRequest(
  configuration: client.Configuration,
  redirectUri: string,
  extra: Record<string, string> = {},
): Promise<PendingAuthorization> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...extra,
  });
  return { url, codeVerifier, state, nonce };
}

export interface BrowsedAuthorization {
  /** The redirect that left Sésame (to the application), if it got there. */
  callback: URL | undefined;
  /** The last page Sésame showed (the one the journey stopped on when there is no callback). */
  page: Page;
  /** Whether the password was asked on the way. */
  passwordAsked: boolean;
}

/**
 * Follows the browser from `start` through Sésame (signing in with `credentials` when the
 * sign-in pages show) until a redirect leaves for the application or a page stops the journey.
 */
export async function browse(
  portal: TestPortal,
  browser: Browser,
  start: URL | string,
  credentials?: { email: string; password: string },
): Promise<BrowsedAuthorization> {
  const origin = new URL(portal.baseUrl).origin;
  // As a browser would: the Host of the public URL, which oidc-provider builds its URLs from.
  const headers = { host: new URL(portal.baseUrl).host };
  let current = new URL(start, origin);
  let page = await browser.get(`${current.pathname}${current.search}`, headers);
  let passwordAsked = false;
  for (let step = 0; step < 20; step++) {
    if (page.location) {
      const next = new URL(page.location, current);
      if (next.origin !== origin) return { callback: next, page, passwordAsked };
      current = next;
      page = await browser.get(`${next.pathname}${next.search}`, headers);
      continue;
    }
    if (page.status === 200 && credentials && current.pathname === '/login') {
      current = new URL('/login', origin);
      page = await browser.post('/login', { email: credentials.email }, { headers });
    } else if (page.status === 200 && credentials && current.pathname === '/login/password') {
      passwordAsked = true;
      current = new URL('/login/password', origin);
      page = await browser.post('/login/password', { password: credentials.password }, { headers });
    } else {
      return { callback: undefined, page, passwordAsked };
    }
  }
  throw new Error('the browser went round in circles');
}

/** Redeems the code of `callback` (PKCE verifier, state, nonce and iss checked by openid-client). */
export function redeem(configuration: client.Configuration, callback: URL, pending: PendingAuthorization) {
  return client.authorizationCodeGrant(configuration, callback, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
}
