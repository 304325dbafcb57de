import type { UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrolOverDeviceApi, PIN, registrationFor } from '../../testing/device-client';
import { qrTextInPage } from '../../testing/qr-svg';
import {
  createTestPortal,
  notice,
  signIn,
  storeActiveDevice,
  textOf,
  type Browser,
  type Page,
  type TestPortal,
} from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * Issue 11, point 2, on the portal (ADR 0018): from the registration mail to the device form —
 * the registration signs in; "My account" has "Add a mobile device" itself; a page that needs a
 * session sends to the sign-in and the sign-in comes back to it (never elsewhere); the QR page's
 * "I have finished" is a button that says whether the device was added.
 */

const catalogues = { en, fr } as const;
const EMAIL = 'marie.dupont@example.org';
const PASSWORD = 'le chat dort sur le radiateur';

/** The `href` of the element with this `data-testid`, and its classes. */
function linkOf(html: string, testId: string): { href: string; classes: string[] } | undefined {
  const tag = new RegExp(`<a [^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0];
  if (!tag) return undefined;
  return {
    href: /href="([^"]*)"/.exec(tag)?.[1] ?? '',
    classes: (/class="([^"]*)"/.exec(tag)?.[1] ?? '').split(' '),
  };
}

describe('a page that needs a session sends to the sign-in, which comes back to it', () => {
  let portal: TestPortal;
  let browser: Browser;
  beforeEach(async () => {
    portal = await createTestPortal();
    await portal.createUser({ email: EMAIL, password: PASSWORD });
    browser = portal.browser('en');
  });
  afterEach(() => portal.close());

  /** The e-mail and password steps, from the sign-in page the redirect named. */
  async function signInFrom(login: Page): Promise<Page> {
    expect(login.status).toBe(303);
    const form = await browser.follow(login);
    expect(form.status).toBe(200);
    expect((await browser.post('/login', { email: EMAIL })).location).toBe('/login/password');
    const done = await browser.post('/login/password', { password: PASSWORD });
    expect(done.status).toBe(303);
    return done;
  }

  it.each([
    '/account/devices/new',
    '/account/devices',
    '/account/password',
    '/account/email',
    '/account/recovery',
    '/account/devices/panic',
    '/account?welcome=1',
  ])('GET %s → /login?return_to=<the page> → back to the page once signed in', async (path) => {
    const asked = await browser.get(path);
    expect(asked.status).toBe(303);
    expect(asked.location).toBe(`/login?return_to=${encodeURIComponent(path)}`);
    const done = await signInFrom(asked);
    expect(done.location).toBe(path);
    expect((await browser.follow(done)).status).toBe(200);
  });

  it('the mail\'s "Add a mobile device" link, opened signed out, ends on the device form', async () => {
    const asked = await browser.get('/account/devices/new');
    const done = await signInFrom(asked);
    const form = await browser.follow(done);
    expect(form.status).toBe(200);
    expect(form.html).toMatch(/<form method="post" action="\/account\/devices\/new"/);
  });

  it('"My account" needs no return path: the sign-in ends there anyway', async () => {
    expect((await browser.get('/account')).location).toBe('/login');
  });

  it('a form posted without a session has nothing to resume: the bare sign-in', async () => {
    await browser.get('/login');
    const posted = await browser.post('/account/devices/new', { name: 'Pixel', pin: PIN, pinConfirm: PIN });
    expect(posted.location).toBe('/login');
  });

  // The attacker's link: /login?return_to=<elsewhere>, sent to a user who then signs in.
  it.each([
    '//evil.example',
    '//evil.example/account',
    'https://evil.example',
    'https://evil.example/account/devices/new',
    '/\\evil.example',
    '/%2F/evil.example',
    'javascript:alert(1)',
    'http://localhost.evil.example/account',
  ])('a return path elsewhere (%s) is ignored: the sign-in ends on "My account"', async (target) => {
    const login = await browser.get(`/login?return_to=${encodeURIComponent(target)}`);
    expect(login.status).toBe(200);
    expect((await browser.post('/login', { email: EMAIL })).location).toBe('/login/password');
    const done = await browser.post('/login/password', { password: PASSWORD });
    expect(done.status).toBe(303);
    expect(done.location).toBe('/account');
  });

  it("a return path on the portal's own origin, written in full, is kept as its path", async () => {
    const login = await browser.get(`/login?return_to=${encodeURIComponent(`${portal.baseUrl}/account/devices/new`)}`);
    expect(login.status).toBe(200);
    await browser.post('/login', { email: EMAIL });
    expect((await browser.post('/login/password', { password: PASSWORD })).location).toBe('/account/devices/new');
  });

  it('a signed-in browser sent to the sign-in with a return path goes straight there, never elsewhere', async () => {
    expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
    const back = await browser.get(`/login?return_to=${encodeURIComponent('/account/devices/new')}`);
    expect(back.status).toBe(303);
    expect(back.location).toBe('/account/devices/new');
    for (const target of ['//evil.example', 'https://evil.example']) {
      const refused = await browser.get(`/login?return_to=${encodeURIComponent(target)}`);
      expect(refused.location).toBe('/account');
    }
  });

  it('a wrong password keeps the return path for the next try', async () => {
    const asked = await browser.get('/account/devices');
    await browser.follow(asked);
    await browser.post('/login', { email: EMAIL });
    expect((await browser.post('/login/password', { password: 'not the password at all' })).status).toBe(401);
    expect((await browser.post('/login/password', { password: PASSWORD })).location).toBe('/account/devices');
  });
});

describe.each(['en', 'fr'] as const)('registration → signed in → "Add a mobile device" (%s)', (locale) => {
  const m = catalogues[locale];
  let portal: TestPortal;
  let browser: Browser;
  beforeEach(async () => {
    portal = await createTestPortal();
    browser = portal.browser(locale);
  });
  afterEach(() => portal.close());

  async function register(): Promise<Page> {
    await browser.get('/register');
    const sent = await browser.post('/register', {
      firstName: 'Zoé',
      lastName: 'Martin',
      email: 'zoe.martin@example.org',
      emailConfirm: 'zoe.martin@example.org',
      emailLocale: locale,
      privacyAccepted: 'yes',
    });
    expect(sent.status).toBe(200);
    const opened = await browser.get(portal.linkIn(portal.mailer.last('registration-link')));
    await browser.follow(opened);
    return browser.post('/register/confirm', { password: PASSWORD, passwordConfirm: PASSWORD });
  }

  it('the password chosen signs in like a password sign-in: a new session at PASSWORD, audited', async () => {
    // A session cookie planted before (session fixation) is not the one the registration gives.
    browser.setCookie(COOKIES.session, 'A'.repeat(43));
    const done = await register();
    expect(done.status).toBe(303);
    expect(done.location).toBe('/account?welcome=1');
    expect(browser.session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(browser.session).not.toBe('A'.repeat(43));
    const user = await portal.durable.users.findByEmail('zoe.martin@example.org');
    const session = await portal.services.sessions.load(
      browser.session,
      (id) => portal.durable.users.findById(id),
      portal.clock.now(),
    );
    expect(session?.user.id).toBe(user!.id);
    expect(session?.record.strengths).toEqual(['PASSWORD']);
    const events = await portal.durable.audit.list({ userId: user!.id, limit: 10 });
    expect(events[0]).toMatchObject({ type: 'sign_in.succeeded', details: { method: 'PASSWORD' } });
  });

  it('lands on "My account" with the app and a primary "Add a mobile device" that opens the form', async () => {
    const account = await browser.follow(await register());
    expect(account.status).toBe(200);
    expect(notice(account.html)).toBe(m.setPassword.done);
    expect(account.html).toContain('data-testid="get-app"');
    expect(account.html).toContain('data-testid="app-qr"');
    const add = linkOf(account.html, 'add-device');
    expect(add).toEqual({ href: '/account/devices/new', classes: ['button'] });
    expect(textOf(account.html)).toContain(m.devices.add);
    // The annex's way stays: My account → Manage my mobile devices → Add a mobile device.
    expect(account.html).toContain(`<a href="/account/devices">${m.devices.title}</a>`);
    const form = await browser.get(add!.href);
    expect(form.status).toBe(200);
    expect(form.html).toMatch(/<form method="post" action="\/account\/devices\/new"/);
  });
});

describe.each(['en', 'fr'] as const)('"My account" with a device (%s)', (locale) => {
  it('"Add a mobile device" is still there, as a secondary action', async () => {
    const portal = await createTestPortal();
    try {
      const user: UserRecord = await portal.createUser({ email: EMAIL, password: PASSWORD, emailLocale: locale });
      await storeActiveDevice(portal, {
        id: 'dev-pixel-00000001',
        userId: user.id,
        name: 'Pixel',
        installationId: 'inst-pixel-00000001',
        pushSubscription: null,
      });
      const browser = portal.browser(locale);
      await signIn(browser, EMAIL, PASSWORD);
      const account = await browser.get('/account');
      expect(linkOf(account.html, 'add-device')).toEqual({
        href: '/account/devices/new',
        classes: ['button', 'button--secondary'],
      });
      // Password alone on an account with a device: the form asks for the app first (issue 10).
      expect((await browser.get('/account/devices/new')).status).toBe(403);
    } finally {
      await portal.close();
    }
  });
});

describe.each(['en', 'fr'] as const)('the QR page\'s "I have finished" (%s)', (locale) => {
  const m = catalogues[locale];
  let portal: TestPortal;
  let browser: Browser;
  let user: UserRecord;
  beforeEach(async () => {
    portal = await createTestPortal();
    user = await portal.createUser({ email: EMAIL, password: PASSWORD, emailLocale: locale });
    browser = portal.browser(locale);
    expect((await signIn(browser, EMAIL, PASSWORD)).status).toBe(303);
  });
  afterEach(() => portal.close());

  async function qrPage() {
    const page = await browser.post('/account/devices/new', { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN });
    expect(page.status).toBe(200);
    const token = /name="token" value="([^"]+)"/.exec(page.html)?.[1];
    expect(token).toBeDefined();
    return { page, token: token! };
  }

  it('is a submit button of the CSRF-checked form, beside "Cancel"', async () => {
    const { page } = await qrPage();
    expect(page.html).toMatch(
      new RegExp(
        `<button type="submit" class="button" formaction="/account/devices/enrolment/finish">${m.devices.qr.finished}</button>`,
      ),
    );
    expect(page.html).toMatch(
      new RegExp(`<button type="submit" class="button button--secondary">${m.devices.qr.cancel}</button>`),
    );
    expect(page.html).not.toMatch(/<a [^>]*>[^<]*(?:I have finished|J’ai terminé)/);
  });

  it('says no device was added when the app did not scan the QR code, and changes nothing', async () => {
    const { page, token } = await qrPage();
    const finished = await browser.post('/account/devices/enrolment/finish', { token });
    expect(finished.location).toBe('/account/devices?finished=none');
    expect(notice((await browser.follow(finished)).html)).toBe(m.portalPath.finishedNone);
    // The QR still works: "I have finished" is not "Cancel".
    const { registered, activated } = await enrolOverDeviceApi(portal.app, qrTextInPage(page.html, 'enrolment-qr'));
    expect(registered.statusCode).toBe(201);
    expect(activated.statusCode).toBe(200);
  });

  it('says the device waits for the app while it is pending', async () => {
    const { page, token } = await qrPage();
    const { registration } = await registrationFor(qrTextInPage(page.html, 'enrolment-qr'));
    const registered = await portal.app.inject({
      method: 'POST',
      url: '/device/v1/registrations',
      payload: registration,
    });
    expect(registered.statusCode).toBe(201);
    const finished = await browser.post('/account/devices/enrolment/finish', { token });
    expect(finished.location).toBe('/account/devices?finished=pending');
    expect(notice((await browser.follow(finished)).html)).toBe(m.portalPath.finishedPending);
    expect((await portal.durable.devices.listByUser(user.id)).map((d) => d.status)).toEqual(['pending']);
  });

  it('says the device is added once the app accepted it', async () => {
    const { page, token } = await qrPage();
    await enrolOverDeviceApi(portal.app, qrTextInPage(page.html, 'enrolment-qr'));
    const finished = await browser.post('/account/devices/enrolment/finish', { token });
    expect(finished.location).toBe('/account/devices?added=1');
    expect(notice((await browser.follow(finished)).html)).toBe(m.devices.addedNotice);
  });

  it("tells nothing about another account's enrolment, and needs the CSRF token", async () => {
    const { page, token } = await qrPage();
    await enrolOverDeviceApi(portal.app, qrTextInPage(page.html, 'enrolment-qr'));
    await portal.createUser({ email: 'eve@example.org', password: PASSWORD });
    const eve = portal.browser(locale);
    await signIn(eve, 'eve@example.org', PASSWORD);
    expect((await eve.post('/account/devices/enrolment/finish', { token })).location).toBe(
      '/account/devices?finished=none',
    );
    expect((await eve.post('/account/devices/enrolment/finish', { token: 'x' })).location).toBe(
      '/account/devices?finished=none',
    );
    expect((await browser.post('/account/devices/enrolment/finish', { token }, { csrf: null })).status).toBe(403);
  });
});
