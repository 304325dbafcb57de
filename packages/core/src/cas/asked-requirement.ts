import { isLevel, levelAtLeast, levelOf, parseStrengthList, type Level, type Strength } from '@sesame/protocol';
import {
  requirementFor,
  satisfyingStrengths,
  type AuthenticationRequirement,
} from '../relying-apps/authentication-requirement';
import type { RelyingApp } from '../relying-apps/relying-app';
import { casFailure, type CasFailure } from './cas-failure';

/** What a request itself asks, in EU Login's words (reference/eulogin-facts.md §2.2). */
export interface AskedAuthentication {
  /** Comma-separated strengths; deprecated by EU Login 8.2.0 but still sent by its clients. */
  acceptStrengths?: string | undefined;
  authenticationLevel?: string | undefined;
}

export type AskedRequirement =
  | { ok: true; requirement: AuthenticationRequirement; asked: { level?: Level; strengths?: Strength[] } }
  | { ok: false; failure: CasFailure };

/**
 * The application's policy tightened by what the request asks: a request may ask for more,
 * never for less (relying-apps/authentication-requirement.ts). An unknown strength is
 * INVALID_STRENGTH and an unknown level INVALID_REQUEST, rather than silently ignored.
 */
export function askedRequirement(app: RelyingApp, asked: AskedAuthentication): AskedRequirement {
  const { strengths, unknown } = parseStrengthList(asked.acceptStrengths);
  if (unknown.length > 0)
    return { ok: false, failure: casFailure('INVALID_STRENGTH', 'acceptStrengths names an unknown strength') };
  const level = asked.authenticationLevel;
  if (level !== undefined && level !== '' && !isLevel(level)) {
    return { ok: false, failure: casFailure('INVALID_REQUEST', 'authenticationLevel must be BASIC, MEDIUM or HIGH') };
  }
  const parsed = {
    ...(level ? { level: level as Level } : {}),
    ...(strengths.length > 0 ? { strengths } : {}),
  };
  return { ok: true, requirement: requirementFor(app, parsed), asked: parsed };
}

/**
 * The strengths of an authentication that satisfy a requirement, or why none does: below the
 * level is INSUFFICIENT_AUTHENTICATION_LEVEL, at the level but not among the accepted
 * strengths is INVALID_STRENGTH (eulogin-facts §2.2, §2.7).
 */
export function meetRequirement(
  strengths: readonly Strength[],
  requirement: AuthenticationRequirement,
): { ok: true; strengths: Strength[] } | { ok: false; failure: CasFailure } {
  const satisfying = satisfyingStrengths(strengths, requirement);
  if (satisfying.length > 0) return { ok: true, strengths: satisfying };
  const reached = levelOf(strengths);
  if (!reached || !levelAtLeast(reached, requirement.minimumLevel)) {
    return {
      ok: false,
      failure: casFailure(
        'INSUFFICIENT_AUTHENTICATION_LEVEL',
        `the authentication is below the ${requirement.minimumLevel} level`,
      ),
    };
  }
  return { ok: false, failure: casFailure('INVALID_STRENGTH', 'none of the authentication strengths is accepted') };
}
