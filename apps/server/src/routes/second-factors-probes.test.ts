import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { totpCode } from '../../test/credentials-kit';
import {
  casStrength,
  EMAIL,
  type EveryFactor,
  lastSmsCode,
  PASSWORD,
  passwordStep,
  startEveryFactor,
  TRACES,
  withTotp,
} from '../../test/every-factor-kit';
import { OPEN_REDIRECT_PAYLOADS } from '../../test/open-redirect-payloads';
import { keyFor, optionsInPage } from '../../test/security-keys-kit';
import { type Browser, type Page, textOf } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';

/**
 * Issue 13's attacker suite, the probes: someone who knows only an e-mail address learns nothing
 * of the factors behind it (ADR 0002, 0007, 0031 §4: before the right password nothing says which
 * methods an account has) and sends no text to its owner; every post-sign-in redirect of the new
 * flows is same-origin (ADR 0011); a store that stops answering gives 503, never a session, never
 * a 5xx other than 503 (ADR 0009).
 */
let kit: EveryFactor;
/** An account with no second factor, and an address no account has. */
const BARE = 'jean.martin@example.fr';
const UNKNOWN = 'personne@example.fr';

beforeEach(async () => {
  // Room for the wrong passwords of these probes before the account locks (5 by default).
  kit = await startEveryFactor({ 'signIn.lockAfterFailures': 50, 'signIn.accountLockAfterFailures': 50 });
  await kit.portal.createUser({ email: BARE, password: PASSWORD });
});
afterEach(() => kit.portal.close());

/** What a page tells: its status, where it goes, its text (the address typed shown as ‹email›). */
function told(page: Page, email = '') {
  const text = textOf(page.html);
  return { status: page.status, location: page.location, text: email ? text.split(email).join('‹email›') : text };
}

/** The number of texts sent so far. */
const texts = async () => (await kit.portal.durable.outbox.list(500)).length;

describe('with the e-mail address only, nothing tells which factors an account has', () => {
  const methods = ['PASSWORD_TOTP', 'PASSWORD_WEBAUTHN', 'PASSWORD_SMS', 'PASSWORD_RECOVERY_CODE', 'PASSWORD'];

  /** Each probe of a stranger, for one address: the pages at the password step, then a wrong password per method. */
  async function probe(email: string) {
    const seen: unknown[] = [];
    for (const method of methods) {
      const browser = kit.portal.browser('en');
      await browser.get('/login');
      seen.push(told(await browser.post('/login', { email }), email));
      seen.push(told(await browser.get('/login/password'), email));
      // The account's chooser and every code page, before any password.
      for (const path of ['/login/choose', '/login/totp', '/login/sms', '/login/webauthn', '/login/recovery-code']) {
        seen.push(path, told(await browser.get(path), email));
      }
      seen.push(told(await browser.post('/login/choose', { method }), email));
      // "Send a new code" / "Start again" of each method: nothing starts, nothing is texted.
      for (const path of ['/login/sms/new', '/login/totp/new', '/login/webauthn/new', '/login/recovery-code/new']) {
        seen.push(path, told(await browser.post(path, {}), email));
      }
      seen.push(told(await browser.post('/login/password', { password: 'not the password', method }), email));
      // After a wrong password: the chooser is still closed.
      seen.push(told(await browser.get('/login/choose'), email));
      expect(browser.session).toBeUndefined();
    }
    return seen;
  }

  it('the same pages for an account with every factor, one with none, and no account; no text sent', async () => {
    const sent = await texts();
    const every = await probe(EMAIL);
    expect(await probe(BARE)).toEqual(every);
    expect(await probe(UNKNOWN)).toEqual(every);
    expect(await texts()).toBe(sent);
  });

  it('a passkey answer says the same whether its key is unknown or Marie’s with a bad signature', async () => {
    const { portal, key, passkey } = kit;
    const stranger = keyFor(portal);
    const { credential: foreign } = stranger.register({ challenge: 'AAAA', user: { id: 'eDAwOTlhYmM' } });
    const answers = [
      (challenge: string) => stranger.assert(foreign, challenge),
      (challenge: string) => key.assert(passkey, challenge, { badSignature: true }),
      (challenge: string) => key.assert(passkey, challenge, { userVerified: false }),
      // Marie's credential id, the stranger's key: the signature cannot be hers.
      (challenge: string) => ({ ...stranger.assert(foreign, challenge), id: passkey.id, rawId: passkey.id }),
    ];
    const pages = [];
    for (const answer of answers) {
      const browser = portal.browser('en');
      const options = optionsInPage((await browser.get('/login')).html);
      const page = await browser.post('/login/passkey', { credential: JSON.stringify(answer(options.challenge)) });
      expect(browser.session).toBeUndefined();
      pages.push({ status: page.status, text: textOf(page.html), cookies: page.setCookies.map((c) => c.name) });
    }
    expect(pages[0]).toMatchObject({ status: 401 });
    expect(textOf(pages[0]!.text)).toContain(en.signIn.passkeyRefused);
    for (const page of pages.slice(1)) expect(page).toEqual(pages[0]);
  });
});

describe('every redirect after the new flows is same-origin (ADR 0011)', () => {
  const origin = () => new URL(kit.portal.baseUrl).origin;
  /** The browser's next address, resolved against the portal: it must be the portal's. */
  const stays = (location: string | undefined) => new URL(location ?? '/', origin()).origin === origin();
  const payloads = OPEN_REDIRECT_PAYLOADS.slice(0, 40);

  it('a passkey sign-in started at /login?return_to=…', async () => {
    const { portal, key, passkey } = kit;
    for (const { payload } of payloads) {
      const browser = portal.browser('en');
      const first = await browser.get(`/login?return_to=${payload}`);
      expect(first.status, payload).toBeLessThan(500);
      const options = optionsInPage(first.html);
      const back = await browser.post('/login/passkey', {
        credential: JSON.stringify(key.assert(passkey, options.challenge)),
      });
      expect(back.status, payload).toBe(303);
      expect(stays(back.location), `${payload} → ${back.location}`).toBe(true);
    }
  });

  it('a re-authentication with the authenticator app, sent back to /account/options by a return_to', async () => {
    const { portal, totp } = kit;
    const browser = await withTotp(portal, totp);
    for (const { payload } of payloads.slice(0, 15)) {
      portal.clock.advance(30_000);
      const reauth = await browser.get(`/login?reauth=1&return_to=${payload}`);
      expect(reauth.status, payload).toBeLessThan(500);
      await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_TOTP' });
      const back = await browser.post('/login/totp', { code: await totpCode(portal, totp.seed) });
      expect(back.status, payload).toBe(303);
      expect(stays(back.location), `${payload} → ${back.location}`).toBe(true);
    }
  });

  it('"Later" after an SMS sign-in, with a hostile next', async () => {
    const { portal } = kit;
    for (const { payload } of payloads) {
      const browser = portal.browser('en');
      await browser.get('/login');
      await browser.post('/login', { email: EMAIL });
      await browser.post('/login/password', { password: PASSWORD });
      const later = await browser.post(`/login/sms-sunset?next=${payload}`, {});
      expect(later.status, payload).toBe(303);
      expect(stays(later.location), `${payload} → ${later.location}`).toBe(true);
      const page = await browser.get(`/login/sms-sunset?next=${payload}`);
      expect(page.status, payload).toBe(200);
      expect(page.html, payload).not.toMatch(/href="(https?:)?\/\/evil\.example/);
    }
  });
});

describe('a store that stops answering: 503, never a session, never a bypass (ADR 0009)', () => {
  /** A browser whose sign-in is at the code page of `method`. */
  async function at(method: string, page: string): Promise<Browser> {
    const browser = kit.portal.browser('en');
    expect((await passwordStep(browser, '/login', method)).location).toBe(page);
    return browser;
  }

  it.each(['ephemeral', 'durable'] as const)(
    'the %s store: every right answer of the new sign-in pages is 503, no session; afterwards they still work',
    async (store) => {
      const { portal, key, passkey, keyCredential, recoveryCodes, totp } = kit;
      portal.clock.advance(30_000);
      const sms = await at('PASSWORD_SMS', '/login/sms');
      const right = {
        totp: await totpCode(portal, totp.seed),
        sms: await lastSmsCode(portal),
        recovery: recoveryCodes[2]!,
      };
      const browsers = {
        totp: await at('PASSWORD_TOTP', '/login/totp'),
        recovery: await at('PASSWORD_RECOVERY_CODE', '/login/recovery-code'),
        key: await at('PASSWORD_WEBAUTHN', '/login/webauthn'),
        passkey: portal.browser('en'),
      };
      const keyOptions = optionsInPage((await browsers.key.get('/login/webauthn')).html);
      const passkeyOptions = optionsInPage((await browsers.passkey.get('/login')).html);
      const posts: [Browser, string, Record<string, string>][] = [
        [browsers.totp, '/login/totp', { code: right.totp }],
        [browsers.recovery, '/login/recovery-code', { code: right.recovery }],
        [sms, '/login/sms', { code: right.sms }],
        [
          browsers.key,
          '/login/webauthn',
          { credential: JSON.stringify(key.assert(keyCredential, keyOptions.challenge)) },
        ],
        [
          browsers.passkey,
          '/login/passkey',
          { credential: JSON.stringify(key.assert(passkey, passkeyOptions.challenge)) },
        ],
        [browsers.totp, '/login/choose', { method: 'PASSWORD_WEBAUTHN' }],
      ];
      kit.outage[store] = true;
      for (const [browser, path, form] of posts) {
        const page = await browser.post(path, form);
        expect(page.status, path).toBe(503);
        expect(browser.session, path).toBeUndefined();
      }
      // Pages that need no store still show (the first screen stores nothing, ADR 0029 §8); none fails otherwise.
      for (const [browser, path] of posts) {
        const page = await browser.get(path === '/login/passkey' ? '/login' : path);
        expect([200, 503], `GET ${path}`).toContain(page.status);
      }
      kit.outage[store] = false;
      // Back: what was tried during the outage was not used up.
      for (const [browser, path, form] of posts.slice(0, 3)) {
        const page = await browser.post(path, form);
        expect(page.status, `${path} after`).toBe(303);
        expect(browser.session, `${path} after`).toBeDefined();
      }
      const late = portal.browser('en');
      const options = optionsInPage((await late.get('/login')).html);
      await late.post('/login/passkey', { credential: JSON.stringify(key.assert(passkey, options.challenge)) });
      expect(late.session).toBeDefined();
    },
  );

  it.each(['ephemeral', 'durable'] as const)(
    'the %s store: the account pages of the new factors answer 503, nothing half-made',
    async (store) => {
      const { portal, totp, user } = kit;
      const owner = await withTotp(portal, totp);
      const before = await portal.durable.credentials.listByUser(user.id);
      kit.outage[store] = true;
      for (const [path, form] of [
        ['/account/security-keys/new', { name: 'Outage key' }],
        ['/account/authenticator-apps/new', { name: 'Outage app' }],
        ['/account/phone-numbers/new', { phone: '+33698765432' }],
        ['/account/recovery-codes', {}],
        ['/account/options', { alwaysSecondFactor: 'on' }],
        [`/account/security-keys/${kit.keyId}/delete`, {}],
        [`/account/phone-numbers/${kit.phoneId}/delete`, {}],
      ] as const) {
        const page = await owner.post(path, form);
        expect(page.status, path).toBe(503);
      }
      kit.outage[store] = false;
      expect(await portal.durable.credentials.listByUser(user.id)).toEqual(before);
      expect((await owner.get('/account/security-keys')).status).toBe(200);
    },
  );
});

/**
 * SEC-32: the session id is new at every sign-in, step-up and re-authentication — for each way
 * issue 13 adds to open a session. A planted id is never adopted, and the password-only session
 * a browser held before its second factor is not upgraded in place: its old id opens nothing.
 */
describe('every new way in issues a new session id (SEC-32)', () => {
  const PLANTED = 'planted-by-an-attacker-0000000000000000000000';

  it.each(['PASSWORD_TOTP', 'PASSWORD_SMS', 'PASSWORD_RECOVERY_CODE', 'PASSWORD_WEBAUTHN', 'passkey'] as const)(
    '%s: a planted id is not adopted; the password-only session before it is not upgraded',
    async (method) => {
      const { portal, key, keyCredential, passkey, totp, recoveryCodes } = kit;
      portal.clock.advance(30_000);
      const browser = portal.browser('en');
      // The password alone first (a session at BASIC), then the second factor through re-authentication.
      await passwordStep(browser, '/login', 'PASSWORD');
      const before = browser.session!;
      expect(before).toBeDefined();
      browser.setCookie(COOKIES.session, before);
      let end: Page;
      if (method === 'passkey') {
        // A signed-in browser is not offered the first screen; the answer is posted anyway, with
        // options from another browser, and the session id is then a planted one.
        const options = optionsInPage((await portal.browser('en').get('/login')).html);
        browser.setCookie(COOKIES.session, PLANTED);
        end = await browser.post('/login/passkey', {
          credential: JSON.stringify(key.assert(passkey, options.challenge)),
        });
      } else {
        await browser.get('/login?reauth=1&return_to=/account/options');
        const paths = {
          PASSWORD_TOTP: '/login/totp',
          PASSWORD_SMS: '/login/sms',
          PASSWORD_RECOVERY_CODE: '/login/recovery-code',
          PASSWORD_WEBAUTHN: '/login/webauthn',
        } as const;
        expect((await browser.post('/login/password', { password: PASSWORD, method })).location).toBe(paths[method]);
        const page = await browser.get(paths[method]);
        const answer = {
          PASSWORD_TOTP: async () => ({ code: await totpCode(portal, totp.seed) }),
          PASSWORD_SMS: async () => ({ code: await lastSmsCode(portal) }),
          PASSWORD_RECOVERY_CODE: async () => ({ code: recoveryCodes[3]! }),
          PASSWORD_WEBAUTHN: async () => ({
            credential: JSON.stringify(key.assert(keyCredential, optionsInPage(page.html).challenge)),
          }),
        }[method];
        end = await browser.post(paths[method], await answer());
      }
      expect(end.status, method).toBe(303);
      const after = browser.session;
      expect(after).toBeDefined();
      expect([before, PLANTED]).not.toContain(after);
      // The old id, replayed elsewhere, is ended — or, where this browser never showed it (the
      // planted case), still only the password's: never upgraded in place.
      const replay = portal.browser('en');
      replay.setCookie(COOKIES.session, before);
      if (method === 'passkey') expect(await casStrength(portal, replay, TRACES)).toBe('PASSWORD');
      else expect((await replay.get('/account')).status, method).toBe(303);
    },
  );
});
