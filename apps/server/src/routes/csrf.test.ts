import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestPortal,
  errorNotice,
  signIn,
  type Browser,
  type PostOptions,
  type TestPortal,
} from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

const catalogues = { en, fr } as const;
const EMAIL = 'marie.dupont@example.org';
const PASSWORD = 'le chat dort sur le radiateur';
const NEW_PASSWORD = 'trois tortues traversent la rue';

/** The forged requests: each must be refused before the route runs. */
const forgeries: [string, PostOptions][] = [
  ['without _csrf', { csrf: null }],
  ['with a wrong _csrf', { csrf: 'A'.repeat(43) }],
  ['with the right _csrf but a foreign Origin', { headers: { origin: 'https://evil.example' } }],
  ['with the right _csrf but an opaque Origin', { headers: { origin: 'null' } }],
];

describe.each(['en', 'fr'] as const)('CSRF protection (%s)', (locale) => {
  const m = catalogues[locale];
  let portal: TestPortal;
  let browser: Browser;

  beforeEach(async () => {
    portal = await createTestPortal();
    await portal.createUser({ email: EMAIL, password: PASSWORD, emailLocale: locale });
    browser = portal.browser(locale);
  });
  afterEach(() => portal.close());

  function expectRefused(page: { status: number; html: string }) {
    expect(page.status).toBe(403);
    expect(errorNotice(page.html)).toBe(m.errors.CSRF_INVALID);
  }

  describe.each(forgeries)('a POST %s', (_name, options) => {
    it('cannot change the password', async () => {
      await signIn(browser, EMAIL, PASSWORD);
      const form = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, newPasswordConfirm: NEW_PASSWORD };
      expectRefused(await browser.post('/account/password', form, options));
      expect(portal.mailer.sent).toEqual([]);
      expect((await signIn(portal.browser(locale), EMAIL, PASSWORD)).status).toBe(303);
      expect((await browser.get('/account')).status).toBe(200);
    });

    it('cannot sign the user out', async () => {
      await signIn(browser, EMAIL, PASSWORD);
      const session = browser.session;
      expectRefused(await browser.post('/logout', {}, options));
      expect(browser.session).toBe(session);
      expect((await browser.get('/account')).status).toBe(200);
    });

    it('cannot sign in (login CSRF)', async () => {
      await browser.get('/login');
      expectRefused(await browser.post('/login', { email: EMAIL }, options));
      expect(browser.cookie(COOKIES.login)).toBeUndefined();
      await browser.post('/login', { email: EMAIL });
      expectRefused(await browser.post('/login/password', { password: PASSWORD }, options));
      expect(browser.session).toBeUndefined();
    });

    it('cannot request a registration mail', async () => {
      await browser.get('/register');
      const form = {
        firstName: 'Zoé',
        lastName: 'Martin',
        email: 'zoe@example.org',
        emailConfirm: 'zoe@example.org',
        emailLocale: locale,
        privacyAccepted: 'yes',
      };
      expectRefused(await browser.post('/register', form, options));
      expect(portal.mailer.sent).toEqual([]);
    });
  });

  it('refuses a POST from a browser that has no CSRF cookie, whatever token it sends', async () => {
    const page = await browser.post('/password/forgot', { email: EMAIL }, { csrf: 'A'.repeat(43) });
    expectRefused(page);
    expect(portal.mailer.sent).toEqual([]);
  });

  it('accepts the same-origin form with its token', async () => {
    await browser.get('/password/forgot');
    expect((await browser.post('/password/forgot', { email: EMAIL })).status).toBe(200);
    expect(portal.mailer.sent).toHaveLength(1);
  });
});
