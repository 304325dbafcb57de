import type { Authenticator } from '@sesame/authenticator-core';
import { deleteDevice, deviceStatusAt, type UserRecord } from '@sesame/core';
import type { PushChallenge } from '@sesame/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AppSignInKit,
  EMAIL,
  PASSWORD,
  PIN,
  openVerdictEvents,
  passwordStep,
  startAppSignInKit,
  TRACES,
} from '../../test/app-sign-in-kit';
import { errorNotice, errorSummary, type Page, type TestPortal, textOf } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * "Sésame app with PIN code" from the browser's side (design §4 step 3, §5 "PIN code"; the
 * instruction's annex steps 12–14): the server listening, a real browser session over inject,
 * and authenticator-core's Authenticator answering over HTTP as the app does.
 */
let portal: TestPortal;
let user: UserRecord;
let phone: Authenticator;
let enrol: AppSignInKit['enrol'];

beforeEach(async () => {
  ({ portal, user, phone, enrol } = await startAppSignInKit([
    {
      id: 'medium',
      name: 'Medium app',
      policy: { minimumLevel: 'MEDIUM' },
      cas: { services: ['https://medium.example.org/*'], singleLogout: false },
    },
  ]));
});
afterEach(() => portal.close());

/** The number the waiting page shows. */
function shownNumber(page: Page): number {
  const match = /data-testid="number-match">(\d+)</.exec(page.html);
  if (!match) throw new Error(`no number on the page (${page.status})`);
  return Number(match[1]);
}

async function theRequest(app = phone): Promise<PushChallenge> {
  const pending = await app.pending();
  expect(pending).toHaveLength(1);
  return pending[0]!;
}

describe('"Sésame app with PIN code" sign-in', () => {
  it('offers the app in the chooser, in French and in English, with the last method used pre-selected', async () => {
    const browser = portal.browser('fr');
    await browser.get('/login');
    await browser.post('/login', { email: EMAIL });
    const page = await browser.get('/login/password');
    expect(textOf(page.html)).toContain(fr.signIn.methodAppPin);
    expect(page.html).toMatch(/<option value="PASSWORD" selected/);

    await enrol();
    const english = portal.browser('en');
    await passwordStep(english);
    const wait = await english.get('/login/app');
    const request = await theRequest();
    await phone.approve(request.challengeId, shownNumber(wait), PIN);
    expect((await english.post('/login/app')).location).toBe('/account');
    expect(english.cookie(COOKIES.method)).toBe('PASSWORD_MOBILE_APP');
    await english.post('/logout');
    await english.post('/login', { email: EMAIL });
    const next = await english.get('/login/password');
    expect(textOf(next.html)).toContain(en.signIn.methodAppPin);
    expect(next.html).toMatch(/<option value="PASSWORD_MOBILE_APP" selected/);
  });

  it('signs in on the portal once the app approves with the right number and PIN: strength PASSWORD_MOBILE_APP', async () => {
    const account = await enrol();
    const browser = portal.browser('en');
    const step = await passwordStep(browser);
    expect(step.status).toBe(303);
    expect(step.location).toBe('/login/app');
    // No session before the second factor.
    expect(browser.session).toBeUndefined();

    const wait = await browser.get('/login/app');
    expect(wait.status).toBe(200);
    expect(textOf(wait.html)).toContain('Pixel-de-Marie');
    const request = await theRequest();
    // The app shows who asks, from which browser and where.
    expect(request).toMatchObject({ relyingApp: 'Sésame', browser: '? · ?', ip: '127.0.0.1' });
    expect(request.candidates).toContain(shownNumber(wait));

    expect(await phone.approve(request.challengeId, shownNumber(wait), PIN)).toEqual({ accepted: true });
    const done = await browser.post('/login/app');
    expect(done.status).toBe(303);
    expect(done.location).toBe('/account');
    expect(browser.session).toBeDefined();
    expect(browser.cookie(COOKIES.login)).toBeUndefined();

    const sessions = await portal.services.sessions.load(
      browser.session,
      (id) => portal.durable.users.findById(id),
      portal.clock.now(),
    );
    expect(sessions?.record.strengths).toEqual(['PASSWORD', 'PASSWORD_MOBILE_APP']);
    expect(sessions?.record.mobileDevices).toEqual([{ id: account.deviceId, name: 'Pixel-de-Marie' }]);
    const [event] = await portal.durable.audit.list({ userId: user.id, limit: 1 });
    expect(event).toMatchObject({
      type: 'sign_in.succeeded',
      details: { method: 'PASSWORD_MOBILE_APP', deviceId: account.deviceId },
    });
    // The approval is taken once: posting again finds no pending sign-in.
    expect((await browser.post('/login/app')).location).toBe('/login/password');
  });

  it('reaches a CAS application with the mobile device as a factor (EU Login mobileDevice)', async () => {
    const account = await enrol();
    const browser = portal.browser('en');
    const start = await browser.get(`/cas/login?service=${encodeURIComponent(TRACES)}`);
    expect(start.status).toBe(303);
    await passwordStep(browser, start.location!);
    const wait = await browser.get('/login/app');
    const request = await theRequest();
    expect(request.relyingApp).toBe('TRACES NT (démo)');
    await phone.approve(request.challengeId, shownNumber(wait), PIN);
    const back = await browser.post('/login/app');
    const ticket = new URL(back.location!).searchParams.get('ticket')!;
    expect(back.location).toMatch(/^https:\/\/traces\.example\.eu\/cas\?ticket=ST-/);
    const validated = await portal.app.inject({
      method: 'GET',
      url: `/cas/serviceValidate?service=${encodeURIComponent(TRACES)}&ticket=${ticket}`,
    });
    expect(validated.body).toContain('<cas:strength>PASSWORD_MOBILE_APP</cas:strength>');
    expect(validated.body).toContain('<cas:deviceName>Pixel-de-Marie</cas:deviceName>');
    expect(validated.body).toContain(`<cas:deviceIdentifier>${account.deviceId}</cas:deviceIdentifier>`);
  });

  it('an application that asks for MEDIUM gets the app approval where a password alone meets the step-up page', async () => {
    await enrol();
    const service = 'https://medium.example.org/';
    const browser = portal.browser('en');
    const start = await browser.get(`/cas/login?service=${encodeURIComponent(service)}`);
    await browser.get(start.location!);
    await browser.post('/login', { email: EMAIL });
    const chooser = await browser.get('/login/password');
    // The app is pre-selected and the chooser says why.
    expect(chooser.html).toMatch(/<option value="PASSWORD_MOBILE_APP" selected/);
    expect(textOf(chooser.html)).toContain(en.signIn.methodHint);
    await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_MOBILE_APP' });
    const wait = await browser.get('/login/app');
    await phone.approve((await theRequest()).challengeId, shownNumber(wait), PIN);
    expect((await browser.post('/login/app')).location).toMatch(/^https:\/\/medium\.example\.org\/\?ticket=ST-/);
  });

  it('a wrong number fails, ends the request and asks for the password again', async () => {
    await enrol();
    const browser = portal.browser('en');
    await passwordStep(browser);
    const wait = await browser.get('/login/app');
    const request = await theRequest();
    const wrong = request.candidates.find((n) => n !== shownNumber(wait))!;
    expect(await phone.approve(request.challengeId, wrong, PIN)).toEqual({ accepted: false });
    const refused = await browser.post('/login/app');
    expect(refused.status).toBe(403);
    expect(errorNotice(refused.html)).toBe(en.signInApp.failed);
    expect(browser.session).toBeUndefined();
    expect((await browser.get('/login/app')).location).toBe('/login/password');
  });

  it('a wrong PIN fails the same way, and five in a row block the device', async () => {
    const account = await enrol();
    const browser = portal.browser('fr');
    for (let i = 0; i < 5; i++) {
      // Past the push-bombing window (3 requests per 2 minutes by default).
      portal.clock.advance(portal.services.devices.policy.pushPerUser.windowSeconds * 1000);
      await passwordStep(browser);
      const wait = await browser.get('/login/app');
      const request = await theRequest();
      expect(await phone.approve(request.challengeId, shownNumber(wait), '8264')).toEqual({ accepted: false });
      const refused = await browser.post('/login/app');
      expect(errorNotice(refused.html)).toBe(fr.signInApp.failed);
    }
    expect(deviceStatusAt((await portal.durable.devices.findById(account.deviceId))!, portal.clock.now())).toBe(
      'blocked',
    );
    // Its only device blocked: the app method says until when, after the password (issue 10).
    const again = await passwordStep(browser);
    expect(again.status).toBe(403);
    expect(errorSummary(again.html)[0]).toMatch(/^Cet appareil est bloqué après trop de réponses erronées, jusqu’à \d/);
  });

  it('"Deny" and "This wasn\'t me" end the sign-in; the report is audited', async () => {
    await enrol();
    const browser = portal.browser('en');
    await passwordStep(browser);
    await phone.deny((await theRequest()).challengeId);
    expect(errorNotice((await browser.post('/login/app')).html)).toBe(en.signInApp.denied);

    await passwordStep(browser);
    await phone.report((await theRequest()).challengeId);
    expect(errorNotice((await browser.post('/login/app')).html)).toBe(en.signInApp.reported);
    const events = await portal.durable.audit.list({ userId: user.id, limit: 5 });
    expect(events.map((e) => e.details.reason)).toContain('reported_by_user');
    expect(browser.session).toBeUndefined();
  });

  it('push bombing: past the limit of requests per window, no more requests are sent; the user is told', async () => {
    await enrol();
    const browser = portal.browser('en');
    const { limit, windowSeconds } = portal.services.devices.policy.pushPerUser;
    for (let i = 0; i < limit; i++) expect((await passwordStep(browser)).location).toBe('/login/app');
    const refused = await passwordStep(browser);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe(String(windowSeconds));
    expect(errorSummary(refused.html)[0]).toContain('Too many requests were sent to your phone');
    expect(await phone.pending()).toHaveLength(1);
  });

  it('before the app answers, continuing says so and opens nothing', async () => {
    await enrol();
    const browser = portal.browser('en');
    await passwordStep(browser);
    const early = await browser.post('/login/app');
    expect(early.status).toBe(200);
    expect(errorNotice(early.html)).toBe(en.signInApp.notYet);
    expect(browser.session).toBeUndefined();
  });

  it("an approval belongs to its own browser's transaction: another browser of the same user cannot use it", async () => {
    await enrol();
    const mine = portal.browser('en');
    const other = portal.browser('en');
    await passwordStep(other);
    const otherRequest = await theRequest();
    await passwordStep(mine);
    const pending = await phone.pending();
    expect(pending).toHaveLength(2);
    const myWait = await mine.get('/login/app');
    const otherWait = await other.get('/login/app');
    // The phone approves the other browser's request (with its number): only that browser goes on.
    await phone.approve(otherRequest.challengeId, shownNumber(otherWait), PIN);
    expect(errorNotice((await mine.post('/login/app')).html)).toBe(en.signInApp.notYet);
    expect((await other.post('/login/app')).location).toBe('/account');
    expect(shownNumber(myWait)).toBeGreaterThanOrEqual(10);
  });

  it('an expired request is refused by the server and the page offers a new one', async () => {
    await enrol();
    const browser = portal.browser('en');
    await passwordStep(browser);
    const request = await theRequest();
    const first = shownNumber(await browser.get('/login/app'));
    portal.clock.advance(portal.services.devices.policy.pushChallengeTtlSeconds * 1000 + 1000);
    // The app itself drops an expired request; the server would refuse it (core push-challenges tests).
    await expect(phone.approve(request.challengeId, first, PIN)).rejects.toMatchObject({
      code: 'ERR_CHALLENGE_UNKNOWN',
    });
    const expired = await browser.get('/login/app');
    expect(expired.status).toBe(410);
    expect(errorNotice(expired.html)).toBe(en.signInApp.expired);

    const resent = await browser.post('/login/app/resend');
    expect(resent.location).toBe('/login/app');
    const wait = await browser.get('/login/app');
    await phone.approve((await theRequest()).challengeId, shownNumber(wait), PIN);
    expect((await browser.post('/login/app')).location).toBe('/account');
  });

  it('a password changed while the request waited voids the approval', async () => {
    await enrol();
    const browser = portal.browser('en');
    await passwordStep(browser);
    const wait = await browser.get('/login/app');
    portal.clock.advance(1000);
    await portal.durable.users.update(user.id, { credentialsChangedAt: portal.clock.now() });
    await phone.approve((await theRequest()).challengeId, shownNumber(wait), PIN);
    const refused = await browser.post('/login/app');
    expect(refused.status).toBe(403);
    expect(browser.session).toBeUndefined();
  });

  it('deleting the device kills its pending request: the browser is told', async () => {
    const account = await enrol();
    const browser = portal.browser('en');
    await passwordStep(browser);
    const request = await theRequest();
    await deleteDevice(
      portal.services.devices,
      user.id,
      account.deviceId,
      { ip: null, userAgent: null },
      portal.clock.now(),
      ['PASSWORD', 'PASSWORD_MOBILE_APP'],
    );
    await expect(phone.approve(request.challengeId, 10, PIN)).rejects.toBeDefined();
    expect(errorNotice((await browser.post('/login/app')).html)).toBe(en.signInApp.cancelled);
  });

  it('the waiting page hears the verdict on its event stream, only for its own transaction', async () => {
    await enrol();
    const browser = portal.browser('en');
    await passwordStep(browser);
    const wait = await browser.get('/login/app');
    const events = await openVerdictEvents(portal, browser, '/login/app/events');
    expect(events.contentType).toBe('text/event-stream; charset=utf-8');
    await phone.approve((await theRequest()).challengeId, shownNumber(wait), PIN);
    const received = await events.untilVerdict();
    expect(received).toContain('event: verdict\ndata: {"verdict":"approved"}');
    // Without a pending transaction there is no stream.
    const stranger = await fetch(`${portal.baseUrl}/login/app/events`);
    expect(stranger.status).toBe(404);
    // Node's fetch (undici) opens a spare connection after the abort, which never sends a
    // request: the server's close would wait for it until the headers timeout.
    portal.app.server.closeAllConnections();
  });

  it('deleting a device from a password-only session: confirm with the app, then back to the deletion', async () => {
    const account = await enrol();
    const browser = portal.browser('fr');
    await passwordStep(browser, '/login', 'PASSWORD');
    const deletePath = `/account/devices/${account.deviceId}/delete`;
    const asked = await browser.get(deletePath);
    expect(asked.status).toBe(403);
    const link = /href="(\/login\?reauth=1[^"]+)"/.exec(asked.html)![1]!.replace(/&amp;/g, '&');
    const reauth = await browser.get(link);
    expect(reauth.location).toBe('/login/password');
    const chooser = await browser.get('/login/password');
    // The app is pre-selected, whatever was used last.
    expect(chooser.html).toMatch(/<option value="PASSWORD_MOBILE_APP" selected/);
    await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_MOBILE_APP' });
    const wait = await browser.get('/login/app');
    await phone.approve((await theRequest()).challengeId, shownNumber(wait), PIN);
    const back = await browser.post('/login/app');
    expect(back.location).toBe(deletePath);
    expect((await browser.get(deletePath)).status).toBe(200);
    expect((await browser.post(deletePath)).location).toBe('/account/devices?deleted=1');
    expect(await portal.durable.devices.findById(account.deviceId)).toBeNull();
  });

  it('without an active device the app method is refused after the password, with what to do', async () => {
    const browser = portal.browser('en');
    const page = await passwordStep(browser);
    expect(page.status).toBe(409);
    expect(errorSummary(page.html)).toContain(en.errors.NO_ACTIVE_DEVICE);
    expect(browser.session).toBeUndefined();
  });
});
