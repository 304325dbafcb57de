import {
  EVICTABLE,
  tokenDigest,
  type AuthenticationFacts,
  type EphemeralStore,
  type MobileDeviceFactor,
} from '@sesame/core';
import { STRENGTHS, type Strength } from '@sesame/protocol';
import { z } from 'zod';

/**
 * How a sign-in behind a grant went (issue 15 point 2, docs/adr/0048): the strengths that
 * satisfied the application and the devices that confirmed the session, as the CAS continuation
 * puts them in a service ticket. oidc-provider's tokens carry `acr`, `amr` and `auth_time` but no
 * field of ours, so the facts are kept beside them, under the grant and the authentication time:
 * the code, the refresh token and (through `extraTokenClaims`) the access token know both, and a
 * later sign-in of the same grant (a step-up) does not change what an older token tells.
 */

const facts = z.object({
  strengths: z.array(z.enum(STRENGTHS as [Strength, ...Strength[]])),
  devices: z.array(z.object({ id: z.string(), name: z.string() }).passthrough()),
});

const key = (grantId: string, authTime: number) => `oidc:authn:${tokenDigest(grantId)}:${authTime}`;

/** Records the facts of the sign-in `authTime` (seconds since the epoch, the login's `ts`) for `grantId`. */
export async function saveAuthenticationFacts(
  store: EphemeralStore,
  grantId: string,
  authTime: number,
  value: AuthenticationFacts,
  ttlSeconds: number,
): Promise<void> {
  // Lost at the memory store's cap, the claims are only left out (docs/adr/0021: like a grant).
  await store.set(key(grantId, authTime), JSON.stringify(value), ttlSeconds * 1000, EVICTABLE);
}

/** The facts of the sign-in behind a token, or null when they are unknown (or expired, or evicted). */
export async function authenticationFactsOf(
  store: EphemeralStore,
  token: { grantId?: string | undefined; authTime?: number | undefined; extra?: unknown } | undefined,
): Promise<AuthenticationFacts | null> {
  if (!token?.grantId) return null;
  // An access token has no authTime of its own: extraTokenClaims copies it as `auth_time`.
  const extra = token.extra as { auth_time?: unknown } | undefined;
  const authTime = token.authTime ?? (typeof extra?.auth_time === 'number' ? extra.auth_time : undefined);
  if (authTime === undefined) return null;
  const raw = await store.get(key(token.grantId, authTime));
  if (raw === null) return null;
  const parsed = facts.safeParse(JSON.parse(raw));
  return parsed.success
    ? { strengths: parsed.data.strengths, devices: parsed.data.devices as MobileDeviceFactor[] }
    : null;
}
