import { DEFAULT_ACCOUNT_OPTIONS } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromBase32 } from '@sesame/protocol';
import { credentialInPage, secretInPage, totpCode } from '../../test/credentials-kit';
import {
  type EveryFactor,
  lastSmsCode,
  passwordStep,
  startEveryFactor,
  TRACES,
  withTotp,
} from '../../test/every-factor-kit';
import { keyFor, optionsInPage } from '../../test/security-keys-kit';
import type { Browser, Page } from '../../test/test-portal';

/**
 * Issue 13's attacker suite, the races (issue 10 points 1–2; SEC-19, SEC-23, SEC-29): every
 * single-use thing of the new endpoints sent twice in parallel opens exactly one session (or makes
 * exactly one credential, one ticket); every guessed code is counted before it is checked, so
 * that a burst of wrong codes gets at most the threshold of checks (5, + a margin of 2 as issue
 * 10 allows) and the right code after the burst is refused.
 */
let kit: EveryFactor;
beforeEach(async () => {
  kit = await startEveryFactor();
});
afterEach(() => kit.portal.close());

/** `count` browsers at the code page of `method`, after the right password (one after the other). */
async function atCodePage(count: number, method: string, page: string): Promise<Browser[]> {
  const browsers: Browser[] = [];
  for (let i = 0; i < count; i++) {
    const browser = kit.portal.browser('en');
    expect((await passwordStep(browser, '/login', method)).location).toBe(page);
    browsers.push(browser);
  }
  return browsers;
}

/** How many of `browsers` hold a session. */
const sessions = (browsers: Browser[]) => browsers.filter((b) => b.session !== undefined).length;

/** The `sign_in.failed` events of the account: each one is a code that was checked. */
async function failures(): Promise<number> {
  const events = await kit.portal.durable.audit.list({ userId: kit.user.id, limit: 500 });
  return events.filter((e) => e.type === 'sign_in.failed').length;
}

describe('single use: the same secret twice in parallel opens exactly one session', () => {
  it('a recovery code (SEC-29): one sign-in, the other "already used"; the owner mailed once', async () => {
    const browsers = await atCodePage(2, 'PASSWORD_RECOVERY_CODE', '/login/recovery-code');
    const code = kit.recoveryCodes[0]!;
    const pages = await Promise.all(browsers.map((b) => b.post('/login/recovery-code', { code })));
    expect(sessions(browsers)).toBe(1);
    expect(pages.map((p) => p.status).sort()).toEqual([303, 401]);
    expect(kit.portal.mailer.of('recovery-code-used')).toHaveLength(1);
  });

  it('an authenticator app code (SEC-19): one sign-in, the other a replay', async () => {
    kit.portal.clock.advance(30_000);
    const browsers = await atCodePage(2, 'PASSWORD_TOTP', '/login/totp');
    const code = await totpCode(kit.portal, kit.totp.seed);
    const pages = await Promise.all(browsers.map((b) => b.post('/login/totp', { code })));
    expect(sessions(browsers)).toBe(1);
    expect(pages.map((p) => p.status).sort()).toEqual([303, 401]);
  });

  it('a texted code, posted twice at once by one browser: one sign-in', async () => {
    const [browser] = await atCodePage(1, 'PASSWORD_SMS', '/login/sms');
    const code = await lastSmsCode(kit.portal);
    const pages = await Promise.all([1, 2].map(() => browser!.post('/login/sms', { code })));
    const signedIn = pages.filter((p) => p.location?.startsWith('/login/sms-sunset'));
    expect(signedIn).toHaveLength(1);
  });

  it('a security key assertion, posted twice at once (SEC-23): one sign-in', async () => {
    const [browser] = await atCodePage(1, 'PASSWORD_WEBAUTHN', '/login/webauthn');
    const options = optionsInPage((await browser!.get('/login/webauthn')).html);
    const answer = JSON.stringify(kit.key.assert(kit.keyCredential, options.challenge));
    const pages = await Promise.all([1, 2].map(() => browser!.post('/login/webauthn', { credential: answer })));
    // The other finds the challenge taken, and then the sign-in over: refused either way.
    expect(pages.filter((p) => p.location === '/account')).toHaveLength(1);
    expect(pages.filter((p) => p.status >= 400)).toHaveLength(1);
  });

  it('a passkey assertion sent from two browsers at once (SEC-23; the stateless challenge): one session', async () => {
    const browsers = [kit.portal.browser('en'), kit.portal.browser('en')];
    const options = optionsInPage((await browsers[0]!.get('/login')).html);
    await browsers[1]!.get('/login');
    const answer = JSON.stringify(kit.key.assert(kit.passkey, options.challenge));
    const pages = await Promise.all(browsers.map((b) => b.post('/login/passkey', { credential: answer })));
    expect(sessions(browsers)).toBe(1);
    expect(pages.map((p) => p.status).sort()).toEqual([303, 401]);
  });

  it('"Continue" of the warn-each-app interstitial, twice at once: one CAS ticket', async () => {
    const owner = await withTotp(kit.portal, kit.totp);
    await owner.post('/account/options', { warnOnApplication: 'on' });
    const page = await owner.get(`/cas/login?service=${encodeURIComponent(TRACES)}`);
    const token = /name="token" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
    expect(token).not.toBe('');
    const pages = await Promise.all([1, 2].map(() => owner.post('/login/consent', { token, answer: 'continue' })));
    expect(pages.filter((p) => p.location?.includes('ticket=ST-'))).toHaveLength(1);
    expect(pages.filter((p) => p.status === 410)).toHaveLength(1);
  });
});

describe('single use at enrolment: the same confirmation twice at once makes one credential', () => {
  it('a number confirmed twice with its texted code', async () => {
    const owner = await withTotp(kit.portal, kit.totp);
    const sent = await owner.post('/account/phone-numbers/new', { phone: '+33698765432' });
    const enrolment = /name="enrolment" value="([^"]+)"/.exec(sent.html)?.[1] ?? '';
    const code = await lastSmsCode(kit.portal, '+33698765432');
    const pages = await Promise.all(
      [1, 2].map(() => owner.post('/account/phone-numbers/confirm', { enrolment, code })),
    );
    expect(pages.filter((p) => p.location?.includes('added='))).toHaveLength(1);
    expect(await kit.portal.durable.credentials.listByUser(kit.user.id, 'sms')).toHaveLength(2);
  });

  it('an authenticator app confirmed twice with its first code', async () => {
    const owner = await withTotp(kit.portal, kit.totp);
    const qr = await owner.post('/account/authenticator-apps/new', { name: 'Second' });
    const credential = credentialInPage(qr.html);
    const seed = fromBase32(secretInPage(qr.html).replace(/ /g, ''));
    const code = await totpCode(kit.portal, seed);
    const pages = await Promise.all(
      [1, 2].map(() => owner.post('/account/authenticator-apps/confirm', { credential, code })),
    );
    expect(pages.filter((p) => p.location?.includes('added='))).toHaveLength(1);
    const active = (await kit.portal.durable.credentials.listByUser(kit.user.id, 'totp')).filter(
      (c) => c.status === 'active',
    );
    expect(active).toHaveLength(2);
    expect(kit.portal.mailer.of('authenticator-app-changed').filter((m) => m.params.name === 'Second')).toHaveLength(1);
  });

  it('a security key registered twice with one answer', async () => {
    const owner = await withTotp(kit.portal, kit.totp);
    const prompt = await owner.post('/account/security-keys/new', { name: 'Second key' });
    const answer = JSON.stringify(keyFor(kit.portal).register(optionsInPage(prompt.html)).response);
    const pages = await Promise.all(
      [1, 2].map(() => owner.post('/account/security-keys/confirm', { credential: answer })),
    );
    expect(pages.filter((p) => p.status === 303)).toHaveLength(1);
    expect(await kit.portal.durable.credentials.listByUser(kit.user.id, 'webauthn')).toHaveLength(3);
  });
});

describe('counted before checked: a burst of wrong codes gets at most 5 (+2) checks, the right one after is refused', () => {
  /** Statuses of a code page that checked the code: 401 wrong, 403 the one that blocks. */
  const checked = (pages: Page[]) => pages.filter((p) => p.status === 401 || p.status === 403).length;

  it.each([
    ['PASSWORD_TOTP', '/login/totp', '000000'],
    ['PASSWORD_RECOVERY_CODE', '/login/recovery-code', 'AAAA-AAAA-AAAA-AAAA-AAAA'],
  ] as const)('%s: twenty browsers at once, then the right code', async (method, path, guess) => {
    const browsers = await atCodePage(20, method, path);
    const pages = await Promise.all(browsers.map((b) => b.post(path, { code: guess })));
    expect(checked(pages)).toBeLessThanOrEqual(7);
    expect(await failures()).toBeLessThanOrEqual(7);
    kit.portal.clock.advance(30_000);
    // The right code after the burst: the method does not even start (the window is full), and
    // posted anyway it opens nothing.
    const late = kit.portal.browser('en');
    const step = await passwordStep(late, '/login', method);
    expect(step.location).toBe(path);
    const right = method === 'PASSWORD_TOTP' ? await totpCode(kit.portal, kit.totp.seed) : kit.recoveryCodes[1]!;
    await late.post(path, { code: right });
    expect(late.session).toBeUndefined();
    expect(sessions(browsers)).toBe(0);
    // Not a dead end: once the window is over (blockMinutes, 15), the right code opens the session.
    kit.portal.clock.advanceMinutes(16);
    const owner = kit.portal.browser('en');
    await passwordStep(owner, '/login', method);
    const now = method === 'PASSWORD_TOTP' ? await totpCode(kit.portal, kit.totp.seed) : kit.recoveryCodes[1]!;
    await owner.post(path, { code: now });
    expect(owner.session).toBeDefined();
  });

  it('PASSWORD_SMS: twenty wrong codes at once in one sign-in, then the right one', async () => {
    const [browser] = await atCodePage(1, 'PASSWORD_SMS', '/login/sms');
    const right = await lastSmsCode(kit.portal);
    const pages = await Promise.all(
      Array.from({ length: 20 }, () => browser!.post('/login/sms', { code: 'AAA-AAA-AAA' })),
    );
    expect(checked(pages)).toBeLessThanOrEqual(7);
    expect(await failures()).toBeLessThanOrEqual(7);
    await browser!.post('/login/sms', { code: right });
    expect(browser!.session).toBeUndefined();
    // Once the window is over, a new text's code opens the session.
    kit.portal.clock.advanceMinutes(16);
    const [owner] = await atCodePage(1, 'PASSWORD_SMS', '/login/sms');
    await owner!.post('/login/sms', { code: await lastSmsCode(kit.portal) });
    expect(owner!.session).toBeDefined();
  });

  it('a number being added: twenty wrong texted codes at once, then the right one', async () => {
    const owner = await withTotp(kit.portal, kit.totp);
    const sent = await owner.post('/account/phone-numbers/new', { phone: '+33698765432' });
    const enrolment = /name="enrolment" value="([^"]+)"/.exec(sent.html)?.[1] ?? '';
    const right = await lastSmsCode(kit.portal, '+33698765432');
    const pages = await Promise.all(
      Array.from({ length: 20 }, () =>
        owner.post('/account/phone-numbers/confirm', { enrolment, code: 'AAA-AAA-AAA' }),
      ),
    );
    expect(pages.filter((p) => p.status === 401).length).toBeLessThanOrEqual(7);
    const late = await owner.post('/account/phone-numbers/confirm', { enrolment, code: right });
    expect(late.location ?? '').not.toContain('added=');
    expect(await kit.portal.durable.credentials.listByUser(kit.user.id, 'sms')).toHaveLength(1);
  });

  it('an authenticator app being added: twenty wrong first codes at once, then the right one', async () => {
    const owner = await withTotp(kit.portal, kit.totp);
    const qr = await owner.post('/account/authenticator-apps/new', { name: 'Second' });
    const credential = credentialInPage(qr.html);
    const seed = fromBase32(secretInPage(qr.html).replace(/ /g, ''));
    const pages = await Promise.all(
      Array.from({ length: 20 }, () =>
        owner.post('/account/authenticator-apps/confirm', { credential, code: '000000' }),
      ),
    );
    expect(pages.filter((p) => p.status === 401).length).toBeLessThanOrEqual(7);
    const late = await owner.post('/account/authenticator-apps/confirm', {
      credential,
      code: await totpCode(kit.portal, seed),
    });
    expect(late.location ?? '').not.toContain('added=');
    expect(await kit.portal.durable.credentials.findById(credential)).not.toMatchObject({ status: 'active' });
  });
});

/**
 * "Warn me each time an application asks for my identity" (issue 13 point 5; docs/adr/0031 §5):
 * the new ways in do not skip the interstitial — no ticket before "Continue".
 */
describe('the warn-each-app interstitial is not skipped by the new ways in', () => {
  const CAS_LOGIN = `/cas/login?service=${encodeURIComponent(TRACES)}`;
  beforeEach(async () => {
    await kit.portal.durable.accountOptions.set(kit.user.id, { ...DEFAULT_ACCOUNT_OPTIONS, warnOnApplication: true });
  });

  it("a passkey from the application's first screen: the interstitial, then one ticket", async () => {
    const browser = kit.portal.browser('en');
    const start = await browser.get(CAS_LOGIN);
    const options = optionsInPage((await browser.get(start.location!)).html);
    const page = await browser.post('/login/passkey', {
      credential: JSON.stringify(kit.key.assert(kit.passkey, options.challenge)),
    });
    expect(page.status).toBe(200);
    expect(page.location).toBeUndefined();
    const token = /name="token" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
    expect((await browser.post('/login/consent', { token, answer: 'continue' })).location).toMatch(/ticket=ST-/);
  });

  it('"Later" after an SMS sign-in: the interstitial, no ticket yet', async () => {
    const browser = kit.portal.browser('en');
    const start = await browser.get(CAS_LOGIN);
    expect((await passwordStep(browser, start.location!, 'PASSWORD_SMS')).location).toBe('/login/sms');
    const verified = await browser.post('/login/sms', { code: await lastSmsCode(kit.portal) });
    const later = await browser.post(verified.location!, {});
    expect(later.status).toBe(200);
    expect(later.location).toBeUndefined();
    expect(later.html).toContain('name="token"');
  });
});
