import { type EphemeralStore, SesameError } from '@sesame/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Browser,
  createTestPortal,
  errorSummary,
  signIn,
  type TestPortal,
  type TestPortalOptions,
  textOf,
} from '../../test/test-portal';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * SMS toll fraud ("SMS pumping", docs/adr/0059) through the pages, with the dev outbox as the
 * gateway: a number outside `sms.allowedCountryCodes` is refused before anything is sent, in the
 * user's language, with the accepted countries and the other ways; the account's day of
 * confirmation texts; the deployment's hourly ceiling at sign-in (the password page again, the
 * other methods offered, no session, the operators' metric); a store that does not answer is a
 * 503 and nothing is sent.
 */
const PASSWORD = 'correct horse battery staple';
const PHONE = '+33612345678';
const TOKEN = 'metrics-token-for-the-sms-pumping-tests-0123456789';

let portal: TestPortal;
afterEach(() => portal?.close());

async function start(config: Record<string, unknown> = {}, options: Omit<TestPortalOptions, 'config'> = {}) {
  portal = await createTestPortal({
    config: { 'sms.provider': 'outbox', 'metrics.token': TOKEN, ...config },
    ...options,
  });
  return portal;
}

async function account(email: string, lang = 'en'): Promise<Browser> {
  await portal.createUser({ email, password: PASSWORD });
  const browser = portal.browser(lang);
  expect((await signIn(browser, email, PASSWORD)).location).toBe('/account');
  return browser;
}

const texts = async () => (await portal.durable.outbox.list(500)).filter((mail) => mail.subject.startsWith('SMS '));

/** The code of the last text to `to`, read from the dev outbox. */
async function lastCode(to = PHONE): Promise<string> {
  const [last] = (await texts()).filter((mail) => mail.to === to);
  return /[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}/.exec(last?.text ?? '')?.[0] ?? '';
}

/** The page's one general error (the error summary's first line). */
const notice = (html: string) => errorSummary(html)[0] ?? '';

async function metric(line: string): Promise<number> {
  const scrape = await portal.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
  const found = scrape.body.split('\n').find((l) => l.startsWith(line));
  return found ? Number(found.slice(line.length).trim()) : 0;
}

describe('a number outside sms.allowedCountryCodes (default: the EU and EEA)', () => {
  it('is refused in French with the accepted countries and the other ways; nothing is sent (400)', async () => {
    await start();
    const browser = await account('marie.curie@example.eu', 'fr');
    const page = await browser.post('/account/phone-numbers/new', { phone: '+44 7700 900123' });
    expect(page.status).toBe(400);
    const said = notice(page.html);
    expect(said).toContain('Sésame n’envoie pas de SMS à ce numéro.');
    expect(said).toContain('France (+33)');
    expect(said).toContain('Irlande (+353)');
    expect(said).toContain('La Réunion / Mayotte (+262)');
    expect(said).toContain('l’application Sésame');
    expect(said).not.toContain('Royaume-Uni');
    // The number typed is kept in the form, to correct it.
    expect(page.html).toContain('value="+44 7700 900123"');
    expect(await texts()).toHaveLength(0);
  });

  it('is refused in English with the configured list, in alphabetical order', async () => {
    await start({ 'sms.allowedCountryCodes': ['33', '32', '352'] });
    const browser = await account('marie.curie@example.eu');
    const page = await browser.post('/account/phone-numbers/new', { phone: '+49 151 23456789' });
    expect(page.status).toBe(400);
    expect(notice(page.html)).toBe(
      en.errors.SMS_COUNTRY_NOT_ACCEPTED.replace('{countries}', 'Belgium (+32), France (+33) and Luxembourg (+352)'),
    );
    expect(await texts()).toHaveLength(0);
    expect(await metric('sesame_sms_refused_total{purpose="enrolment",limit="country"}')).toBe(1);
    // A number of a listed country is texted.
    expect((await browser.post('/account/phone-numbers/new', { phone: '+352 621 123 456' })).status).toBe(200);
    expect(await texts()).toHaveLength(1);
    expect(await metric('sesame_sms_texts_total{purpose="enrolment",result="sent"}')).toBe(1);
  });
});

describe("caps across accounts (sms.maxPerNumberPerDay, sms.maxPerHour) and the account's day", () => {
  it('an account gets 10 confirmation texts a day beyond its 5 per window; the 11th is a 429 saying what else to use', async () => {
    await start();
    const browser = await account('mallory@example.eu', 'fr');
    for (let i = 0; i < 10; i++) {
      if (i === 5) portal.clock.advanceMinutes(portal.config.devices.blockMinutes + 1);
      const sent = await browser.post('/account/phone-numbers/new', { phone: `+33 6 12 34 56 ${10 + i}` });
      expect(sent.status, `text ${i + 1}`).toBe(200);
    }
    portal.clock.advanceMinutes(portal.config.devices.blockMinutes + 1);
    const refused = await browser.post('/account/phone-numbers/new', { phone: '+33 6 12 34 56 99' });
    expect(refused.status).toBe(429);
    expect(notice(refused.html)).toBe(fr.errors.SMS_LIMIT_REACHED);
    expect(await texts()).toHaveLength(10);
    expect(await metric('sesame_sms_refused_total{purpose="enrolment",limit="account"}')).toBe(1);
    // The next day, again (signed in again: the session did not last the day).
    portal.clock.advance(24 * 3_600_000);
    const tomorrow = portal.browser('fr');
    await signIn(tomorrow, 'mallory@example.eu', PASSWORD);
    expect((await tomorrow.post('/account/phone-numbers/new', { phone: '+33 6 12 34 56 99' })).status).toBe(200);
  });

  it('the hourly ceiling at sign-in: the password page again with the other methods, no session, nothing sent; the metric grows', async () => {
    // 3 an hour: the confirmation takes one (of its half), the first sign-in one, the second one.
    await start({ 'sms.maxPerHour': 3 });
    const owner = await account('marie.curie@example.eu');
    const sent = await owner.post('/account/phone-numbers/new', { phone: PHONE });
    const enrolment = /name="enrolment" value="([^"]+)"/.exec(sent.html)?.[1] ?? '';
    const added = await owner.post('/account/phone-numbers/confirm', { enrolment, code: await lastCode() });
    expect(added.status).toBe(303);

    const smsSignIn = async () => {
      portal.clock.advance(31_000);
      const browser = portal.browser('en');
      await browser.get('/login');
      await browser.post('/login', { email: 'marie.curie@example.eu' });
      return { browser, page: await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_SMS' }) };
    };
    const first = await smsSignIn();
    expect(first.page.location).toBe('/login/sms');
    expect((await smsSignIn()).page.location).toBe('/login/sms');
    expect(await texts()).toHaveLength(3);
    // "Send a new code" at the ceiling: a 429 page that says so, not a 500; nothing sent.
    portal.clock.advance(31_000);
    const again = await first.browser.post('/login/sms/new', {});
    expect(again.status).toBe(429);
    expect(textOf(again.html)).toContain(en.errors.SMS_LIMIT_REACHED);

    const { browser, page } = await smsSignIn();
    expect(page.status).toBe(429);
    expect(notice(page.html)).toBe(en.errors.SMS_LIMIT_REACHED);
    // Pointed to another way: the password page's chooser is there; no bypass of the factor.
    expect(textOf(page.html)).toContain(en.signIn.methodPassword);
    expect(browser.session).toBeUndefined();
    expect(await texts()).toHaveLength(3);
    expect(await metric('sesame_sms_refused_total{purpose="sign-in",limit="deployment"}')).toBe(2);
    expect(await metric('sesame_sms_texts_total{purpose="sign-in",result="sent"}')).toBe(2);
    // The next hour, texts again.
    portal.clock.advance(3_600_000);
    expect((await smsSignIn()).page.location).toBe('/login/sms');
  });
});

describe('the ephemeral store does not answer', () => {
  it('adding a number and signing in by SMS are 503, and nothing is sent', async () => {
    let down = false;
    await start(
      {},
      {
        wrapEphemeral: (store): EphemeralStore => ({
          ...store,
          // Only the gate's counters fail: the rest of the request (session, sign-in) answers.
          increment: (key, ttl, options) =>
            down && key.startsWith('sms-cap:')
              ? Promise.reject(new SesameError('STORE_UNAVAILABLE'))
              : store.increment(key, ttl, options),
        }),
      },
    );
    const owner = await account('marie.curie@example.eu');
    down = true;
    const refused = await owner.post('/account/phone-numbers/new', { phone: '+33 6 98 76 54 32' });
    expect(refused.status).toBe(503);
    expect(textOf(refused.html)).toContain(en.errors.STORE_UNAVAILABLE);
    expect(await texts()).toHaveLength(0);

    // A number added while the store answers; then, down again, the sign-in by SMS.
    down = false;
    const sent = await owner.post('/account/phone-numbers/new', { phone: PHONE });
    const enrolment = /name="enrolment" value="([^"]+)"/.exec(sent.html)?.[1] ?? '';
    expect((await owner.post('/account/phone-numbers/confirm', { enrolment, code: await lastCode() })).status).toBe(
      303,
    );
    down = true;
    portal.clock.advance(31_000);
    const browser = portal.browser('en');
    await browser.get('/login');
    await browser.post('/login', { email: 'marie.curie@example.eu' });
    const page = await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_SMS' });
    expect(page.status).toBe(503);
    expect(browser.session).toBeUndefined();
    expect(await texts()).toHaveLength(1);
  });
});
