import type { UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrolOverDeviceApi, PIN, registrationFor } from '../../testing/device-client';
import { qrTextInPage } from '../../testing/qr-svg';
import {
  createTestPortal,
  decodeEntities,
  notice,
  signIn,
  storeActiveDevice,
  textOf,
  type Browser,
  type TestPortal,
} from '../../test/test-portal';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

/**
 * Issue 10, findings 6 and 7, on the portal: a device enrolled without Web Push is shown with
 * notifications off and how to turn them on; the QR page's "Cancel" really cancels.
 */

const catalogues = { en, fr } as const;
const EMAIL = 'marie.dupont@example.org';
const PASSWORD = 'le chat dort sur le radiateur';

describe.each(['en', 'fr'] as const)('enrolment on the portal (%s)', (locale) => {
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

  const post = (url: string, payload: unknown) =>
    portal.app.inject({ method: 'POST', url, payload: payload as object });

  async function qrPage(name = 'Pixel-de-Marie') {
    const page = await browser.post('/account/devices/new', { name, pin: PIN, pinConfirm: PIN });
    expect(page.status).toBe(200);
    return page;
  }

  /** The app registers with the page's QR (registrationFor gives no push subscription). */
  async function register(html: string) {
    const { keys, registration } = await registrationFor(qrTextInPage(html, 'enrolment-qr'));
    return { keys, response: await post('/device/v1/registrations', registration) };
  }

  async function enrol(name: string) {
    const page = await qrPage(name);
    const { registered, activated } = await enrolOverDeviceApi(portal.app, qrTextInPage(page.html, 'enrolment-qr'));
    expect(registered.statusCode).toBe(201);
    expect(activated.statusCode).toBe(200);
  }

  it('a device enrolled without Web Push: the list says notifications are off and how to turn them on', async () => {
    await enrol('Pixel-de-Marie');
    // A second device that gave a subscription (written straight to the store: adding it through
    // the portal would now need the second factor).
    await storeActiveDevice(portal, {
      id: 'dev-tablette-0001',
      userId: user.id,
      name: 'Tablette',
      installationId: 'inst-tablette-0001',
      pushSubscription: '{"endpoint":"https://push.example.org/abc","keys":{"p256dh":"x","auth":"y"}}',
    });
    const page = await browser.get('/account/devices?added=1');
    expect(notice(page.html)).toBe(m.devices.addedNotice);
    const e = m.deviceEnrolment;
    const expected = format(e.notificationsOffNotice, { names: format(e.quoted, { name: 'Pixel-de-Marie' }) });
    const shown = /<p [^>]*data-testid="notifications-off"[^>]*>([^<]*)<\/p>/.exec(page.html)?.[1];
    expect(decodeEntities(shown ?? '')).toBe(expected);
    // Once, on the device without push: not on the one that has it.
    expect(textOf(page.html).split(e.notificationsOff).length - 1).toBe(1);
  });

  it('"Cancel" on the QR page is a CSRF-checked form; it spends the QR and deletes the pending device', async () => {
    const page = await qrPage();
    const text = textOf(page.html);
    expect(text).toContain(m.devices.qr.cancel);
    const token = /name="token" value="([^"]+)"/.exec(page.html)?.[1];
    expect(token).toBeDefined();
    expect(page.html).toMatch(/<form method="post" action="\/account\/devices\/enrolment\/cancel"/);

    // Without the CSRF token: refused, nothing cancelled.
    const forged = await browser.post('/account/devices/enrolment/cancel', { token }, { csrf: null });
    expect(forged.status).toBe(403);

    // The app registered (PIN not yet typed): a pending device exists.
    const { response } = await register(page.html);
    expect(response.statusCode).toBe(201);
    expect((await portal.durable.devices.listByUser(user.id)).map((d) => d.status)).toEqual(['pending']);

    const cancelled = await browser.post('/account/devices/enrolment/cancel', { token });
    expect(cancelled.status).toBe(303);
    expect(cancelled.location).toBe('/account/devices?cancelled=1');
    expect(notice((await browser.follow(cancelled)).html)).toBe(m.deviceEnrolment.cancelledNotice);
    expect(await portal.durable.devices.listByUser(user.id)).toEqual([]);
  });

  it('after "Cancel", the app’s registration with that QR fails', async () => {
    const page = await qrPage();
    const token = /name="token" value="([^"]+)"/.exec(page.html)?.[1];
    const cancelled = await browser.post('/account/devices/enrolment/cancel', { token });
    expect(cancelled.location).toBe('/account/devices?cancelled=1');
    const { response } = await register(page.html);
    expect(response.statusCode).toBe(404);
    expect(await portal.durable.devices.listByUser(user.id)).toEqual([]);
  });
});
