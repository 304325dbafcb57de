import { wireStrengths, type Strength } from '@sesame/protocol';
import type { UserRecord } from '../ports';
import { employeeTypeOf } from '../cas/eulogin-identity';
import type { MobileDeviceFactor } from '../sessions/sso-session';

/**
 * Attribute release and renaming (issue 15 point 2, docs/adr/0043): what an application may know
 * of a person is its registered `attributes` (design §7); the names it receives them under come
 * from a profile per protocol, overridden per application — as Apereo CAS's "return mapped"
 * release policy, a source attribute may be released under several names, or under none.
 */

/** What an application may know of a person (its registration's `attributes`, design §7). */
export const RELEASABLE_ATTRIBUTES = [
  'email',
  'firstName',
  'lastName',
  'organisation',
  'locale',
  'employeeType',
  // Issue 15 point 2 (docs/adr/0043): the full name ("Marie Dupont": cn, displayName, OIDC `name`)
  // and the account id as an attribute (`uid`), which many applications read rather than the user.
  'fullName',
  'uid',
  // Issue 15 point 2 (docs/adr/0048): how the person signed in, as EU Login tells CAS applications
  // (`strengths`, `authenticationFactors`); OIDC claims only, CAS has them in its own elements.
  'strengths',
  'authenticationDevices',
] as const;
export type ReleasableAttribute = (typeof RELEASABLE_ATTRIBUTES)[number];

/** The attributes that describe a sign-in rather than the person (docs/adr/0048): OIDC only. */
export const AUTHENTICATION_ATTRIBUTES = ['strengths', 'authenticationDevices'] as const;
export type AuthenticationAttribute = (typeof AUTHENTICATION_ATTRIBUTES)[number];
/** The attributes of the person: released by CAS and OIDC alike. */
export const PERSON_ATTRIBUTES = RELEASABLE_ATTRIBUTES.filter(
  (source): source is Exclude<ReleasableAttribute, AuthenticationAttribute> =>
    !(AUTHENTICATION_ATTRIBUTES as readonly string[]).includes(source),
);

/** What a sign-in was (docs/adr/0048): the strengths that satisfied the application, the devices that confirmed it. */
export interface AuthenticationFacts {
  readonly strengths: readonly Strength[];
  readonly devices: readonly MobileDeviceFactor[];
}

/** A device told to an application: its name, its stable id, its kind. Never a key nor a secret. */
export interface AuthenticationDeviceClaim {
  readonly id: string;
  readonly name: string;
  /** `MOBILE_APP` for the Sésame app; for a WebAuthn key, EU Login's deviceType. */
  readonly type: 'MOBILE_APP' | 'SECURITY_KEY' | 'PLATFORM' | 'PASSKEY';
}

/** The CAS naming profiles. */
export const CAS_ATTRIBUTE_PROFILES = ['sesame', 'ldap', 'eulogin'] as const;
export type CasAttributeProfile = (typeof CAS_ATTRIBUTE_PROFILES)[number];

/** Source attribute → the names it is released under; a source absent or `[]` is not released. */
export type AttributeNames = Partial<Record<ReleasableAttribute, readonly string[]>>;

/** The parts of a registered application (relying-app.ts) that release reads. */
export interface ReleaseSettings {
  readonly id: string;
  readonly attributes: readonly ReleasableAttribute[];
  readonly cas?:
    | {
        readonly flavour: 'cas' | 'eulogin';
        readonly attributeProfile?: CasAttributeProfile | undefined;
        readonly attributeNames?: AttributeNames | undefined;
      }
    | undefined;
  readonly oidc?: { readonly claimNames?: AttributeNames | undefined } | undefined;
}

/**
 * - `sesame`: the names Sésame always sent (`<cas:email>`, `<cas:firstName>` …), so an
 *   application registered before keeps its document; no full name.
 * - `ldap`: inetOrgPerson's (RFC 2798, RFC 4519), what most CAS servers release from a
 *   directory and what mod_auth_cas, phpCAS and Spring configurations usually expect.
 * - `eulogin`: EU Login's names (reference/eulogin-facts.md §2.6: `domain` for the organisation),
 *   the default of EU Login applications' `<cas:attributes>` (ADR 0043 §2).
 */
export const CAS_PROFILE_NAMES: Readonly<Record<CasAttributeProfile, AttributeNames>> = {
  sesame: {
    email: ['email'],
    firstName: ['firstName'],
    lastName: ['lastName'],
    organisation: ['organisation'],
    locale: ['locale'],
    employeeType: ['employeeType'],
    uid: ['uid'],
  },
  ldap: {
    email: ['mail'],
    firstName: ['givenName'],
    lastName: ['sn'],
    fullName: ['cn', 'displayName'],
    organisation: ['o'],
    locale: ['preferredLanguage'],
    employeeType: ['employeeType'],
    uid: ['uid'],
  },
  eulogin: {
    email: ['email'],
    firstName: ['firstName'],
    lastName: ['lastName'],
    organisation: ['domain'],
    locale: ['locale'],
    employeeType: ['employeeType'],
    uid: ['uid'],
  },
};

/**
 * OpenID Connect Core §5.1 standard claims. `email_verified` goes with `email` (oidc/account-claims);
 * an application may rename or add claims (`oidc.claimNames`), custom names being OIDC Core §5.1.2
 * "additional claims".
 */
export const OIDC_PROFILE_NAMES: AttributeNames = {
  email: ['email'],
  firstName: ['given_name'],
  lastName: ['family_name'],
  fullName: ['name'],
  locale: ['locale'],
  // Additional claims (OIDC Core §5.1.2), in the `sesame:authentication` scope (docs/adr/0048).
  strengths: ['strengths'],
  authenticationDevices: ['authentication_devices'],
};

/** The scope of the sign-in's claims (docs/adr/0048), prefixed as Sésame's other scopes. */
export const OIDC_AUTHENTICATION_SCOPE = 'sesame:authentication';
export type OidcClaimScope = 'email' | 'profile' | typeof OIDC_AUTHENTICATION_SCOPE;

/**
 * Names that already mean something in the document a renamed attribute lands in: an application
 * could otherwise be handed a second, forged-looking `authenticationLevel` or `acr`.
 */
export const RESERVED_CAS_ATTRIBUTE_NAMES: ReadonlySet<string> = new Set([
  'authenticationDate',
  'longTermAuthenticationRequestTokenUsed',
  'isFromNewLogin',
  'authenticationLevel',
  'strengths',
  'user',
]);
/** OIDC Core §2 and §5.1 claims the provider sets itself (and JWT's, RFC 7519 §4.1). */
export const RESERVED_OIDC_CLAIM_NAMES: ReadonlySet<string> = new Set([
  'sub',
  'iss',
  'aud',
  'exp',
  'iat',
  'nbf',
  'jti',
  'auth_time',
  'nonce',
  'acr',
  'amr',
  'azp',
  'sid',
  'at_hash',
  'c_hash',
  'email_verified',
  '_claim_names',
  '_claim_sources',
]);

/** An XML element's local name (NCName, XML Namespaces §3), ASCII only: also a safe JSON key. */
export const ATTRIBUTE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9._-]{0,63}$/;

/**
 * Whether the application may know `source`. A full name says nothing that the first and last
 * names do not: it is released with them (as OIDC's `name` always was) or on its own.
 */
export function mayRelease(app: Pick<ReleaseSettings, 'attributes'>, source: ReleasableAttribute): boolean {
  if (app.attributes.includes(source)) return true;
  return source === 'fullName' && app.attributes.includes('firstName') && app.attributes.includes('lastName');
}

/** The value of a source attribute for a person; null when the account has none. */
export function attributeValue(user: UserRecord, source: ReleasableAttribute): string | null {
  switch (source) {
    case 'email':
      return user.email;
    case 'firstName':
      return user.firstName;
    case 'lastName':
      return user.lastName;
    case 'fullName':
      return `${user.firstName} ${user.lastName}`.trim() || null;
    case 'organisation':
      return user.organisation;
    case 'locale':
      return user.emailLocale;
    case 'employeeType':
      return employeeTypeOf(user);
    case 'uid':
      return user.id;
    // Not the person's: authenticationClaims() releases them from the sign-in.
    case 'strengths':
    case 'authenticationDevices':
      return null;
  }
}

/** The value of an authentication attribute for a sign-in; null when there is none to tell. */
export function authenticationValue(
  facts: AuthenticationFacts,
  source: AuthenticationAttribute,
): readonly string[] | readonly AuthenticationDeviceClaim[] | null {
  switch (source) {
    case 'strengths': {
      // Wire names, as CAS tells them (docs/adr/0029 §6: a key at HIGH is PASSWORD_WEBAUTHN).
      const strengths = wireStrengths(facts.strengths);
      return strengths.length > 0 ? strengths : null;
    }
    case 'authenticationDevices':
      // Password only, SMS, a one-time code, an eID: no device of ours confirmed it.
      return facts.devices.length > 0
        ? facts.devices.map((d): AuthenticationDeviceClaim => ({
            id: d.id,
            name: d.name,
            type: d.webauthn?.type ?? 'MOBILE_APP',
          }))
        : null;
  }
}

/**
 * The released claims of a sign-in (docs/adr/0048): as releaseAttributes(), for the
 * authentication attributes the application may know, under its names.
 */
export function authenticationClaims(
  facts: AuthenticationFacts,
  app: Pick<ReleaseSettings, 'attributes'>,
  names: AttributeNames,
): Array<[string, readonly string[] | readonly AuthenticationDeviceClaim[]]> {
  const out: Array<[string, readonly string[] | readonly AuthenticationDeviceClaim[]]> = [];
  for (const source of AUTHENTICATION_ATTRIBUTES) {
    const as = names[source];
    if (!as || as.length === 0 || !mayRelease(app, source)) continue;
    const value = authenticationValue(facts, source);
    if (value === null) continue;
    for (const name of as) out.push([name, value]);
  }
  return out;
}

/** The profile's names with the application's overrides (a source named there replaces the profile's). */
export function effectiveNames(profile: AttributeNames, overrides: AttributeNames | undefined): AttributeNames {
  return { ...profile, ...overrides };
}

/**
 * The released `[name, value]` pairs, in `order` of the sources and then of each source's names;
 * a source the application may not know, or the account has no value for, gives nothing.
 */
export function releaseAttributes(
  user: UserRecord,
  app: Pick<ReleaseSettings, 'attributes'>,
  names: AttributeNames,
  order: readonly ReleasableAttribute[],
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const source of order) {
    const as = names[source];
    if (!as || as.length === 0 || !mayRelease(app, source)) continue;
    const value = attributeValue(user, source);
    if (value === null || value === '') continue;
    for (const name of as) out.push([name, value]);
  }
  return out;
}

/** The CAS names of an application: its profile (by default that of its flavour) and its overrides. */
export function casAttributeNames(app: Pick<ReleaseSettings, 'cas'>): AttributeNames {
  const profile = app.cas?.attributeProfile ?? (app.cas?.flavour === 'eulogin' ? 'eulogin' : 'sesame');
  return effectiveNames(CAS_PROFILE_NAMES[profile], app.cas?.attributeNames);
}

/** The OIDC claim names of an application: the standard claims and its overrides. */
export function oidcClaimNames(app: Pick<ReleaseSettings, 'oidc'>): AttributeNames {
  return effectiveNames(OIDC_PROFILE_NAMES, app.oidc?.claimNames);
}

/**
 * OIDC Core §5.4: the scope that releases a claim — `email` for the e-mail address, the sign-in's
 * own scope for how the person signed in (docs/adr/0048), else `profile`.
 */
export function oidcScopeOf(source: ReleasableAttribute): OidcClaimScope {
  if (source === 'email') return 'email';
  if ((AUTHENTICATION_ATTRIBUTES as readonly string[]).includes(source)) return OIDC_AUTHENTICATION_SCOPE;
  return 'profile';
}

/**
 * Every claim name any application may receive, by scope (oidc-provider's `claims` setting is
 * one for all clients). A name may belong to one scope only: `{ "organisation": "email" }` in one
 * application would otherwise put the standard `email` claim under `profile` for all.
 */
export function oidcClaimsByScope(
  apps: ReadonlyArray<Pick<ReleaseSettings, 'id' | 'oidc'>>,
): Record<OidcClaimScope, string[]> {
  const scopes = new Map<string, { scope: OidcClaimScope; app: string }>();
  const add = (names: AttributeNames, app: string) => {
    for (const [source, as] of Object.entries(names) as Array<[ReleasableAttribute, readonly string[]]>) {
      for (const name of as) {
        const scope = oidcScopeOf(source);
        const known = scopes.get(name);
        if (known && known.scope !== scope)
          throw new Error(
            `relying app "${app}": oidc.claimNames: the claim "${name}" is in the ${known.scope} scope (${known.app}), not ${scope}`,
          );
        if (!known) scopes.set(name, { scope, app });
      }
    }
  };
  add(OIDC_PROFILE_NAMES, 'OIDC Core §5.1');
  for (const app of apps) if (app.oidc) add(oidcClaimNames(app), app.id);
  const of = (scope: OidcClaimScope) => [...scopes].filter(([, s]) => s.scope === scope).map(([name]) => name);
  return { email: of('email'), profile: of('profile'), [OIDC_AUTHENTICATION_SCOPE]: of(OIDC_AUTHENTICATION_SCOPE) };
}
