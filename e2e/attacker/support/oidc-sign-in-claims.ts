import * as client from 'openid-client';
import { answerPushWith, type Credentials, METHOD, passwordJourney, type Phone, PIN } from './journeys';
import { mainOf, textOf, type WebClient } from './web-client';

/**
 * The sign-in claims of docs/adr/0048 — `strengths` and `authentication_devices`, asked by the
 * scope `sesame:authentication` or the `claims` parameter — as a relying application sees them:
 * openid-client (a certified RP) sends the request with PKCE, state and nonce, the person signs
 * in with the Sésame app ("PIN code", approved on their phone), and the application redeems the
 * code and reads the ID token's claims and userinfo.
 */

export const SIGN_IN_SCOPE = 'sesame:authentication';
/** Both claims asked everywhere the `claims` parameter can ask (OIDC Core §5.5), one `essential`. */
export const SIGN_IN_CLAIMS = JSON.stringify({
  id_token: { strengths: { essential: true }, authentication_devices: null },
  userinfo: { strengths: { essential: true }, authentication_devices: null },
});

export interface OidcApp {
  readonly clientId: string;
  readonly secret: string;
  readonly callback: string;
}

export interface SeenByTheApp {
  /** The scopes the token endpoint granted. */
  readonly scope: string[];
  readonly idToken: Record<string, unknown>;
  readonly userinfo: Record<string, unknown>;
}

/** A push sign-in of `who` (their `phone` approves) for `app`'s request, and what `app` then holds. */
export async function signInClaimsSeenBy(
  baseUrl: string,
  app: OidcApp,
  browser: WebClient,
  who: Credentials,
  phone: Phone,
): Promise<SeenByTheApp> {
  const config = await client.discovery(
    new URL(`${baseUrl}/oidc`),
    app.clientId,
    { client_secret: app.secret, token_endpoint_auth_method: 'client_secret_basic' },
    client.ClientSecretBasic(app.secret),
    // The test issuer is plain http on loopback.
    { execute: [client.allowInsecureRequests] },
  );
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: app.callback,
    scope: `openid email ${SIGN_IN_SCOPE}`,
    claims: SIGN_IN_CLAIMS,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const waitPage = await passwordJourney(browser, url.toString(), who, METHOD.pinCode);
  const { answer, phoneSaid } = await answerPushWith(browser, waitPage, phone, PIN);
  if (phoneSaid !== 'accepted') throw new Error(`the phone said ${phoneSaid}: ${textOf(mainOf(waitPage.html))}`);
  const end = await passwordJourney(browser, answer, who, METHOD.pinCode);
  if (!end.location?.startsWith(app.callback)) {
    throw new Error(`no callback: ${end.url} (${end.status}) ${textOf(mainOf(end.html)).slice(0, 200)}`);
  }
  const tokens = await client.authorizationCodeGrant(config, new URL(end.location), {
    pkceCodeVerifier: codeVerifier,
    expectedState: state,
    expectedNonce: nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims();
  if (!idToken) throw new Error('no ID token');
  const userinfo = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
  return { scope: (tokens.scope ?? '').split(' ').filter(Boolean), idToken, userinfo };
}

/**
 * The control: an application registered to receive the sign-in claims (`attributes` lists
 * `strengths` and `authenticationDevices`), so that a probe seeing none of them elsewhere is not
 * blind. Registered next to the suite's own, which lists `email` only.
 */
export const CLAIMS_APP: OidcApp = {
  clientId: 'attacker-suite-claims-rp',
  secret: 'attacker-suite-claims-secret-0123456789abcdef0123',
  callback: 'https://claims.attacker-suite.example/oidc/callback',
};

export const CLAIMS_APP_REGISTRATION = {
  id: CLAIMS_APP.clientId,
  name: 'Relying app with the sign-in claims (attacker suite)',
  policy: { minimumLevel: 'BASIC' },
  attributes: ['email', 'strengths', 'authenticationDevices'],
  oidc: {
    clientId: CLAIMS_APP.clientId,
    clientSecret: CLAIMS_APP.secret,
    redirectUris: [CLAIMS_APP.callback],
    grantTypes: ['authorization_code'],
  },
};
