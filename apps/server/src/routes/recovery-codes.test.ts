import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMAIL, PASSWORD, passwordStep, startAppSignInKit } from '../../test/app-sign-in-kit';
import { enrolTotp, type EnrolledTotp, recoveryCodesInPage, totpCode } from '../../test/credentials-kit';
import { type Browser, fieldError, signIn, type TestPortal, textOf } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

/**
 * Recovery codes from the browser's side (issue 13 point 3; SEC-29; docs/adr/0028 §6): made with a
 * second factor, shown once, each used once to sign in — the owner mailed — and the sign-in ends on
 * "Set up a new second factor".
 */
let portal: TestPortal;
let totp: EnrolledTotp;

beforeEach(async () => {
  ({ portal } = await startAppSignInKit());
  const browser = portal.browser('en');
  await signIn(browser, EMAIL, PASSWORD);
  totp = await enrolTotp(portal, browser);
  portal.clock.advance(30_000);
});
afterEach(() => portal.close());

/** A browser signed in with the password and the authenticator app's code (MEDIUM). */
async function strongSession(lang = 'en'): Promise<Browser> {
  const browser = portal.browser(lang);
  expect((await passwordStep(browser, '/login', 'PASSWORD_TOTP')).location).toBe('/login/totp');
  expect((await browser.post('/login/totp', { code: await totpCode(portal, totp.seed) })).location).toBe('/account');
  portal.clock.advance(30_000);
  return browser;
}

async function madeCodes(): Promise<string[]> {
  const browser = await strongSession();
  const shown = await browser.post('/account/recovery-codes');
  expect(shown.status).toBe(200);
  return recoveryCodesInPage(shown.html);
}

async function recoveryStep(browser: Browser) {
  const step = await passwordStep(browser, '/login', 'PASSWORD_RECOVERY_CODE');
  expect(step.location).toBe('/login/recovery-code');
  return browser.get('/login/recovery-code');
}

describe('making recovery codes', () => {
  it('needs a second factor: a password-only session gets the re-authentication page (403), nothing made', async () => {
    const browser = portal.browser('en');
    await signIn(browser, EMAIL, PASSWORD);
    const refused = await browser.post('/account/recovery-codes');
    expect(refused.status).toBe(403);
    expect(refused.html).toContain(`/login?reauth=1&amp;return_to=${encodeURIComponent('/account/recovery-codes')}`);
    expect(portal.mailer.of('recovery-codes-generated')).toHaveLength(0);
  });

  it('shows ten codes once, mails the owner, then the page only counts them', async () => {
    const browser = await strongSession('fr');
    const shown = await browser.post('/account/recovery-codes');
    expect(shown.status).toBe(200);
    expect(shown.headers['cache-control']).toBe('no-store');
    const codes = recoveryCodesInPage(shown.html);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(textOf(shown.html)).toContain(fr.recoveryCodes.shownOnce);
    expect(portal.mailer.last('recovery-codes-generated').params).toMatchObject({ count: 10, replaced: 0 });
    const page = await browser.get('/account/recovery-codes');
    expect(textOf(page.html)).toContain(format(fr.recoveryCodes.remaining, { count: 10 }, 'fr'));
    for (const code of codes) expect(page.html).not.toContain(code);
    // Offered no more: the account has codes.
    expect((await browser.get('/account')).html).not.toContain('data-testid="recovery-codes-offer"');
  });

  it('regenerating replaces the set: an old code no longer signs in', async () => {
    const [old] = await madeCodes();
    await madeCodes();
    const browser = portal.browser('en');
    await recoveryStep(browser);
    expect((await browser.post('/login/recovery-code', { code: old })).status).toBe(401);
  });
});

describe('sign-in with a recovery code', () => {
  it('uses the code up, mails the owner, lands on "Set up a new second factor" with the count, no method remembered', async () => {
    const codes = await madeCodes();
    const browser = portal.browser('en');
    const page = await recoveryStep(browser);
    expect(page.status).toBe(200);
    expect(page.html).toContain('autocomplete="off"');
    const done = await browser.post('/login/recovery-code', { code: codes[0] });
    expect(done.location).toBe('/account/set-up-factor');
    expect(browser.cookie(COOKIES.method)).toBeUndefined();
    const setUp = await browser.follow(done);
    expect(textOf(setUp.html)).toContain(format(en.setUpFactor.why, { count: 9 }, 'en'));
    expect(portal.mailer.last('recovery-code-used').params).toMatchObject({ remaining: 9 });
    expect(setUp.html).toContain('href="/account/devices/new"');
    expect(setUp.html).toContain('href="/account/authenticator-apps/new"');
  });

  it('a used code is refused the second time (401, with its message)', async () => {
    const codes = await madeCodes();
    const first = portal.browser('en');
    await recoveryStep(first);
    expect((await first.post('/login/recovery-code', { code: codes[1] })).location).toBe('/account/set-up-factor');
    const second = portal.browser('en');
    await recoveryStep(second);
    const again = await second.post('/login/recovery-code', { code: codes[1] });
    expect(again.status).toBe(401);
    expect(fieldError(again.html, 'code')).toBe(en.signInCode.recoveryWrong);
    expect(second.session).toBeUndefined();
  });

  it('a recovery-code session may add a new factor and delete the old one (MEDIUM)', async () => {
    const codes = await madeCodes();
    const browser = portal.browser('en');
    await recoveryStep(browser);
    await browser.post('/login/recovery-code', { code: codes[2] });
    expect((await browser.get('/account/authenticator-apps/new')).status).toBe(200);
    const deleted = await browser.post(`/account/authenticator-apps/${totp.credentialId}/delete`);
    expect(deleted.location).toBe('/account/authenticator-apps?deleted=1');
  });
});
