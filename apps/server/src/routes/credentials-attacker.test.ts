import type { UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMAIL, PASSWORD, passwordStep, startAppSignInKit } from '../../test/app-sign-in-kit';
import { enrolTotp, type EnrolledTotp, recoveryCodesInPage, totpCode } from '../../test/credentials-kit';
import { keyFor, optionsInPage } from '../../test/security-keys-kit';
import { type Browser, errorNotice, type PostOptions, signIn, type TestPortal } from '../../test/test-portal';
import { en } from '../i18n/en';

/**
 * The attacker's side of the new endpoints (issue 13 "Done when": the attacker suite of the
 * hardening issue extended to every new endpoint): a stolen password reaches no change of a
 * factor (SEC-27), no POST goes through without its CSRF token, another user's credential is a
 * 404, and guessed codes are counted before they are checked (issue 10: parallel guesses get at
 * most five checks).
 */
let portal: TestPortal;
let user: UserRecord;
let totp: EnrolledTotp;
let codes: string[];

beforeEach(async () => {
  ({ portal, user } = await startAppSignInKit());
  const owner = portal.browser('en');
  await signIn(owner, EMAIL, PASSWORD);
  totp = await enrolTotp(portal, owner);
  portal.clock.advance(30_000);
  const strong = portal.browser('en');
  await passwordStep(strong, '/login', 'PASSWORD_TOTP');
  await strong.post('/login/totp', { code: await totpCode(portal, totp.seed) });
  portal.clock.advance(30_000);
  codes = recoveryCodesInPage((await strong.post('/account/recovery-codes')).html);
  expect(codes).toHaveLength(10);
});
afterEach(() => portal.close());

/** The attacker: the password only. */
async function passwordOnly(): Promise<Browser> {
  const browser = portal.browser('en');
  expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  return browser;
}

describe('with the password only', () => {
  it('cannot add an authenticator app (403, no credential made)', async () => {
    const attacker = await passwordOnly();
    expect((await attacker.get('/account/authenticator-apps/new')).status).toBe(403);
    expect((await attacker.post('/account/authenticator-apps/new', { name: 'Mine' })).status).toBe(403);
    const all = await portal.durable.credentials.listByUser(user.id, 'totp');
    expect(all.map((c) => c.id)).toEqual([totp.credentialId]);
  });

  it('cannot delete the authenticator app, nor make new recovery codes (403, the old ones still work)', async () => {
    const attacker = await passwordOnly();
    expect((await attacker.post(`/account/authenticator-apps/${totp.credentialId}/delete`)).status).toBe(403);
    expect(await portal.durable.credentials.findById(totp.credentialId)).not.toBeNull();
    expect((await attacker.post('/account/recovery-codes')).status).toBe(403);
    expect(portal.mailer.of('recovery-codes-generated')).toHaveLength(1);
  });

  it('cannot confirm a pending enrolment of the owner (the confirmation asks for the second factor again)', async () => {
    // The owner's own enrolment, started by a MEDIUM session and left pending.
    const strong = portal.browser('en');
    await passwordStep(strong, '/login', 'PASSWORD_TOTP');
    await strong.post('/login/totp', { code: await totpCode(portal, totp.seed) });
    const qr = await strong.post('/account/authenticator-apps/new', { name: 'Second' });
    const credential = /name="credential" value="([^"]+)"/.exec(qr.html)?.[1] ?? '';
    const attacker = await passwordOnly();
    const refused = await attacker.post('/account/authenticator-apps/confirm', { credential, code: '123456' });
    expect(refused.status).toBe(403);
    expect(await portal.durable.credentials.findById(credential)).toMatchObject({ status: 'pending' });
  });
});

describe('with the password only, security keys (issue 13 point 1; SEC-27)', () => {
  it('cannot add a key: the form, the prompt and the answer are 403, no credential made', async () => {
    const attacker = await passwordOnly();
    expect((await attacker.get('/account/security-keys/new')).status).toBe(403);
    expect((await attacker.post('/account/security-keys/new', { name: 'Mine' })).status).toBe(403);
    // Even with an answer to the owner's own prompt (started by a MEDIUM session).
    const strong = portal.browser('en');
    await passwordStep(strong, '/login', 'PASSWORD_TOTP');
    await strong.post('/login/totp', { code: await totpCode(portal, totp.seed) });
    const prompt = await strong.post('/account/security-keys/new', { name: 'Owner' });
    const { response } = keyFor(portal).register(optionsInPage(prompt.html));
    const refused = await attacker.post('/account/security-keys/confirm', { credential: JSON.stringify(response) });
    expect(refused.status).toBe(403);
    expect(await portal.durable.credentials.listByUser(user.id, 'webauthn')).toEqual([]);
  });
});

describe('without a session', () => {
  it.each([
    '/account/authenticator-apps/new',
    '/account/authenticator-apps/confirm',
    '/account/recovery-codes',
    '/account/security-keys/new',
    '/account/security-keys/confirm',
  ])('POST %s goes to the sign-in and changes nothing', async (path) => {
    const browser = portal.browser('en');
    await browser.get('/login');
    const page = await browser.post(path, { name: 'x', code: '123456' });
    expect(page.status).toBe(303);
    expect(page.location).toBe('/login');
    expect(await portal.durable.credentials.listByUser(user.id, 'totp')).toHaveLength(1);
  });
});

describe('another user', () => {
  it("gets a 404 for the owner's authenticator app, to rename it or to delete it", async () => {
    const other = await portal.createUser({ email: 'eve@example.fr', password: PASSWORD });
    const eve = portal.browser('en');
    await signIn(eve, other.email, PASSWORD);
    expect((await eve.get(`/account/authenticator-apps/${totp.credentialId}/rename`)).status).toBe(404);
    expect((await eve.post(`/account/authenticator-apps/${totp.credentialId}/rename`, { name: 'x' })).status).toBe(404);
    expect((await eve.post(`/account/authenticator-apps/${totp.credentialId}/delete`)).status).toBe(404);
    expect(await portal.durable.credentials.findById(totp.credentialId)).toMatchObject({ name: 'Aegis' });
  });
});

const forgeries: [string, PostOptions][] = [
  ['without _csrf', { csrf: null }],
  ['with a wrong _csrf', { csrf: 'A'.repeat(43) }],
  ['with a foreign Origin', { headers: { origin: 'https://evil.example' } }],
];

describe.each(forgeries)('a POST %s', (_name, options) => {
  it('is refused on every new endpoint before the route runs (403)', async () => {
    const owner = portal.browser('en');
    await passwordStep(owner, '/login', 'PASSWORD_TOTP');
    await owner.post('/login/totp', { code: await totpCode(portal, totp.seed) });
    const id = totp.credentialId;
    for (const path of [
      '/account/authenticator-apps/new',
      '/account/authenticator-apps/confirm',
      `/account/authenticator-apps/${id}/rename`,
      `/account/authenticator-apps/${id}/delete`,
      '/account/recovery-codes',
      '/account/security-keys/new',
      '/account/security-keys/confirm',
    ]) {
      const page = await owner.post(path, { name: 'Forged', code: '123456', credential: id }, options);
      expect(page.status, path).toBe(403);
      expect(errorNotice(page.html), path).toBe(en.errors.CSRF_INVALID);
    }
    expect(await portal.durable.credentials.findById(id)).toMatchObject({ name: 'Aegis' });
    expect(portal.mailer.of('recovery-codes-generated')).toHaveLength(1);

    for (const [method, path] of [
      ['PASSWORD_TOTP', '/login/totp'],
      ['PASSWORD_RECOVERY_CODE', '/login/recovery-code'],
    ] as const) {
      const browser = portal.browser('en');
      await passwordStep(browser, '/login', method);
      const page = await browser.post(path, { code: method === 'PASSWORD_TOTP' ? '123456' : codes[0] }, options);
      expect(page.status, path).toBe(403);
      expect(browser.session, path).toBeUndefined();
    }
    // A passkey's answer forged into another site's page: refused before it is checked.
    const browser = portal.browser('en');
    await browser.get('/login');
    const page = await browser.post('/login/passkey', { credential: '{}' }, options);
    expect(page.status).toBe(403);
    expect(browser.session).toBeUndefined();
  });
});

describe('guessed codes are counted before they are checked', () => {
  it.each([
    ['PASSWORD_TOTP', '/login/totp', '000000'],
    ['PASSWORD_RECOVERY_CODE', '/login/recovery-code', 'AAAA-AAAA-AAAA-AAAA-AAAA'],
  ] as const)('%s: twelve parallel guesses get at most five checks', async (method, path, guess) => {
    const browsers = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const browser = portal.browser('en');
        await passwordStep(browser, '/login', method);
        return browser;
      }),
    );
    const pages = await Promise.all(browsers.map((b) => b.post(path, { code: guess })));
    const checked = pages.filter((p) => p.status === 401 || p.status === 403);
    expect(checked.length).toBeLessThanOrEqual(5);
    // The others were not checked: their sign-in ends (TOO_MANY_REQUESTS), back to the password step.
    const unchecked = pages.filter((p) => p.status === 303);
    expect(unchecked.length).toBeGreaterThanOrEqual(7);
    expect(unchecked.every((p) => p.location === '/login/password')).toBe(true);
    const failed = (await portal.durable.audit.list({ userId: user.id, limit: 100 })).filter(
      (e) => e.type === 'sign_in.failed',
    );
    expect(failed.length).toBeLessThanOrEqual(5);
    expect(browsers.every((b) => b.session === undefined)).toBe(true);
  });

  it('the first code of an enrolment: at most five checks per pending app', async () => {
    const strong = portal.browser('en');
    await passwordStep(strong, '/login', 'PASSWORD_TOTP');
    await strong.post('/login/totp', { code: await totpCode(portal, totp.seed) });
    const qr = await strong.post('/account/authenticator-apps/new', { name: 'Second' });
    const credential = /name="credential" value="([^"]+)"/.exec(qr.html)?.[1] ?? '';
    const pages = await Promise.all(
      Array.from({ length: 10 }, () =>
        strong.post('/account/authenticator-apps/confirm', { credential, code: '000000' }),
      ),
    );
    expect(pages.filter((p) => p.status === 401).length).toBeLessThanOrEqual(5);
    expect(pages.filter((p) => p.status === 429).length).toBeGreaterThanOrEqual(5);
  });
});
