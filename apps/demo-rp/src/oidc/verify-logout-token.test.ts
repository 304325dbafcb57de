import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKCHANNEL_LOGOUT_EVENT, verifyLogoutToken, type LogoutTokenExpectations } from './verify-logout-token';

const ISSUER = 'http://localhost:8080/oidc';
const CLIENT_ID = 'traces-demo';
const NOW = new Date('2025-03-04T09:30:00Z');
const now = Math.floor(NOW.getTime() / 1000);

let providerKey: CryptoKey;
let otherKey: CryptoKey;
let expectations: LogoutTokenExpectations;

beforeAll(async () => {
  const provider = await generateKeyPair('ES256');
  const other = await generateKeyPair('ES256');
  providerKey = provider.privateKey;
  otherKey = other.privateKey;
  const jwk: JWK = { ...(await exportJWK(provider.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
  expectations = { issuer: ISSUER, clientId: CLIENT_ID, keys: createLocalJWKSet({ keys: [jwk] }), now: NOW };
});

/** A Logout Token as oidc-provider issues one (typ logout+jwt, exp = iat + 120 s), with `changes` applied. */
async function logoutToken(
  changes: JWTPayload = {},
  options: { key?: CryptoKey; typ?: string | null; drop?: string[] } = {},
): Promise<string> {
  const claims: JWTPayload = {
    iss: ISSUER,
    aud: CLIENT_ID,
    iat: now - 5,
    exp: now + 115,
    jti: 'jti-1',
    sub: 'n0025vuz',
    sid: 'sid-abc',
    events: { [BACKCHANNEL_LOGOUT_EVENT]: {} },
    ...changes,
  };
  for (const name of options.drop ?? []) delete claims[name];
  const header: { alg: string; kid: string; typ?: string } = { alg: 'ES256', kid: 'k1' };
  if (options.typ !== null) header.typ = options.typ ?? 'logout+jwt';
  return new SignJWT(claims).setProtectedHeader(header).sign(options.key ?? providerKey);
}

describe('verifyLogoutToken (OIDC Back-Channel Logout 1.0 §2.6)', () => {
  it('accepts a well-formed Logout Token and returns sub, sid and jti', async () => {
    expect(await verifyLogoutToken(await logoutToken(), expectations)).toEqual({
      verified: true,
      sub: 'n0025vuz',
      sid: 'sid-abc',
      jti: 'jti-1',
      expiresAt: new Date((now + 115) * 1000),
    });
  });

  it('accepts a token with only sub or only sid, and an untyped one (typ is a SHOULD)', async () => {
    expect(await verifyLogoutToken(await logoutToken({}, { drop: ['sid'] }), expectations)).toMatchObject({
      verified: true,
      sid: null,
    });
    expect(await verifyLogoutToken(await logoutToken({}, { drop: ['sub'] }), expectations)).toMatchObject({
      verified: true,
      sub: null,
    });
    expect(await verifyLogoutToken(await logoutToken({}, { typ: null }), expectations)).toMatchObject({
      verified: true,
    });
  });

  const refusals: [string, () => Promise<string>, string][] = [
    ['a token signed by another key', () => logoutToken({}, { key: otherKey }), 'BAD_SIGNATURE'],
    ['another issuer', () => logoutToken({ iss: 'http://localhost:9999/oidc' }), 'WRONG_ISSUER'],
    ['another audience', () => logoutToken({ aud: 'someone-else' }), 'WRONG_AUDIENCE'],
    ['an expired token', () => logoutToken({ iat: now - 600, exp: now - 300 }), 'EXPIRED'],
    ['no exp', () => logoutToken({}, { drop: ['exp'] }), 'MISSING_CLAIM'],
    ['no jti', () => logoutToken({}, { drop: ['jti'] }), 'MISSING_CLAIM'],
    ['no events', () => logoutToken({}, { drop: ['events'] }), 'MISSING_CLAIM'],
    ['events without the logout member', () => logoutToken({ events: { 'urn:other': {} } }), 'NOT_A_LOGOUT_EVENT'],
    [
      'a logout event that is not an object',
      () => logoutToken({ events: { [BACKCHANNEL_LOGOUT_EVENT]: 'yes' } }),
      'NOT_A_LOGOUT_EVENT',
    ],
    ['neither sub nor sid', () => logoutToken({}, { drop: ['sub', 'sid'] }), 'NO_SUBJECT_NOR_SESSION'],
    ['a nonce (an ID Token)', () => logoutToken({ nonce: 'n-0S6_WzA2Mj' }), 'HAS_NONCE'],
    ['an ID Token type', () => logoutToken({}, { typ: 'JWT' }), 'WRONG_TYPE'],
    ['garbage', () => Promise.resolve('not.a.jwt'), 'MALFORMED'],
  ];

  it.each(refusals)('refuses %s', async (_name, make, error) => {
    const verdict = await verifyLogoutToken(await make(), expectations);
    expect(verdict).toMatchObject({ verified: false, error });
  });

  it('refuses an algorithm the provider does not use', async () => {
    const verdict = await verifyLogoutToken(await logoutToken(), { ...expectations, algorithms: ['RS256'] });
    expect(verdict).toMatchObject({ verified: false, error: 'BAD_SIGNATURE' });
  });

  it('says the keys are unavailable when the JWKS cannot be fetched', async () => {
    const verdict = await verifyLogoutToken(await logoutToken(), {
      ...expectations,
      keys: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:8080')),
    });
    expect(verdict).toMatchObject({ verified: false, error: 'KEYS_UNAVAILABLE' });
  });
});
