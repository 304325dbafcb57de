import type { EphemeralStore } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestPortal,
  errorNotice,
  errorSummary,
  fieldError,
  notice,
  signIn,
  textOf,
  type Browser,
  type TestPortal,
} from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

const catalogues = { en, fr } as const;
const EMAIL = 'marie.dupont@example.org';
const PASSWORD = 'le chat dort sur le radiateur';
const WRONG = 'le chien dort sur le radiateur';

describe.each(['en', 'fr'] as const)('sign-in (%s)', (locale) => {
  const m = catalogues[locale];
  let portal: TestPortal;
  let browser: Browser;

  beforeEach(async () => {
    portal = await createTestPortal();
    // The account's mails are in the other language: they follow the account, not the browser.
    await portal.createUser({ email: EMAIL, password: PASSWORD, emailLocale: locale === 'fr' ? 'en' : 'fr' });
    browser = portal.browser(locale);
  });
  afterEach(() => portal.close());

  const lockedMessage = () => format(m.errors.ACCOUNT_LOCKED, { minutes: portal.config.signIn.lockMinutes });

  async function attempt(email: string, password: string) {
    const b = portal.browser(locale);
    await b.get('/login');
    expect((await b.post('/login', { email })).status).toBe(303);
    const page = await b.post('/login/password', { password });
    return { page, browser: b };
  }

  it('asks for the e-mail address, then the password, then opens the account', async () => {
    const login = await browser.get('/login');
    expect(login.status).toBe(200);
    expect(textOf(login.html)).toContain(m.signIn.intro);

    const step1 = await browser.post('/login', { email: '  Marie.Dupont@EXAMPLE.org' });
    expect(step1.status).toBe(303);
    expect(step1.location).toBe('/login/password');
    expect(browser.cookie(COOKIES.login)).toBeDefined();
    // The login cookie is a random handle: the address stays on the server.
    expect(browser.cookie(COOKIES.login)).not.toContain('marie');

    const step2 = await browser.follow(step1);
    expect(step2.status).toBe(200);
    expect(textOf(step2.html)).toContain(format(m.signIn.signingInAs, { email: EMAIL }));

    const done = await browser.post('/login/password', { password: PASSWORD });
    expect(done.status).toBe(303);
    expect(done.location).toBe('/account');
    expect(browser.session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(browser.cookie(COOKIES.login)).toBeUndefined();

    const account = await browser.follow(done);
    expect(account.status).toBe(200);
    expect(textOf(account.html)).toContain(EMAIL);
    // Signed in, the sign-in page sends to the account.
    expect((await browser.get('/login')).location).toBe('/account');
  });

  it('refuses a malformed address at the first step, next to the field', async () => {
    await browser.get('/login');
    const page = await browser.post('/login', { email: 'marie.dupont' });
    expect(page.status).toBe(400);
    expect(fieldError(page.html, 'email')).toBe(format(m.reasons.malformed, { field: m.fieldNames.email }));
    expect(browser.cookie(COOKIES.login)).toBeUndefined();
  });

  it('sends the password step back to the first step when no address was given', async () => {
    await browser.get('/login');
    expect((await browser.get('/login/password')).location).toBe('/login');
    const post = await browser.post('/login/password', { password: PASSWORD });
    expect(post.status).toBe(303);
    expect(post.location).toBe('/login');
    expect(browser.session).toBeUndefined();
  });

  it('answers a wrong password and an unknown account alike', async () => {
    const wrong = await attempt(EMAIL, WRONG);
    const unknown = await attempt('nobody@example.org', PASSWORD);
    for (const { page, browser: b } of [wrong, unknown]) {
      expect(page.status).toBe(401);
      expect(errorSummary(page.html)).toEqual([m.errors.INVALID_CREDENTIALS]);
      expect(page.headers['retry-after']).toBeUndefined();
      expect(b.session).toBeUndefined();
    }
    expect(portal.mailer.sent).toEqual([]);
  });

  it('refuses an empty password as a wrong one', async () => {
    const { page } = await attempt(EMAIL, '');
    expect(page.status).toBe(401);
    expect(errorSummary(page.html)).toEqual([m.errors.INVALID_CREDENTIALS]);
  });

  it('locks the account after 5 failures, tells its owner, and refuses even the right password', async () => {
    const user = (await portal.durable.users.findByEmail(EMAIL))!;
    const limit = portal.config.signIn.lockAfterFailures;
    expect(limit).toBe(5);
    for (let i = 1; i < limit; i++) expect((await attempt(EMAIL, WRONG)).page.status).toBe(401);
    expect(portal.mailer.sent).toEqual([]);

    const { page: locking } = await attempt(EMAIL, WRONG);
    expect(locking.status).toBe(429);
    expect(locking.headers['retry-after']).toBe(String(portal.config.signIn.lockMinutes * 60));
    expect(errorSummary(locking.html)).toEqual([lockedMessage()]);

    expect(portal.mailer.sent).toHaveLength(1);
    expect(portal.mailer.last('account-locked')).toEqual({
      template: 'account-locked',
      to: EMAIL,
      locale: user.emailLocale,
      params: { firstName: user.firstName, minutes: portal.config.signIn.lockMinutes },
    });

    const events = await portal.durable.audit.list({ userId: user.id, limit: 20 });
    expect(events.map((e) => e.type)).toEqual(['account.locked', ...Array<string>(limit).fill('sign_in.failed')]);
    expect(events[0]!.details).toEqual({ minutes: portal.config.signIn.lockMinutes, scope: 'ip' });

    const { page: right, browser: b } = await attempt(EMAIL, PASSWORD);
    expect(right.status).toBe(429);
    expect(right.headers['retry-after']).toBe(String(portal.config.signIn.lockMinutes * 60));
    expect(errorSummary(right.html)).toEqual([lockedMessage()]);
    expect(b.session).toBeUndefined();
    // One mail per lock, not one per refused attempt.
    expect(portal.mailer.sent).toHaveLength(1);
  });

  it('lifts the lock after lockMinutes', async () => {
    for (let i = 0; i < portal.config.signIn.lockAfterFailures; i++) await attempt(EMAIL, WRONG);
    portal.clock.advanceMinutes(portal.config.signIn.lockMinutes - 1);
    expect((await attempt(EMAIL, PASSWORD)).page.status).toBe(429);
    portal.clock.advanceMinutes(2);
    const { page } = await attempt(EMAIL, PASSWORD);
    expect(page.status).toBe(303);
    expect(page.location).toBe('/account');
  });

  it('resets the failure count on success', async () => {
    for (let i = 1; i < portal.config.signIn.lockAfterFailures; i++) await attempt(EMAIL, WRONG);
    expect((await attempt(EMAIL, PASSWORD)).page.status).toBe(303);
    for (let i = 1; i < portal.config.signIn.lockAfterFailures; i++)
      expect((await attempt(EMAIL, WRONG)).page.status).toBe(401);
  });

  it('gives an unknown address the same lock answer after 5 failures, without mail', async () => {
    const unknown = 'nobody@example.org';
    const limit = portal.config.signIn.lockAfterFailures;
    for (let i = 1; i < limit; i++) expect((await attempt(unknown, WRONG)).page.status).toBe(401);
    for (const page of [(await attempt(unknown, WRONG)).page, (await attempt(unknown, PASSWORD)).page]) {
      expect(page.status).toBe(429);
      expect(page.headers['retry-after']).toBe(String(portal.config.signIn.lockMinutes * 60));
      expect(errorSummary(page.html)).toEqual([lockedMessage()]);
    }
    expect(portal.mailer.sent).toEqual([]);
    // A lock is per address: the real account is not affected.
    expect((await attempt(EMAIL, PASSWORD)).page.status).toBe(303);
  });

  it('issues a new session id at each sign-in, never one the browser already had', async () => {
    await browser.get('/login');
    // A session id planted before sign-in (session fixation) is not adopted.
    browser.setCookie(COOKIES.session, 'planted-by-an-attacker-0000000000000000000000');
    const seen = new Set<string>([browser.session!]);

    expect((await signIn(browser, EMAIL, PASSWORD)).status).toBe(303);
    const first = browser.session!;
    expect(seen.has(first)).toBe(false);
    seen.add(first);

    // Signing in again while signed in rotates the id and ends the previous session.
    expect((await signIn(browser, EMAIL, PASSWORD)).status).toBe(303);
    const second = browser.session!;
    expect(seen.has(second)).toBe(false);

    const replay = portal.browser(locale);
    replay.setCookie(COOKIES.session, first);
    expect((await replay.get('/account')).location).toBe('/login');
    expect((await browser.get('/account')).status).toBe(200);
  });

  it('signs out: the session ends and its old cookie no longer opens the account', async () => {
    await signIn(browser, EMAIL, PASSWORD);
    const old = browser.session!;
    const user = (await portal.durable.users.findByEmail(EMAIL))!;

    const out = await browser.post('/logout');
    expect(out.status).toBe(303);
    expect(out.location).toBe('/login?signed_out=1');
    expect(browser.session).toBeUndefined();
    const page = await browser.follow(out);
    expect(notice(page.html)).toBe(m.signIn.signedOut);

    const replay = portal.browser(locale);
    replay.setCookie(COOKIES.session, old);
    const refused = await replay.get('/account');
    expect(refused.status).toBe(303);
    expect(refused.location).toBe('/login');
    expect(replay.session).toBeUndefined();

    const events = await portal.durable.audit.list({ userId: user.id, limit: 5 });
    expect(events.map((e) => e.type)).toEqual(['sign_out', 'sign_in.succeeded']);
  });

  it('ends a session left idle longer than session.idleMinutes', async () => {
    await signIn(browser, EMAIL, PASSWORD);
    const idle = portal.config.session.idleMinutes;

    // Activity keeps the session alive past the idle period.
    portal.clock.advanceMinutes(idle - 1);
    expect((await browser.get('/account')).status).toBe(200);
    portal.clock.advanceMinutes(idle - 1);
    expect((await browser.get('/account')).status).toBe(200);

    portal.clock.advanceMinutes(idle + 1);
    const page = await browser.get('/account');
    expect(page.status).toBe(303);
    expect(page.location).toBe('/login');
    expect(browser.session).toBeUndefined();
  });

  it('fails closed, revealing nothing, when the ephemeral store does not answer', async () => {
    const broken = await createTestPortal({
      wrapEphemeral: (store): EphemeralStore => ({
        ...store,
        get: () => Promise.reject(new Error('redis: connection refused')),
      }),
    });
    try {
      await broken.createUser({ email: EMAIL, password: PASSWORD });
      const b = broken.browser(locale);
      await b.get('/login');
      const step1 = await b.post('/login', { email: EMAIL });
      const page = step1.status === 303 ? await b.post('/login/password', { password: PASSWORD }) : step1;
      expect(page.status).toBeGreaterThanOrEqual(500);
      expect(b.session).toBeUndefined();
      expect([m.errors.STORE_UNAVAILABLE, m.errors.INTERNAL]).toContain(errorNotice(page.html));
      expect(page.html).not.toContain('connection refused');
    } finally {
      await broken.close();
    }
  });

  it('ends a session after session.absoluteHours even when it is in use', async () => {
    await signIn(browser, EMAIL, PASSWORD);
    const step = portal.config.session.idleMinutes - 1;
    const steps = Math.floor((portal.config.session.absoluteHours * 60) / step);
    for (let i = 0; i < steps; i++) {
      portal.clock.advanceMinutes(step);
      expect((await browser.get('/account')).status).toBe(200);
    }
    portal.clock.advanceMinutes(step);
    expect((await browser.get('/account')).location).toBe('/login');
  });
});
