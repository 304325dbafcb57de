import type { Authenticator } from '@sesame/authenticator-core';
import { deleteDevice, type UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppSignInKit, EMAIL, PASSWORD, PIN, startAppSignInKit } from '../../test/app-sign-in-kit';
import { enrolTotp, totpCode } from '../../test/credentials-kit';
import { qrTextInPage } from '../../testing/qr-svg';
import { type Browser, notice, type Page, type TestPortal, textOf } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

/**
 * No dead ends on levels (issue 11 point 3; docs/adr/0019): an application asks for a level the
 * session has not reached; the page says what it needs and offers the step that gets there —
 * and nothing more. Over HTTP with the real app brain (authenticator-core) as the phone.
 */
const MEDIUM = 'https://medium.example.org/';
const HIGH = 'https://high.example.org/';
const catalogues = { en, fr } as const;

let portal: TestPortal;
let user: UserRecord;
let phone: Authenticator;
let enrol: AppSignInKit['enrol'];

beforeEach(async () => {
  ({ portal, user, phone, enrol } = await startAppSignInKit([
    {
      id: 'medium',
      name: 'Medium app',
      policy: { minimumLevel: 'MEDIUM' },
      cas: { services: ['https://medium.example.org/*'], flavour: 'eulogin', singleLogout: false },
    },
    {
      id: 'app-only',
      name: 'App only',
      policy: { minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_MOBILE_APP'] },
      cas: { services: ['https://app-only.example.org/*'], singleLogout: false },
    },
    {
      id: 'high',
      name: 'High app',
      policy: { minimumLevel: 'HIGH' },
      cas: { services: ['https://high.example.org/*'], singleLogout: false },
    },
  ]));
});
afterEach(() => portal.close());

/** From the application to the chooser, then the password with `method`. */
async function signInFor(browser: Browser, service: string, method = 'PASSWORD'): Promise<Page> {
  const start = await browser.get(`/cas/login?service=${encodeURIComponent(service)}`);
  await browser.follow(start);
  await browser.post('/login', { email: EMAIL });
  return browser.post('/login/password', { password: PASSWORD, method });
}

function shownNumber(page: Page): number {
  const match = /data-testid="number-match">(\d+)</.exec(page.html);
  if (!match) throw new Error(`no number on the page (${page.status})`);
  return Number(match[1]);
}

/** The phone approves the one request it holds with the number the browser shows. */
async function approveOnPhone(browser: Browser): Promise<Page> {
  const wait = await browser.get('/login/app');
  const pending = await phone.pending();
  expect(pending).toHaveLength(1);
  await phone.approve(pending[0]!.challengeId, shownNumber(wait), PIN);
  return browser.post('/login/app');
}

async function strengthsOf(ticketLocation: string): Promise<string> {
  const ticket = new URL(ticketLocation).searchParams.get('ticket')!;
  const service = ticketLocation.slice(0, ticketLocation.indexOf('?'));
  const validated = await portal.app.inject({
    method: 'GET',
    url: `/cas/serviceValidate?service=${encodeURIComponent(service)}&ticket=${ticket}`,
  });
  return validated.body;
}

const sameOrigin = { 'sec-fetch-site': 'same-origin' };

/**
 * The level page's notice for a MEDIUM application (docs/adr/0050 §2): every factor it accepts after
 * the password, written out — never "asks for the Sésame app" where a key or an authenticator app
 * is offered too.
 */
const ASKS_MEDIUM = {
  en: (app: string) =>
    `${app} asks for the MEDIUM authentication level: your password, then the Sésame app, a security key, or an authenticator app.`,
  fr: (app: string) =>
    `${app} demande le niveau d’authentification MEDIUM\u00a0: votre mot de passe, puis l’app Sésame, une clé de sécurité ou une application d’authentification.`,
} as const;

describe.each(['en', 'fr'] as const)('levels without a dead end (%s)', (locale) => {
  const m = catalogues[locale];

  it('(a) no device yet: set up the app now, enrol, confirm with the new device, land in the application', async () => {
    const browser = portal.browser(locale);
    const page = await signInFor(browser, MEDIUM);
    expect(page.status).toBe(403);
    expect(notice(page.html)).toBe(ASKS_MEDIUM[locale]('Medium app'));
    expect(page.html).toContain('href="/account/devices/new"');
    expect(textOf(page.html)).toContain(m.levelGap.setUp);
    // An agent without a suitable phone is offered the other factors the application accepts.
    expect(textOf(page.html)).toContain(format(m.levelGap.noPhone, { app: 'Medium app' }));
    expect(page.html).toContain('href="/account/security-keys/new"');
    expect(page.html).toContain('href="/account/authenticator-apps/new"');
    // Before any device: the kept sign-in gives nothing more than this page.
    const early = await browser.get('/login/step-up', sameOrigin);
    expect(early.status).toBe(403);
    expect(early.location).toBeUndefined();

    // The normal enrolment (same form, same rules), whose QR page then leads to the step-up.
    expect((await browser.get('/account/devices/new')).status).toBe(200);
    const qr = await browser.post('/account/devices/new', { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN });
    expect(qr.status).toBe(200);
    expect(qr.html).toContain('data-enrolled-url="/login/step-up"');
    await phone.enrol(qrTextInPage(qr.html, 'enrolment-qr'), PIN);

    // The QR page moves on by itself: the new device is asked at once, no password.
    const stepUp = await browser.get('/login/step-up', sameOrigin);
    expect(stepUp.location).toBe('/login/app');
    const back = await approveOnPhone(browser);
    expect(back.location).toMatch(/^https:\/\/medium\.example\.org\/\?ticket=ST-/);
    const validated = await strengthsOf(back.location!);
    expect(validated).toContain('<cas:strength>PASSWORD_MOBILE_APP</cas:strength>');
    expect(validated).toContain('<cas:deviceName>Pixel-de-Marie</cas:deviceName>');
    // The sign-in is over: nothing left to resume.
    expect((await browser.get('/login/step-up', sameOrigin)).location).toBe('/account');
  });

  it('(a) without the page\'s script: "I have finished" leads to the step-up too', async () => {
    const browser = portal.browser(locale);
    await signInFor(browser, MEDIUM);
    const qr = await browser.post('/account/devices/new', { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN });
    const token = /name="token" value="([^"]+)"/.exec(qr.html)![1]!;
    await phone.enrol(qrTextInPage(qr.html, 'enrolment-qr'), PIN);
    const finished = await browser.post('/account/devices/enrolment/finish', { token });
    expect(finished.location).toBe('/login/step-up');
    expect((await browser.get(finished.location!, sameOrigin)).location).toBe('/login/app');
    const back = await approveOnPhone(browser);
    expect(back.location).toMatch(/^https:\/\/medium\.example\.org\/\?ticket=ST-/);
  });

  it('(a) from the chooser: "Sésame app with PIN code" without a device leads to setting it up, not to an error', async () => {
    const browser = portal.browser(locale);
    const page = await signInFor(browser, MEDIUM, 'PASSWORD_MOBILE_APP');
    expect(page.status).toBe(403);
    expect(page.html).toContain('href="/account/devices/new"');
    expect(browser.cookie(COOKIES.login)).toBeDefined();
  });

  it('(a) no phone: an authenticator app added from the level page, then "Continue to Medium app" asks its code, not the password', async () => {
    const browser = portal.browser(locale);
    const page = await signInFor(browser, MEDIUM);
    expect(page.html).toContain('href="/account/authenticator-apps/new"');
    expect(textOf(page.html)).toContain(format(m.levelGap.afterOther, { app: 'Medium app' }));
    const { seed, credentialId } = await enrolTotp(portal, browser);
    const list = await browser.get(`/account/authenticator-apps?added=${credentialId}`);
    expect(textOf(list.html)).toContain(format(m.levelGap.continueBody, { app: 'Medium app' }));
    expect(textOf(list.html)).toContain(format(m.levelGap.continueTo, { app: 'Medium app' }));
    expect(list.html).toContain('name="method" value="PASSWORD_TOTP"');
    // Adding it granted nothing: without its code, the level page again, no ticket.
    const early = await browser.get('/login/step-up', sameOrigin);
    expect(early.status).toBe(403);
    expect(early.location).toBeUndefined();
    // "Continue": the code of the app just added, the password not asked again.
    const go = await browser.post('/login/step-up', { method: 'PASSWORD_TOTP' });
    expect(go.location).toBe('/login/totp');
    const wrong = await browser.post('/login/totp', { code: '000000' });
    expect(wrong.location ?? '').not.toMatch(/ticket=/);
    portal.clock.advance(30_000);
    const back = await browser.post('/login/totp', { code: await totpCode(portal, seed) });
    expect(back.location).toMatch(/^https:\/\/medium\.example\.org\/\?ticket=ST-/);
    expect(await strengthsOf(back.location!)).toContain('<cas:strength>PASSWORD_TOTP</cas:strength>');
    // The sign-in is over: the list no longer offers to continue.
    const after = await browser.get(`/account/authenticator-apps?added=${credentialId}`);
    expect(textOf(after.html)).not.toContain(format(m.levelGap.continueTo, { app: 'Medium app' }));
  });

  it('(a) the list of authenticator apps offers no "Continue" without an application waiting', async () => {
    const browser = portal.browser(locale);
    await browser.get('/login');
    await browser.post('/login', { email: EMAIL });
    await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD' });
    const { credentialId } = await enrolTotp(portal, browser);
    const list = await browser.get(`/account/authenticator-apps?added=${credentialId}`);
    expect(list.html).not.toContain('action="/login/step-up"');
  });

  it('(b) a device, a password-only session: confirm with the app without typing the password again', async () => {
    await enrol();
    const browser = portal.browser(locale);
    const page = await signInFor(browser, MEDIUM);
    expect(page.status).toBe(403);
    expect(textOf(page.html)).toContain(m.levelGap.confirmBody);
    expect(page.html).toContain('action="/login/step-up"');
    expect(page.html).not.toContain('href="/account/devices/new"');
    const sent = await browser.post('/login/step-up');
    expect(sent.location).toBe('/login/app');
    const back = await approveOnPhone(browser);
    expect(back.location).toMatch(/^https:\/\/medium\.example\.org\/\?ticket=ST-/);
  });

  it('(c) a device was deleted: no set-up with the password alone; recovery and the helpdesk instead', async () => {
    const account = await enrol();
    await deleteDevice(
      portal.services.devices,
      user.id,
      account.deviceId,
      { ip: '127.0.0.1', userAgent: null },
      portal.clock.now(),
      ['PASSWORD', 'PASSWORD_MOBILE_APP'],
    );
    const browser = portal.browser(locale);
    for (const method of ['PASSWORD', 'PASSWORD_MOBILE_APP']) {
      const page = await signInFor(browser, MEDIUM, method);
      expect(page.status).toBe(403);
      expect(textOf(page.html)).toContain(m.levelGap.lostBody);
      expect(textOf(page.html)).toContain(m.levelGap.support);
      expect(page.html).toContain('href="/contact"');
      expect(page.html).toContain('href="/account/recovery"');
      expect(page.html).not.toContain('href="/account/devices/new"');
      expect(page.html).not.toContain('action="/login/step-up"');
      // Nothing kept to resume, and the add-device rule holds (issue 10).
      expect((await browser.post('/login/step-up')).location).toBe('/account');
      expect((await browser.get('/account/devices/new')).status).toBe(403);
      // Attacker with the password only (issue 13): no other factor is offered in the phone's
      // place, and none can be added by going to its page directly.
      expect(page.html).not.toContain('href="/account/security-keys/new"');
      expect(page.html).not.toContain('href="/account/authenticator-apps/new"');
      expect((await browser.get('/account/security-keys/new')).status).toBe(403);
      expect((await browser.get('/account/authenticator-apps/new')).status).toBe(403);
      await browser.post('/logout');
    }
  });

  it('(d) HIGH: says what it needs — a certified security key (docs/adr/0043 §3); never the app; the way back', async () => {
    await enrol();
    const browser = portal.browser(locale);
    const page = await signInFor(browser, HIGH);
    expect(page.status).toBe(403);
    expect(notice(page.html)).toBe(format(m.levelGap.asksLevel, { app: 'High app', level: 'HIGH' }));
    expect(textOf(page.html)).toContain(format(m.levelGap.highKeyBody, { app: 'High app' }));
    expect(page.html).toContain('href="/account/security-keys"');
    expect(page.html).not.toContain('action="/login/step-up"');
    expect(page.html).not.toContain('href="/account/devices/new"');
    expect(page.html).toContain(`href="${HIGH}"`);
    expect(browser.cookie(COOKIES.login)).toBeUndefined();
  });
});

describe('levels without a dead end: the attacker who has the password', () => {
  it('on an account with a device: no MEDIUM without the phone, no device enrolled through this path', async () => {
    await enrol();
    const attacker = portal.browser('en');
    const page = await signInFor(attacker, MEDIUM);
    expect(page.html).not.toContain('href="/account/devices/new"');
    expect((await attacker.get('/account/devices/new')).status).toBe(403);
    expect(
      (await attacker.post('/account/devices/new', { name: 'Evil', pin: '1234', pinConfirm: '1234' })).status,
    ).toBe(403);
    // The step-up only asks the owner's phone; without its approval, no ticket.
    expect((await attacker.post('/login/step-up')).location).toBe('/login/app');
    const waiting = await attacker.post('/login/app');
    expect(waiting.location).toBeUndefined();
    const [request] = await phone.pending();
    await phone.deny(request!.challengeId);
    const refused = await attacker.post('/login/app');
    expect(refused.status).toBe(403);
    expect(refused.location).toBeUndefined();
    expect(await portal.durable.devices.listByUser(user.id)).toHaveLength(1);
  });

  it('a navigation from another site does not send a push; the page offers the button instead', async () => {
    await enrol();
    const browser = portal.browser('en');
    await signInFor(browser, MEDIUM);
    const page = await browser.get('/login/step-up', { 'sec-fetch-site': 'cross-site' });
    expect(page.status).toBe(403);
    expect(page.html).toContain('action="/login/step-up"');
    expect(await phone.pending()).toHaveLength(0);
    // Without the CSRF token, the button's POST does nothing either.
    expect((await browser.post('/login/step-up', {}, { csrf: null })).status).toBe(403);
    expect(await phone.pending()).toHaveLength(0);
  });

  it('"Continue with the authenticator app" on an account that has none: its code never reaches the application', async () => {
    const browser = portal.browser('en');
    await enrol();
    await signInFor(browser, MEDIUM);
    const go = await browser.post('/login/step-up', { method: 'PASSWORD_TOTP' });
    // Nothing to ask a code of: what the level page's button does — the push, which the phone
    // must still approve — no code challenge, no ticket.
    expect(go.location).toBe('/login/app');
    expect((await browser.post('/login/totp', { code: '123456' })).location ?? '').not.toMatch(/ticket=/);
  });

  it('a session that never proved the password (a passkey): the step-up goes through the password, never the push alone (docs/adr/0064 §1)', async () => {
    await enrol();
    // A passkey session (made directly), for an application that takes only the app after the
    // password: a push alone would give PASSWORD_MOBILE_APP, a password nobody typed.
    const passkey = await portal.services.sessions.create(user.id, ['WEBAUTHN_PASSKEY'], portal.clock.now());
    const browser = portal.browser('en');
    await browser.get('/login');
    browser.setCookie(COOKIES.session, passkey.id);
    const level = await browser.get(`/cas/login?service=${encodeURIComponent('https://app-only.example.org/')}`);
    expect(level.status).toBe(403);
    expect(textOf(level.html)).toContain(en.levelGap.confirmBody);
    for (const step of [await browser.post('/login/step-up'), await browser.get('/login/step-up', sameOrigin)]) {
      expect(step.location).toBe('/login/password?method=PASSWORD_MOBILE_APP');
    }
    expect(await phone.pending()).toHaveLength(0);
  });

  it('the kept sign-in is bound to its user: another account in its browser cannot resume it', async () => {
    const browser = portal.browser('en');
    await signInFor(browser, MEDIUM);
    const kept = browser.cookie(COOKIES.login)!;
    const other = await portal.createUser({ email: 'paul.martin@example.org', password: 'un autre mot de passe long' });
    const intruder = portal.browser('en');
    await intruder.get('/login');
    await intruder.post('/login', { email: other.email });
    await intruder.post('/login/password', { password: 'un autre mot de passe long', method: 'PASSWORD' });
    intruder.setCookie(COOKIES.login, kept);
    expect((await intruder.get('/login/step-up', sameOrigin)).location).toBe('/account');
    expect((await intruder.post('/login/step-up')).location).toBe('/account');
  });

  it('the continuation is the login transaction only: a return address in the URL is ignored', async () => {
    await enrol();
    const browser = portal.browser('en');
    await signInFor(browser, MEDIUM);
    const sent = await browser.post('/login/step-up?return_to=https://evil.example/&service=https://evil.example/');
    expect(sent.location).toBe('/login/app');
    const back = await approveOnPhone(browser);
    expect(back.location).toMatch(/^https:\/\/medium\.example\.org\/\?ticket=ST-/);
  });
});
