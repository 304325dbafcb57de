import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COOKIES } from '../http/cookies';
import { OPEN_REDIRECT_PAYLOADS } from '../../test/open-redirect-payloads';
import { type Browser, createTestPortal, type Page, signIn, type TestPortal } from '../../test/test-portal';

/**
 * Issue #10 finding 3: the `return_to` of a re-authentication (the "Confirm with the app" link of
 * the second-factor page) must never send the browser off the portal, never answer 5xx and never
 * leave a session behind a failed redirect, whatever the usual open-redirect payloads put there.
 */

const EMAIL = 'paul.martin@ddpp35.example.fr';
const PASSWORD = 'le chien dort sous la table';

/** The payload in an address as an attacker writes it: "%" kept, what a URL cannot carry escaped. */
function inAddress(payload: string): string {
  return payload.replace(/[^\x21-\x7e]|[#&+"<>\\`{}|^]/gu, (c) => encodeURIComponent(c));
}

describe('re-authentication with a hostile return_to', () => {
  let portal: TestPortal;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    portal = await createTestPortal();
    origin = new URL(portal.config.publicUrl).origin;
    await portal.createUser({ email: EMAIL, password: PASSWORD });
    browser = portal.browser('en');
    expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  });
  afterAll(async () => {
    await portal?.close();
  });

  /** Where a browser goes with this answer: tab, CR and LF removed, "\" read as "/" (WHATWG URL). */
  function expectStaysOnPortal(page: Page) {
    expect(page.status).toBeLessThan(500);
    expect(page.status).toBe(303);
    const location = page.location!;
    expect(location).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
    expect(new URL(location.replace(/[\t\r\n]/g, ''), `${origin}/`).origin).toBe(origin);
  }

  it.each(OPEN_REDIRECT_PAYLOADS)('$payload: back on the portal, never elsewhere, never 5xx', async ({ payload }) => {
    const start = await browser.get(`/login?reauth=1&return_to=${inAddress(payload)}`);
    expect(start.status).toBe(303);
    expect(start.location).toBe('/login/password');
    // Decided when received: the login transaction holds a page of the portal, not the input.
    const stored = await portal.services.loginTransactions.load(browser.cookie(COOKIES.login));
    expect(stored?.returnTo).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
    const done = await browser.post('/login/password', { password: PASSWORD });
    expectStaysOnPortal(done);
  });

  it('a newline in return_to: no 500, and no session set by a redirect that failed', async () => {
    const fresh = portal.browser('en');
    await signIn(fresh, EMAIL, PASSWORD);
    const before = fresh.session;
    await fresh.get(`/login?reauth=1&return_to=${encodeURIComponent('/account\r\nSet-Cookie: x=1')}`);
    const done = await fresh.post('/login/password', { password: PASSWORD });
    const sessionSet = done.setCookies.some((cookie) => cookie.name === COOKIES.session);
    expect(done.status).toBe(303);
    expect(done.location).toBe('/account');
    // The session cookie comes only with the redirect that completes the sign-in.
    expect(sessionSet).toBe(true);
    expect(fresh.session).not.toBe(before);
    expect(done.headers['set-cookie']?.toString()).not.toMatch(/\bx=1/);
    expect((await fresh.get('/account')).status).toBe(200);
  });

  it('a page of the portal is still where the re-authentication ends', async () => {
    await browser.get(`/login?reauth=1&return_to=${encodeURIComponent('/account/devices/new')}`);
    const done = await browser.post('/login/password', { password: PASSWORD });
    expect(done.location).toBe('/account/devices/new');
  });
});
