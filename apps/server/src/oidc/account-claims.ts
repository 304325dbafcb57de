import {
  authenticationClaims,
  type AuthenticationFacts,
  mayRelease,
  oidcClaimNames,
  oidcScopeOf,
  PERSON_ATTRIBUTES,
  RELEASABLE_ATTRIBUTES,
  releaseAttributes,
  type RelyingApp,
  type UserRecord,
} from '@sesame/core';

type ClaimValue = string | boolean | readonly unknown[];

/**
 * The claims an application may receive about a user (design §7): those of the attributes its
 * registration releases, under OIDC Core §5.1's names or its own (`oidc.claimNames`, docs/adr/0043);
 * `sub` always, as the stable account id; and, from `facts`, how the sign-in behind the token
 * went (docs/adr/0048). oidc-provider then keeps those of the scopes and claims granted for the
 * request.
 */
export function claimsFor(
  user: UserRecord,
  app: RelyingApp | undefined,
  facts: AuthenticationFacts | null = null,
): Record<string, ClaimValue> {
  const claims: Record<string, ClaimValue> = { sub: user.id };
  if (!app) return claims;
  for (const [name, value] of releaseAttributes(user, app, oidcClaimNames(app), PERSON_ATTRIBUTES))
    claims[name] = value;
  if (facts) for (const [name, value] of authenticationClaims(facts, app, oidcClaimNames(app))) claims[name] = value;
  if ((oidcClaimNames(app).email ?? []).length > 0 && mayRelease(app, 'email')) {
    // An account exists only once its owner opened the link mailed to the address, and a new
    // address replaces the old one only the same way: every address we hold was verified.
    claims.email_verified = true;
  }
  return claims;
}

/** The scopes (OIDC Core §5.4) whose claims the application may receive at all. */
export function grantableScopes(app: RelyingApp): Set<string> {
  const scopes = new Set(['openid']);
  const names = oidcClaimNames(app);
  for (const source of RELEASABLE_ATTRIBUTES) {
    if ((names[source] ?? []).length > 0 && mayRelease(app, source)) scopes.add(oidcScopeOf(source));
  }
  if (app.oidc?.grantTypes.includes('refresh_token')) scopes.add('offline_access');
  return scopes;
}

/** The claims (of the `claims` request parameter) the application may receive. */
export function grantableClaims(app: RelyingApp): Set<string> {
  const probe: UserRecord = {
    id: 'x',
    email: 'x',
    firstName: 'x',
    lastName: 'x',
    emailLocale: 'en',
    passwordHash: '',
    // Every attribute with a value, so that every claim the application may receive is listed.
    organisation: 'x',
    roles: [],
    createdAt: new Date(0),
    credentialsChangedAt: new Date(0),
    secondFactorSince: null,
    recovery: null,
  };
  // And a sign-in with every fact, for the claims of how it went (docs/adr/0048).
  const signIn = { strengths: ['PASSWORD'], devices: [{ id: 'x', name: 'x' }] } as const;
  return new Set([...Object.keys(claimsFor(probe, app, signIn)), 'acr', 'amr', 'auth_time', 'sid']);
}
