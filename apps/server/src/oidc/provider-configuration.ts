import { LEVELS, LOCALES } from '@sesame/protocol';
import { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { OidcDeps } from './oidc-deps';
import { claimsFor } from './account-claims';
import { authenticationFactsOf } from './authentication-context';
import { HOUR, MINUTE, OFFLINE_TTL } from './lifetimes';
import { clientBasedCors } from './cors-policy';
import { ephemeralAdapterFactory } from './ephemeral-adapter';
import { translateStoreFault } from './store-faults';
import { providerJwks, type KeyRing } from './key-ring';
import { logoutSource, postLogoutSuccessSource, renderError } from './provider-pages';
import { registryClients, USER_SCOPES } from './registry-clients';
import { ADMIN_API_SCOPES, OIDC_AUTHENTICATION_SCOPE, oidcClaimsByScope } from '@sesame/core';
import { sesameInteractionPolicy } from './session-coupling';

/** The path of the interaction pages (registerOidcPortalRoutes), under the issuer's path. */
export const interactionPath = (uid: string) => `/oidc/interaction/${uid}`;

/** oidc-provider's default tolerance for clock skew, also applied to the store's TTLs. */
const CLOCK_TOLERANCE = 15;

/**
 * The cookies of the provider's own session and interactions (issue 10, finding 7; ADR 0012).
 * With an https public URL they are Secure (mount-provider.ts makes the provider see https even
 * behind a proxy) and prefixed: the session cookie (Path=/, no Domain) carries `__Host-`
 * (RFC 6265bis §4.1.3.2). The interaction and resume cookies are scoped by oidc-provider to the
 * interaction's own path (/oidc/interaction/<uid>, /oidc/auth/<uid>), so that two sign-ins in two
 * tabs do not overwrite each other: `__Host-` forbids a path, so they carry `__Secure-`
 * (§4.1.3.1). Over http (development) browsers would drop prefixed cookies, so no prefix there.
 */
export function providerCookieNames(publicUrl: string): { session: string; interaction: string; resume: string } {
  const https = isHttps(publicUrl);
  return {
    session: `${https ? '__Host-' : ''}sesame-oidc`,
    interaction: `${https ? '__Secure-' : ''}sesame-oidc-interaction`,
    resume: `${https ? '__Secure-' : ''}sesame-oidc-resume`,
  };
}

export const isHttps = (publicUrl: string) => new URL(publicUrl).protocol === 'https:';

/** oidc-provider's configuration for Sésame: clients from the registry, storage on our stores, our pages. */
export function providerConfiguration(services: OidcDeps, keys: KeyRing): Configuration {
  const { config, registry } = services;
  // The provider's session never lives longer than the longest of ours (design §10).
  const sessionTtl = config.session.absoluteHours * HOUR;
  const offline = (scopes: { has(scope: string): boolean }) => scopes.has('offline_access');
  // Said explicitly: should the provider ever not see https, setting a cookie fails rather than
  // sending it without Secure.
  const secure = isHttps(config.publicUrl) ? { secure: true } : {};
  // OIDC Core §5.1 standard claims and the applications' own names (docs/adr/0043), by scope.
  const claimsByScope = oidcClaimsByScope(registry.apps);

  return {
    adapter: ephemeralAdapterFactory(services.ephemeral, {
      maxTokenTtlSeconds: OFFLINE_TTL,
      clockToleranceSeconds: CLOCK_TOLERANCE,
    }),
    clients: registryClients(registry),
    clientDefaults: {
      grant_types: ['authorization_code'],
      response_types: ['code'],
      // OIDC Core §15.1: RS256 is what every relying party can verify.
      id_token_signed_response_alg: 'RS256',
      token_endpoint_auth_method: 'client_secret_basic',
    },
    // The code flow only: no implicit nor hybrid flow, tokens never in a URL (RFC 9700 §2.1.2).
    responseTypes: ['code'],
    // An exact, always-present redirect_uri (RFC 9700 §4.1.3; OIDC Core §3.1.2.1 REQUIRED).
    allowOmittingSingleRegisteredRedirectUri: false,
    clockTolerance: CLOCK_TOLERANCE,
    jwks: providerJwks(keys),
    cookies: {
      names: providerCookieNames(config.publicUrl),
      // HttpOnly: no script reads them. Lax: they must come back on the top-level navigation from
      // the application to /oidc/auth (as the portal's session cookie, ADR 0003).
      long: { httpOnly: true, sameSite: 'lax', ...secure },
      short: { httpOnly: true, sameSite: 'lax', ...secure },
      // Signed cookies (Keygrip): the first key signs, all verify, so they rotate with the ring.
      keys: keys.cookieKeys,
    },
    // Our levels are the ACR values (OIDC Core §2 `acr`; design §3).
    acrValues: [...LEVELS],
    // The admin API's scopes are known to the provider, so that only a client registered with them
    // (its `scope` metadata, registry-clients.ts) may get them (issue 14 point 6, docs/adr/0037).
    scopes: [...USER_SCOPES, ...ADMIN_API_SCOPES],
    claims: {
      acr: null,
      amr: null,
      auth_time: null,
      sid: null,
      iss: null,
      // SEC-41: every ID token says how and when the user authenticated, asked or not
      // (oidc-provider adds acr only for acr_values and auth_time only for max_age otherwise).
      openid: ['sub', 'acr', 'amr', 'auth_time'],
      email: [...claimsByScope.email, 'email_verified'],
      profile: claimsByScope.profile,
      // How the person signed in (docs/adr/0048): the strengths and the devices, as CAS tells them.
      [OIDC_AUTHENTICATION_SCOPE]: claimsByScope[OIDC_AUTHENTICATION_SCOPE],
    },
    async findAccount(ctx, sub, token) {
      const user = await services.durable.users.findById(sub).catch(translateStoreFault);
      // A deactivated account (docs/adr/0035) is no account for the applications either.
      if (!user || user.deactivatedAt) return undefined;
      // A password change or reset after the authentication behind a token voids that token
      // (refresh, access, code): recovering a stolen account must also cut off its applications.
      const authenticatedAt =
        token && 'authTime' in token && typeof token.authTime === 'number' ? token.authTime : token?.iat;
      if (authenticatedAt !== undefined && user.credentialsChangedAt.getTime() > authenticatedAt * 1000 + 999)
        return undefined;
      const clientId = (ctx as KoaContextWithOIDC | undefined)?.oidc?.client?.clientId;
      const app = clientId ? registry.byClientId(clientId) : undefined;
      // The sign-in behind the token (docs/adr/0048): the code's, the refresh token's, the access token's.
      const facts = await authenticationFactsOf(
        services.ephemeral,
        token as Parameters<typeof authenticationFactsOf>[1],
      );
      return { accountId: user.id, claims: () => ({ ...claimsFor(user, app, facts), sub: user.id }) };
    },
    interactions: {
      url: (_ctx, interaction) => interactionPath(interaction.uid),
      policy: sesameInteractionPolicy(services),
    },
    // Every application with the refresh_token grant gets one at sign-in, bound to the session
    // unless it asked offline_access; each use rotates it, and a rotated one presented again
    // revokes the whole grant (RFC 9700 §4.14.2).
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: () => true,
    // RFC 9700 §2.1.1: public clients MUST use PKCE; oidc-provider accepts only S256.
    pkce: { required: (_ctx, client) => client.clientAuthMethod === 'none' },
    ttl: {
      // Bearer tokens: short, so that one leaked or left after a sign-out is soon useless.
      AccessToken: 10 * MINUTE,
      ClientCredentials: 10 * MINUTE,
      // SEC-41: a code is redeemed at once; 60 s covers a slow back channel.
      AuthorizationCode: 60,
      // Read once by the application at sign-in.
      IdToken: HOUR,
      // As long as a login transaction (LOGIN_TRANSACTION_TTL_MS): the user signs in meanwhile.
      Interaction: 30 * MINUTE,
      Session: sessionTtl,
      // A rotated refresh token gets what was left of the one it replaces: rotation never
      // stretches the chain past the session's (or the offline grant's) first end.
      RefreshToken: (ctx, token) => {
        const rotated = (ctx as KoaContextWithOIDC | undefined)?.oidc?.entities.RotatedRefreshToken;
        if (rotated) return Math.max(1, rotated.remainingTTL);
        return offline(token.scopes) ? OFFLINE_TTL : sessionTtl;
      },
      Grant: (_ctx, grant) => (grant.getOIDCScope().split(' ').includes('offline_access') ? OFFLINE_TTL : sessionTtl),
      // Unused features, set so that no default is silently relied on.
      DeviceCode: 10 * MINUTE,
      BackchannelAuthenticationRequest: 10 * MINUTE,
      PreAuthorizedCode: 10 * MINUTE,
    },
    features: {
      // Our sign-in flow is the login page; the provider's demo pages must never be served.
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      backchannelLogout: { enabled: true },
      // Service accounts: a token for the application itself (RFC 6749 §4.4), no user.
      clientCredentials: { enabled: true },
      revocation: {
        enabled: true,
        // RFC 7009 §2.1: a client revokes only the tokens issued to it.
        allowedPolicy: async (_ctx, client, token) => {
          if (token.clientId === client.clientId) return true;
          if (client.clientAuthMethod === 'none') return false;
          throw new errors.InvalidRequest('client is not authorized to revoke the presented token');
        },
      },
      introspection: {
        enabled: true,
        // RFC 7662 §2.1: we have no separate resource servers: a client introspects its own tokens.
        allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId,
      },
      // OIDC Core §5.5: individual claims, and an essential `acr` folded into the requirement.
      claimsParameter: { enabled: true },
      // No resource servers of our own (RFC 8707): access tokens are for userinfo.
      resourceIndicators: { enabled: false },
    },
    discovery: {
      claim_types_supported: ['normal'],
      ui_locales_supported: [...LOCALES],
    },
    // Browser-side clients (public) may call the token endpoints, and any client userinfo, from
    // the origins of their registered redirect URIs; nobody else (cors-policy.ts, ADR 0012).
    clientBasedCORS: clientBasedCors,
    // Outgoing calls (back-channel logout) go only to URIs the operator registered, often on an
    // intranet: oidc-provider's guard against private addresses protects dynamic registration,
    // which Sésame does not offer, and would block them.
    fetch: (url, options) => globalThis.fetch(url, { ...options, dispatcher: undefined } as RequestInit),
    // RFC 9470 §4 (step-up for APIs): an API learns from introspection (RFC 7662) how and when the
    // user behind an access token authenticated, so it can answer insufficient_user_authentication
    // (docs/adr/0043 §3). Taken from the code or refresh token the access token comes from.
    extraTokenClaims: (ctx, token) => {
      if (token.kind !== 'AccessToken') return undefined;
      const source = ctx.oidc.entities.AuthorizationCode ?? ctx.oidc.entities.RefreshToken;
      if (!source?.acr) return undefined;
      return { acr: source.acr, ...(source.authTime !== undefined ? { auth_time: source.authTime } : {}) };
    },
    renderError,
  };
}
