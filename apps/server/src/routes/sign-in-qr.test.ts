import type { Authenticator } from '@sesame/authenticator-core';
import { deviceStatusAt, type UserRecord } from '@sesame/core';
import { decodeOfflineChallengeQr } from '@sesame/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIN, passwordStep, startAppSignInKit, TRACES } from '../../test/app-sign-in-kit';
import { qrTextInPage } from '../../testing/qr-svg';
import { type Browser, errorNotice, fieldError, type Page, type TestPortal, textOf } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { blockEnd } from '../http/error-map';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

/**
 * "Sésame app with QR code" from the browser's side (design §5 "QR code"; issue #5): the QR
 * shown in the page is the one the app reads (decoded from the page's own image), the app
 * (authenticator-core, with no network needed for the code) shows the code, the user types it.
 */
let portal: TestPortal;
let user: UserRecord;
let phone: Authenticator;

beforeEach(async () => {
  const kit = await startAppSignInKit();
  ({ portal, user, phone } = kit);
  await kit.enrol();
});
afterEach(() => portal.close());

async function qrStep(browser: Browser, start = '/login'): Promise<Page> {
  const step = await passwordStep(browser, start, 'PASSWORD_SOFTWARE_TOKEN');
  expect(step.location).toBe('/login/qr');
  return browser.get('/login/qr');
}

/** The text of the QR code the page shows, read from its image as a camera would. */
const qrTextOf = (page: Page): string => qrTextInPage(page.html, 'sign-in-qr');

describe('"Sésame app with QR code" sign-in', () => {
  it('reaches a CAS application with PASSWORD_SOFTWARE_TOKEN: the app reads the QR, the user types its code', async () => {
    const browser = portal.browser('fr');
    const start = await browser.get(`/cas/login?service=${encodeURIComponent(TRACES)}`);
    const page = await qrStep(browser, start.location!);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(fr.signInQr.steps[2]);
    const qrText = qrTextOf(page);
    expect(decodeOfflineChallengeQr(qrText)).toMatchObject({ account: user.id, relyingApp: 'TRACES NT (démo)' });
    const shown = await phone.offlineCode(qrText, PIN, portal.clock.now());
    expect(shown.relyingApp).toBe('TRACES NT (démo)');
    expect(browser.session).toBeUndefined();

    const back = await browser.post('/login/qr', { code: shown.code });
    expect(back.location).toMatch(/^https:\/\/traces\.example\.eu\/cas\?ticket=ST-/);
    const ticket = new URL(back.location!).searchParams.get('ticket')!;
    const validated = await portal.app.inject({
      method: 'GET',
      url: `/cas/serviceValidate?service=${encodeURIComponent(TRACES)}&ticket=${ticket}`,
    });
    expect(validated.body).toContain('<cas:strength>PASSWORD_SOFTWARE_TOKEN</cas:strength>');
    expect(validated.body).toContain('<cas:deviceName>Pixel-de-Marie</cas:deviceName>');
    expect(browser.cookie(COOKIES.method)).toBe('PASSWORD_SOFTWARE_TOKEN');
  });

  it('a wrong code is refused and counted; the right one still works; a reused one does not', async () => {
    const browser = portal.browser('en');
    const page = await qrStep(browser);
    const qrText = qrTextOf(page);
    const right = await phone.offlineCode(qrText, PIN, portal.clock.now());
    const wrong = right.code.endsWith('0') ? `${right.code.slice(0, 7)}1` : `${right.code.slice(0, 7)}0`;
    const refused = await browser.post('/login/qr', { code: wrong });
    expect(refused.status).toBe(401);
    expect(fieldError(refused.html, 'code')).toBe(en.signInQr.wrongCode);
    const [device] = await portal.durable.devices.listByUser(user.id);
    expect(device?.failedAnswers).toBe(1);
    expect((await browser.post('/login/qr', { code: right.code })).location).toBe('/account');

    // The same code on a new sign-in in another browser: that browser has its own challenge.
    const other = portal.browser('en');
    await qrStep(other);
    expect((await other.post('/login/qr', { code: right.code })).status).toBe(401);
  });

  it('a code that is not 8 digits gets a clear error and counts for nothing', async () => {
    const browser = portal.browser('fr');
    await qrStep(browser);
    const page = await browser.post('/login/qr', { code: '1234' });
    expect(page.status).toBe(400);
    expect(fieldError(page.html, 'code')).toBeDefined();
    const [device] = await portal.durable.devices.listByUser(user.id);
    expect(device?.failedAnswers).toBe(0);
  });

  it('an expired QR code is refused with its reason, and a new one can be shown', async () => {
    const browser = portal.browser('en');
    const page = await qrStep(browser);
    const shown = await phone.offlineCode(qrTextOf(page), PIN, portal.clock.now());
    portal.clock.advance(5 * 60_000);
    const late = await browser.post('/login/qr', { code: shown.code });
    expect(late.status).toBe(410);
    expect(errorNotice(late.html)).toBe(en.signInQr.expired);
    expect((await browser.post('/login/qr/new')).location).toBe('/login/qr');
    const fresh = await browser.get('/login/qr');
    const again = await phone.offlineCode(qrTextOf(fresh), PIN, portal.clock.now());
    expect((await browser.post('/login/qr', { code: again.code })).location).toBe('/account');
  });

  it('five wrong codes in a row block the device; the user is told', async () => {
    const browser = portal.browser('en');
    const page = await qrStep(browser);
    const right = await phone.offlineCode(qrTextOf(page), PIN, portal.clock.now());
    const wrong = right.code === '00000000' ? '11111111' : '00000000';
    for (let i = 0; i < 4; i++) expect((await browser.post('/login/qr', { code: wrong })).status).toBe(401);
    const blocked = await browser.post('/login/qr', { code: wrong });
    expect(blocked.status).toBe(403);
    const [device] = await portal.durable.devices.listByUser(user.id);
    // Issue 10: blocked for 15 minutes, and the user is told until when.
    expect(device?.blockedUntil?.getTime()).toBeGreaterThan(portal.clock.now().getTime() + 14 * 60_000);
    expect(fieldError(blocked.html, 'code')).toBe(
      format(en.errors.DEVICE_BLOCKED, { time: blockEnd(en, device!.blockedUntil) }),
    );
    expect(deviceStatusAt(device!, portal.clock.now())).toBe('blocked');
    expect((await browser.get('/login/qr')).location).toBe('/login/password');
  });
});
