import type { UserRecord } from '@sesame/core';
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
const NEW_EMAIL = 'marie.durand@example.org';
const PASSWORD = 'le chat dort sur le radiateur';
const NEW_PASSWORD = 'trois tortues traversent la rue';

describe('"My account" when signed out', () => {
  let portal: TestPortal;
  beforeEach(async () => {
    portal = await createTestPortal();
  });
  afterEach(() => portal.close());

  it.each([
    ['/account', '/login'],
    ['/account/password', '/login?return_to=%2Faccount%2Fpassword'],
    ['/account/email', '/login?return_to=%2Faccount%2Femail'],
  ])('GET %s redirects to the sign-in page (%s), which comes back to it (issue 11)', async (path, login) => {
    const page = await portal.browser().get(path);
    expect(page.status).toBe(303);
    expect(page.location).toBe(login);
  });

  it.each(['/account/password', '/account/email'])(
    'POST %s redirects to the sign-in page and changes nothing',
    async (path) => {
      const browser = portal.browser();
      await browser.get('/login');
      const page = await browser.post(path, {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
        newPasswordConfirm: NEW_PASSWORD,
        newEmail: NEW_EMAIL,
      });
      expect(page.status).toBe(303);
      expect(page.location).toBe('/login');
      expect(portal.mailer.sent).toEqual([]);
    },
  );
});

describe.each(['en', 'fr'] as const)('"My account" (%s)', (locale) => {
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

  it('shows the identifier, name, address and recent events', async () => {
    const page = await browser.get('/account');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain(user.id);
    expect(text).toContain('Marie Dupont');
    expect(text).toContain(EMAIL);
    expect(text).toContain(m.events['sign_in.succeeded']);
  });

  describe('change password', () => {
    const change = (b: Browser, form: Record<string, string>) => b.post('/account/password', form);

    it('refuses a wrong current password with its message, changing nothing', async () => {
      const page = await change(browser, {
        currentPassword: 'not my password at all',
        newPassword: NEW_PASSWORD,
        newPasswordConfirm: NEW_PASSWORD,
      });
      expect(page.status).toBe(400);
      expect(fieldError(page.html, 'currentPassword')).toBe(m.errors.currentPasswordWrong);
      expect(portal.mailer.sent).toEqual([]);
      expect((await signIn(portal.browser(locale), EMAIL, PASSWORD)).status).toBe(303);
    });

    it('counts wrong current passwords toward the lock-out, so a session cannot guess without limit', async () => {
      const wrong = {
        currentPassword: 'not my password at all',
        newPassword: NEW_PASSWORD,
        newPasswordConfirm: NEW_PASSWORD,
      };
      for (let i = 1; i < portal.config.signIn.lockAfterFailures; i++) {
        expect((await change(browser, wrong)).status).toBe(400);
      }
      expect((await change(browser, wrong)).status).toBe(400);
      const locked = await change(browser, { ...wrong, currentPassword: PASSWORD });
      expect(locked.status).toBe(429);
      expect(errorSummary(locked.html)).toContain(
        format(m.errors.ACCOUNT_LOCKED, { minutes: portal.config.signIn.lockMinutes }),
      );
      expect(portal.mailer.of('password-changed')).toEqual([]);
      expect((await signIn(portal.browser(locale), EMAIL, PASSWORD)).status).toBe(429);
    });

    it('refuses an empty current password', async () => {
      const page = await change(browser, {
        currentPassword: '',
        newPassword: NEW_PASSWORD,
        newPasswordConfirm: NEW_PASSWORD,
      });
      expect(page.status).toBe(400);
      expect(fieldError(page.html, 'currentPassword')).toBe(
        format(m.reasons.required, { field: m.fieldNames.currentPassword }),
      );
    });

    it('refuses a weak or mismatching new password next to its field', async () => {
      const short = await change(browser, {
        currentPassword: PASSWORD,
        newPassword: 'short pw',
        newPasswordConfirm: 'short pw',
      });
      expect(short.status).toBe(400);
      expect(fieldError(short.html, 'newPassword')).toBe(
        format(m.reasons.too_short, { min: portal.config.password.minLength }),
      );

      const common = await change(browser, {
        currentPassword: PASSWORD,
        newPassword: 'qwerty123456',
        newPasswordConfirm: 'qwerty123456',
      });
      expect(common.status).toBe(400);
      expect(fieldError(common.html, 'newPassword')).toBe(m.reasons.common);

      const mismatch = await change(browser, {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
        newPasswordConfirm: PASSWORD,
      });
      expect(mismatch.status).toBe(400);
      expect(fieldError(mismatch.html, 'newPasswordConfirm')).toBe(
        format(m.reasons.mismatch, { field: m.fieldNames.newPasswordConfirm }),
      );
      expect(portal.mailer.sent).toEqual([]);
    });

    it('changes it: other sessions end, this one continues, the owner is told by mail', async () => {
      const other = portal.browser(locale);
      expect((await signIn(other, EMAIL, PASSWORD)).status).toBe(303);
      const before = browser.session;
      // Timestamps have millisecond resolution; a second apart, "before" is unambiguous.
      portal.clock.advance(1_000);

      const done = await change(browser, {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
        newPasswordConfirm: NEW_PASSWORD,
      });
      expect(done.status).toBe(303);
      expect(done.location).toBe('/account?password=1');
      expect(browser.session).toBeDefined();
      expect(browser.session).not.toBe(before);
      const page = await browser.follow(done);
      expect(page.status).toBe(200);
      expect(notice(page.html)).toBe(m.changePassword.done);

      const ended = await other.get('/account');
      expect(ended.status).toBe(303);
      expect(ended.location).toBe('/login');

      expect(portal.mailer.sent).toEqual([
        { template: 'password-changed', to: EMAIL, locale, params: { firstName: 'Marie' } },
      ]);
      expect((await signIn(portal.browser(locale), EMAIL, PASSWORD)).status).toBe(401);
      expect((await signIn(portal.browser(locale), EMAIL, NEW_PASSWORD)).status).toBe(303);
    });
  });

  describe('change e-mail address', () => {
    const request = (form: Record<string, string>) => browser.post('/account/email', form);

    it('refuses an address that belongs to another account with 409, without mail', async () => {
      await portal.createUser({ email: NEW_EMAIL, password: 'someone else entirely' });
      const page = await request({ newEmail: NEW_EMAIL, currentPassword: PASSWORD });
      expect(page.status).toBe(409);
      expect(errorSummary(page.html)).toEqual([m.errors.EMAIL_UNAVAILABLE]);
      expect(portal.mailer.sent).toEqual([]);
    });

    it('refuses its own address, a malformed one and a wrong password', async () => {
      const same = await request({ newEmail: EMAIL.toUpperCase(), currentPassword: PASSWORD });
      expect(same.status).toBe(400);
      expect(fieldError(same.html, 'newEmail')).toBe(m.errors.sameEmail);

      const malformed = await request({ newEmail: 'marie@', currentPassword: PASSWORD });
      expect(malformed.status).toBe(400);
      expect(fieldError(malformed.html, 'newEmail')).toBe(
        format(m.reasons.malformed, { field: m.fieldNames.newEmail }),
      );

      const wrong = await request({ newEmail: NEW_EMAIL, currentPassword: 'not my password at all' });
      expect(wrong.status).toBe(400);
      expect(fieldError(wrong.html, 'currentPassword')).toBe(m.errors.currentPasswordWrong);
      expect(portal.mailer.sent).toEqual([]);
    });

    it('changes it through the link sent to the new address, and tells the old one', async () => {
      const sent = await request({ newEmail: ' Marie.Durand@Example.org', currentPassword: PASSWORD });
      expect(sent.status).toBe(200);
      expect(notice(sent.html)).toBe(
        format(m.changeEmail.sent, { email: NEW_EMAIL, minutes: portal.config.linkTtlMinutes }),
      );
      const mail = portal.mailer.last('email-change-link');
      expect(mail).toMatchObject({
        to: NEW_EMAIL,
        locale,
        params: { firstName: 'Marie', ttlMinutes: portal.config.linkTtlMinutes },
      });
      // Nothing changes before the link is used.
      expect((await portal.durable.users.findById(user.id))?.email).toBe(EMAIL);

      const redirect = await browser.get(portal.linkIn(mail));
      expect(redirect.status).toBe(303);
      expect(redirect.location).toBe('/account/email/confirm');
      const confirm = await browser.follow(redirect);
      expect(confirm.status).toBe(200);
      // Opening the link changes nothing (mail scanners fetch links): the button does.
      expect((await portal.durable.users.findById(user.id))?.email).toBe(EMAIL);

      const done = await browser.post('/account/email/confirm');
      expect(done.status).toBe(303);
      expect(done.location).toBe('/account?email=1');
      expect(browser.cookie(COOKIES.link)).toBeUndefined();
      expect(notice((await browser.follow(done)).html)).toBe(format(m.changeEmail.done, { email: NEW_EMAIL }));

      expect((await portal.durable.users.findById(user.id))?.email).toBe(NEW_EMAIL);
      expect(portal.mailer.last('email-change-notice')).toEqual({
        template: 'email-change-notice',
        to: EMAIL,
        locale,
        params: { firstName: 'Marie', newEmail: NEW_EMAIL },
      });
      const events = await portal.durable.audit.list({ userId: user.id, limit: 3 });
      expect(events.map((e) => e.type)).toEqual(['email.changed', 'email.change_requested', 'sign_in.succeeded']);

      expect((await signIn(portal.browser(locale), NEW_EMAIL, PASSWORD)).status).toBe(303);
      expect((await signIn(portal.browser(locale), EMAIL, PASSWORD)).status).toBe(401);
    });

    it('refuses a used link', async () => {
      await request({ newEmail: NEW_EMAIL, currentPassword: PASSWORD });
      const link = portal.linkIn(portal.mailer.last('email-change-link'));
      await browser.follow(await browser.get(link));
      expect((await browser.post('/account/email/confirm')).status).toBe(303);

      await browser.follow(await browser.get(link));
      const again = await browser.post('/account/email/confirm');
      expect(again.status).toBe(400);
      expect(errorNotice(again.html)).toBe(m.errors.LINK_INVALID);
      expect(portal.mailer.of('email-change-notice')).toHaveLength(1);
    });

    // The reset link already dies when the password changes after it was issued
    // (password-reset.ts: "the older link must not undo a newer change"). An e-mail change link
    // must too: otherwise someone who had the session and the password, and was shut out by a
    // password change, still moves the account to their address and takes it over with a reset.
    it('refuses a link issued before a later password change', async () => {
      await request({ newEmail: NEW_EMAIL, currentPassword: PASSWORD });
      const link = portal.linkIn(portal.mailer.last('email-change-link'));
      portal.clock.advance(1_000);
      const owner = portal.browser(locale);
      await signIn(owner, EMAIL, PASSWORD);
      const changed = await owner.post('/account/password', {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
        newPasswordConfirm: NEW_PASSWORD,
      });
      expect(changed.status).toBe(303);

      const holder = portal.browser(locale);
      await holder.follow(await holder.get(link));
      const page = await holder.post('/account/email/confirm');
      expect(page.status).toBe(400);
      expect(errorNotice(page.html)).toBe(m.errors.LINK_INVALID);
      expect((await portal.durable.users.findById(user.id))?.email).toBe(EMAIL);
      expect(portal.mailer.of('email-change-notice')).toEqual([]);
    });

    // Issue 10 (SEC-27): the password alone moves the address only of an account that never had
    // a second factor — at the confirmation too. A link asked for while the account had none
    // dies when the owner enrols a device before it is used.
    it('refuses a link asked for with the password alone once the account has a second factor', async () => {
      await request({ newEmail: NEW_EMAIL, currentPassword: PASSWORD });
      const link = portal.linkIn(portal.mailer.last('email-change-link'));
      // The owner's first device becomes active (activateDevice sets the marker).
      await portal.durable.users.update(user.id, { secondFactorSince: portal.clock.now() });

      const holder = portal.browser(locale);
      await holder.follow(await holder.get(link));
      const page = await holder.post('/account/email/confirm');
      expect(page.status).toBe(400);
      expect(errorNotice(page.html)).toBe(m.errors.LINK_INVALID);
      expect((await portal.durable.users.findById(user.id))?.email).toBe(EMAIL);
      expect(portal.mailer.of('email-change-notice')).toEqual([]);
    });

    it('refuses an expired link', async () => {
      await request({ newEmail: NEW_EMAIL, currentPassword: PASSWORD });
      const link = portal.linkIn(portal.mailer.last('email-change-link'));
      portal.clock.advanceMinutes(portal.config.linkTtlMinutes + 1);
      // Confirming needs no session (the link proves the address): a fresh browser opens it.
      const fresh = portal.browser(locale);
      await fresh.follow(await fresh.get(link));
      const page = await fresh.post('/account/email/confirm');
      expect(page.status).toBe(400);
      expect(errorNotice(page.html)).toBe(m.errors.LINK_INVALID);
      expect((await portal.durable.users.findById(user.id))?.email).toBe(EMAIL);
    });
  });
});
