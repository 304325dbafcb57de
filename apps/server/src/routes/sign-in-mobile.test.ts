import type { Authenticator } from '@sesame/authenticator-core';
import type { UserRecord } from '@sesame/core';
import type { PushChallenge } from '@sesame/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AppSignInKit,
  EMAIL,
  openVerdictEvents,
  PASSWORD,
  PIN,
  startAppSignInKit,
  TRACES,
} from '../../test/app-sign-in-kit';
import {
  type Browser,
  decodeEntities,
  errorNotice,
  errorSummary,
  type Page,
  type TestPortal,
  textOf,
} from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * "On mobile" (issue #5 point 4; design §5; docs/adr/0007): on the phone that holds the app, the
 * password page's "On mobile" sends a request to the app without the password; the page links to
 * the app on it; the app's approval (PIN) opens a MOBILE_APP session. The server listening, a
 * browser over inject, and authenticator-core's Authenticator answering over HTTP as the app does.
 */
let portal: TestPortal;
let user: UserRecord;
let phone: Authenticator;
let enrol: AppSignInKit['enrol'];

beforeEach(async () => {
  ({ portal, user, phone, enrol } = await startAppSignInKit([
    {
      id: 'strict',
      name: 'Password and app only',
      policy: { minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_MOBILE_APP'] },
      cas: { services: ['https://strict.example.org/*'], singleLogout: false },
    },
  ]));
});
afterEach(() => portal.close());

/** The e-mail step, then "On mobile" at the password step: no password. */
async function onMobile(browser: Browser, email = EMAIL, start = '/login'): Promise<Page> {
  await browser.get(start);
  await browser.post('/login', { email });
  return browser.post('/login/mobile');
}

/** The link of the waiting page: the number and the request's expiry. */
function appLink(page: Page): { href: string; n: number; exp: number } {
  const match = /href="(\/app\/#\/pending\?[^"]*)"/.exec(page.html);
  if (!match) throw new Error(`no link to the app on the page (${page.status})`);
  const href = decodeEntities(match[1]!);
  const query = new URLSearchParams(href.split('?')[1]);
  return { href, n: Number(query.get('n')), exp: Number(query.get('exp')) };
}

/** The request the link opens in the app, found as the app does (router.ts, pending-screen.tsx). */
async function linkedRequest(page: Page): Promise<{ request: PushChallenge; n: number }> {
  const { n, exp } = appLink(page);
  const found = (await phone.pending()).filter((c) => c.expiresAt === exp && c.candidates.includes(n));
  expect(found).toHaveLength(1);
  return { request: found[0]!, n };
}

/** The waiting page with what differs from one request to another blanked out. */
function shape(page: Page): string {
  return page.html
    .replace(/name="_csrf" value="[^"]*"/g, 'name="_csrf" value=""')
    .replace(/nonce="[^"]*"/g, 'nonce=""')
    .replace(/\?n=\d+&amp;exp=\d+/g, '?n=&amp;exp=')
    .replace(/\d{2}:\d{2}:\d{2}/g, 'hh:mm:ss');
}

describe('"On mobile" sign-in', () => {
  it('is on the password page, hidden until the script finds the app enrolled in this browser (FR/EN)', async () => {
    for (const [lang, m] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const browser = portal.browser(lang);
      await browser.get('/login');
      await browser.post('/login', { email: EMAIL });
      const page = await browser.get('/login/password');
      expect(page.html).toMatch(/<div hidden="" data-on-mobile="">|<div hidden data-on-mobile/);
      expect(page.html).toContain('action="/login/mobile"');
      expect(textOf(page.html)).toContain(m.signIn.methodOnMobile);
      expect(textOf(page.html)).toContain(m.signIn.onMobileIntro);
      expect(page.html).toMatch(/<script src="\/static\/sign-in-mobile\.js" nonce="[^"]+"/);
    }
    const script = await portal.app.inject({ method: 'GET', url: '/static/sign-in-mobile.js' });
    expect(script.statusCode).toBe(200);
    expect(script.body).toContain("'sesame-app-enrolled'");
  });

  it('signs in with MOBILE_APP and the device as a factor, without the password', async () => {
    const account = await enrol();
    const browser = portal.browser('en');
    const started = await onMobile(browser);
    expect(started.status).toBe(303);
    expect(started.location).toBe('/login/mobile');
    expect(browser.session).toBeUndefined();

    const wait = await browser.get('/login/mobile');
    expect(wait.status).toBe(200);
    expect(textOf(wait.html)).toContain(en.signInMobile.openApp);
    // The page names no device (it is the same for every address) and shows no number to pick.
    expect(textOf(wait.html)).not.toContain('Pixel-de-Marie');
    expect(wait.html).not.toContain('data-testid="number-match"');
    const { request, n } = await linkedRequest(wait);
    expect(request).toMatchObject({ relyingApp: 'Sésame', ip: '127.0.0.1' });
    expect(await phone.approve(request.challengeId, n, PIN)).toEqual({ accepted: true });

    const done = await browser.post('/login/mobile/continue');
    expect(done.status).toBe(303);
    expect(done.location).toBe('/account');
    expect(browser.cookie(COOKIES.login)).toBeUndefined();
    expect(browser.cookie(COOKIES.method)).toBe('MOBILE_APP');
    const session = await portal.services.sessions.load(
      browser.session,
      (id) => portal.durable.users.findById(id),
      portal.clock.now(),
    );
    expect(session?.record.strengths).toEqual(['MOBILE_APP']);
    expect(session?.record.mobileDevices).toEqual([{ id: account.deviceId, name: 'Pixel-de-Marie' }]);
    const events = await portal.durable.audit.list({ userId: user.id, limit: 10 });
    expect(events[0]).toMatchObject({ type: 'sign_in.succeeded', details: { method: 'MOBILE_APP' } });
    // No password was typed, and none was counted as wrong.
    expect(events.some((e) => e.type === 'sign_in.failed')).toBe(false);
  });

  it('reaches a CAS application with the strength MOBILE_APP and the mobile device', async () => {
    const account = await enrol();
    const browser = portal.browser('fr');
    const start = await browser.get(`/cas/login?service=${encodeURIComponent(TRACES)}`);
    await onMobile(browser, EMAIL, start.location!);
    const wait = await browser.get('/login/mobile');
    expect(textOf(wait.html)).toContain(fr.signInMobile.openApp);
    const { request, n } = await linkedRequest(wait);
    expect(request.relyingApp).toBe('TRACES NT (démo)');
    await phone.approve(request.challengeId, n, PIN);
    const back = await browser.post('/login/mobile/continue');
    expect(back.location).toMatch(/^https:\/\/traces\.example\.eu\/cas\?ticket=ST-/);
    const ticket = new URL(back.location!).searchParams.get('ticket')!;
    const validated = await portal.app.inject({
      method: 'GET',
      url: `/cas/serviceValidate?service=${encodeURIComponent(TRACES)}&ticket=${ticket}`,
    });
    expect(validated.body).toContain('<cas:strength>MOBILE_APP</cas:strength>');
    expect(validated.body).not.toContain('<cas:strength>PASSWORD</cas:strength>');
    expect(validated.body).toContain(`<cas:deviceIdentifier>${account.deviceId}</cas:deviceIdentifier>`);
  });

  it('is not offered, nor accepted, when the application does not accept MOBILE_APP', async () => {
    await enrol();
    const browser = portal.browser('en');
    const start = await browser.get(`/cas/login?service=${encodeURIComponent('https://strict.example.org/')}`);
    await browser.get(start.location!);
    await browser.post('/login', { email: EMAIL });
    const page = await browser.get('/login/password');
    expect(page.html).not.toContain('data-on-mobile');
    const refused = await browser.post('/login/mobile');
    expect(refused.location).toBe('/login/password');
    expect(await phone.pending()).toHaveLength(0);
  });

  it("a verdict for another browser's transaction does not sign in", async () => {
    await enrol();
    const mine = portal.browser('en');
    const other = portal.browser('en');
    await onMobile(other);
    const otherWait = await other.get('/login/mobile');
    // A second later: the link names a request by its expiry and number (two requests of the
    // same second could share both, and the test's lookup would not be unique).
    portal.clock.advance(1000);
    await onMobile(mine);
    const myWait = await mine.get('/login/mobile');
    expect(await phone.pending()).toHaveLength(2);
    const { request, n } = await linkedRequest(otherWait);
    await phone.approve(request.challengeId, n, PIN);
    const early = await mine.post('/login/mobile/continue');
    expect(early.status).toBe(200);
    expect(errorNotice(early.html)).toBe(en.signInMobile.notYet);
    expect(mine.session).toBeUndefined();
    expect((await other.post('/login/mobile/continue')).location).toBe('/account');
    // Mine is still pending and still works.
    const mineRequest = await linkedRequest(myWait);
    await phone.approve(mineRequest.request.challengeId, mineRequest.n, PIN);
    expect((await mine.post('/login/mobile/continue')).location).toBe('/account');
  });

  it('an unknown address and an account without a device get the same page and status as a real one', async () => {
    await enrol();
    await portal.createUser({ email: 'sans.appareil@example.fr', password: PASSWORD });
    const pages: Page[] = [];
    for (const email of [EMAIL, 'personne@example.fr', 'sans.appareil@example.fr']) {
      const browser = portal.browser('en');
      const before = Math.floor(portal.clock.now().getTime() / 1000);
      const started = await onMobile(browser, email);
      expect(started.status).toBe(303);
      expect(started.location).toBe('/login/mobile');
      const wait = await browser.get('/login/mobile');
      expect(wait.status).toBe(200);
      const { n, exp } = appLink(wait);
      expect(n).toBeGreaterThanOrEqual(10);
      expect(n).toBeLessThan(100);
      // The request's second, read around it: the clock may tick between the two.
      const ttl = portal.services.devices.policy.pushChallengeTtlSeconds;
      expect(exp).toBeGreaterThanOrEqual(before + ttl);
      expect(exp).toBeLessThanOrEqual(Math.floor(portal.clock.now().getTime() / 1000) + ttl);
      pages.push(wait);
      // Continuing before an answer says "not yet" to all of them.
      const early = await browser.post('/login/mobile/continue');
      expect(early.status).toBe(200);
      expect(errorNotice(early.html)).toBe(en.signInMobile.notYet);
      expect(browser.session).toBeUndefined();
    }
    expect(shape(pages[1]!)).toBe(shape(pages[0]!));
    expect(shape(pages[2]!)).toBe(shape(pages[0]!));
    // Only the real account's phone got a request.
    expect(await phone.pending()).toHaveLength(1);
  });

  it('push bombing: the limit per window applies, and shows the same for an unknown address', async () => {
    await enrol();
    const { limit, windowSeconds } = portal.services.devices.policy.pushPerUser;
    for (const email of [EMAIL, 'personne@example.fr']) {
      const browser = portal.browser('en');
      for (let i = 0; i < limit; i++) expect((await onMobile(browser, email)).location).toBe('/login/mobile');
      const refused = await onMobile(browser, email);
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe(String(windowSeconds));
      expect(errorSummary(refused.html)[0]).toContain('Too many requests were sent to your phone');
    }
    // A new request for a transaction replaces its previous one: one is left, not three.
    expect(await phone.pending()).toHaveLength(1);
    portal.clock.advance(windowSeconds * 1000 + 1000);
    const browser = portal.browser('en');
    expect((await onMobile(browser)).location).toBe('/login/mobile');
  });

  it('a locked account (wrong passwords) cannot use "On mobile" either', async () => {
    await enrol();
    const browser = portal.browser('en');
    await browser.get('/login');
    await browser.post('/login', { email: EMAIL });
    for (let i = 0; i < portal.services.accounts.policy.lockAfterFailures; i++) {
      await browser.post('/login/password', { password: 'wrong password', method: 'PASSWORD' });
    }
    const refused = await browser.post('/login/mobile');
    expect(refused.status).toBe(429);
    expect(await phone.pending()).toHaveLength(0);
  });

  it('a wrong PIN or "Deny" in the app ends the request; the password page is next', async () => {
    await enrol();
    const browser = portal.browser('en');
    await onMobile(browser);
    let linked = await linkedRequest(await browser.get('/login/mobile'));
    expect(await phone.approve(linked.request.challengeId, linked.n, '0000')).toEqual({ accepted: false });
    const failed = await browser.post('/login/mobile/continue');
    expect(failed.status).toBe(403);
    expect(errorNotice(failed.html)).toBe(en.signInMobile.failed);
    expect((await browser.get('/login/mobile')).location).toBe('/login/password');

    expect((await browser.post('/login/mobile')).location).toBe('/login/mobile');
    linked = await linkedRequest(await browser.get('/login/mobile'));
    await phone.deny(linked.request.challengeId);
    const denied = await browser.post('/login/mobile/continue');
    expect(denied.status).toBe(403);
    expect(errorNotice(denied.html)).toBe(en.signInMobile.denied);
    expect(browser.session).toBeUndefined();
  });

  it('an expired request is refused and the page offers a new one', async () => {
    await enrol();
    const browser = portal.browser('en');
    await onMobile(browser);
    portal.clock.advance(portal.services.devices.policy.pushChallengeTtlSeconds * 1000 + 1000);
    const expired = await browser.get('/login/mobile');
    expect(expired.status).toBe(410);
    expect(errorNotice(expired.html)).toBe(en.signInMobile.expired);
    expect((await browser.post('/login/mobile')).location).toBe('/login/mobile');
    const { request, n } = await linkedRequest(await browser.get('/login/mobile'));
    await phone.approve(request.challengeId, n, PIN);
    expect((await browser.post('/login/mobile/continue')).location).toBe('/account');
  });

  it('a tab that comes back after the approval hears the verdict at once on a new stream', async () => {
    await enrol();
    const browser = portal.browser('en');
    await onMobile(browser);
    const { request, n } = await linkedRequest(await browser.get('/login/mobile'));
    await phone.approve(request.challengeId, n, PIN);
    const events = await openVerdictEvents(portal, browser, '/login/mobile/events');
    expect(events.contentType).toBe('text/event-stream; charset=utf-8');
    const received = await events.untilVerdict();
    expect(received).toContain('event: verdict\ndata: {"verdict":"approved"}');
    expect((await fetch(`${portal.baseUrl}/login/mobile/events`)).status).toBe(404);
    // Node's fetch opens a spare connection after the abort (see sign-in-app.test.ts).
    portal.app.server.closeAllConnections();
    expect((await browser.post('/login/mobile/continue')).location).toBe('/account');
  });
});
