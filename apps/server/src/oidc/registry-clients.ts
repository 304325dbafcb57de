import { OIDC_AUTHENTICATION_SCOPE, type ServiceRegistry } from '@sesame/core';
import type { ClientMetadata } from 'oidc-provider';

/**
 * The scopes of a person's sign-in (OIDC Core §5.4, and how the person signed in, docs/adr/0048),
 * which every client may ask for; it is granted only what its registration releases.
 */
export const USER_SCOPES = ['openid', 'offline_access', 'email', 'profile', OIDC_AUTHENTICATION_SCOPE] as const;

/**
 * The OIDC clients of the relying-app registry, as oidc-provider's static clients. There is no
 * dynamic registration: an unknown client_id is refused, and so is any redirect_uri not listed
 * exactly (RFC 9700 §4.1.3, design §7).
 */
export function registryClients(registry: ServiceRegistry): ClientMetadata[] {
  return registry.apps.flatMap((app) => {
    const oidc = app.oidc;
    if (!oidc) return [];
    const confidential = oidc.clientSecret !== undefined;
    // A public client cannot authenticate, so it cannot act on its own behalf (RFC 6749 §4.4).
    const grantTypes = oidc.grantTypes.filter((grant) => confidential || grant !== 'client_credentials');
    const signsIn = grantTypes.includes('authorization_code');
    const client: ClientMetadata = {
      client_id: oidc.clientId,
      client_name: app.name,
      application_type: 'web',
      grant_types: grantTypes,
      response_types: signsIn ? ['code'] : [],
      redirect_uris: signsIn ? oidc.redirectUris : [],
      post_logout_redirect_uris: oidc.postLogoutRedirectUris,
      // client_secret_basic: the default of OIDC Registration §2; public clients send no secret
      // and must prove possession of the code with PKCE instead (RFC 7636, pkce.required).
      token_endpoint_auth_method: confidential ? 'client_secret_basic' : 'none',
      // The scopes the client may ask for: oidc-provider refuses any other known scope (invalid_scope),
      // so an application without `adminApi` never gets an admin scope (docs/adr/0037).
      scope: [...USER_SCOPES, ...(oidc.adminApi?.scopes ?? [])].join(' '),
      ...(confidential ? { client_secret: oidc.clientSecret } : {}),
      ...(oidc.backchannelLogoutUri
        ? { backchannel_logout_uri: oidc.backchannelLogoutUri, backchannel_logout_session_required: true }
        : {}),
    };
    return [client];
  });
}
