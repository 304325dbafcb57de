import type { ServiceRegistry } from '@sesame/core';

/**
 * The origins a form of ours may lead to besides our own: a sign-in form is answered with a
 * redirect to the relying application (its code or ticket), and the RP-initiated logout form
 * with one to its post-logout URI (or a form_post to its redirect URI). CSP `form-action` also
 * governs the redirects that follow a form submission in Chromium and WebKit (MDN,
 * "CSP: form-action"), so those origins must be listed or the last hop is blocked.
 * CAS services given as a regular expression have no origin to list.
 */
/**
 * The eID providers' origins (docs/adr/0042): "Sign in with eID" and "Link my eID" are forms
 * answered with a redirect to the provider's authorization endpoint, on its issuer's origin.
 */
export function eidProviderOrigins(providers: readonly { readonly issuer: string }[]): string[] {
  return [...new Set(providers.map((p) => new URL(p.issuer).origin))];
}

export function relyingAppOrigins(registry: ServiceRegistry): string[] {
  const urls = registry.apps.flatMap((app) => [
    ...(app.oidc?.redirectUris ?? []),
    ...(app.oidc?.postLogoutRedirectUris ?? []),
    ...(app.cas?.services ?? [])
      .filter((pattern) => !pattern.startsWith('^'))
      .map((pattern) => pattern.replace(/\*$/, '')),
  ]);
  const origins = urls.map((url) => URL.parse(url)?.origin).filter((origin) => origin && origin !== 'null');
  return [...new Set(origins as string[])];
}
