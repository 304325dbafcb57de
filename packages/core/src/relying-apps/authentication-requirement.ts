import { levelAtLeast, STRENGTH_LEVELS, STRENGTHS, type Level, type Strength, wireStrength } from '@sesame/protocol';
import type { RelyingApp } from './relying-app';

/**
 * What an authentication must reach for one request: the application's policy tightened by
 * what the request itself asks (EU Login `authenticationLevel`/`acceptStrengths`, OIDC
 * `acr_values`). A request may ask for more than the policy, never for less.
 */
export interface AuthenticationRequirement {
  minimumLevel: Level;
  /** null: any strength of a sufficient level. */
  acceptedStrengths: Strength[] | null;
}

export function requirementFor(
  app: RelyingApp,
  asked: { level?: Level | undefined; strengths?: Strength[] | undefined } = {},
): AuthenticationRequirement {
  const policyLevel = app.policy.minimumLevel;
  const minimumLevel = asked.level && levelAtLeast(asked.level, policyLevel) ? asked.level : policyLevel;
  const policyStrengths = (app.policy.acceptedStrengths as Strength[] | undefined) ?? null;
  let acceptedStrengths = policyStrengths;
  if (asked.strengths && asked.strengths.length > 0) {
    acceptedStrengths = policyStrengths ? asked.strengths.filter((s) => policyStrengths.includes(s)) : asked.strengths;
  }
  // A policy that refuses SMS (issue 13 point 4) is a list of every other strength: the one
  // satisfaction check (satisfyingStrengths) and the chooser's (policy.ts offered) then leave it out.
  if (app.policy.refuseSms) {
    acceptedStrengths = (acceptedStrengths ?? STRENGTHS).filter((s) => s !== 'PASSWORD_SMS');
  }
  return { minimumLevel, acceptedStrengths };
}

/** The strengths of a session that satisfy the requirement (empty: not satisfied). */
export function satisfyingStrengths(
  sessionStrengths: readonly Strength[],
  requirement: AuthenticationRequirement,
): Strength[] {
  return sessionStrengths.filter(
    (s) =>
      levelAtLeast(STRENGTH_LEVELS[s], requirement.minimumLevel) &&
      // An application names wire strengths: PASSWORD_WEBAUTHN accepts the key at HIGH too.
      (requirement.acceptedStrengths === null || requirement.acceptedStrengths.includes(wireStrength(s))),
  );
}
