import type { InputReason } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestPortal,
  errorNotice,
  errorSummary,
  fieldError,
  notice,
  shownUserId,
  textOf,
  type Browser,
  type TestPortal,
} from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

const catalogues = { en, fr } as const;
const GOOD_PASSWORD = 'une phrase que je retiens bien';

describe.each(['en', 'fr'] as const)('registration (%s)', (locale) => {
  const m = catalogues[locale];
  let portal: TestPortal;
  let browser: Browser;

  const form = (patch: Record<string, string | undefined> = {}) => ({
    firstName: 'Zoé',
    lastName: 'Martin',
    email: 'zoe.martin@example.org',
    emailConfirm: 'zoe.martin@example.org',
    emailLocale: locale,
    privacyAccepted: 'yes',
    ...patch,
  });

  /** Fills "Create an account" and returns the link of the mail that follows. */
  async function requestLink(patch: Record<string, string | undefined> = {}): Promise<string> {
    await browser.get('/register');
    const sent = await browser.post('/register', form(patch));
    expect(sent.status).toBe(200);
    return portal.linkIn(portal.mailer.last('registration-link'));
  }

  /** Opens an e-mail link: the token moves to the link cookie and the browser lands on the clean URL. */
  async function open(link: string) {
    const redirect = await browser.get(link);
    expect(redirect.status).toBe(303);
    return browser.follow(redirect);
  }

  beforeEach(async () => {
    portal = await createTestPortal();
    browser = portal.browser(locale);
  });
  afterEach(() => portal.close());

  it('goes from the form to a signed-in account through the e-mail link', async () => {
    const page = await browser.get('/register');
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(m.register.intro);

    const sent = await browser.post('/register', form({ email: '  Zoe.Martin@Example.ORG ' }));
    expect(sent.status).toBe(200);
    expect(notice(sent.html)).toBe(
      format(m.register.sent, { email: 'zoe.martin@example.org', minutes: portal.config.linkTtlMinutes }),
    );

    expect(portal.mailer.sent).toHaveLength(1);
    const mail = portal.mailer.last('registration-link');
    expect(mail).toMatchObject({
      to: 'zoe.martin@example.org',
      locale,
      params: { firstName: 'Zoé', ttlMinutes: portal.config.linkTtlMinutes },
    });
    expect(mail.params.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Nothing durable before the link is used.
    expect(await portal.durable.users.count()).toBe(0);

    const link = portal.linkIn(mail);
    expect(link).toBe(`/register/confirm?token=${mail.params.token}`);
    const redirect = await browser.get(link);
    expect(redirect.status).toBe(303);
    expect(redirect.location).toBe('/register/confirm');
    expect(browser.cookie(COOKIES.link)).toBe(`registration.${mail.params.token}`);

    const choose = await browser.follow(redirect);
    expect(choose.status).toBe(200);
    expect(textOf(choose.html)).toContain(
      format(m.setPassword.intro, { firstName: 'Zoé', email: 'zoe.martin@example.org' }),
    );
    // Opening the page only peeks: the link still works.
    expect((await browser.get('/register/confirm')).status).toBe(200);

    const done = await browser.post('/register/confirm', { password: GOOD_PASSWORD, passwordConfirm: GOOD_PASSWORD });
    expect(done.status).toBe(303);
    expect(done.location).toBe('/account?welcome=1');
    expect(browser.session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(browser.cookie(COOKIES.link)).toBeUndefined();

    const account = await browser.follow(done);
    expect(account.status).toBe(200);
    expect(notice(account.html)).toBe(m.setPassword.done);
    const id = shownUserId(account.html);
    expect(id).toMatch(/^n[0-9a-z]{7}$/);

    const user = await portal.durable.users.findByEmail('zoe.martin@example.org');
    expect(user).toMatchObject({ id, firstName: 'Zoé', lastName: 'Martin', emailLocale: locale });
    // Chosen in the form: the pages follow it once signed in (docs/adr/0055).
    expect(user?.languageChosenAt).toBeInstanceOf(Date);
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    const events = await portal.durable.audit.list({ userId: id!, limit: 10 });
    expect(events.map((e) => e.type)).toEqual(['sign_in.succeeded', 'account.created']);
  });

  const long = (n: number) => 'a'.repeat(n);
  const longEmail = `${long(250)}@example.org`;
  const badInputs: [string, Record<string, string | undefined>, string, InputReason][] = [
    ['empty first name', { firstName: '' }, 'firstName', 'required'],
    ['blank first name', { firstName: '   ' }, 'firstName', 'required'],
    ['too long first name', { firstName: long(101) }, 'firstName', 'too_long'],
    ['first name with digits', { firstName: 'R2D2' }, 'firstName', 'malformed'],
    ['empty last name', { lastName: '' }, 'lastName', 'required'],
    ['too long last name', { lastName: long(101) }, 'lastName', 'too_long'],
    ['last name with markup', { lastName: '<b>Martin</b>' }, 'lastName', 'malformed'],
    ['empty e-mail', { email: '' }, 'email', 'required'],
    ['malformed e-mail', { email: 'zoe.martin@', emailConfirm: 'zoe.martin@' }, 'email', 'malformed'],
    ['e-mail without a domain', { email: 'zoe@localhost', emailConfirm: 'zoe@localhost' }, 'email', 'malformed'],
    ['too long e-mail', { email: longEmail, emailConfirm: longEmail }, 'email', 'too_long'],
    ['empty e-mail confirmation', { emailConfirm: '' }, 'emailConfirm', 'required'],
    ['e-mail mismatch', { emailConfirm: 'zoe.martin@example.com' }, 'emailConfirm', 'mismatch'],
    ['privacy not ticked', { privacyAccepted: undefined }, 'privacyAccepted', 'not_accepted'],
    ['privacy with another value', { privacyAccepted: 'on' }, 'privacyAccepted', 'not_accepted'],
  ];

  it.each(badInputs)(
    'refuses %s with 400 and the message next to the field, creating nothing',
    async (_name, patch, field, reason) => {
      await browser.get('/register');
      const page = await browser.post('/register', form(patch));
      expect(page.status).toBe(400);
      const expected =
        field === 'emailConfirm' && reason === 'required'
          ? m.errors.confirmRequired.emailConfirm
          : format(m.reasons[reason], {
              field: (m.fieldNames as Record<string, string>)[field]!,
              min: portal.config.password.minLength,
            });
      expect(fieldError(page.html, field)).toBe(expected);
      expect(errorSummary(page.html)).toContain(expected);
      // Attribute values escape "<", so [^<]* stays inside the one tag.
      expect(page.html).toMatch(
        new RegExp(`<input[^<]*id="${field}"[^<]*aria-invalid="true"[^<]*aria-describedby="[^"]*${field}-error`),
      );
      expect(page.headers['cache-control']).toBe('no-store');
      expect(portal.mailer.sent).toEqual([]);
      expect(await portal.durable.users.count()).toBe(0);
    },
  );

  // The select offers both languages, so only a hand-made request omits it; the error summary
  // then links to #emailLocale, and the select must carry the message as every other field does.
  it('shows a missing e-mail language next to its select', async () => {
    await browser.get('/register');
    const page = await browser.post('/register', form({ emailLocale: undefined }));
    expect(page.status).toBe(400);
    const expected = format(m.reasons.required, { field: m.fieldNames.emailLocale });
    expect(errorSummary(page.html)).toContain(expected);
    expect(fieldError(page.html, 'emailLocale')).toBe(expected);
    expect(page.html).toMatch(
      /<select[^<]*id="emailLocale"[^<]*aria-invalid="true"[^<]*aria-describedby="[^"]*emailLocale-error/,
    );
    expect(portal.mailer.sent).toEqual([]);
  });

  it('keeps what was typed after a refusal', async () => {
    await browser.get('/register');
    const page = await browser.post('/register', form({ emailConfirm: 'other@example.org' }));
    expect(page.status).toBe(400);
    expect(page.html).toContain('value="Zoé"');
    expect(page.html).toContain('value="zoe.martin@example.org"');
  });

  it('answers an already registered address exactly as a new one, and tells its owner by mail', async () => {
    const existing = await portal.createUser({
      email: 'zoe.martin@example.org',
      password: GOOD_PASSWORD,
      firstName: 'Zoé',
      emailLocale: locale === 'fr' ? 'en' : 'fr',
    });
    await browser.get('/register');
    const taken = await browser.post('/register', form({ email: 'ZOE.MARTIN@example.org', firstName: 'Mallory' }));

    const other = portal.browser(locale);
    await other.get('/register');
    const fresh = await other.post(
      '/register',
      form({ email: 'new.person@example.org', emailConfirm: 'new.person@example.org' }),
    );

    expect(taken.status).toBe(fresh.status);
    expect(notice(taken.html)).toBe(
      format(m.register.sent, { email: 'zoe.martin@example.org', minutes: portal.config.linkTtlMinutes }),
    );
    expect(notice(fresh.html)).toBe(
      format(m.register.sent, { email: 'new.person@example.org', minutes: portal.config.linkTtlMinutes }),
    );

    expect(portal.mailer.sent.map((mail) => [mail.template, mail.to])).toEqual([
      ['registration-existing', 'zoe.martin@example.org'],
      ['registration-link', 'new.person@example.org'],
    ]);
    // The owner reads it in their own language, with their own name.
    expect(portal.mailer.last('registration-existing')).toMatchObject({
      locale: existing.emailLocale,
      params: { firstName: 'Zoé' },
    });
    expect(await portal.durable.users.count()).toBe(1);
  });

  it('refuses a wrong token with LINK_INVALID', async () => {
    await requestLink();
    const page = await open('/register/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(page.status).toBe(400);
    expect(errorNotice(page.html)).toBe(m.errors.LINK_INVALID);
    // The bad token does not stay in the browser.
    expect(browser.cookie(COOKIES.link)).toBeUndefined();

    const post = await browser.post('/register/confirm', { password: GOOD_PASSWORD, passwordConfirm: GOOD_PASSWORD });
    expect(post.status).toBe(400);
    expect(errorNotice(post.html)).toBe(m.errors.LINK_INVALID);
    expect(browser.session).toBeUndefined();
    expect(await portal.durable.users.count()).toBe(0);
  });

  it('refuses the confirmation page without any link', async () => {
    await browser.get('/register');
    const page = await browser.get('/register/confirm');
    expect(page.status).toBe(400);
    expect(errorNotice(page.html)).toBe(m.errors.LINK_INVALID);
  });

  it('refuses an expired link', async () => {
    const link = await requestLink();
    portal.clock.advanceMinutes(portal.config.linkTtlMinutes + 1);
    const page = await open(link);
    expect(page.status).toBe(400);
    expect(errorNotice(page.html)).toBe(m.errors.LINK_INVALID);
    expect(await portal.durable.users.count()).toBe(0);
  });

  it('accepts a link until just before it expires', async () => {
    const link = await requestLink();
    portal.clock.advanceMinutes(portal.config.linkTtlMinutes - 1);
    await open(link);
    const done = await browser.post('/register/confirm', { password: GOOD_PASSWORD, passwordConfirm: GOOD_PASSWORD });
    expect(done.status).toBe(303);
  });

  it('refuses a link that was already used', async () => {
    const link = await requestLink();
    await open(link);
    expect(
      (await browser.post('/register/confirm', { password: GOOD_PASSWORD, passwordConfirm: GOOD_PASSWORD })).status,
    ).toBe(303);

    const again = portal.browser(locale);
    const redirect = await again.get(link);
    const page = await again.follow(redirect);
    expect(page.status).toBe(400);
    expect(errorNotice(page.html)).toBe(m.errors.LINK_INVALID);
    await again.get('/register');
    const post = await again.post('/register/confirm', {
      password: 'another fine passphrase',
      passwordConfirm: 'another fine passphrase',
    });
    expect(post.status).toBe(400);
    expect(again.session).toBeUndefined();
    expect(await portal.durable.users.count()).toBe(1);
  });

  const weak: [string, string, string, string, InputReason][] = [
    ['a common password', 'qwerty123456', 'qwerty123456', 'password', 'common'],
    ['a too short password', 'short pw', 'short pw', 'password', 'too_short'],
    ['an empty password', '', '', 'password', 'required'],
    ['a password made of the name', 'Zoé Martin 2024', 'Zoé Martin 2024', 'password', 'contextual'],
    ['the e-mail address as password', 'zoe.martin@example.org', 'zoe.martin@example.org', 'password', 'contextual'],
    ['a mismatching confirmation', GOOD_PASSWORD, `${GOOD_PASSWORD}!`, 'passwordConfirm', 'mismatch'],
  ];

  it.each(weak)(
    'refuses %s with 400 and keeps the link usable',
    async (_name, password, passwordConfirm, field, reason) => {
      await open(await requestLink());
      const page = await browser.post('/register/confirm', { password, passwordConfirm });
      expect(page.status).toBe(400);
      expect(fieldError(page.html, field)).toBe(
        format(m.reasons[reason], {
          field: (m.fieldNames as Record<string, string>)[field]!,
          min: portal.config.password.minLength,
        }),
      );
      expect(browser.session).toBeUndefined();
      expect(await portal.durable.users.count()).toBe(0);

      const done = await browser.post('/register/confirm', { password: GOOD_PASSWORD, passwordConfirm: GOOD_PASSWORD });
      expect(done.status).toBe(303);
      expect(done.location).toBe('/account?welcome=1');
      expect(await portal.durable.users.count()).toBe(1);
    },
  );
});
