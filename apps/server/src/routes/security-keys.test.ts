import type { UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMAIL, PASSWORD, passwordStep, startAppSignInKit, TRACES } from '../../test/app-sign-in-kit';
import { enrolKey, keyFor, optionsInPage } from '../../test/security-keys-kit';
import { type Browser, errorSummary, signIn, type TestPortal, textOf } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';
import type { SoftwareCredential } from '../webauthn/testing/software-authenticator';

/**
 * "Manage my security keys and trusted platforms" and the sign-in with a key (issue 13 point 1;
 * docs/adr/0029 §6): enrolled through the pages, the browser's part played by the WebAuthn test
 * kit's software authenticator; chosen in the chooser ("Security key or trusted platform"), a
 * CAS application gets PASSWORD_WEBAUTHN; a cloned key (sign count back) refused and its owner told.
 */
let portal: TestPortal;
let user: UserRecord;

beforeEach(async () => {
  ({ portal, user } = await startAppSignInKit());
});
afterEach(() => portal.close());

async function signedIn(lang = 'en'): Promise<Browser> {
  const browser = portal.browser(lang);
  expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  return browser;
}

/** The key page of a sign-in (from `start`), and the assertion options it carries. */
async function keyStep(browser: Browser, start = '/login') {
  const step = await passwordStep(browser, start, 'PASSWORD_WEBAUTHN');
  expect(step.location).toBe('/login/webauthn');
  const page = await browser.get('/login/webauthn');
  return { page, options: optionsInPage<{ challenge: string; allowCredentials: { id: string }[] }>(page.html) };
}

describe('"Manage my security keys and trusted platforms"', () => {
  it('adds a key through the browser prompt, lists it with its kind, tells the owner, marks the second factor', async () => {
    const browser = await signedIn('fr');
    const form = await browser.get('/account/security-keys/new');
    expect(form.status).toBe(200);
    const { id } = await enrolKey(portal, browser, keyFor(portal), 'YubiKey du trousseau');
    const list = await browser.get(`/account/security-keys?added=${id}`);
    expect(textOf(list.html)).toContain(format(fr.securityKeys.addedNotice, { name: 'YubiKey du trousseau' }));
    expect(textOf(list.html)).toContain(fr.securityKeys.kindKey);
    expect(list.html).toContain('data-testid="security-keys"');
    expect((await portal.durable.users.findById(user.id))?.secondFactorSince).not.toBeNull();
    expect(portal.mailer.last('security-key-changed').params).toMatchObject({
      name: 'YubiKey du trousseau',
      change: 'added',
    });
    // The account page leads there.
    expect((await browser.get('/account')).html).toContain('href="/account/security-keys"');
  });

  it('a spoiled answer (wrong origin) is refused, nothing stored; the challenge is single use', async () => {
    const browser = await signedIn();
    const key = keyFor(portal);
    const prompt = await browser.post('/account/security-keys/new', { name: 'YubiKey' });
    const options = optionsInPage(prompt.html);
    const spoiled = key.register(options, 'none', { origin: 'https://evil.example' }).response;
    const refused = await browser.post('/account/security-keys/confirm', { credential: JSON.stringify(spoiled) });
    expect(refused.status).toBe(400);
    expect(errorSummary(refused.html)).toEqual([en.securityKeys.refused]);
    // The challenge was taken: a right answer to it now is too late.
    const late = await browser.post('/account/security-keys/confirm', {
      credential: JSON.stringify(key.register(options).response),
    });
    expect(late.status).toBe(410);
    expect(await portal.durable.credentials.listByUser(user.id, 'webauthn')).toEqual([]);
  });

  it('renames without a second factor; deleting needs one, then tells the owner', async () => {
    const enrolling = await signedIn();
    const key = keyFor(portal);
    const { credential, id } = await enrolKey(portal, enrolling, key);
    const passwordOnly = await signedIn();
    const renamed = await passwordOnly.post(`/account/security-keys/${id}/rename`, { name: 'Clé bleue' });
    expect(renamed.location).toBe(`/account/security-keys?renamed=${id}`);
    expect((await passwordOnly.get(`/account/security-keys/${id}/delete`)).status).toBe(403);
    expect((await passwordOnly.post(`/account/security-keys/${id}/delete`)).status).toBe(403);
    expect(await portal.durable.credentials.findById(id)).not.toBeNull();

    const strong = portal.browser('en');
    const { options } = await keyStep(strong);
    const signedWithKey = await strong.post('/login/webauthn', {
      credential: JSON.stringify(key.assert(credential, options.challenge)),
    });
    expect(signedWithKey.location).toBe('/account');
    expect((await strong.get(`/account/security-keys/${id}/delete`)).status).toBe(200);
    expect((await strong.post(`/account/security-keys/${id}/delete`)).location).toBe(
      '/account/security-keys?deleted=1',
    );
    expect(await portal.durable.credentials.findById(id)).toBeNull();
    expect(portal.mailer.last('security-key-changed').params).toMatchObject({ name: 'Clé bleue', change: 'deleted' });
  });

  it('someone else’s key is 404 on rename and delete', async () => {
    const { id } = await enrolKey(portal, await signedIn(), keyFor(portal));
    await portal.createUser({ id: 'x0099abc', email: 'autre@example.org', password: PASSWORD });
    const other = portal.browser('en');
    expect((await signIn(other, 'autre@example.org', PASSWORD)).location).toBe('/account');
    expect((await other.get(`/account/security-keys/${id}/rename`)).status).toBe(404);
    expect((await other.post(`/account/security-keys/${id}/delete`)).status).toBe(404);
  });
});

describe('sign-in with "Security key or trusted platform"', () => {
  let key: ReturnType<typeof keyFor>;
  let credential: SoftwareCredential;
  beforeEach(async () => {
    key = keyFor(portal);
    ({ credential } = await enrolKey(portal, await signedIn(), key));
  });

  it('reaches TRACES NT over CAS with PASSWORD_WEBAUTHN through the chooser', async () => {
    const browser = portal.browser('fr');
    const start = await browser.get(`/cas/login?service=${encodeURIComponent(TRACES)}`);
    const { page, options } = await keyStep(browser, start.location!);
    expect(textOf(page.html)).toContain(fr.signInCode.webauthnTitle);
    expect(options.allowCredentials.map((c) => c.id)).toEqual([credential.id]);
    const back = await browser.post('/login/webauthn', {
      credential: JSON.stringify(key.assert(credential, options.challenge)),
    });
    expect(back.location).toMatch(/^https:\/\/traces\.example\.eu\/cas\?ticket=ST-/);
    const ticket = new URL(back.location!).searchParams.get('ticket')!;
    const validated = await portal.app.inject({
      method: 'GET',
      url: `/cas/serviceValidate?service=${encodeURIComponent(TRACES)}&ticket=${ticket}`,
    });
    expect(validated.body).toContain('<cas:strength>PASSWORD_WEBAUTHN</cas:strength>');
    expect(browser.cookie(COOKIES.method)).toBe('PASSWORD_WEBAUTHN');
  });

  it('a key not registered to the account is refused (401), a new challenge is on the page', async () => {
    const stranger = keyFor(portal);
    const { credential: foreign } = stranger.register({ challenge: 'AAAA', user: { id: 'eDAwOTlhYmM' } });
    const browser = portal.browser('en');
    const { options } = await keyStep(browser);
    const refused = await browser.post('/login/webauthn', {
      credential: JSON.stringify(stranger.assert(foreign, options.challenge)),
    });
    expect(refused.status).toBe(401);
    expect(errorSummary(refused.html)).toEqual([en.signInCode.webauthnWrong]);
    expect(optionsInPage(refused.html).challenge).not.toBe(options.challenge);
  });

  it('an assertion replayed (the challenge used twice) is refused, SEC-23', async () => {
    const browser = portal.browser('en');
    const { options } = await keyStep(browser);
    const answer = JSON.stringify(key.assert(credential, options.challenge));
    expect((await browser.post('/login/webauthn', { credential: answer })).location).toBe('/account');
    const again = portal.browser('en');
    await keyStep(again);
    const replayed = await again.post('/login/webauthn', { credential: answer });
    expect(replayed.status).toBe(401);
    const events = await portal.durable.audit.list({ userId: user.id, limit: 5 });
    expect(events.find((e) => e.type === 'sign_in.failed')?.details).toMatchObject({ reason: 'webauthn_challenge' });
  });

  it('a cloned key (sign count back) is refused, audited and its owner told, SEC-24', async () => {
    const first = portal.browser('en');
    const one = await keyStep(first);
    credential.signCount = 40;
    await first.post('/login/webauthn', { credential: JSON.stringify(key.assert(credential, one.options.challenge)) });
    const browser = portal.browser('en');
    const { options } = await keyStep(browser);
    const cloned = await browser.post('/login/webauthn', {
      credential: JSON.stringify(key.assert(credential, options.challenge, { signCount: 3 })),
    });
    expect(cloned.status).toBe(401);
    const events = await portal.durable.audit.list({ userId: user.id, limit: 5 });
    expect(events.find((e) => e.type === 'sign_in.failed')?.details).toMatchObject({
      reason: 'webauthn_counter_regression',
    });
    expect(portal.mailer.last('security-key-cloned').params).toMatchObject({ name: 'YubiKey' });
  });

  it('a malformed answer is 400 and the page stays', async () => {
    const browser = portal.browser('en');
    await keyStep(browser);
    expect((await browser.post('/login/webauthn', { credential: 'not json' })).status).toBe(400);
  });

  it('the key page without a sign-in in progress gives no options', async () => {
    const browser = portal.browser('en');
    await browser.get('/login');
    const page = await browser.get('/login/webauthn');
    expect(page.status).toBe(303);
    expect(page.html).not.toContain('data-webauthn-options');
  });
});

describe('the chooser, for an account without a security key', () => {
  it('says so in words fit for security keys', async () => {
    await portal.durable.credentials.delete(
      (await portal.durable.credentials.listByUser(user.id, 'webauthn'))[0]?.id ?? 'none',
    );
    const browser = portal.browser('en');
    const page = await passwordStep(browser, '/login', 'PASSWORD_WEBAUTHN');
    expect(page.status).toBe(409);
    expect(textOf(page.html)).toContain(en.signInCode.webauthnNone);
  });
});

describe('"Sign in with a passkey" (docs/adr/0029 §5): no e-mail typed', () => {
  let key: ReturnType<typeof keyFor>;
  let credential: SoftwareCredential;
  beforeEach(async () => {
    key = keyFor(portal);
    const browser = await signedIn();
    const prompt = await browser.post('/account/security-keys/new', { name: 'Clé d’accès', passkey: 'yes' });
    const options = optionsInPage<{
      challenge: string;
      user: { id: string };
      authenticatorSelection: { residentKey: string; userVerification: string };
    }>(prompt.html);
    // Discoverable, and it must verify its user: the passkey is both factors.
    expect(options.authenticatorSelection).toMatchObject({ residentKey: 'required', userVerification: 'required' });
    const registered = key.register(options);
    credential = registered.credential;
    const done = await browser.post('/account/security-keys/confirm', {
      credential: JSON.stringify(registered.response),
    });
    expect(done.status).toBe(303);
  });

  /** The first screen's passkey options (no allow list), as conditional UI and the button get them. */
  async function firstScreen(browser: Browser, start = '/login') {
    const page = await browser.get(start);
    expect(page.html).toContain('autocomplete="username webauthn"');
    return optionsInPage<{ challenge: string; allowCredentials?: unknown[]; userVerification: string }>(page.html);
  }

  it('signs in to TRACES NT over CAS with the passkey alone, told PASSWORD_WEBAUTHN', async () => {
    const browser = portal.browser('en');
    const start = await browser.get(`/cas/login?service=${encodeURIComponent(TRACES)}`);
    const options = await firstScreen(browser, start.location!);
    expect(options.allowCredentials ?? []).toEqual([]);
    expect(options.userVerification).toBe('required');
    const back = await browser.post('/login/passkey', {
      credential: JSON.stringify(key.assert(credential, options.challenge)),
    });
    expect(back.location).toMatch(/^https:\/\/traces\.example\.eu\/cas\?ticket=ST-/);
    const ticket = new URL(back.location!).searchParams.get('ticket')!;
    const validated = await portal.app.inject({
      method: 'GET',
      url: `/cas/serviceValidate?service=${encodeURIComponent(TRACES)}&ticket=${ticket}`,
    });
    expect(validated.body).toContain('<cas:strength>PASSWORD_WEBAUTHN</cas:strength>');
    expect(validated.body).not.toContain('WEBAUTHN_PASSKEY');
    // The passkey, told as EU Login's webAuthnDevice (docs/adr/0032 §4).
    const [stored] = await portal.durable.credentials.listByUser(user.id, 'webauthn');
    expect(validated.body).toContain(
      `<cas:webAuthnDevice>\n        <cas:deviceName>Clé d’accès</cas:deviceName>\n        <cas:deviceIdentifier>${stored!.id}</cas:deviceIdentifier>`,
    );
    const events = await portal.durable.audit.list({ userId: user.id, limit: 3 });
    expect(events.find((e) => e.type === 'sign_in.succeeded')?.details).toMatchObject({ method: 'PASSWORD_WEBAUTHN' });
  });

  it('without user verification, with a key not registered, or replayed: refused on the first screen, 401', async () => {
    const browser = portal.browser('en');
    let options = await firstScreen(browser);
    const noUv = await browser.post('/login/passkey', {
      credential: JSON.stringify(key.assert(credential, options.challenge, { userVerified: false })),
    });
    expect(noUv.status).toBe(401);
    expect(errorSummary(noUv.html)).toEqual([en.signIn.passkeyRefused]);

    const stranger = keyFor(portal);
    const { credential: foreign } = stranger.register({ challenge: 'AAAA', user: { id: 'eDAwOTlhYmM' } });
    options = optionsInPage(noUv.html);
    const unknown = await browser.post('/login/passkey', {
      credential: JSON.stringify(stranger.assert(foreign, options.challenge)),
    });
    expect(unknown.status).toBe(401);

    options = optionsInPage(unknown.html);
    const answer = JSON.stringify(key.assert(credential, options.challenge));
    expect((await browser.post('/login/passkey', { credential: answer })).location).toBe('/account');
    const other = portal.browser('en');
    await firstScreen(other);
    expect((await other.post('/login/passkey', { credential: answer })).status).toBe(401);
    const events = await portal.durable.audit.list({ userId: user.id, limit: 10 });
    expect(events.filter((e) => e.type === 'sign_in.failed').map((e) => e.details.reason)).toEqual(
      expect.arrayContaining(['webauthn_user-verification']),
    );
  });

  it('the first screen stores nothing and sets no sign-in cookie (docs/adr/0029 §8)', async () => {
    const browser = portal.browser('en');
    const writes: string[] = [];
    const store = portal.ephemeral;
    for (const name of ['set', 'setIfAbsent', 'increment'] as const) {
      const original = store[name].bind(store) as (...args: unknown[]) => Promise<never>;
      (store as unknown as Record<string, unknown>)[name] = (key: string, ...rest: unknown[]) => {
        writes.push(key);
        return original(key, ...rest);
      };
    }
    for (let i = 0; i < 3; i++) expect((await firstScreen(browser)).challenge).toBeTruthy();
    expect(writes).toEqual([]);
    expect(browser.cookie(COOKIES.login)).toBeUndefined();
  });

  it('signs in to the portal with no sign-in in progress; the sign-in is made only then', async () => {
    const browser = portal.browser('en');
    const options = await firstScreen(browser);
    const back = await browser.post('/login/passkey', {
      credential: JSON.stringify(key.assert(credential, options.challenge)),
    });
    expect(back.location).toBe('/account');
    expect(browser.cookie(COOKIES.session)).toBeDefined();
    expect(browser.cookie(COOKIES.login)).toBeUndefined();
  });

  it('a forged, expired or replayed challenge is refused, 401, before the key is checked', async () => {
    const browser = portal.browser('en');
    await firstScreen(browser);
    // Forged: not made by this server (no MAC under its key).
    const forged = await browser.post('/login/passkey', {
      credential: JSON.stringify(key.assert(credential, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')),
    });
    expect(forged.status).toBe(401);
    expect(errorSummary(forged.html)).toEqual([en.signIn.passkeyRefused]);
    // Expired: five minutes later (WEBAUTHN_CEREMONY_MS).
    const stale = await firstScreen(browser);
    portal.clock.advance(5 * 60_000);
    const late = await browser.post('/login/passkey', {
      credential: JSON.stringify(key.assert(credential, stale.challenge)),
    });
    expect(late.status).toBe(401);
    // Replayed: the answer that signed in, sent again from another browser.
    const options = await firstScreen(browser);
    const answer = JSON.stringify(key.assert(credential, options.challenge));
    expect((await browser.post('/login/passkey', { credential: answer })).location).toBe('/account');
    const other = portal.browser('en');
    await firstScreen(other);
    expect((await other.post('/login/passkey', { credential: answer })).status).toBe(401);
    expect(other.cookie(COOKIES.session)).toBeUndefined();
    const events = await portal.durable.audit.list({ limit: 50 });
    expect(events.filter((e) => e.details.reason === 'webauthn_challenge').length).toBeGreaterThanOrEqual(2);
  });

  it('an answer that is not JSON goes nowhere', async () => {
    const browser = portal.browser('en');
    await firstScreen(browser);
    expect((await browser.post('/login/passkey', { credential: 'not json' })).status).toBe(400);
    expect(browser.cookie(COOKIES.session)).toBeUndefined();
  });
});
