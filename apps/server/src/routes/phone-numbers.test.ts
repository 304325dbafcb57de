import type { UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrolTotp } from '../../test/credentials-kit';
import { createTestPortal, type Browser, fieldError, signIn, type TestPortal, textOf } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

/**
 * SMS, on its way out (issue 13 point 4; docs/adr/0030), through the pages with the dev outbox as
 * the gateway: "Manage my mobile phone numbers" (add, confirm with the texted code, delete with a
 * second factor), the sign-in by SMS to a CAS application, the page after it before the sunset,
 * SMS refused after the sunset and by an application whose policy refuses it — and the attacker's
 * cases: a code used twice, guessing, a forced POST of SMS where it is not offered.
 */
const EMAIL = 'marie.curie@example.eu';
const PASSWORD = 'correct horse battery staple';
const PHONE = '+33612345678';
const TRACES = 'https://traces.example.eu/cas';
const NO_SMS = 'https://nosms.example.eu/cas';
const MEDIUM = 'https://medium.example.eu/cas';
const DAY = 86_400_000;

let portal: TestPortal;
let user: UserRecord;
let sunset: Date;

beforeEach(async () => {
  sunset = new Date(Date.now() + 7 * DAY);
  portal = await createTestPortal({
    config: { 'sms.provider': 'outbox', 'sms.sunset': sunset.toISOString() },
    relyingApps: [
      {
        id: 'traces',
        name: 'TRACES NT (démo)',
        attributes: ['email'],
        cas: { services: ['https://traces.example.eu/*'], flavour: 'eulogin', singleLogout: false },
      },
      {
        id: 'medium',
        name: 'Medium (démo)',
        policy: { minimumLevel: 'MEDIUM' },
        cas: { services: ['https://medium.example.eu/*'], flavour: 'eulogin', singleLogout: false },
      },
      {
        id: 'nosms',
        name: 'No SMS (démo)',
        policy: { minimumLevel: 'MEDIUM', refuseSms: true },
        cas: { services: ['https://nosms.example.eu/*'], flavour: 'eulogin', singleLogout: false },
      },
    ],
  });
  user = await portal.createUser({ id: 'n0025vuz', email: EMAIL, password: PASSWORD });
});
afterEach(() => portal.close());

/** The code of the last text sent to `to`, read from the dev outbox as a tester would. */
async function lastCode(to = PHONE): Promise<string> {
  const texts = (await portal.durable.outbox.list(50)).filter((mail) => mail.to === to);
  const code = /[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}/.exec(texts[0]?.text ?? '')?.[0];
  expect(code).toBeDefined();
  return code!;
}

async function signedIn(lang = 'en'): Promise<Browser> {
  const browser = portal.browser(lang);
  expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  return browser;
}

/** Adds PHONE with a password-only session (the account's first factor). */
async function addNumber(browser: Browser) {
  const sent = await browser.post('/account/phone-numbers/new', { phone: '+33 6 12 34 56 78' });
  expect(sent.status).toBe(200);
  const enrolment = /name="enrolment" value="([^"]+)"/.exec(sent.html)?.[1] ?? '';
  const done = await browser.post('/account/phone-numbers/confirm', { enrolment, code: await lastCode() });
  expect(done.location).toMatch(/^\/account\/phone-numbers\?added=/);
  return { enrolment, done };
}

/** From `start`, the e-mail, then the password with "Mobile phone + SMS". */
async function smsStep(browser: Browser, start = '/login') {
  await browser.get(start);
  await browser.post('/login', { email: EMAIL });
  return browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_SMS' });
}

describe('"Manage my mobile phone numbers"', () => {
  it('adds a number confirmed by the texted code, lists it, says when SMS stops (FR)', async () => {
    const browser = await signedIn('fr');
    const account = await browser.get('/account');
    expect(account.html).toContain('href="/account/phone-numbers"');
    const { done } = await addNumber(browser);
    const list = await browser.follow(done);
    expect(textOf(list.html)).toContain(format(fr.phoneNumbers.addedNotice, { name: PHONE }));
    expect(list.html).toContain('data-testid="phone-numbers"');
    expect(list.html).toContain('href="/account/devices/new"');
    const [stored] = await portal.durable.credentials.listByUser(user.id, 'sms');
    expect(stored).toMatchObject({ externalId: PHONE, status: 'active' });
    expect((await portal.durable.users.findById(user.id))?.secondFactorSince).not.toBeNull();
  });

  it("a malformed number is a 400 in the user's language with an example; nothing is sent", async () => {
    const browser = await signedIn('fr');
    const page = await browser.post('/account/phone-numbers/new', { phone: '06.12.34.56.78' });
    expect(page.status).toBe(400);
    expect(fieldError(page.html, 'phone')).toBe(fr.devices.fieldReasons.phone.malformed);
    expect(await portal.durable.outbox.list(10)).toHaveLength(0);
  });

  it('a wrong code is 401 on the same page; the code cannot be reused for a second confirmation', async () => {
    const browser = await signedIn();
    const sent = await browser.post('/account/phone-numbers/new', { phone: PHONE });
    const enrolment = /name="enrolment" value="([^"]+)"/.exec(sent.html)?.[1] ?? '';
    const wrong = await browser.post('/account/phone-numbers/confirm', { enrolment, code: 'AAA-AAA-AAA' });
    expect(wrong.status).toBe(401);
    expect(fieldError(wrong.html, 'code')).toBe(en.phoneNumbers.wrongCode);
    const code = await lastCode();
    expect((await browser.post('/account/phone-numbers/confirm', { enrolment, code })).status).toBe(303);
    const again = await browser.post('/account/phone-numbers/confirm', { enrolment, code });
    expect(again.status).toBe(410);
    expect(textOf(again.html)).toContain(en.phoneNumbers.over);
    expect(await portal.durable.credentials.listByUser(user.id, 'sms')).toHaveLength(1);
  });

  it('deleting needs a second factor once the account has one (SEC-27)', async () => {
    const browser = await signedIn();
    await addNumber(browser);
    const [stored] = await portal.durable.credentials.listByUser(user.id, 'sms');
    const later = await signedIn();
    const refused = await later.post(`/account/phone-numbers/${stored!.id}/delete`, {});
    expect(refused.status).toBe(403);
    expect(await portal.durable.credentials.listByUser(user.id, 'sms')).toHaveLength(1);
  });

  it('the owner is mailed of an added and of a deleted number, in their language (SEC-27)', async () => {
    const browser = await signedIn('fr');
    await addNumber(browser);
    expect(portal.mailer.last('phone-number-changed')).toMatchObject({
      to: EMAIL,
      params: { name: PHONE, change: 'added' },
    });
    // Deleting needs the second factor: a sign-in by SMS, then "Later" on the sunset page.
    portal.clock.advance(31_000);
    const withSms = portal.browser('fr');
    await smsStep(withSms);
    const verified = await withSms.post('/login/sms', { code: await lastCode() });
    expect((await withSms.post(verified.location!, {})).location).toBe('/account');
    const [stored] = await portal.durable.credentials.listByUser(user.id, 'sms');
    const confirm = await withSms.get(`/account/phone-numbers/${stored!.id}/delete`);
    expect(textOf(confirm.html)).toContain(format(fr.phoneNumbers.deleteBody, { name: stored!.name }));
    const deleted = await withSms.post(`/account/phone-numbers/${stored!.id}/delete`, {});
    expect(deleted.location).toBe('/account/phone-numbers?deleted=1');
    expect(textOf((await withSms.follow(deleted)).html)).toContain(fr.phoneNumbers.deletedNotice);
    expect(portal.mailer.last('phone-number-changed').params).toMatchObject({ change: 'deleted' });
    expect(await portal.durable.credentials.listByUser(user.id, 'sms')).toHaveLength(0);
  });
});

describe('sign-in by "Mobile phone + SMS"', () => {
  it('reaches a CAS application with PASSWORD_SMS, after the page that says when SMS stops; "Later" goes on', async () => {
    await addNumber(await signedIn());
    const browser = portal.browser('en');
    const start = await browser.get(`/cas/login?service=${encodeURIComponent(TRACES)}`);
    await browser.get(start.location!);
    await browser.post('/login', { email: EMAIL });
    expect(textOf((await browser.get('/login/password')).html)).toContain(en.signIn.methodSms);
    const step = await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_SMS' });
    expect(step.location).toBe('/login/sms');
    const page = await browser.get('/login/sms');
    expect(textOf(page.html)).toContain('+33 •••••••78');
    const verified = await browser.post('/login/sms', { code: (await lastCode()).toLowerCase() });
    expect(verified.location).toMatch(/^\/login\/sms-sunset\?next=/);
    // The single-use pass of "Later": a __Host- cookie, Secure, HttpOnly, Path=/, SameSite=Lax.
    expect(verified.setCookies.find((c) => c.name === COOKIES.smsSunset)).toMatchObject({
      secure: true,
      httpOnly: true,
      path: '/',
      sameSite: 'Lax',
    });
    const sunsetPage = await browser.follow(verified);
    expect(sunsetPage.status).toBe(200);
    expect(textOf(sunsetPage.html)).toContain(en.signInSms.sunsetTitle);
    expect(sunsetPage.html).toContain('href="/account/devices/new"');
    const later = await browser.post(verified.location!, {});
    expect(later.location).toMatch(/^https:\/\/traces\.example\.eu\/cas\?ticket=ST-/);
    const ticket = new URL(later.location!).searchParams.get('ticket')!;
    const validated = await portal.app.inject({
      method: 'GET',
      url: `/cas/serviceValidate?service=${encodeURIComponent(TRACES)}&ticket=${ticket}`,
    });
    expect(validated.body).toContain('<cas:strength>PASSWORD_SMS</cas:strength>');
    expect(browser.cookie(COOKIES.method)).toBe('PASSWORD_SMS');
  });

  it('attacker: the same code twice — the second sign-in is refused', async () => {
    await addNumber(await signedIn());
    const first = portal.browser('en');
    await smsStep(first);
    const code = await lastCode();
    expect((await first.post('/login/sms', { code })).location).toMatch(/^\/login\/sms-sunset/);
    portal.clock.advance(31_000);
    const second = portal.browser('en');
    await smsStep(second);
    const replay = await second.post('/login/sms', { code });
    expect(replay.status).toBe(401);
    expect(fieldError(replay.html, 'code')).toBe(en.signInSms.wrongCode);
  });

  it('attacker: guessing — four wrong codes refused, the fifth blocks; the right code then opens nothing', async () => {
    await addNumber(await signedIn());
    const browser = portal.browser('en');
    await smsStep(browser);
    const right = await lastCode();
    for (let i = 0; i < 4; i++) expect((await browser.post('/login/sms', { code: 'AAA-AAA-AAA' })).status).toBe(401);
    expect((await browser.post('/login/sms', { code: 'AAA-AAA-AAA' })).status).toBe(403);
    const after = await browser.post('/login/sms', { code: right });
    // The challenge is over: back to the password step, no session.
    expect(after.location).toBe('/login/password');
    expect(browser.cookie(COOKIES.session)).toBeUndefined();
  });

  it('an application whose policy refuses SMS never offers it; a forced POST is refused before the password is checked', async () => {
    await addNumber(await signedIn());
    const browser = portal.browser('fr');
    const start = await browser.get(`/cas/login?service=${encodeURIComponent(NO_SMS)}`);
    await browser.get(start.location!);
    await browser.post('/login', { email: EMAIL });
    const page = await browser.get('/login/password');
    expect(textOf(page.html)).not.toContain(fr.signIn.methodSms);
    const sentBefore = (await portal.durable.outbox.list(50)).length;
    const forced = await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_SMS' });
    expect(forced.status).toBe(403);
    expect(textOf(forced.html)).toContain(fr.errors.SMS_RETIRED);
    expect((await portal.durable.outbox.list(50)).length).toBe(sentBefore);
    expect(browser.cookie(COOKIES.session)).toBeUndefined();
  });

  it('after the sunset: not in the chooser, a forced POST refused with the way to the app, the number page says so', async () => {
    await addNumber(await signedIn());
    portal.clock.advance(8 * DAY);
    const browser = portal.browser('en');
    await browser.get('/login');
    await browser.post('/login', { email: EMAIL });
    const page = await browser.get('/login/password');
    expect(textOf(page.html)).not.toContain(en.signIn.methodSms);
    const forced = await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_SMS' });
    expect(forced.status).toBe(403);
    expect(textOf(forced.html)).toContain(en.errors.SMS_RETIRED);
    expect(browser.cookie(COOKIES.session)).toBeUndefined();
  });

  it('attacker: "Later" without an SMS sign-in resumes nothing and claims nothing', async () => {
    const browser = await signedIn();
    const later = await browser.post('/login/sms-sunset?next=https://evil.example/', {});
    expect(later.location).toBe('/account');
  });
});

describe('the level page of an account whose only second factor is a phone number (docs/adr/0019, 0032 §1)', () => {
  it.each(['en', 'fr'] as const)(
    '%s: offers SMS, and the kept sign-in reaches the MEDIUM application with PASSWORD_SMS',
    async (lang) => {
      const m = lang === 'fr' ? fr : en;
      const browser = await signedIn(lang);
      await addNumber(browser);
      portal.clock.advance(31_000);
      const page = await browser.get(`/cas/login?service=${encodeURIComponent(MEDIUM)}`);
      expect(page.status).toBe(403);
      expect(textOf(page.html)).toContain(m.levelGap.smsBody);
      expect(textOf(page.html)).not.toContain(m.levelGap.lostBody);
      // Only the missing factor (docs/adr/0064 §1): the SMS of the kept sign-in, no password again.
      expect(page.html).toMatch(/action="\/login\/step-up"[^]*name="method" value="PASSWORD_SMS"/);
      const step = await browser.post('/login/step-up', { method: 'PASSWORD_SMS' });
      expect(step.location).toBe('/login/sms');
      const verified = await browser.post('/login/sms', { code: await lastCode() });
      expect(verified.location).toMatch(/^\/login\/sms-sunset\?next=/);
      const later = await browser.post(verified.location!, {});
      expect(later.location).toMatch(/^https:\/\/medium\.example\.eu\/cas\?ticket=ST-/);
      const ticket = new URL(later.location!).searchParams.get('ticket')!;
      const validated = await portal.app.inject({
        method: 'GET',
        url: `/cas/serviceValidate?service=${encodeURIComponent(MEDIUM)}&ticket=${ticket}`,
      });
      expect(validated.body).toContain('<cas:strength>PASSWORD_SMS</cas:strength>');
    },
  );

  it('says what the session was signed in with: the password alone, or SMS an application refuses (docs/adr/0034 §5)', async () => {
    // The password alone: said so, before "Confirm by SMS".
    const passwordOnly = await signedIn();
    await addNumber(passwordOnly);
    portal.clock.advance(31_000);
    const medium = await passwordOnly.get(`/cas/login?service=${encodeURIComponent(MEDIUM)}`);
    expect(textOf(medium.html)).toContain(`${en.levelGapOpening.passwordAlone} ${en.levelGap.smsBody}`);

    // Signed in by SMS, an authenticator app added, then the application that refuses SMS: the page
    // names SMS, not "your password alone", and offers the authenticator app.
    for (const lang of ['en', 'fr'] as const) {
      const m = lang === 'fr' ? fr : en;
      const browser = portal.browser(lang);
      expect((await smsStep(browser)).location).toBe('/login/sms');
      const verified = await browser.post('/login/sms', { code: await lastCode() });
      expect((await browser.post(verified.location!, {})).location).toBe('/account');
      if (lang === 'en') await enrolTotp(portal, browser);
      const refusing = await browser.get(`/cas/login?service=${encodeURIComponent(NO_SMS)}`);
      expect(refusing.status).toBe(403);
      const text = textOf(refusing.html);
      expect(text).toContain(
        `${format(m.levelGapOpening.otherFactor, { method: m.signIn.methodSms, app: 'No SMS (démo)' })} ${m.levelGap.codeBody}`,
      );
      expect(text).not.toContain(m.levelGapOpening.passwordAlone);
      portal.clock.advance(31_000);
    }
  });

  it('not for an application that refuses SMS, nor after the sunset: the lost-phone way instead', async () => {
    const browser = await signedIn();
    await addNumber(browser);
    const refusing = await browser.get(`/cas/login?service=${encodeURIComponent(NO_SMS)}`);
    expect(refusing.status).toBe(403);
    expect(textOf(refusing.html)).not.toContain(en.levelGap.smsBody);
    expect(textOf(refusing.html)).toContain(en.levelGap.lostBody);
    portal.clock.advance(8 * DAY);
    const late = await (await signedIn()).get(`/cas/login?service=${encodeURIComponent(MEDIUM)}`);
    expect(late.status).toBe(403);
    expect(textOf(late.html)).not.toContain(en.levelGap.smsBody);
    expect(textOf(late.html)).toContain(en.levelGap.lostBody);
  });
});
