import type { Authenticator } from '@sesame/authenticator-core';
import type { UserRecord } from '@sesame/core';
import * as client from 'openid-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMAIL, PASSWORD, PIN, startAppSignInKit, type AppSignInKit } from '../../test/app-sign-in-kit';
import {
  authorizationRequest,
  browse,
  discover,
  redeem,
  type PendingAuthorization,
} from '../../test/oidc-relying-party';
import { enrolKey, keyFor, optionsInPage } from '../../test/security-keys-kit';
import { signIn, type Browser, type TestPortal } from '../../test/test-portal';

/**
 * Issue 15 point 2 (docs/adr/0048): what EU Login tells CAS applications about a sign-in — the
 * strengths and the device — as OIDC claims an application asks for (the `sesame:authentication`
 * scope, or the `claims` parameter), released only by a registration that lists them; seen by
 * openid-client after its checks of state, nonce, PKCE and the ID token's signature.
 */
const SECRET = 'claims-app-secret-0123456789abcdef0123456789';
const CALLBACK = 'https://claims.example.org/callback';
const SCOPE = 'sesame:authentication';
const ASKED_IN_ID_TOKEN = JSON.stringify({ id_token: { strengths: null, authentication_devices: null } });

const oidcApp = (id: string, more: object = {}) => ({
  id,
  name: `App ${id}`,
  policy: { minimumLevel: 'MEDIUM' as const },
  attributes: ['email' as const, 'strengths' as const, 'authenticationDevices' as const],
  oidc: { clientId: id, clientSecret: SECRET, redirectUris: [CALLBACK] },
  ...more,
});

let kit: AppSignInKit;
let portal: TestPortal;
let user: UserRecord;
let phone: Authenticator;

beforeEach(async () => {
  kit = await startAppSignInKit([
    oidcApp('claims-app'),
    // Registered without them: it cannot have them, whatever it asks.
    oidcApp('plain-app', { attributes: ['email'] }),
    oidcApp('renamed-app', {
      oidc: {
        clientId: 'renamed-app',
        clientSecret: SECRET,
        redirectUris: [CALLBACK],
        claimNames: { strengths: 'eulogin_strengths', authenticationDevices: 'devices' },
      },
    }),
  ]);
  ({ portal, user, phone } = kit);
});
afterEach(() => portal.close());

const host = () => ({ host: new URL(portal.baseUrl).host });

/** From the application to Sésame's first sign-in page. */
async function toSignIn(browser: Browser, pending: PendingAuthorization) {
  const first = await browse(portal, browser, pending.url);
  expect(first.callback).toBeUndefined();
  await browser.post('/login', { email: EMAIL }, { headers: host() });
}

/** The push sign-in ("Sésame app with PIN code") of an OIDC request, back to the application. */
async function pushSignIn(browser: Browser, pending: PendingAuthorization): Promise<URL> {
  await toSignIn(browser, pending);
  const step = await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_MOBILE_APP' });
  expect(step.location).toBe('/login/app');
  const wait = await browser.get('/login/app');
  const number = Number(/data-testid="number-match">(\d+)</.exec(wait.html)?.[1]);
  const [request] = await phone.pending();
  expect(await phone.approve(request!.challengeId, number, PIN)).toEqual({ accepted: true });
  const back = await browser.post('/login/app');
  const journey = await browse(portal, browser, back.location!);
  expect(journey.callback?.searchParams.get('code')).toBeTruthy();
  return journey.callback!;
}

/** The security-key sign-in of an OIDC request, back to the application. */
async function keySignIn(
  browser: Browser,
  pending: PendingAuthorization,
  key: ReturnType<typeof keyFor>,
  credential: Parameters<ReturnType<typeof keyFor>['assert']>[0],
): Promise<URL> {
  await toSignIn(browser, pending);
  const step = await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_WEBAUTHN' });
  expect(step.location).toBe('/login/webauthn');
  const { challenge } = optionsInPage<{ challenge: string }>((await browser.get('/login/webauthn')).html);
  const answer = await browser.post('/login/webauthn', {
    credential: JSON.stringify(key.assert(credential, challenge)),
  });
  const journey = await browse(portal, browser, answer.location!);
  expect(journey.callback?.searchParams.get('code')).toBeTruthy();
  return journey.callback!;
}

describe('OIDC claims of how the person signed in (strengths, device)', () => {
  it('a push sign-in: asked with the claims parameter, in the ID token; with the scope, in userinfo', async () => {
    const { deviceId } = await kit.enrol();
    const rp = await discover(portal, 'claims-app', SECRET);
    expect(rp.serverMetadata().scopes_supported).toContain(SCOPE);
    expect(rp.serverMetadata().claims_supported).toEqual(
      expect.arrayContaining(['strengths', 'authentication_devices']),
    );

    const pending = await authorizationRequest(rp, CALLBACK, {
      scope: `openid email ${SCOPE}`,
      claims: ASKED_IN_ID_TOKEN,
    });
    const tokens = await redeem(rp, await pushSignIn(portal.browser('en'), pending), pending);
    expect(tokens.scope?.split(' ').sort()).toEqual(['email', 'openid', SCOPE].sort());
    const pushDevice = { id: deviceId, name: 'Pixel-de-Marie', type: 'MOBILE_APP' };
    // The strengths that satisfied the MEDIUM application, as CAS's <cas:strengths> tells them.
    expect(tokens.claims()).toMatchObject({
      acr: 'MEDIUM',
      strengths: ['PASSWORD_MOBILE_APP'],
      authentication_devices: [pushDevice],
    });
    const userinfo = await client.fetchUserInfo(rp, tokens.access_token, user.id);
    expect(userinfo).toEqual({
      sub: user.id,
      email: EMAIL,
      email_verified: true,
      strengths: ['PASSWORD_MOBILE_APP'],
      authentication_devices: [pushDevice],
    });
    // Never a key nor a secret of the device: its name, its id, its kind.
    expect(JSON.stringify(userinfo.authentication_devices)).not.toMatch(/key|secret|pin/i);

    // A refresh tells the same sign-in: its ID token and its access token's userinfo.
    const refreshed = await client.refreshTokenGrant(rp, tokens.refresh_token!);
    expect(refreshed.claims()).toMatchObject({
      strengths: ['PASSWORD_MOBILE_APP'],
      authentication_devices: [pushDevice],
    });
    expect(await client.fetchUserInfo(rp, refreshed.access_token, user.id)).toEqual(userinfo);
  });

  it('a security-key sign-in: PASSWORD_WEBAUTHN and the key by name, id and kind', async () => {
    const key = keyFor(portal);
    const enrolling = portal.browser('en');
    expect((await signIn(enrolling, EMAIL, PASSWORD)).location).toBe('/account');
    const { credential, id } = await enrolKey(portal, enrolling, key, 'YubiKey de Marie');

    const rp = await discover(portal, 'claims-app', SECRET);
    const pending = await authorizationRequest(rp, CALLBACK, { scope: 'openid', claims: ASKED_IN_ID_TOKEN });
    const tokens = await redeem(rp, await keySignIn(portal.browser('en'), pending, key, credential), pending);
    expect(tokens.claims()).toMatchObject({
      strengths: ['PASSWORD_WEBAUTHN'],
      authentication_devices: [{ id, name: 'YubiKey de Marie', type: 'SECURITY_KEY' }],
    });
    // Asked for the ID token only: userinfo has nothing of it (nor any scope's claims).
    expect(await client.fetchUserInfo(rp, tokens.access_token, user.id)).toEqual({ sub: user.id });
  });

  it('a step-up in the same grant: the new tokens tell the new sign-in, the older ones still theirs', async () => {
    const { deviceId } = await kit.enrol();
    const rp = await discover(portal, 'claims-app', SECRET);
    const browser = portal.browser('en');
    const first = await authorizationRequest(rp, CALLBACK, { scope: `openid ${SCOPE}` });
    const before = await redeem(rp, await pushSignIn(browser, first), first);
    // Signed in with the app, Marie adds a security key, then the application asks her again.
    const key = keyFor(portal);
    const { credential, id } = await enrolKey(portal, browser, key, 'YubiKey de Marie');
    // The sign-ins are told apart by their second (auth_time), as oidc-provider counts it.
    await new Promise((resolve) => setTimeout(resolve, 1_100));

    const again = await authorizationRequest(rp, CALLBACK, {
      scope: `openid ${SCOPE}`,
      prompt: 'login',
      claims: ASKED_IN_ID_TOKEN,
    });
    const page = await browse(portal, browser, again.url);
    expect(page.callback).toBeUndefined();
    const step = await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_WEBAUTHN' });
    expect(step.location).toBe('/login/webauthn');
    const { challenge } = optionsInPage<{ challenge: string }>((await browser.get('/login/webauthn')).html);
    const answer = await browser.post('/login/webauthn', {
      credential: JSON.stringify(key.assert(credential, challenge)),
    });
    const after = await redeem(rp, (await browse(portal, browser, answer.location!)).callback!, again);
    const phoneDevice = { id: deviceId, name: 'Pixel-de-Marie', type: 'MOBILE_APP' };
    // The strengths presented again; the devices of the session, as CAS tells them.
    expect(after.claims()).toMatchObject({
      strengths: ['PASSWORD_WEBAUTHN'],
      authentication_devices: [phoneDevice, { id, name: 'YubiKey de Marie', type: 'SECURITY_KEY' }],
    });
    expect(await client.fetchUserInfo(rp, before.access_token, user.id)).toEqual({
      sub: user.id,
      strengths: ['PASSWORD_MOBILE_APP'],
      authentication_devices: [phoneDevice],
    });
  });

  it('not asked: neither the ID token nor userinfo carries them', async () => {
    await kit.enrol();
    const rp = await discover(portal, 'claims-app', SECRET);
    const pending = await authorizationRequest(rp, CALLBACK, { scope: 'openid email' });
    const tokens = await redeem(rp, await pushSignIn(portal.browser('en'), pending), pending);
    expect(tokens.claims()).not.toHaveProperty('strengths');
    expect(tokens.claims()).not.toHaveProperty('authentication_devices');
    const userinfo = await client.fetchUserInfo(rp, tokens.access_token, user.id);
    expect(Object.keys(userinfo).sort()).toEqual(['email', 'email_verified', 'sub']);
  });

  it('not released by the registration: the scope is refused and the asked claims are absent', async () => {
    await kit.enrol();
    const rp = await discover(portal, 'plain-app', SECRET);
    const pending = await authorizationRequest(rp, CALLBACK, {
      scope: `openid email ${SCOPE}`,
      claims: JSON.stringify({
        id_token: { strengths: { essential: true }, authentication_devices: null },
        userinfo: { strengths: null },
      }),
    });
    const tokens = await redeem(rp, await pushSignIn(portal.browser('en'), pending), pending);
    expect(tokens.scope?.split(' ').sort()).toEqual(['email', 'openid']);
    expect(tokens.claims()).not.toHaveProperty('strengths');
    expect(tokens.claims()).not.toHaveProperty('authentication_devices');
    const userinfo = await client.fetchUserInfo(rp, tokens.access_token, user.id);
    expect(Object.keys(userinfo).sort()).toEqual(['email', 'email_verified', 'sub']);
  });

  it('renamed by oidc.claimNames: under the application’s names only', async () => {
    const { deviceId } = await kit.enrol();
    const rp = await discover(portal, 'renamed-app', SECRET);
    const pending = await authorizationRequest(rp, CALLBACK, { scope: `openid ${SCOPE}` });
    const tokens = await redeem(rp, await pushSignIn(portal.browser('en'), pending), pending);
    expect(await client.fetchUserInfo(rp, tokens.access_token, user.id)).toEqual({
      sub: user.id,
      eulogin_strengths: ['PASSWORD_MOBILE_APP'],
      devices: [{ id: deviceId, name: 'Pixel-de-Marie', type: 'MOBILE_APP' }],
    });
  });
});
