import type { RelyingApp, UserRecord } from '@sesame/core';

/**
 * The standard claims (OIDC Core §5.1) an application may receive about a user: only those of
 * the attributes its registration releases (design §7); `sub` always, as the stable account id.
 * oidc-provider then keeps those of the scopes and claims granted for the request.
 */
export function claimsFor(user: UserRecord, app: RelyingApp | undefined): Record<string, string | boolean> {
  const released = new Set(app?.attributes ?? []);
  const claims: Record<string, string | boolean> = { sub: user.id };
  if (released.has('email')) {
    claims.email = user.email;
    // An account exists only once its owner opened the link mailed to the address, and a new
    // address replaces the old one only the same way: every address we hold was verified.
    claims.email_verified = true;
  }
  if (released.has('firstName')) claims.given_name = user.firstName;
  if (released.has('lastName')) claims.family_name = user.lastName;
  if (released.has('firstName') && released.has('lastName')) claims.name = `${user.firstName} ${user.lastName}`;
  if (released.has('locale')) claims.locale = user.emailLocale;
  return claims;
}

/** The scopes (OIDC Core §5.4) whose claims the application may receive at all. */
export function grantableScopes(app: RelyingApp): Set<string> {
  const scopes = new Set(['openid']);
  if (app.attributes.includes('email')) scopes.add('email');
  if (app.attributes.some((attribute) => ['firstName', 'lastName', 'locale'].includes(attribute)))
    scopes.add('profile');
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
    organisation: null,
    roles: [],
    createdAt: new Date(0),
    credentialsChangedAt: new Date(0),
    secondFactorSince: null,
    recovery: null,
  };
  return new Set([...Object.keys(claimsFor(probe, app)), 'acr', 'amr', 'auth_time', 'sid']);
}
