import { afterEach, describe, expect, it } from 'vitest';
import { enrolTotp } from '../../test/credentials-kit';
import { createTestPortal, type Browser, signIn, type TestPortal, textOf } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

/**
 * The level page's "Confirm by SMS" without the password again (docs/adr/0064 §1), as its "Confirm
 * with my authenticator app / security key" (docs/adr/0054 §1): a POST to /login/step-up starts the
 * SMS of the kept sign-in, the session standing for the password — and every check of an SMS start
 * still holds (the resend gap, the SMS gate's caps, docs/adr/0059), each saying why on the level page
 * with nothing sent. Attacker's cases: a password-only browser guessing codes gets no ticket and is
 * blocked; a forged "Confirm by SMS" for an application that refuses SMS, or after the sunset, sends
 * nothing; the SMS never gives more than PASSWORD_SMS.
 */
const EMAIL = 'marie.curie@example.eu';
const PASSWORD = 'correct horse battery staple';
const PHONE = '+33612345678';
const MEDIUM = 'https://medium.example.eu/cas';
const NO_SMS = 'https://nosms.example.eu/cas';
const HIGH = 'https://high.example.eu/cas';
const CODES = 'https://codes.example.eu/cas';
const DAY = 86_400_000;

let portal: TestPortal;
afterEach(() => portal?.close());

async function start(config: Record<string, unknown> = {}) {
  portal = await createTestPortal({
    config: { 'sms.provider': 'outbox', 'sms.sunset': new Date(Date.now() + 7 * DAY).toISOString(), ...config },
    relyingApps: [
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
      {
        id: 'codes',
        name: 'No passkey (démo)',
        policy: { minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_MOBILE_APP', 'PASSWORD_SMS', 'PASSWORD_TOTP'] },
        cas: { services: ['https://codes.example.eu/*'], flavour: 'eulogin', singleLogout: false },
      },
      {
        id: 'high',
        name: 'High (démo)',
        policy: { minimumLevel: 'HIGH' },
        cas: { services: ['https://high.example.eu/*'], flavour: 'eulogin', singleLogout: false },
      },
    ],
  });
  await portal.createUser({ id: 'n0025vuz', email: EMAIL, password: PASSWORD });
}

const texts = async () => (await portal.durable.outbox.list(100)).filter((mail) => mail.to === PHONE);

async function lastCode(): Promise<string> {
  const code = /[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}/.exec((await texts())[0]?.text ?? '')?.[0];
  expect(code).toBeDefined();
  return code!;
}

/** A browser signed in with the password alone, the account's one number added and confirmed. */
async function withNumber(lang = 'en'): Promise<Browser> {
  const browser = portal.browser(lang);
  expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  const sent = await browser.post('/account/phone-numbers/new', { phone: PHONE });
  const enrolment = /name="enrolment" value="([^"]+)"/.exec(sent.html)?.[1] ?? '';
  const done = await browser.post('/account/phone-numbers/confirm', { enrolment, code: await lastCode() });
  expect(done.location).toMatch(/^\/account\/phone-numbers\?added=/);
  return browser;
}

async function strengthOf(location: string, service = MEDIUM): Promise<string> {
  const ticket = new URL(location).searchParams.get('ticket')!;
  const validated = await portal.app.inject({
    method: 'GET',
    url: `/cas/serviceValidate?service=${encodeURIComponent(service)}&ticket=${ticket}`,
  });
  expect(validated.body).toContain('<cas:authenticationSuccess>');
  return /<cas:strength>([^<]+)<\/cas:strength>/.exec(validated.body)?.[1] ?? '';
}

const levelPage = (browser: Browser, service = MEDIUM) =>
  browser.get(`/cas/login?service=${encodeURIComponent(service)}`);

describe('"Confirm by SMS" on the level page', () => {
  it.each(['en', 'fr'] as const)(
    '%s: a button posting to the step-up; the code alone, no password page; the application gets PASSWORD_SMS',
    async (lang) => {
      await start();
      const m = lang === 'fr' ? fr : en;
      const browser = await withNumber(lang);
      const page = await levelPage(browser);
      expect(page.status).toBe(403);
      expect(textOf(page.html)).toContain(m.levelGap.smsBody);
      expect(page.html).toMatch(/action="\/login\/step-up"[^]*name="method" value="PASSWORD_SMS"/);
      expect(page.html).not.toContain('/login/password?method=');
      const before = (await texts()).length;
      const step = await browser.post('/login/step-up', { method: 'PASSWORD_SMS' });
      expect(step.location).toBe('/login/sms');
      expect(await texts()).toHaveLength(before + 1);
      const codePage = await browser.get('/login/sms');
      expect(codePage.status).toBe(200);
      expect(codePage.html).not.toContain('type="password"');
      const verified = await browser.post('/login/sms', { code: await lastCode() });
      // SMS on its way out: the page that says so, then the application (docs/adr/0030).
      expect(verified.location).toMatch(/^\/login\/sms-sunset\?next=/);
      const later = await browser.post(verified.location!, {});
      expect(later.location).toMatch(/^https:\/\/medium\.example\.eu\/cas\?ticket=ST-/);
      expect(await strengthOf(later.location!)).toBe('PASSWORD_SMS');
    },
  );

  it('the resend gap: a second "Confirm by SMS" within 30 s is the level page again, 429, saying to wait; nothing sent; later it works', async () => {
    await start();
    const browser = await withNumber();
    await levelPage(browser);
    expect((await browser.post('/login/step-up', { method: 'PASSWORD_SMS' })).location).toBe('/login/sms');
    const sent = (await texts()).length;
    // Back to the application, the level page again, and once more "Confirm by SMS" at once.
    await levelPage(browser);
    const again = await browser.post('/login/step-up', { method: 'PASSWORD_SMS' });
    expect(again.status).toBe(429);
    expect(again.headers['retry-after']).toBe('30');
    const text = textOf(again.html);
    expect(text).toContain(en.stepUp.title);
    expect(text).toContain(format(en.errors.TOO_MANY_REQUESTS, { minutes: 1 }));
    expect(text).toContain(en.levelGap.smsBody);
    expect(await texts()).toHaveLength(sent);
    // The sign-in is kept again: past the gap, the same button sends the code.
    portal.clock.advance(31_000);
    const later = await browser.post('/login/step-up', { method: 'PASSWORD_SMS' });
    expect(later.location).toBe('/login/sms');
    expect(await texts()).toHaveLength(sent + 1);
  });

  it("the SMS gate's cap (sms.maxPerNumberPerDay): the level page again, 429, with the other ways; nothing sent, no session change", async () => {
    await start({ 'sms.maxPerNumberPerDay': 1 });
    const browser = await withNumber('fr');
    await levelPage(browser);
    expect((await browser.post('/login/step-up', { method: 'PASSWORD_SMS' })).location).toBe('/login/sms');
    const sent = (await texts()).length;
    const session = browser.cookie(COOKIES.session);
    portal.clock.advance(31_000);
    await levelPage(browser);
    const refused = await browser.post('/login/step-up', { method: 'PASSWORD_SMS' });
    expect(refused.status).toBe(429);
    expect(textOf(refused.html)).toContain(fr.errors.SMS_LIMIT_REACHED);
    expect(await texts()).toHaveLength(sent);
    expect(browser.cookie(COOKIES.session)).toBe(session);
  });

  it('attacker: the password alone, at the level page, guessing SMS codes: never the application, blocked after five', async () => {
    await start();
    await withNumber();
    portal.clock.advance(31_000);
    // Someone who knows only the password, in a browser of their own.
    const attacker = portal.browser('en');
    expect((await signIn(attacker, EMAIL, PASSWORD)).location).toBe('/account');
    expect((await levelPage(attacker)).status).toBe(403);
    expect((await attacker.post('/login/step-up', { method: 'PASSWORD_SMS' })).location).toBe('/login/sms');
    const answers = [];
    for (const code of ['AAA-AAA-AAA', 'BBB-BBB-BBB', 'CCC-CCC-CCC', 'DDD-DDD-DDD', 'EEE-EEE-EEE', 'FFF-FFF-FFF']) {
      answers.push(await attacker.post('/login/sms', { code }));
    }
    expect(answers.every((a) => !a.location?.includes('ticket='))).toBe(true);
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 403, 303]);
    // Blocked: even the right code, sent now, opens nothing.
    expect((await attacker.post('/login/sms', { code: await lastCode() })).location ?? '').not.toContain('ticket=');
  });

  it('attacker: a forged "Confirm by SMS" for an application that refuses SMS, or above SMS (HIGH), or after the sunset: nothing sent, no code page', async () => {
    await start();
    const browser = await withNumber();
    portal.clock.advance(31_000);
    const sent = (await texts()).length;
    for (const service of [NO_SMS, HIGH]) {
      expect((await levelPage(browser, service)).status).toBe(403);
      // No sign-in is kept for a level SMS does not reach: the step-up has nothing to resume.
      const forged = await browser.post('/login/step-up', { method: 'PASSWORD_SMS' });
      expect(forged.location).toBe('/account');
    }
    expect(await texts()).toHaveLength(sent);
    // With an authenticator app too, a sign-in is kept for the code (confirm-with-code): the forged
    // SMS is refused by the engine (NOT_OFFERED), the level page offers the code.
    portal.clock.advance(31_000);
    const bySms = portal.browser('en');
    await bySms.get('/login');
    await bySms.post('/login', { email: EMAIL });
    expect((await bySms.post('/login/password', { password: PASSWORD, method: 'PASSWORD_SMS' })).location).toBe(
      '/login/sms',
    );
    const verified = await bySms.post('/login/sms', { code: await lastCode() });
    expect((await bySms.post(verified.location!, {})).location).toBe('/account');
    await enrolTotp(portal, bySms);
    const texted = (await texts()).length;
    expect(textOf((await levelPage(browser, NO_SMS)).html)).toContain(en.levelGap.codeBody);
    const refused = await browser.post('/login/step-up', { method: 'PASSWORD_SMS' });
    expect(refused.status).toBe(403);
    expect(textOf(refused.html)).toContain(en.levelGap.codeBody);
    expect(await texts()).toHaveLength(texted);
    portal.clock.advance(8 * DAY);
    // After the sunset, for the application that accepts SMS: the same.
    const kept = portal.browser('en');
    expect((await signIn(kept, EMAIL, PASSWORD)).location).toBe('/account');
    expect(textOf((await levelPage(kept)).html)).toContain(en.levelGap.codeBody);
    const afterSunset = await kept.post('/login/step-up', { method: 'PASSWORD_SMS' });
    expect(afterSunset.status).toBe(403);
    expect(afterSunset.location).toBeUndefined();
    expect(await texts()).toHaveLength(texted);
  });

  it('attacker: a session that never proved the password (a passkey) goes through the password step; the SMS alone gives nothing', async () => {
    await start();
    await withNumber();
    portal.clock.advance(31_000);
    // A passkey session (MEDIUM, made directly: its own tests sign in by passkey), for an application
    // that does not take passkeys: without the password, an SMS would give PASSWORD_SMS it never earned.
    const account = await portal.durable.users.findByEmail(EMAIL);
    const passkey = await portal.services.sessions.create(account!.id, ['WEBAUTHN_PASSKEY'], portal.clock.now());
    const browser = portal.browser('en');
    await browser.get('/login');
    browser.setCookie(COOKIES.session, passkey.id);
    const sent = (await texts()).length;
    const page = await levelPage(browser, CODES);
    expect(page.status).toBe(403);
    expect(textOf(page.html)).toContain(en.levelGap.smsBody);
    const step = await browser.post('/login/step-up', { method: 'PASSWORD_SMS' });
    expect(step.location).toBe('/login/password?method=PASSWORD_SMS');
    expect(await texts()).toHaveLength(sent);
    expect((await browser.follow(step)).html).toContain('type="password"');
  });
});
