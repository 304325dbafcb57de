import { decodeProtectedHeader, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';

/** OpenID Connect Back-Channel Logout 1.0 §2.4: the member of `events` that makes a JWT a Logout Token. */
export const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

/** Why a Logout Token was refused: stable codes the route logs and maps to a status. */
export type LogoutTokenError =
  | 'MALFORMED'
  | 'WRONG_TYPE'
  | 'BAD_SIGNATURE'
  | 'KEYS_UNAVAILABLE'
  | 'WRONG_ISSUER'
  | 'WRONG_AUDIENCE'
  | 'EXPIRED'
  | 'MISSING_CLAIM'
  | 'NOT_A_LOGOUT_EVENT'
  | 'NO_SUBJECT_NOR_SESSION'
  | 'HAS_NONCE';

export type LogoutTokenVerdict =
  | { verified: true; sub: string | null; sid: string | null; jti: string; expiresAt: Date }
  | { verified: false; error: LogoutTokenError; detail: string };

export interface LogoutTokenExpectations {
  /** The OpenID Provider's issuer, exactly as its discovery document says. */
  issuer: string;
  /** This application's client id: the token's audience. */
  clientId: string;
  /** The provider's keys (jose `createRemoteJWKSet` on its `jwks_uri`, a local set in tests). */
  keys: JWTVerifyGetKey;
  /** Signature algorithms accepted (the provider's `id_token_signing_alg_values_supported`). */
  algorithms?: string[] | undefined;
  /** Clock for the time checks (tests). */
  now?: Date;
}

/**
 * Verifies a Logout Token (OpenID Connect Back-Channel Logout 1.0 §2.6), statelessly: the caller
 * checks `jti` replays and ends the sessions. The steps, in the order of §2.6:
 * 2–3. signature with the provider's keys, `iss`, `aud`, `iat` (and `exp`, REQUIRED by §2.4);
 * 4. a `sub` or a `sid`; 5. `events` holds the back-channel-logout member, a JSON object;
 * 6. no `nonce` (so an ID Token can never pass for a Logout Token).
 */
export async function verifyLogoutToken(token: string, expected: LogoutTokenExpectations): Promise<LogoutTokenVerdict> {
  const refuse = (error: LogoutTokenError, detail: string): LogoutTokenVerdict => ({ verified: false, error, detail });
  let header;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    return refuse('MALFORMED', 'not a JWS');
  }
  // §2.4: Logout Tokens SHOULD be typed `logout+jwt`; a token typed as anything else is not one.
  if (header.typ !== undefined && header.typ.toLowerCase().replace(/^application\//, '') !== 'logout+jwt')
    return refuse('WRONG_TYPE', `typ ${header.typ}`);

  let payload;
  try {
    ({ payload } = await jwtVerify(token, expected.keys, {
      issuer: expected.issuer,
      audience: expected.clientId,
      algorithms: expected.algorithms,
      requiredClaims: ['iat', 'exp', 'jti', 'events'],
      clockTolerance: 30,
      currentDate: expected.now,
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) return refuse('EXPIRED', error.message);
    if (error instanceof errors.JWTClaimValidationFailed) {
      if (error.claim === 'iss') return refuse('WRONG_ISSUER', error.message);
      if (error.claim === 'aud') return refuse('WRONG_AUDIENCE', error.message);
      return refuse('MISSING_CLAIM', error.message);
    }
    if (
      error instanceof errors.JWSSignatureVerificationFailed ||
      error instanceof errors.JWKSNoMatchingKey ||
      error instanceof errors.JWKSMultipleMatchingKeys ||
      error instanceof errors.JOSEAlgNotAllowed
    )
      return refuse('BAD_SIGNATURE', (error as Error).message);
    if (
      error instanceof errors.JWSInvalid ||
      error instanceof errors.JWTInvalid ||
      error instanceof errors.JOSENotSupported
    )
      return refuse('MALFORMED', (error as Error).message);
    // Fetching the provider's keys failed (timeout, network, bad JWKS): not the token's fault.
    return refuse('KEYS_UNAVAILABLE', (error as Error).message);
  }

  const events = payload.events as unknown;
  const event =
    typeof events === 'object' && events !== null
      ? (events as Record<string, unknown>)[BACKCHANNEL_LOGOUT_EVENT]
      : undefined;
  if (typeof event !== 'object' || event === null || Array.isArray(event))
    return refuse('NOT_A_LOGOUT_EVENT', 'events has no back-channel-logout object');
  const sub = typeof payload.sub === 'string' && payload.sub ? payload.sub : null;
  const sid = typeof payload.sid === 'string' && payload.sid ? payload.sid : null;
  if (!sub && !sid) return refuse('NO_SUBJECT_NOR_SESSION', 'neither sub nor sid');
  if ('nonce' in payload) return refuse('HAS_NONCE', 'a Logout Token must not contain a nonce');
  if (typeof payload.jti !== 'string' || !payload.jti) return refuse('MISSING_CLAIM', 'jti is not a string');
  return { verified: true, sub, sid, jti: payload.jti, expiresAt: new Date(payload.exp! * 1000) };
}
