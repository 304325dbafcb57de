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
const OLD = 'le chat dort sur le radiateur';
const NEW = 'trois tortues traversent la rue';

describe.each(['en', 'fr'] as const)('password reset (%s)', (locale) => {
  const m = catalogues[locale];
  let portal: TestPortal;
  let browser: Browser;

  beforeEach(async () => {
    portal = await createTestPortal();
    await portal.createUser({ email: EMAIL, password: OLD, emailLocale: locale });
    browser = portal.browser(locale);
  });
  afterEach(() => portal.close());

  async function forgot(email: string) {
    await browser.get('/password/forgot');
    return browser.post('/password/forgot', { email });
  }

  async function open(link: string) {
    const redirect = await browser.get(link);
    expect(redirect.status).toBe(303);
    expect(redirect.location).toBe('/password/reset');
    return browser.follow(redirect);
  }

  async function requestLink(): Promise<string> {
    expect((await forgot(EMAIL)).status).toBe(200);
    return portal.linkIn(portal.mailer.last('password-reset'));
  }

  const sentMessage = (email: string) => format(m.forgot.sent, { email, minutes: portal.config.linkTtlMinutes });

  it('answers an unknown address as a known one, and mails only the known one', async () => {
    const unknown = await forgot('nobody@example.org');
    expect(unknown.status).toBe(200);
    expect(notice(unknown.html)).toBe(sentMessage('nobody@example.org'));
    expect(portal.mailer.sent).toEqual([]);

    const known = await forgot(' Marie.Dupont@Example.org ');
    expect(known.status).toBe(200);
    expect(notice(known.html)).toBe(sentMessage(EMAIL));
    expect(portal.mailer.sent).toHaveLength(1);
    expect(portal.mailer.last('password-reset')).toMatchObject({
      to: EMAIL,
      locale,
      params: { firstName: 'Marie', ttlMinutes: portal.config.linkTtlMinutes },
    });
  });

  it('limits requests per address, known or not, so a mailbox cannot be flooded', async () => {
    for (const email of [EMAIL, 'nobody@example.org']) {
      for (let i = 0; i < portal.config.mailRequests.perAddress; i++) expect((await forgot(email)).status).toBe(200);
      const refused = await forgot(email);
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe(String(portal.config.mailRequests.windowMinutes * 60));
      expect(errorSummary(refused.html)).toContain(
        format(m.errors.TOO_MANY_REQUESTS, { minutes: portal.config.mailRequests.windowMinutes }),
      );
    }
    expect(portal.mailer.of('password-reset')).toHaveLength(portal.config.mailRequests.perAddress);
  });

  it('refuses a malformed address next to the field', async () => {
    const page = await forgot('marie');
    expect(page.status).toBe(400);
    expect(fieldError(page.html, 'email')).toBe(format(m.reasons.malformed, { field: m.fieldNames.email }));
    expect(portal.mailer.sent).toEqual([]);
  });

  it('sets a new password through the link: the new one works, the old one no longer does', async () => {
    const link = await requestLink();
    const page = await open(link);
    expect(page.status).toBe(200);
    expect(browser.cookie(COOKIES.link)).toMatch(/^reset\./);
    expect(textOf(page.html)).toContain(format(m.reset.intro, { email: EMAIL }));

    const done = await browser.post('/password/reset', { password: NEW, passwordConfirm: NEW });
    expect(done.status).toBe(303);
    expect(done.location).toBe('/login?reset=1');
    expect(browser.cookie(COOKIES.link)).toBeUndefined();
    expect(notice((await browser.follow(done)).html)).toBe(m.reset.done);
    expect(portal.mailer.last('password-changed')).toMatchObject({ to: EMAIL, locale });

    const user = (await portal.durable.users.findByEmail(EMAIL))!;
    expect((await portal.durable.audit.list({ userId: user.id, limit: 5 })).map((e) => e.type)).toEqual([
      'password.reset',
    ]);

    const withOld = await signIn(portal.browser(locale), EMAIL, OLD);
    expect(withOld.status).toBe(401);
    expect(errorSummary(withOld.html)).toEqual([m.errors.INVALID_CREDENTIALS]);
    const withNew = await signIn(portal.browser(locale), EMAIL, NEW);
    expect(withNew.status).toBe(303);
    expect(withNew.location).toBe('/account');
  });

  it('refuses a used link', async () => {
    const link = await requestLink();
    await open(link);
    expect((await browser.post('/password/reset', { password: NEW, passwordConfirm: NEW })).status).toBe(303);

    const page = await open(link);
    expect(page.status).toBe(400);
    expect(errorNotice(page.html)).toBe(m.errors.LINK_INVALID);

    // Replaying the token cookie straight into the form is refused too, and changes nothing.
    const replay = portal.browser(locale);
    await replay.get('/password/forgot');
    replay.setCookie(COOKIES.link, `reset.${portal.mailer.last('password-reset').params.token}`);
    const post = await replay.post('/password/reset', {
      password: 'yet another passphrase',
      passwordConfirm: 'yet another passphrase',
    });
    expect(post.status).toBe(400);
    expect(errorNotice(post.html)).toBe(m.errors.LINK_INVALID);
    expect((await signIn(portal.browser(locale), EMAIL, NEW)).status).toBe(303);
  });

  it('refuses an expired link', async () => {
    const link = await requestLink();
    portal.clock.advanceMinutes(portal.config.linkTtlMinutes + 1);
    const page = await open(link);
    expect(page.status).toBe(400);
    expect(errorNotice(page.html)).toBe(m.errors.LINK_INVALID);
  });

  it('refuses a token of another kind of link', async () => {
    await browser.get('/register');
    await browser.post('/register', {
      firstName: 'Zoé',
      lastName: 'Martin',
      email: 'zoe@example.org',
      emailConfirm: 'zoe@example.org',
      emailLocale: locale,
      privacyAccepted: 'yes',
    });
    const token = portal.mailer.last('registration-link').params.token;
    const page = await open(`/password/reset?token=${token}`);
    expect(page.status).toBe(400);
    expect(errorNotice(page.html)).toBe(m.errors.LINK_INVALID);
  });

  it('refuses a weak new password and keeps the link usable', async () => {
    await open(await requestLink());
    const weak = await browser.post('/password/reset', { password: 'short pw', passwordConfirm: 'short pw' });
    expect(weak.status).toBe(400);
    expect(fieldError(weak.html, 'password')).toBe(
      format(m.reasons.too_short, { min: portal.config.password.minLength }),
    );
    const mismatch = await browser.post('/password/reset', { password: NEW, passwordConfirm: OLD });
    expect(mismatch.status).toBe(400);
    expect(fieldError(mismatch.html, 'passwordConfirm')).toBe(
      format(m.reasons.mismatch, { field: m.fieldNames.passwordConfirm }),
    );
    expect((await signIn(portal.browser(locale), EMAIL, OLD)).status).toBe(303);

    expect((await browser.post('/password/reset', { password: NEW, passwordConfirm: NEW })).status).toBe(303);
  });

  it('lifts a lock: the owner proved control of the address', async () => {
    for (let i = 0; i < portal.config.signIn.lockAfterFailures; i++)
      await signIn(portal.browser(locale), EMAIL, 'not the password at all');
    expect((await signIn(portal.browser(locale), EMAIL, OLD)).status).toBe(429);

    await open(await requestLink());
    expect((await browser.post('/password/reset', { password: NEW, passwordConfirm: NEW })).status).toBe(303);
    const page = await signIn(portal.browser(locale), EMAIL, NEW);
    expect(page.status).toBe(303);
    expect(page.location).toBe('/account');
  });

  it('ends the sessions that began before the reset', async () => {
    const elsewhere = portal.browser(locale);
    expect((await signIn(elsewhere, EMAIL, OLD)).status).toBe(303);
    expect((await elsewhere.get('/account')).status).toBe(200);

    // Timestamps have millisecond resolution; a second apart, "before" is unambiguous.
    portal.clock.advance(1_000);
    await open(await requestLink());
    expect((await browser.post('/password/reset', { password: NEW, passwordConfirm: NEW })).status).toBe(303);

    const page = await elsewhere.get('/account');
    expect(page.status).toBe(303);
    expect(page.location).toBe('/login');
    expect(elsewhere.session).toBeUndefined();
  });

  it('kills a link issued before a later password change', async () => {
    const link = await requestLink();
    const owner = portal.browser(locale);
    await signIn(owner, EMAIL, OLD);
    portal.clock.advance(1_000);
    const changed = await owner.post('/account/password', {
      currentPassword: OLD,
      newPassword: NEW,
      newPasswordConfirm: NEW,
    });
    expect(changed.status).toBe(303);

    const page = await open(link);
    expect(page.status).toBe(400);
    expect(errorNotice(page.html)).toBe(m.errors.LINK_INVALID);
  });
});
