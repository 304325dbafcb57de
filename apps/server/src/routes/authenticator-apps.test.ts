import type { UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrolTotp, type EnrolledTotp, totpCode } from '../../test/credentials-kit';
import { EMAIL, PASSWORD, passwordStep, startAppSignInKit, TRACES } from '../../test/app-sign-in-kit';
import { type Browser, fieldError, signIn, type TestPortal, textOf } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

/**
 * "Manage my authenticator apps" and the sign-in with their codes (issue 13 point 2; docs/adr/0027
 * §6; RFC 6238): enrolled through the pages with the key the page shows, confirmed by a first
 * code, then chosen in the chooser ("Code from an authenticator app") — a replayed step refused
 * (SEC-19), five wrong codes block, deleting needs a second factor (SEC-27).
 */
let portal: TestPortal;
let user: UserRecord;

beforeEach(async () => {
  ({ portal, user } = await startAppSignInKit());
});
afterEach(() => portal.close());

/** A browser signed in with the password alone. */
async function signedIn(lang = 'en'): Promise<Browser> {
  const browser = portal.browser(lang);
  expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  return browser;
}

/** An authenticator app enrolled by a password-only session (the account's first factor). */
async function enrolled(): Promise<EnrolledTotp> {
  return enrolTotp(portal, await signedIn());
}

async function totpStep(browser: Browser, start = '/login') {
  const step = await passwordStep(browser, start, 'PASSWORD_TOTP');
  expect(step.location).toBe('/login/totp');
  return browser.get('/login/totp');
}

describe('"Manage my authenticator apps"', () => {
  it('lists the app added with a first right code, names it in the notice, marks the account as having a second factor', async () => {
    const browser = await signedIn('fr');
    const { credentialId } = await enrolTotp(portal, browser, 'Aegis sur mon téléphone');
    const list = await browser.get(`/account/authenticator-apps?added=${credentialId}`);
    expect(list.status).toBe(200);
    expect(textOf(list.html)).toContain(format(fr.authenticatorApps.addedNotice, { name: 'Aegis sur mon téléphone' }));
    expect(list.html).toContain('data-testid="authenticator-apps"');
    expect((await portal.durable.users.findById(user.id))?.secondFactorSince).not.toBeNull();
    expect(portal.mailer.last('authenticator-app-changed').params).toMatchObject({
      name: 'Aegis sur mon téléphone',
      change: 'added',
    });
    // The first factor is there and no codes yet: recovery codes are offered.
    expect(list.html).toContain('data-testid="recovery-codes-offer"');
  });

  it('a wrong first code shows the same key again with the error, 401; the right one then confirms', async () => {
    const browser = await signedIn();
    const qr = await browser.post('/account/authenticator-apps/new', { name: 'Aegis' });
    const secret = /data-testid="totp-secret"[^>]*>([^<]+)</.exec(qr.html)?.[1];
    const credential = /name="credential" value="([^"]+)"/.exec(qr.html)?.[1] ?? '';
    const wrong = await browser.post('/account/authenticator-apps/confirm', { credential, code: '000000' });
    expect(wrong.status).toBe(401);
    expect(fieldError(wrong.html, 'code')).toBe(en.authenticatorApps.wrongCode);
    expect(/data-testid="totp-secret"[^>]*>([^<]+)</.exec(wrong.html)?.[1]).toBe(secret);
    expect(await portal.durable.credentials.findById(credential)).toMatchObject({ status: 'pending' });
  });

  it('renames an app without a second factor', async () => {
    const browser = await signedIn();
    const { credentialId } = await enrolTotp(portal, browser);
    const renamed = await browser.post(`/account/authenticator-apps/${credentialId}/rename`, { name: 'FreeOTP' });
    expect(renamed.location).toBe(`/account/authenticator-apps?renamed=${credentialId}`);
    expect(textOf((await browser.follow(renamed)).html)).toContain(
      format(en.authenticatorApps.renamedNotice, { name: 'FreeOTP' }),
    );
  });
});

describe('sign-in with "Code from an authenticator app"', () => {
  it('reaches a CAS application with PASSWORD_TOTP through the chooser', async () => {
    const { seed } = await enrolled();
    portal.clock.advance(30_000); // the enrolment used this step's code
    const browser = portal.browser('fr');
    const start = await browser.get(`/cas/login?service=${encodeURIComponent(TRACES)}`);
    const page = await totpStep(browser, start.location!);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(fr.signInCode.totpTitle);
    const back = await browser.post('/login/totp', { code: await totpCode(portal, seed) });
    expect(back.location).toMatch(/^https:\/\/traces\.example\.eu\/cas\?ticket=ST-/);
    const ticket = new URL(back.location!).searchParams.get('ticket')!;
    const validated = await portal.app.inject({
      method: 'GET',
      url: `/cas/serviceValidate?service=${encodeURIComponent(TRACES)}&ticket=${ticket}`,
    });
    expect(validated.body).toContain('<cas:strength>PASSWORD_TOTP</cas:strength>');
    expect(browser.cookie(COOKIES.method)).toBe('PASSWORD_TOTP');
  });

  it('a replayed code is refused with its message (SEC-19), and the history says why', async () => {
    const { seed } = await enrolled();
    portal.clock.advance(30_000);
    const code = await totpCode(portal, seed);
    const first = portal.browser('en');
    await totpStep(first);
    expect((await first.post('/login/totp', { code })).location).toBe('/account');
    const second = portal.browser('en');
    await totpStep(second);
    const replay = await second.post('/login/totp', { code });
    expect(replay.status).toBe(401);
    expect(fieldError(replay.html, 'code')).toBe(en.signInCode.totpWrong);
    const events = await portal.durable.audit.list({ userId: user.id, limit: 5 });
    expect(events.find((e) => e.type === 'sign_in.failed')?.details).toMatchObject({ reason: 'totp_replayed' });
    // SEC-19: the owner is told.
    expect(portal.mailer.last('authenticator-code-replayed').to).toBe(EMAIL);
  });

  it('blocks after five wrong codes (403 with the end of the block), then refuses even a right one (429)', async () => {
    const { seed } = await enrolled();
    portal.clock.advance(30_000);
    const browser = portal.browser('en');
    await totpStep(browser);
    for (let i = 1; i <= 4; i++) expect((await browser.post('/login/totp', { code: '000000' })).status).toBe(401);
    const blocked = await browser.post('/login/totp', { code: '000000' });
    expect(blocked.status).toBe(403);
    // The end of the block, to the minute (blockEnd), after the catalogue's words.
    expect(fieldError(blocked.html, 'code')?.startsWith(en.signInCode.blocked.split('{time}')[0]!)).toBe(true);
    const again = portal.browser('en');
    await totpStep(again);
    const refused = await again.post('/login/totp', { code: await totpCode(portal, seed) });
    expect(refused.status).toBe(429);
  });

  it('a malformed code is 400 on the field and not counted', async () => {
    await enrolled();
    const browser = portal.browser('en');
    await totpStep(browser);
    expect((await browser.post('/login/totp', { code: 'abc' })).status).toBe(400);
  });
});

describe('deleting an authenticator app', () => {
  it('needs a second factor: a password-only session gets the re-authentication page, a TOTP one deletes', async () => {
    const { credentialId, seed } = await enrolled();
    const passwordOnly = await signedIn();
    const asked = await passwordOnly.get(`/account/authenticator-apps/${credentialId}/delete`);
    expect(asked.status).toBe(403);
    expect(asked.html).toContain(
      `/login?reauth=1&amp;return_to=${encodeURIComponent(`/account/authenticator-apps/${credentialId}/delete`)}`,
    );
    expect((await passwordOnly.post(`/account/authenticator-apps/${credentialId}/delete`)).status).toBe(403);
    expect(await portal.durable.credentials.findById(credentialId)).not.toBeNull();

    portal.clock.advance(30_000);
    const strong = portal.browser('en');
    await totpStep(strong);
    expect((await strong.post('/login/totp', { code: await totpCode(portal, seed) })).location).toBe('/account');
    expect((await strong.get(`/account/authenticator-apps/${credentialId}/delete`)).status).toBe(200);
    const deleted = await strong.post(`/account/authenticator-apps/${credentialId}/delete`);
    expect(deleted.location).toBe('/account/authenticator-apps?deleted=1');
    expect(await portal.durable.credentials.findById(credentialId)).toBeNull();
    expect(portal.mailer.last('authenticator-app-changed').params).toMatchObject({ change: 'deleted' });
  });
});

describe('the chooser, for an account without an authenticator app', () => {
  it('says so in words fit for authenticator apps, on the password step', async () => {
    const browser = portal.browser('en');
    const page = await passwordStep(browser, '/login', 'PASSWORD_TOTP');
    expect(page.status).toBe(409); // STATUS.NO_ACTIVE_DEVICE, as for the app
    expect(textOf(page.html)).toContain(en.signInCode.totpNone);
    expect(textOf(page.html)).not.toContain(en.errors.NO_ACTIVE_DEVICE);
  });
});

describe('an authenticator app that goes away while its code page is open', () => {
  it.each(['en', 'fr'] as const)(
    '%s: the code page says so in words fit for authenticator apps, never "no active mobile device", with a next step',
    async (lang) => {
      const m = lang === 'fr' ? fr : en;
      const { seed } = await enrolled();
      portal.clock.advance(30_000); // the enrolment used this step's code
      // An account with an authenticator app and no Sésame app, at its code page…
      const browser = portal.browser(lang);
      await totpStep(browser);
      // …whose app is deleted meanwhile (another session, the helpdesk).
      await portal.durable.credentials.deleteByUser(user.id, 'totp');
      const page = await browser.post('/login/totp', { code: await totpCode(portal, seed) });
      expect(page.status).toBe(409); // STATUS.NO_ACTIVE_DEVICE
      expect(page.location).toBeUndefined();
      const text = textOf(page.html);
      expect(text).toContain(m.signInCode.totpNone);
      expect(text).not.toContain(m.errors.NO_ACTIVE_DEVICE);
      // The next step the text names is on the page.
      expect(page.html).toContain('href="/login/choose"');
    },
  );
});
