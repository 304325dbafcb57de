import { intlTag } from '@sesame/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestPortal, type Browser, signIn, type TestPortal, textOf } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { dateTimeFormat } from '../i18n/date-time-format';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

/**
 * SMS's sunset per organisation (issue 13 point 4: "a sunset date from configuration, per
 * organisation if set"; docs/adr/0034 §1–2), through the pages: two departments of one ministry
 * with different dates. DDPP 35 sets its own date (3 days away), DDPP 29 none, so it goes by its
 * ministry's (DGAL, 10 days); the global date (30 days) is nobody's here. Before, between and after
 * the two dates: the page after an SMS sign-in and the phone-number page say each one's own
 * date, the start of an SMS sign-in and the level page ("Confirm by SMS") follow it.
 */
const PASSWORD = 'correct horse battery staple';
const MEDIUM = 'https://medium.example.eu/cas';
const DAY = 86_400_000;

const MARIE = { id: 'n0025vuz', email: 'marie.curie@example.eu', phone: '+33612345678', organisation: 'ddpp-35' };
const JEAN = { id: 'n0026jmb', email: 'jean.moulin@example.eu', phone: '+33698765432', organisation: 'ddpp-29' };
type Person = typeof MARIE;

let portal: TestPortal;
let ddpp35: Date;
let dgal: Date;

/** The date as the pages write it (views/pages/phone-numbers-page.tsx sunsetDate). */
const written = (date: Date, lang: 'en' | 'fr') =>
  dateTimeFormat(intlTag(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);

beforeEach(async () => {
  const now = Date.now();
  ddpp35 = new Date(now + 3 * DAY);
  dgal = new Date(now + 10 * DAY);
  portal = await createTestPortal({
    config: {
      'sms.provider': 'outbox',
      'sms.sunset': new Date(now + 30 * DAY).toISOString(),
      'sms.sunsetByOrganisation': { dgal: dgal.toISOString(), 'ddpp-35': ddpp35.toISOString() },
    },
    relyingApps: [
      {
        id: 'medium',
        name: 'Medium (démo)',
        policy: { minimumLevel: 'MEDIUM' },
        cas: { services: ['https://medium.example.eu/*'], flavour: 'eulogin', singleLogout: false },
      },
    ],
  });
  const organisations = portal.durable.organisations;
  const at = portal.clock.now();
  for (const [id, parentId] of [
    ['dgal', 'root'],
    ['draaf-bretagne', 'dgal'],
    ['ddpp-35', 'draaf-bretagne'],
    ['ddpp-29', 'draaf-bretagne'],
  ] as const) {
    expect(await organisations.create({ id, parentId, kind: 'ministry', name: id }, at)).toBe('created');
  }
  for (const person of [MARIE, JEAN]) {
    await portal.createUser({ id: person.id, email: person.email, password: PASSWORD });
    expect(await organisations.placeAccount(person.id, person.organisation)).toBe(true);
  }
});
afterEach(() => portal.close());

async function lastCode(to: string): Promise<string> {
  const texts = (await portal.durable.outbox.list(50)).filter((mail) => mail.to === to);
  return /[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}/.exec(texts[0]?.text ?? '')![0];
}

const textsTo = async (to: string) => (await portal.durable.outbox.list(100)).filter((m) => m.to === to).length;

/** The person's number, added with the password alone (the account's first factor); the list page. */
async function addNumber(person: Person, lang: 'en' | 'fr'): Promise<string> {
  const browser = portal.browser(lang);
  expect((await signIn(browser, person.email, PASSWORD)).location).toBe('/account');
  const sent = await browser.post('/account/phone-numbers/new', { phone: person.phone });
  const enrolment = /name="enrolment" value="([^"]+)"/.exec(sent.html)![1]!;
  const done = await browser.post('/account/phone-numbers/confirm', { enrolment, code: await lastCode(person.phone) });
  expect(done.location).toMatch(/^\/account\/phone-numbers\?added=/);
  return textOf((await browser.follow(done)).html);
}

/** The portal's sign-in by "Mobile phone + SMS": the password step's answer. */
async function smsStep(browser: Browser, person: Person) {
  await browser.get('/login');
  await browser.post('/login', { email: person.email });
  return browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_SMS' });
}

describe('SMS sunset per organisation (docs/adr/0034)', () => {
  it('each number page says its account’s own date: its organisation’s, else the nearest above (FR and EN)', async () => {
    const marie = await addNumber(MARIE, 'fr');
    expect(marie).toContain(format(fr.phoneNumbers.sunset, { date: written(ddpp35, 'fr') }));
    const jean = await addNumber(JEAN, 'en');
    expect(jean).toContain(format(en.phoneNumbers.sunset, { date: written(dgal, 'en') }));
  });

  it('before both dates: each SMS sign-in is followed by the page with its account’s own date', async () => {
    await addNumber(MARIE, 'en');
    await addNumber(JEAN, 'fr');
    portal.clock.advance(31_000);
    for (const [person, lang, date] of [
      [MARIE, 'en', ddpp35],
      [JEAN, 'fr', dgal],
    ] as const) {
      const browser = portal.browser(lang);
      expect((await smsStep(browser, person)).location).toBe('/login/sms');
      const verified = await browser.post('/login/sms', { code: await lastCode(person.phone) });
      expect(verified.location).toMatch(/^\/login\/sms-sunset\?next=/);
      const page = textOf((await browser.follow(verified)).html);
      const m = lang === 'fr' ? fr : en;
      expect(page).toContain(format(m.signInSms.sunsetBody, { date: written(date, lang) }));
    }
  });

  it('between the dates: DDPP 35 is refused SMS with the way to the app, nothing texted; DDPP 29 still signs in', async () => {
    await addNumber(MARIE, 'en');
    await addNumber(JEAN, 'en');
    portal.clock.advance(4 * DAY);

    // Before the password nobody is known: the chooser still lists SMS (some account may use it).
    const marie = portal.browser('en');
    await marie.get('/login');
    await marie.post('/login', { email: MARIE.email });
    expect(textOf((await marie.get('/login/password')).html)).toContain(en.signIn.methodSms);
    const sentBefore = await textsTo(MARIE.phone);
    const refused = await marie.post('/login/password', { password: PASSWORD, method: 'PASSWORD_SMS' });
    expect(refused.status).toBe(403);
    expect(textOf(refused.html)).toContain(en.errors.SMS_RETIRED);
    expect(await textsTo(MARIE.phone)).toBe(sentBefore);
    expect(marie.cookie(COOKIES.session)).toBeUndefined();

    const jean = portal.browser('en');
    expect((await smsStep(jean, JEAN)).location).toBe('/login/sms');
    const verified = await jean.post('/login/sms', { code: await lastCode(JEAN.phone) });
    expect(verified.location).toMatch(/^\/login\/sms-sunset\?next=/);
    const page = textOf((await jean.follow(verified)).html);
    expect(page).toContain(format(en.signInSms.sunsetBody, { date: written(dgal, 'en') }));
  });

  it('the level page offers "Confirm by SMS" by the account’s own date', async () => {
    await addNumber(MARIE, 'en');
    await addNumber(JEAN, 'en');
    portal.clock.advance(4 * DAY);
    const levelPage = async (person: Person) => {
      const browser = portal.browser('en');
      expect((await signIn(browser, person.email, PASSWORD)).location).toBe('/account');
      const page = await browser.get(`/cas/login?service=${encodeURIComponent(MEDIUM)}`);
      expect(page.status).toBe(403);
      return textOf(page.html);
    };
    const marie = await levelPage(MARIE);
    expect(marie).not.toContain(en.levelGap.smsBody);
    expect(marie).toContain(en.levelGap.lostBody);
    expect(await levelPage(JEAN)).toContain(en.levelGap.smsBody);
  });

  it('after both dates: DDPP 29 is refused too, and the password page no longer lists SMS once every date is past', async () => {
    await addNumber(JEAN, 'fr');
    portal.clock.advance(11 * DAY);
    const jean = portal.browser('fr');
    const refused = await smsStep(jean, JEAN);
    expect(refused.status).toBe(403);
    expect(textOf(refused.html)).toContain(fr.errors.SMS_RETIRED);
    // Still listed: the global date (30 days) is some account's (one of no organisation with a date).
    expect(textOf((await jean.get('/login/password')).html)).toContain(fr.signIn.methodSms);
    portal.clock.advance(20 * DAY);
    expect(textOf((await jean.get('/login/password')).html)).not.toContain(fr.signIn.methodSms);
  });
});
