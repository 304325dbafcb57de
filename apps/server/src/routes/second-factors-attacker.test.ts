import type { CredentialRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  casStrength,
  EMAIL,
  type EveryFactor,
  lastSmsCode,
  MEDIUM_APP,
  NO_SMS_APP,
  PASSWORD,
  passwordOnly,
  passwordStep,
  PHONE,
  startEveryFactor,
  TRACES,
  withTotp,
} from '../../test/every-factor-kit';
import { enrolTotp, recoveryCodesInPage } from '../../test/credentials-kit';
import { enrolKey, keyFor, optionsInPage } from '../../test/security-keys-kit';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { type Browser, signIn, textOf } from '../../test/test-portal';

/**
 * Issue 13 "Done when": the attacker suite of the hardening issue (#10) extended to every new
 * endpoint — here the attacker who knows the password only, and another user. Marie has every
 * factor of issue 13 (every-factor-kit.ts). Must hold (SEC-27, SEC-28, SEC-29; issue 10 point 1):
 * no page or action that adds, deletes or replaces a factor, makes recovery codes or changes the
 * account's options is reachable with the password alone; no sequence yields more than the
 * password's strength (LOW); another user's credential ids are 404 and change nothing.
 */
let kit: EveryFactor;
beforeEach(async () => {
  kit = await startEveryFactor();
});
afterEach(() => kit.portal.close());

/** Everything an attack could change: every credential of the account, its options, the mails and texts sent. */
async function snapshot() {
  const { portal, user } = kit;
  const credentials = (await portal.durable.credentials.listByUser(user.id)).map((c: CredentialRecord) => ({
    id: c.id,
    kind: c.kind,
    name: c.name,
    status: c.status,
    counter: c.counter,
  }));
  return {
    credentials,
    options: await portal.durable.accountOptions.get(user.id),
    user: await portal.durable.users.findById(user.id),
    mails: portal.mailer.sent.length,
    texts: (await portal.durable.outbox.list(500)).length,
  };
}

describe('with the password only (SEC-27; issue 10 point 1)', () => {
  it('every page and action that adds, deletes or replaces a factor is 403; nothing changes, nothing is sent', async () => {
    const { portal, keyId, passkeyId, phoneId, totp } = kit;
    // The owner's own enrolments, left pending: the attacker tries to finish them.
    const owner = await withTotp(portal, totp);
    const keyPrompt = await owner.post('/account/security-keys/new', { name: 'Owner key' });
    const keyAnswer = JSON.stringify(kit.key.register(optionsInPage(keyPrompt.html)).response);
    const appQr = await owner.post('/account/authenticator-apps/new', { name: 'Owner app' });
    const pendingApp = /name="credential" value="([^"]+)"/.exec(appQr.html)?.[1] ?? '';
    const numberSent = await owner.post('/account/phone-numbers/new', { phone: '+33698765432' });
    const pendingNumber = /name="enrolment" value="([^"]+)"/.exec(numberSent.html)?.[1] ?? '';
    expect([pendingApp, pendingNumber]).not.toContain('');
    const before = await snapshot();

    const attacker = await passwordOnly(portal);
    const gets = [
      '/account/security-keys/new',
      `/account/security-keys/${keyId}/delete`,
      `/account/security-keys/${passkeyId}/delete`,
      '/account/authenticator-apps/new',
      `/account/authenticator-apps/${totp.credentialId}/delete`,
      '/account/phone-numbers/new',
      `/account/phone-numbers/${phoneId}/delete`,
      '/account/options',
    ];
    for (const path of gets) expect((await attacker.get(path)).status, `GET ${path}`).toBe(403);
    const posts: [string, Record<string, string>][] = [
      ['/account/security-keys/new', { name: 'Attacker key' }],
      ['/account/security-keys/new', { name: 'Attacker passkey', passkey: 'yes' }],
      ['/account/security-keys/confirm', { credential: keyAnswer }],
      [`/account/security-keys/${keyId}/delete`, {}],
      [`/account/security-keys/${passkeyId}/delete`, {}],
      ['/account/authenticator-apps/new', { name: 'Attacker app' }],
      ['/account/authenticator-apps/confirm', { credential: pendingApp, code: '123456' }],
      [`/account/authenticator-apps/${totp.credentialId}/delete`, {}],
      ['/account/phone-numbers/new', { phone: '+33611111111' }],
      ['/account/phone-numbers/confirm', { enrolment: pendingNumber, code: 'AAA-AAA-AAA' }],
      [`/account/phone-numbers/${phoneId}/delete`, {}],
      ['/account/recovery-codes', {}],
      // "Always require a second factor" off, the preferred method changed, the warning off.
      ['/account/options', {}],
      ['/account/options', { preferredMethod: 'PASSWORD_SMS' }],
    ];
    for (const [path, form] of posts) {
      const page = await attacker.post(path, form);
      expect(page.status, `POST ${path}`).toBe(403);
      expect(textOf(page.html), `POST ${path}`).not.toContain('data-webauthn-options');
    }
    expect(await snapshot()).toEqual(before);
    // The owner's pending enrolments were not spent by the attacker's tries.
    expect((await owner.post('/account/phone-numbers/confirm', { enrolment: pendingNumber })).status).toBe(400);
  });

  it('with "always require a second factor" on, the password alone opens no session at all', async () => {
    const { portal, totp } = kit;
    const owner = await withTotp(portal, totp);
    expect((await owner.post('/account/options', { alwaysSecondFactor: 'on' })).location).toBe(
      '/account/options?saved=1',
    );
    for (const method of ['PASSWORD', 'PASSWORD_MOBILE_APP', 'PASSWORD_SOFTWARE_TOKEN']) {
      const attacker = portal.browser('en');
      const step = await passwordStep(attacker, '/login', method);
      expect(attacker.session, method).toBeUndefined();
      expect(step.location ?? '', method).not.toBe('/account');
    }
    // Nor by the re-authentication path, nor by signIn's plain form.
    const attacker = portal.browser('en');
    await signIn(attacker, EMAIL, PASSWORD);
    expect(attacker.session).toBeUndefined();
  });

  it('no sequence through the new sign-in pages reaches more than the password (CAS strength PASSWORD, no MEDIUM ticket)', async () => {
    const { portal } = kit;
    const attacker = await passwordOnly(portal);
    expect(await casStrength(portal, attacker, TRACES)).toBe('PASSWORD');

    // The MEDIUM application: the level page (403), its sign-in kept for a second factor.
    const start = await attacker.get(`/cas/login?service=${encodeURIComponent(MEDIUM_APP)}`);
    expect(start.status).toBe(403);
    const wrongAnswers = {
      PASSWORD_TOTP: ['/login/totp', { code: '000000' }],
      PASSWORD_SMS: ['/login/sms', { code: 'AAA-AAA-AAA' }],
      PASSWORD_RECOVERY_CODE: ['/login/recovery-code', { code: 'AAAA-AAAA-AAAA-AAAA-AAAA' }],
      PASSWORD_WEBAUTHN: ['/login/webauthn', { credential: '{}' }],
    } as const;
    for (const [method, [path, form]] of Object.entries(wrongAnswers)) {
      // The password again, with each method; then the account's chooser switching to it.
      const step = await attacker.post('/login/password', { password: PASSWORD, method });
      expect(step.location, method).toBe(path);
      for (const page of [await attacker.post(path, form), await attacker.post('/login/choose', { method })]) {
        expect(page.location ?? '', method).not.toMatch(/ticket=/);
      }
      expect((await attacker.post(path, form)).location ?? '', method).not.toMatch(/ticket=/);
    }
    for (const [path, form] of [
      ['/login/passkey', { credential: '{}' }],
      // "Later" after an SMS sign-in that never happened: the kept sign-in gets no SMS from it.
      ['/login/sms-sunset', {}],
      ['/login/consent', { token: 'A'.repeat(43), answer: 'continue' }],
    ] as const) {
      const page = await attacker.post(path, form);
      expect(page.location ?? '', path).not.toMatch(/ticket=/);
    }
    expect(await casStrength(portal, attacker, MEDIUM_APP)).toBeUndefined();
    expect(await casStrength(portal, attacker, TRACES)).toBe('PASSWORD');
  });
});

describe('per-application SMS refusal (issue 13 point 4)', () => {
  it('the "Later" pass of an SMS sign-in does not carry SMS to an application that refuses it', async () => {
    const { portal } = kit;
    const browser = portal.browser('en');
    expect((await passwordStep(browser, '/login', 'PASSWORD_SMS')).location).toBe('/login/sms');
    const verified = await browser.post('/login/sms', { code: await lastSmsCode(portal) });
    expect(verified.location).toMatch(/^\/login\/sms-sunset/);
    // The pass is kept; the same browser then asks the application that refuses SMS.
    expect((await browser.get(`/cas/login?service=${encodeURIComponent(NO_SMS_APP)}`)).status).toBe(403);
    const later = await browser.post('/login/sms-sunset', {});
    expect(later.location ?? '').not.toMatch(/ticket=/);
    expect(await casStrength(portal, browser, NO_SMS_APP)).toBeUndefined();
    // The session is SMS's all the same, for an application that takes it.
    expect(await casStrength(portal, browser, MEDIUM_APP)).toBe('PASSWORD_SMS');
  });

  it("the account's chooser does not switch to SMS for such an application; nothing is texted", async () => {
    const { portal } = kit;
    const browser = portal.browser('en');
    const start = await browser.get(`/cas/login?service=${encodeURIComponent(NO_SMS_APP)}`);
    expect((await passwordStep(browser, start.location!, 'PASSWORD_TOTP')).location).toBe('/login/totp');
    const texts = (await portal.durable.outbox.list(500)).length;
    const chooser = await browser.get('/login/choose');
    expect(chooser.status).toBe(200);
    expect(textOf(chooser.html)).toContain(en.signIn.methodTotp);
    expect(textOf(chooser.html)).not.toContain(en.signIn.methodSms);
    const switched = await browser.post('/login/choose', { method: 'PASSWORD_SMS' });
    expect(switched.location ?? '').not.toBe('/login/sms');
    expect((await browser.post('/login/sms/new', {})).location ?? '').not.toBe('/login/sms');
    expect((await portal.durable.outbox.list(500)).length).toBe(texts);
    expect(browser.session).toBeUndefined();
  });
});

describe('another user', () => {
  let eve: Browser;
  beforeEach(async () => {
    const other = await kit.portal.createUser({ email: 'eve@example.fr', password: PASSWORD });
    eve = kit.portal.browser('en');
    expect((await signIn(eve, other.email, PASSWORD)).location).toBe('/account');
  });

  it("gets a 404 for each of Marie's credentials, to rename or to delete; nothing changes", async () => {
    const { keyId, passkeyId, phoneId, totp } = kit;
    const before = await snapshot();
    for (const [list, id] of [
      ['/account/security-keys', keyId],
      ['/account/security-keys', passkeyId],
      ['/account/authenticator-apps', totp.credentialId],
      ['/account/phone-numbers', phoneId],
    ] as const) {
      for (const action of ['rename', 'delete'] as const) {
        const path = `${list}/${id}/${action}`;
        if (list === '/account/phone-numbers' && action === 'rename') continue; // numbers are not renamed
        expect((await eve.get(path)).status, `GET ${path}`).toBe(404);
        expect((await eve.post(path, { name: 'Mine now' })).status, `POST ${path}`).toBe(404);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("cannot tell whether a phone number is Marie's (or any account's) by adding it; cannot take it", async () => {
    const { portal, user } = kit;
    // A number no account holds, then Marie's: the same answer, a code texted each time.
    const free = await eve.post('/account/phone-numbers/new', { phone: '+33655555555' });
    portal.clock.advance(60_000);
    const held = await eve.post('/account/phone-numbers/new', { phone: PHONE });
    expect(held.status).toBe(free.status);
    const shown = (html: string, phone: string) =>
      textOf(html)
        .split(phone)
        .join('‹phone›')
        .replace(/before \d\d:\d\d/, 'before ‹time›');
    expect(shown(held.html, PHONE)).toEqual(shown(free.html, '+33655555555'));
    // Only the phone's holder could finish it; even then the number stays Marie's.
    const enrolment = /name="enrolment" value="([^"]+)"/.exec(held.html)?.[1] ?? '';
    const refused = await eve.post('/account/phone-numbers/confirm', { enrolment, code: await lastSmsCode(portal) });
    expect(refused.status).toBe(400);
    const [number] = await portal.durable.credentials.listByUser(user.id, 'sms');
    expect(number).toMatchObject({ id: kit.phoneId, externalId: PHONE, status: 'active' });
    const eveId = (await portal.durable.users.findByEmail('eve@example.fr'))!.id;
    expect(await portal.durable.credentials.listByUser(eveId, 'sms')).toEqual([]);
    // Marie adding her own number again is told at once (her list shows it).
    const owner = await withTotp(portal, kit.totp);
    expect((await owner.post('/account/phone-numbers/new', { phone: PHONE })).status).toBe(400);
  });

  it("cannot confirm Marie's pending enrolments with her ids (her authenticator app, her number)", async () => {
    const { portal, totp } = kit;
    const owner = await withTotp(portal, totp);
    const appQr = await owner.post('/account/authenticator-apps/new', { name: 'Owner app' });
    const pendingApp = /name="credential" value="([^"]+)"/.exec(appQr.html)?.[1] ?? '';
    const numberSent = await owner.post('/account/phone-numbers/new', { phone: '+33698765432' });
    const pendingNumber = /name="enrolment" value="([^"]+)"/.exec(numberSent.html)?.[1] ?? '';
    const before = await snapshot();
    // Not Eve's: the enrolment is over for her (back to "Add"), never confirmed.
    const app = await eve.post('/account/authenticator-apps/confirm', { credential: pendingApp, code: '123456' });
    expect(app.location).toBe('/account/authenticator-apps/new');
    const texted = (await portal.durable.outbox.list(5))[0]?.text ?? '';
    const code = /[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}/.exec(texted)?.[0] ?? '';
    const number = await eve.post('/account/phone-numbers/confirm', { enrolment: pendingNumber, code });
    expect(number.status).toBe(410);
    expect(await snapshot()).toEqual(before);
    expect(
      await portal.durable.credentials.listByUser((await portal.durable.users.findByEmail('eve@example.fr'))!.id),
    ).toEqual([]);
  });
});

/**
 * The attacker who knows Marie's password and holds factors of an account of their own (Eve's):
 * none of Eve's factors, passes or prompts counts for Marie.
 */
describe("another account's factors, for Marie's sign-in", () => {
  const EVE = 'eve@example.fr';
  const EVE_PHONE = '+33677777777';

  /** Eve's own account with a security key, a passkey, a number and recovery codes (her first factor with her password alone). */
  async function eve() {
    const { portal } = kit;
    await portal.createUser({ email: EVE, password: PASSWORD });
    const browser = portal.browser('en');
    expect((await signIn(browser, EVE, PASSWORD)).location).toBe('/account');
    const key = keyFor(portal);
    const { credential } = await enrolKey(portal, browser, key, 'Eve key');
    // Her key presented: she may add more.
    const strong = portal.browser('en');
    await passwordStep(strong, '/login', 'PASSWORD_WEBAUTHN', EVE);
    const options = optionsInPage((await strong.get('/login/webauthn')).html);
    const signedIn = await strong.post('/login/webauthn', {
      credential: JSON.stringify(key.assert(credential, options.challenge)),
    });
    expect(signedIn.location).toBe('/account');
    const prompt = await strong.post('/account/security-keys/new', { name: 'Eve passkey', passkey: 'yes' });
    const passkey = key.register(optionsInPage(prompt.html));
    expect(
      (await strong.post('/account/security-keys/confirm', { credential: JSON.stringify(passkey.response) })).status,
    ).toBe(303);
    const sent = await strong.post('/account/phone-numbers/new', { phone: EVE_PHONE });
    const enrolment = /name="enrolment" value="([^"]+)"/.exec(sent.html)?.[1] ?? '';
    const added = await strong.post('/account/phone-numbers/confirm', {
      enrolment,
      code: await lastSmsCode(portal, EVE_PHONE),
    });
    expect(added.location).toMatch(/added=/);
    const codes = recoveryCodesInPage((await strong.post('/account/recovery-codes')).html);
    expect(codes).toHaveLength(10);
    portal.clock.advance(60_000);
    return { key, credential, passkey: passkey.credential, codes, strong };
  }

  it("Eve's key, passkey re-labelled as Marie's, and recovery code are refused at Marie's sign-in", async () => {
    const { portal, user } = kit;
    const e = await eve();
    // Eve's security key at Marie's key page.
    const browser = portal.browser('en');
    expect((await passwordStep(browser, '/login', 'PASSWORD_WEBAUTHN')).location).toBe('/login/webauthn');
    const options = optionsInPage((await browser.get('/login/webauthn')).html);
    const withEveKey = await browser.post('/login/webauthn', {
      credential: JSON.stringify(e.key.assert(e.credential, options.challenge)),
    });
    expect(withEveKey.status).toBe(401);
    expect(browser.session).toBeUndefined();
    // Eve's passkey with Marie's user handle: the key is Eve's, the account it names is checked.
    const first = portal.browser('en');
    const firstOptions = optionsInPage((await first.get('/login')).html);
    const relabelled = e.key.assert({ ...e.passkey, userHandle: kit.passkey.userHandle }, firstOptions.challenge);
    expect((await first.post('/login/passkey', { credential: JSON.stringify(relabelled) })).status).toBe(401);
    expect(first.session).toBeUndefined();
    // Eve's recovery code at Marie's recovery-code page.
    const recovery = portal.browser('en');
    expect((await passwordStep(recovery, '/login', 'PASSWORD_RECOVERY_CODE')).location).toBe('/login/recovery-code');
    expect((await recovery.post('/login/recovery-code', { code: e.codes[0]! })).status).toBe(401);
    expect(recovery.session).toBeUndefined();
    const failed = (await portal.durable.audit.list({ userId: user.id, limit: 20 })).filter(
      (ev) => ev.type === 'sign_in.failed',
    );
    // The key page and the recovery code under Marie; the passkey under the account its key names (Eve's).
    expect(failed.length).toBeGreaterThanOrEqual(2);
  });

  it('Eve\'s SMS "Later" pass, carried to a password-only sign-in of Marie for a MEDIUM application, gives no ticket', async () => {
    const { portal } = kit;
    await eve();
    // Eve signs in with her own number; she keeps the page's pass and does not click "Later".
    const browser = portal.browser('en');
    expect((await passwordStep(browser, '/login', 'PASSWORD_SMS', EVE)).location).toBe('/login/sms');
    const verified = await browser.post('/login/sms', { code: await lastSmsCode(portal, EVE_PHONE) });
    expect(verified.location).toMatch(/^\/login\/sms-sunset/);
    const pass = browser.cookie(COOKIES.smsSunset);
    expect(pass).toBeDefined();
    // The same browser: Marie's password alone, for the MEDIUM application (kept, waiting).
    await browser.post('/logout', {});
    const attacker = portal.browser('en');
    attacker.setCookie(COOKIES.smsSunset, pass!);
    expect((await signIn(attacker, EMAIL, PASSWORD)).location).toBe('/account');
    expect((await attacker.get(`/cas/login?service=${encodeURIComponent(MEDIUM_APP)}`)).status).toBe(403);
    const later = await attacker.post('/login/sms-sunset', {});
    expect(later.location ?? '').not.toMatch(/ticket=/);
    expect(await casStrength(portal, attacker, MEDIUM_APP)).toBeUndefined();
  });

  it("a key registered by Eve under the credential id of Marie's passkey is refused; Marie's passkey still signs in Marie only", async () => {
    const { portal, user, passkey, key } = kit;
    await portal.createUser({ email: EVE, password: PASSWORD });
    const browser = portal.browser('en');
    expect((await signIn(browser, EVE, PASSWORD)).location).toBe('/account');
    const eveKey = keyFor(portal);
    const prompt = await browser.post('/account/security-keys/new', { name: 'Copycat', passkey: 'yes' });
    const forged = eveKey.register(optionsInPage(prompt.html), 'none', { credentialId: passkey.id });
    expect(forged.credential.id).toBe(passkey.id);
    const refused = await browser.post('/account/security-keys/confirm', {
      credential: JSON.stringify(forged.response),
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    const eveId = (await portal.durable.users.findByEmail(EVE))!.id;
    expect(await portal.durable.credentials.listByUser(eveId, 'webauthn')).toEqual([]);
    // Eve's private key under that id opens nobody's account; Marie's key still opens Marie's.
    const first = portal.browser('en');
    let options = optionsInPage((await first.get('/login')).html);
    await first.post('/login/passkey', {
      credential: JSON.stringify(eveKey.assert(forged.credential, options.challenge)),
    });
    expect(first.session).toBeUndefined();
    options = optionsInPage((await first.get('/login')).html);
    await first.post('/login/passkey', { credential: JSON.stringify(key.assert(passkey, options.challenge)) });
    expect(first.session).toBeDefined();
    const events = await portal.durable.audit.list({ userId: user.id, limit: 5 });
    expect(events.find((e) => e.type === 'sign_in.succeeded')).toBeDefined();
  });

  it("Marie's key prompt answered, confirmed in Eve's session: no key for either", async () => {
    const { portal, user, totp } = kit;
    const e = await eve();
    const owner = await withTotp(portal, totp);
    const prompt = await owner.post('/account/security-keys/new', { name: 'Marie second key' });
    const answer = JSON.stringify(keyFor(portal).register(optionsInPage(prompt.html)).response);
    const before = (await portal.durable.credentials.listByUser(user.id, 'webauthn')).length;
    const eveId = (await portal.durable.users.findByEmail(EVE))!.id;
    const eveBefore = (await portal.durable.credentials.listByUser(eveId, 'webauthn')).length;
    const refused = await e.strong.post('/account/security-keys/confirm', { credential: answer });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await portal.durable.credentials.listByUser(user.id, 'webauthn')).toHaveLength(before);
    expect(await portal.durable.credentials.listByUser(eveId, 'webauthn')).toHaveLength(eveBefore);
  });
});

/**
 * Issue 10 point 1 ("the owner is mailed at once when a device is blocked, with 'this was not
 * me'") and ASVS 5.0 6.3.5 (notify "partially successful authentication — only one of multiple
 * factors"): whoever reaches a code page knows the password. When their wrong codes block an
 * authenticator app, SMS or the recovery codes, the owner hears of it once per block, with a
 * password-reset link.
 */
describe('the owner is told when guessed codes block a method', () => {
  it.each([
    ['PASSWORD_TOTP', '/login/totp', '000000', 'totp'],
    ['PASSWORD_SMS', '/login/sms', 'AAA-AAA-AAA', 'sms'],
    ['PASSWORD_RECOVERY_CODE', '/login/recovery-code', 'AAAA-AAAA-AAAA-AAAA-AAAA', 'recovery-code'],
  ] as const)('%s: one mail at the block, none for the refused codes after it', async (method, path, guess, kind) => {
    const { portal } = kit;
    const attacker = portal.browser('en');
    expect((await passwordStep(attacker, '/login', method)).location).toBe(path);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await attacker.post(path, { code: guess })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 403]);
    const mail = portal.mailer.last('second-factor-blocked');
    expect(mail.to).toBe(EMAIL);
    expect(mail.params).toMatchObject({ method: kind, ip: '127.0.0.1' });
    const left = new Date(mail.params.blockedUntil).getTime() - portal.clock.now().getTime();
    expect(left).toBeGreaterThan(14 * 60_000);
    expect(left).toBeLessThanOrEqual(15 * 60_000);
    expect(portal.linkIn(mail)).toMatch(/^\/password\/reset\?token=/);
    // More tries in the window: refused unchecked, and no more mail.
    const again = portal.browser('en');
    await passwordStep(again, '/login', method);
    await again.post(path, { code: guess });
    expect(portal.mailer.of('second-factor-blocked')).toHaveLength(1);
  });
});

/** CSRF (ADR 0003) on the issue-13 endpoints not in credentials-attacker.test.ts's list. */
describe('a cross-site POST (no token, or a foreign Origin) to the new endpoints', () => {
  it.each([
    ['without _csrf', { csrf: null }],
    ['with a foreign Origin', { headers: { origin: 'https://evil.example' } }],
  ] as const)(
    '%s is refused before the route runs (403); nothing changes, nothing is texted',
    async (_name, options) => {
      const { portal, keyId, passkeyId, phoneId, totp } = kit;
      const owner = await withTotp(portal, totp);
      const before = await snapshot();
      for (const path of [
        '/account/phone-numbers/new',
        '/account/phone-numbers/confirm',
        `/account/phone-numbers/${phoneId}/delete`,
        `/account/security-keys/${keyId}/rename`,
        `/account/security-keys/${keyId}/delete`,
        `/account/security-keys/${passkeyId}/delete`,
        '/account/options',
        '/login/choose',
        '/login/sms-sunset',
        '/login/consent',
      ]) {
        const page = await owner.post(path, { phone: '+33611111111', name: 'Forged', method: 'PASSWORD_SMS' }, options);
        expect(page.status, path).toBe(403);
      }
      const signingIn = portal.browser('en');
      expect((await passwordStep(signingIn, '/login', 'PASSWORD_SMS')).location).toBe('/login/sms');
      const code = await lastSmsCode(portal);
      for (const path of ['/login/sms', '/login/sms/new', '/login/webauthn']) {
        expect((await signingIn.post(path, { code }, options)).status, path).toBe(403);
      }
      expect(signingIn.session).toBeUndefined();
      const after = await snapshot();
      expect({ ...after, texts: 0, mails: 0 }).toEqual({ ...before, texts: 0, mails: 0 });
      expect(after.texts).toBe(before.texts + 1);
    },
  );
});

/**
 * Issue 10 point 1 and ADR 0008: the recovery (a mailed link, then a waiting period) gives the
 * browser that confirmed the link ONE new factor with the password — "good for one new device".
 * Issue 13's factors must use it up as a device does: afterwards the password alone adds, deletes
 * and makes nothing more, and the owner is told the recovery is complete.
 */
describe('the recovery grant is good for one new factor, whatever its kind', () => {
  /** Starts and confirms a recovery in `browser` (password-only), then waits it out. */
  async function recovered(browser: Browser) {
    const { portal } = kit;
    expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
    await browser.post('/account/recovery');
    await browser.follow(await browser.get(portal.linkIn(portal.mailer.last('recovery-link'))));
    expect((await browser.post('/account/recovery/confirm')).status).toBe(200);
    portal.clock.advanceMinutes(24 * 60 + 1);
    expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  }

  it.each(['authenticator app', 'security key', 'phone number'] as const)(
    'a new %s uses the grant up: nothing more with the password alone; the owner is told',
    async (kind) => {
      const { portal, user, keyId } = kit;
      const browser = portal.browser('en');
      await recovered(browser);
      if (kind === 'authenticator app') {
        await enrolTotp(portal, browser, 'Recovered');
      } else if (kind === 'security key') {
        await enrolKey(portal, browser, keyFor(portal), 'Recovered key');
      } else {
        const sent = await browser.post('/account/phone-numbers/new', { phone: '+33698765432' });
        const enrolment = /name="enrolment" value="([^"]+)"/.exec(sent.html)?.[1] ?? '';
        const added = await browser.post('/account/phone-numbers/confirm', {
          enrolment,
          code: await lastSmsCode(portal, '+33698765432'),
        });
        expect(added.location).toMatch(/added=/);
      }
      expect((await portal.durable.users.findById(user.id))?.recovery).toBeNull();
      expect(portal.mailer.of('recovery-completed')).toHaveLength(1);
      // The grant is used up: the password alone is back to what it was.
      expect((await browser.get('/account/authenticator-apps/new')).status).toBe(403);
      expect((await browser.post(`/account/security-keys/${keyId}/delete`)).status).toBe(403);
      expect((await browser.post('/account/recovery-codes')).status).toBe(403);
      expect(await portal.durable.credentials.findById(keyId)).not.toBeNull();
    },
  );

  it('the grant makes no recovery codes (a second way in beside the one new factor) and opens no account options', async () => {
    const { portal, user } = kit;
    const browser = portal.browser('en');
    await recovered(browser);
    const before = portal.mailer.of('recovery-codes-generated').length;
    expect((await browser.post('/account/recovery-codes')).status).toBe(403);
    expect(portal.mailer.of('recovery-codes-generated')).toHaveLength(before);
    // Nor does it open "Configure my account" (turning "always require a second factor" off).
    expect((await browser.get('/account/options')).status).toBe(403);
    expect((await browser.post('/account/options', {})).status).toBe(403);
    // The grant is still there for its one new factor.
    expect((await portal.durable.users.findById(user.id))?.recovery).not.toBeNull();
    expect((await browser.get('/account/authenticator-apps/new')).status).toBe(200);
  });
});
