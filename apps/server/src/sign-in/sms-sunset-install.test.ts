import type { Authenticator } from '@sesame/authenticator-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMAIL, PASSWORD, PIN, startAppSignInKit, TRACES } from '../../test/app-sign-in-kit';
import { qrTextInPage } from '../../testing/qr-svg';
import { type Browser, signIn, type TestPortal } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';

/**
 * The page after an SMS sign-in before the sunset (issue 13 point 4; docs/adr/0030): its
 * "Install the Sésame app now" is the usual "Add a mobile device", and once the new device is
 * added the application's sign-in resumes — at once when SMS already gave what it asks
 * (docs/adr/0034 §5), else by docs/adr/0019's step-up (a forced re-authentication: the new device
 * is asked at once) — the person lands in the application.
 */
const DAY = 86_400_000;
const PHONE = '+33612345678';
const sameOrigin = { 'sec-fetch-site': 'same-origin' };

let portal: TestPortal;
let phone: Authenticator;

beforeEach(async () => {
  const sunset = new Date(Date.now() + 7 * DAY).toISOString();
  ({ portal, phone } = await startAppSignInKit([], { 'sms.provider': 'outbox', 'sms.sunset': sunset }));
});
afterEach(() => portal.close());

async function lastCode(): Promise<string> {
  const texts = (await portal.durable.outbox.list(50)).filter((mail) => mail.to === PHONE);
  return /[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}/.exec(texts[0]?.text ?? '')![0];
}

/** The account's only second factor: a phone number, added with the password alone. */
async function addNumber(): Promise<void> {
  const browser = portal.browser('en');
  expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
  const sent = await browser.post('/account/phone-numbers/new', { phone: PHONE });
  const enrolment = /name="enrolment" value="([^"]+)"/.exec(sent.html)![1]!;
  const done = await browser.post('/account/phone-numbers/confirm', { enrolment, code: await lastCode() });
  expect(done.location).toMatch(/^\/account\/phone-numbers\?added=/);
  portal.clock.advance(31_000);
}

/** TRACES → e-mail → password with "Mobile phone + SMS" → the code → the sunset page. */
async function smsSignInToTraces(browser: Browser, renew = false): Promise<string> {
  const start = await browser.get(`/cas/login?service=${encodeURIComponent(TRACES)}${renew ? '&renew=true' : ''}`);
  await browser.get(start.location!);
  await browser.post('/login', { email: EMAIL });
  const step = await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_SMS' });
  expect(step.location).toBe('/login/sms');
  const verified = await browser.post('/login/sms', { code: await lastCode() });
  expect(verified.location).toMatch(/^\/login\/sms-sunset\?next=/);
  return verified.location!;
}

/** "Install now": the usual enrolment (the SMS sign-in is this session's second factor, SEC-27); the QR page's next address. */
async function installNow(browser: Browser): Promise<void> {
  expect((await browser.get('/account/devices/new')).status).toBe(200);
  const qr = await browser.post('/account/devices/new', { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN });
  expect(qr.status).toBe(200);
  expect(qr.html).toContain('data-enrolled-url="/login/step-up"');
  await phone.enrol(qrTextInPage(qr.html, 'enrolment-qr'), PIN);
}

async function strengthsOf(location: string | undefined): Promise<string[]> {
  expect(location).toMatch(/^https:\/\/traces\.example\.eu\/cas\?ticket=ST-/);
  const ticket = new URL(location!).searchParams.get('ticket')!;
  const validated = await portal.app.inject({
    method: 'GET',
    url: `/cas/serviceValidate?service=${encodeURIComponent(TRACES)}&ticket=${ticket}`,
  });
  return [...validated.body.matchAll(/<cas:strength>([A-Z_]+)<\/cas:strength>/g)].map((m) => m[1]!);
}

describe('"Install the Sésame app now" after an SMS sign-in', () => {
  it('enrols the app, then resumes the application’s sign-in: SMS already gave what it asks, no push (docs/adr/0034 §5)', async () => {
    await addNumber();
    const browser = portal.browser('en');
    const sunsetPage = await browser.get(await smsSignInToTraces(browser));
    expect(sunsetPage.html).toContain('href="/account/devices/new"');
    await installNow(browser);

    // The QR page moves on by itself: TRACES gets its ticket at once, the new phone is asked nothing.
    const stepUp = await browser.get('/login/step-up', sameOrigin);
    expect(await strengthsOf(stepUp.location)).toContain('PASSWORD_SMS');
    expect(await phone.pending()).toEqual([]);
    // Nothing left to resume, and "Later" (the sunset page's pass) claims nothing any more.
    expect(browser.cookie(COOKIES.login)).toBeUndefined();
    expect((await browser.post('/login/sms-sunset', {})).location).toBe('/account');
  });

  it('a forced re-authentication (CAS renew): the new device is asked at once, the ticket follows', async () => {
    await addNumber();
    const browser = portal.browser('en');
    await browser.get(await smsSignInToTraces(browser, true));
    await installNow(browser);

    const stepUp = await browser.get('/login/step-up', sameOrigin);
    expect(stepUp.location).toBe('/login/app');
    const wait = await browser.get('/login/app');
    const number = Number(/data-testid="number-match">(\d+)</.exec(wait.html)![1]);
    const [pending] = await phone.pending();
    await phone.approve(pending!.challengeId, number, PIN);
    expect(await strengthsOf((await browser.post('/login/app')).location)).toContain('PASSWORD_MOBILE_APP');
    expect(browser.cookie(COOKIES.login)).toBeUndefined();
  });
});
