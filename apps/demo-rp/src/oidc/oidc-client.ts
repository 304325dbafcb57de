import { createRemoteJWKSet, customFetch as joseFetch, type JWTVerifyGetKey } from 'jose';
import * as client from 'openid-client';
import type { DemoRpConfig } from '../demo-rp-config';
import type { PendingOidcSignIn } from '../sessions/local-session-store';
import type { LogoutTokenExpectations } from './verify-logout-token';

/** The issuer is http only on the developer's own machine; anywhere else TLS is required. */
function isLocalHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export interface OidcSignInResult {
  claims: Record<string, unknown>;
  idToken: string | undefined;
  sub: string;
  sid: string | undefined;
}

/**
 * The demo app as an OpenID Connect client of Sésame (openid-client v6): discovery, code flow
 * with PKCE S256 + state + nonce, UserInfo, RP-initiated logout, and the expectations a Logout
 * Token is checked against. Discovery is lazy and retried after a failure, so the demo app may
 * start before Sésame does.
 */
export class OidcClient {
  readonly issuer: URL;
  private configuration: Promise<client.Configuration> | undefined;
  private keys: { jwksUri: string; getKey: JWTVerifyGetKey } | undefined;

  constructor(
    private readonly config: DemoRpConfig,
    /** Server-to-server HTTP (tests stub it); the global fetch by default. */
    private readonly fetch?: typeof globalThis.fetch,
  ) {
    this.issuer = new URL(`${config.sesameUrl}/oidc`);
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}/oidc/callback`;
  }

  discover(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        this.issuer,
        this.config.oidc.clientId,
        // OIDC Registration §2: client_secret_basic is the default method; Sésame registers none other.
        { client_secret: this.config.oidc.clientSecret, token_endpoint_auth_method: 'client_secret_basic' },
        client.ClientSecretBasic(this.config.oidc.clientSecret),
        {
          execute: isLocalHttp(this.issuer) ? [client.allowInsecureRequests] : [],
          timeout: 10,
          // openid-client's body type is wider than the DOM's (Uint8Array), the runtime the same.
          ...(this.fetch ? { [client.customFetch]: this.fetch as client.CustomFetch } : {}),
        },
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /** Where to send the browser, and the checks to keep in the pending sign-in. */
  async authorizationUrl(locale: string): Promise<{ url: URL; checks: Omit<PendingOidcSignIn, 'startedAt'> }> {
    const configuration = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const parameters: Record<string, string> = {
      redirect_uri: this.redirectUri,
      scope: this.config.oidc.scope,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ui_locales: locale,
      // OIDC Core §3.1.2.1: the level asked for; Sésame's levels are its acr values, ordered, so
      // this means "at least". It also makes the ID Token carry `acr`, which the callback checks.
      acr_values: this.config.authenticationLevel,
      // OIDC Core §3.1.2.1: with max_age the ID Token MUST carry auth_time, which tells a fresh
      // sign-in from single sign-on; an authentication older than a local session is not reused.
      max_age: String(this.config.sessionMinutes * 60),
      // OIDC Core §5.5: amr is in an ID Token only when asked for (by a provider that supports
      // the claims parameter); the identity page shows the methods.
      claims: JSON.stringify({ id_token: { amr: null, auth_time: { essential: true } } }),
    };
    return { url: client.buildAuthorizationUrl(configuration, parameters), checks: { state, nonce, codeVerifier } };
  }

  /**
   * Completes the code flow: checks state (and `iss`, RFC 9207, when the provider sends it),
   * redeems the code with the PKCE verifier, validates the ID Token and its nonce, then adds the
   * UserInfo claims (a provider may keep profile claims out of the ID Token).
   */
  async callback(currentUrl: URL, pending: PendingOidcSignIn): Promise<OidcSignInResult> {
    const configuration = await this.discover();
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('no ID Token in the token response');
    let userinfo: Record<string, unknown> = {};
    if (configuration.serverMetadata().userinfo_endpoint && tokens.access_token) {
      userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
    }
    const claims = { ...userinfo, ...idClaims } as Record<string, unknown>;
    return {
      claims,
      idToken: tokens.id_token,
      sub: idClaims.sub,
      sid: typeof idClaims.sid === 'string' ? idClaims.sid : undefined,
    };
  }

  /** RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0 §2); null when the provider has none. */
  async endSessionUrl(idToken: string | undefined, postLogoutRedirectUri: string): Promise<URL | null> {
    const configuration = await this.discover();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    const parameters: Record<string, string> = { post_logout_redirect_uri: postLogoutRedirectUri };
    if (idToken) parameters.id_token_hint = idToken;
    else parameters.client_id = this.config.oidc.clientId;
    return client.buildEndSessionUrl(configuration, parameters);
  }

  /** What a Logout Token must match: the discovered issuer, our client id, the provider's JWKS. */
  async logoutTokenExpectations(): Promise<LogoutTokenExpectations> {
    const metadata = (await this.discover()).serverMetadata();
    if (!metadata.jwks_uri) throw new Error('the provider publishes no jwks_uri');
    if (this.keys?.jwksUri !== metadata.jwks_uri)
      this.keys = {
        jwksUri: metadata.jwks_uri,
        getKey: createRemoteJWKSet(new URL(metadata.jwks_uri), this.fetch ? { [joseFetch]: this.fetch } : {}),
      };
    return {
      issuer: metadata.issuer,
      clientId: this.config.oidc.clientId,
      keys: this.keys.getKey,
      algorithms: metadata.id_token_signing_alg_values_supported?.filter((alg) => alg !== 'none'),
    };
  }
}
