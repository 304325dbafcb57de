import { requirementFor, type AuthenticationRequirement, type RelyingApp } from '@sesame/core';
import { isLevel, LEVELS, type Level } from '@sesame/protocol';

/**
 * What one authorization request requires: the application's policy, raised by the levels it
 * asks for with `acr_values` (OIDC Core §3.1.2.1) or an `acr` claim request (§5.5.1.1). Our
 * levels are ordered, so the highest one asked is the one to reach; a request can never lower
 * the policy (requirementFor). Unknown values are ignored, as §3.1.2.1 lets an OP do.
 */
export function requestRequirement(
  app: RelyingApp,
  request: { acrValues?: unknown; claims?: unknown },
): AuthenticationRequirement {
  const asked: Level[] = [];
  if (typeof request.acrValues === 'string') asked.push(...request.acrValues.split(' ').filter(isLevel));
  const acr = claimsAcr(request.claims);
  if (acr?.essential === true) {
    if (isLevel(acr.value)) asked.push(acr.value);
    if (Array.isArray(acr.values)) {
      // "values": any of them will do, so the lowest one is what must be reached.
      const levels = acr.values.filter(isLevel);
      const lowest = LEVELS.find((level) => levels.includes(level));
      if (lowest) asked.push(lowest);
    }
  }
  const highest = [...LEVELS].reverse().find((level) => asked.includes(level));
  return requirementFor(app, { level: highest });
}

/** `claims.id_token.acr` of the `claims` parameter, given parsed or as its JSON text. */
function claimsAcr(claims: unknown): { essential?: unknown; value?: unknown; values?: unknown } | undefined {
  let parsed = claims;
  if (typeof claims === 'string') {
    try {
      parsed = JSON.parse(claims);
    } catch {
      return undefined;
    }
  }
  const acr = (parsed as { id_token?: { acr?: unknown } } | undefined)?.id_token?.acr;
  return acr && typeof acr === 'object' ? acr : undefined;
}

/** OIDC Core §3.1.2.1: `prompt=login` asks to authenticate again whatever the session. */
export function promptsLogin(prompt: unknown): boolean {
  return typeof prompt === 'string' && prompt.split(' ').includes('login');
}

/**
 * OIDC Core §3.1.2.1: more than `max_age` seconds since the last authentication means
 * authenticating again; "max_age=0 is equivalent to prompt=login".
 */
export function maxAgeExceeded(maxAge: unknown, authTimeMs: number, nowMs: number): boolean {
  if (maxAge === undefined || maxAge === null || maxAge === '') return false;
  const seconds = Number(maxAge);
  if (!Number.isFinite(seconds) || seconds < 0) return false;
  return seconds === 0 || Math.floor(nowMs / 1000) - Math.floor(authTimeMs / 1000) > seconds;
}
