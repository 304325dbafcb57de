import { SesameError, type EidAnswer, type EidAuthorization, type EidFederation } from '@sesame/core';
import * as client from 'openid-client';

/** One upstream provider as the adapter needs it (config `eid.providers[]`, the secret read). */
export interface FederatedProvider {
  readonly id: string;
  readonly issuer: string;
  readonly clientId: string;
  /** Absent: a public client (PKCE alone, token_endpoint_auth_method none). */
  readonly clientSecret?: string;
  readonly scopes: readonly string[];
  readonly acrValues?: string;
  /** Tests and development only: an http:// issuer. */
  readonly allowHttp: boolean;
}

export interface OpenIdFederationOptions {
  readonly providers: readonly FederatedProvider[];
  /** `<publicUrl>/login/eid/callback/<id>`: registered at the provider. */
  readonly redirectUri: (providerId: string) => string;
  /** Seconds a request to a provider may take (discovery, token, keys). */
  readonly timeoutSeconds?: number;
}

/**
 * core's EidFederation over panva's `openid-client` v6 (OpenID Certified): discovery, the
 * authorization URL with PKCE S256, state, nonce; at the callback, `authorizationCodeGrant`
 * checks the state, RFC 9207's `iss` when the provider sends it, the code exchange with the
 * verifier, and the ID token's signature (the provider's JWKS), `iss`, `aud`, `exp`, `nonce`.
 * Nothing of OAuth is written here. Discovery is lazy and tried again after a failure, so Sésame
 * starts while a provider is down (its button then answers 503).
 */
export function openIdFederation(options: OpenIdFederationOptions): EidFederation {
  const configurations = new Map<string, Promise<client.Configuration>>();
  const timeout = options.timeoutSeconds ?? 10;

  function providerOf(id: string): FederatedProvider {
    const provider = options.providers.find((p) => p.id === id);
    if (!provider) throw new SesameError('EID_UNAVAILABLE');
    return provider;
  }

  function configuration(provider: FederatedProvider): Promise<client.Configuration> {
    let found = configurations.get(provider.id);
    if (!found) {
      found = client
        .discovery(
          new URL(provider.issuer),
          provider.clientId,
          provider.clientSecret
            ? { client_secret: provider.clientSecret, token_endpoint_auth_method: 'client_secret_basic' }
            : { token_endpoint_auth_method: 'none' },
          provider.clientSecret ? client.ClientSecretBasic(provider.clientSecret) : client.None(),
          { execute: provider.allowHttp ? [client.allowInsecureRequests] : [], timeout },
        )
        .catch((error: unknown) => {
          configurations.delete(provider.id);
          throw unavailable(error);
        });
      configurations.set(provider.id, found);
    }
    return found;
  }

  return {
    async authorizationUrl(request: EidAuthorization): Promise<string> {
      const provider = providerOf(request.provider);
      const config = await configuration(provider);
      return client
        .buildAuthorizationUrl(config, {
          redirect_uri: options.redirectUri(provider.id),
          scope: provider.scopes.join(' '),
          // RFC 7636 §4.2: only the S256 challenge leaves Sésame.
          code_challenge: await client.calculatePKCECodeChallenge(request.codeVerifier),
          code_challenge_method: 'S256',
          state: request.state,
          nonce: request.nonce,
          // A step-up asks what reaches the application (docs/adr/0053 §2); else the configured values.
          ...((request.acrValues ?? provider.acrValues) ? { acr_values: request.acrValues ?? provider.acrValues } : {}),
        })
        .toString();
    },

    async verify(request: EidAuthorization, callbackUrl: URL): Promise<EidAnswer> {
      const provider = providerOf(request.provider);
      const config = await configuration(provider);
      // The callback's own address as registered: the route is reached behind proxies by
      // another host, and the redirect_uri sent to the token endpoint must be the registered one.
      const current = new URL(options.redirectUri(provider.id));
      current.search = callbackUrl.search;
      try {
        const tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: request.codeVerifier,
          expectedState: request.state,
          expectedNonce: request.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) return { ok: false, reason: 'no_id_token' };
        const acr = typeof claims.acr === 'string' ? claims.acr : null;
        // Names and e-mail (docs/adr/0047): where the scopes asked for them, from the ID token and
        // UserInfo — openid-client checks UserInfo's `sub` is the ID token's.
        const wantsMore = provider.scopes.some((scope) => scope === 'email' || scope === 'profile');
        const info = wantsMore ? await client.fetchUserInfo(config, tokens.access_token, claims.sub) : {};
        const merged: Record<string, unknown> = { ...info, ...claims };
        const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
        return {
          ok: true,
          assertion: {
            issuer: claims.iss,
            subject: claims.sub,
            acr,
            claims: {
              givenName: text(merged.given_name),
              familyName: text(merged.family_name),
              email: text(merged.email),
              // Only `true` is a verified address: a string "true", absent, false are not.
              emailVerified: merged.email_verified === true,
            },
          },
        };
      } catch (error) {
        return refusal(error);
      }
    },
  };
}

/** A provider that does not answer (network, timeout, 5xx): the user may try later, 503. */
function isUnavailable(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return true;
  if (error instanceof client.ResponseBodyError && error.status >= 500) return true;
  return error instanceof client.ClientError && (error.cause instanceof TypeError || error.code === 'OAUTH_TIMEOUT');
}

function unavailable(error: unknown): SesameError {
  return new SesameError('EID_UNAVAILABLE', {}, { cause: error });
}

/**
 * What openid-client refused, as an audit reason (never a token nor a code): the provider's own
 * error answer (the user cancelled: access_denied), a token endpoint refusal (a code used twice:
 * invalid_grant), or a failed check (state, iss, nonce, signature: its OAUTH_… code).
 */
function refusal(error: unknown): EidAnswer {
  if (isUnavailable(error)) throw unavailable(error);
  if (error instanceof client.AuthorizationResponseError) return { ok: false, reason: `answer_${error.error}` };
  if (error instanceof client.ResponseBodyError) return { ok: false, reason: `token_${error.error}` };
  if (error instanceof client.ClientError) return { ok: false, reason: `check_${error.code ?? 'failed'}` };
  throw error;
}
