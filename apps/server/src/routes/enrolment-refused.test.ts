import { deviceEnrolledChannel, type EnrolmentRefusedEvent } from '@sesame/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestPortal, decodeEntities, signIn, textOf, type TestPortal } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

const EMAIL = 'marie.dupont@example.org';
const PASSWORD = 'le chat dort sur le radiateur';
const PIN = '5739';

let portal: TestPortal;
afterEach(() => portal?.close());

describe('issue 11: the QR page when the phone refused its QR at the scan (one phone, one person)', () => {
  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)(
    '%s: the page says why and offers the next steps; a crafted reason shows only a fixed text',
    async (locale, m) => {
      portal = await createTestPortal();
      await portal.createUser({ email: EMAIL, password: PASSWORD });
      const browser = portal.browser(locale);
      expect((await signIn(browser, EMAIL, PASSWORD)).status).toBe(303);
      const r = m.enrolmentRefused;

      const other = await browser.get('/account/devices/enrolment/refused?reason=other-account');
      expect(other.status).toBe(200);
      const text = decodeEntities(textOf(other.html));
      expect(text).toContain(r.title);
      expect(text).toContain(r.otherAccount);
      expect(text).toContain(r.otherAccountNext);
      expect(other.html).toContain('href="/account/devices/new"');
      expect(other.html).toContain('href="/account/devices"');

      const same = decodeEntities(
        textOf((await browser.get('/account/devices/enrolment/refused?reason=same-account')).html),
      );
      expect(same).toContain(r.sameAccount);
      const crafted = await browser.get('/account/devices/enrolment/refused?reason=%3Cscript%3E');
      expect(decodeEntities(textOf(crafted.html))).toContain(r.otherAccount);
      expect(crafted.html).not.toContain('<script>');
    },
  );

  it('needs a signed-in session', async () => {
    portal = await createTestPortal();
    const page = await portal.browser('en').get('/account/devices/enrolment/refused?reason=other-account');
    expect(page.status).toBe(303);
    // Back to the page asked after the sign-in (ADR 0018).
    expect(page.location).toBe(
      `/login?return_to=${encodeURIComponent('/account/devices/enrolment/refused?reason=other-account')}`,
    );
  });

  it('the QR page names its enrolment for the script, and the stream relays "enrolment-refused" by name', async () => {
    portal = await createTestPortal({ listen: true });
    const user = await portal.createUser({ email: EMAIL, password: PASSWORD });
    const browser = portal.browser('en');
    expect((await signIn(browser, EMAIL, PASSWORD)).status).toBe(303);
    const qrPage = await browser.post('/account/devices/new', { name: 'Pixel', pin: PIN, pinConfirm: PIN });
    expect(qrPage.status).toBe(200);
    const enrolmentId = /data-enrolment-id="([^"]+)"/.exec(qrPage.html)?.[1];
    expect(enrolmentId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(qrPage.html).toContain('data-refused-url="/account/devices/enrolment/refused"');
    const script = (await browser.get('/static/devices.js')).html;
    expect(script).toContain("'enrolment-refused'");

    const abort = new AbortController();
    const response = await fetch(`${portal.baseUrl}/account/devices/enrolment-events`, {
      headers: { cookie: `${COOKIES.session}=${browser.session}` },
      signal: abort.signal,
    });
    const event: EnrolmentRefusedEvent = {
      type: 'enrolment-refused',
      enrolmentId: enrolmentId!,
      reason: 'other-account',
    };
    await portal.ephemeral.publish(deviceEnrolledChannel(user.id), JSON.stringify(event));
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    while (!received.includes('event: enrolment-refused')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      received += decoder.decode(chunk.value, { stream: true });
    }
    abort.abort();
    expect(received).toContain(`event: enrolment-refused\ndata: ${JSON.stringify(event)}\n\n`);
    portal.app.server.closeAllConnections();
  });
});
