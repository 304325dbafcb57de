import { isLevel, isStrength, levelOf } from '@sesame/protocol';
import type { CasIdentity } from './cas/parse-service-response';

export type SignInProtocol = 'cas' | 'oidc';

/** What the demo app knows of a signed-in user, whichever protocol brought it: what the identity page shows. */
export interface SignedInUser {
  protocol: SignInProtocol;
  /** CAS `user` / OIDC `sub`. */
  uid: string;
  name: string | null;
  email: string | null;
  organisation: string | null;
  /** EU Login level (BASIC, MEDIUM, HIGH) or, for OIDC, the `acr` as received when it is not one. */
  level: string | null;
  strengths: string[];
  /** CAS: EU Login `authenticationFactors`; OIDC: the `amr` values (RFC 8176). */
  factors: { kind: string; value: string }[];
  /** The SSO session sufficed (CAS `sso`; OIDC: `auth_time` earlier than the sign-in request). */
  sso: boolean | null;
  /** CAS `isFromNewLogin`; OIDC: the opposite of `sso`. */
  isFromNewLogin: boolean | null;
  /** When the user authenticated at Sésame. */
  authTime: Date | null;
  /** When the user signed in to this app. */
  signedInAt: Date;
  /** Every attribute or claim received, as text, for the "what the app received" block. */
  received: Record<string, string>;
}

function date(value: string | number | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const parsed = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

export function userFromCas(identity: CasIdentity, signedInAt: Date): SignedInUser {
  const name = [identity.firstName, identity.lastName].filter(Boolean).join(' ') || null;
  return {
    protocol: 'cas',
    uid: identity.user,
    name,
    email: identity.email,
    organisation: identity.organisation,
    level: identity.level,
    strengths: identity.strengths,
    factors: identity.factors.map(({ kind, value }) => ({ kind, value })),
    sso: identity.sso,
    isFromNewLogin: identity.isFromNewLogin,
    authTime: date(identity.authTime),
    signedInAt,
    received: {
      user: identity.user,
      ...identity.attributes,
      ...(identity.strengths.length ? { strengths: identity.strengths.join(', ') } : {}),
      ...(identity.groups.length ? { groups: identity.groups.join(', ') } : {}),
    },
  };
}

function claimText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(claimText).join(', ');
  return JSON.stringify(value);
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/**
 * Maps the ID Token and UserInfo claims. The level is the `acr` when it is an EU Login level
 * (possibly as the last segment of a URI); the strengths come from a `strengths` claim when the
 * provider releases one, else nothing is invented.
 */
export function userFromOidc(claims: Record<string, unknown>, signInStartedAt: Date, signedInAt: Date): SignedInUser {
  const str = (name: string) => (typeof claims[name] === 'string' && claims[name] ? (claims[name] as string) : null);
  const acr = str('acr');
  const acrLevel = acr?.split(/[:/#]/).pop()?.toUpperCase();
  const strengths = stringList(claims.strengths);
  const level = isLevel(acrLevel) ? acrLevel : (levelOf(strengths.filter(isStrength)) ?? acr);
  const authTime = date(typeof claims.auth_time === 'number' ? claims.auth_time : null);
  // auth_time (whole seconds) before the second this sign-in request began: Sésame reused its
  // SSO session. A fresh authentication happens after the request, so it is never taken for SSO
  // (clocks in step assumed); SSO within the same second shows as fresh.
  const sso = authTime === null ? null : authTime.getTime() < Math.floor(signInStartedAt.getTime() / 1000) * 1000;
  const name = str('name') ?? ([str('given_name'), str('family_name')].filter(Boolean).join(' ') || null);
  const received: Record<string, string> = {};
  for (const [key, value] of Object.entries(claims)) received[key] = claimText(value);
  return {
    protocol: 'oidc',
    uid: str('sub') ?? '',
    name,
    email: str('email'),
    organisation: str('organisation') ?? str('organization') ?? str('org'),
    level,
    strengths,
    factors: stringList(claims.amr).map((value) => ({ kind: 'amr', value })),
    sso,
    isFromNewLogin: sso === null ? null : !sso,
    authTime,
    signedInAt,
    received,
  };
}
