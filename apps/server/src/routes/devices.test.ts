import { deviceEnrolledChannel, type DeviceEnrolledEvent, type UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestPortal,
  decodeEntities,
  fieldError,
  notice,
  signIn,
  textOf,
  type Browser,
  type TestPortal,
} from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

const catalogues = { en, fr } as const;
const EMAIL = 'marie.dupont@example.org';
const PASSWORD = 'le chat dort sur le radiateur';
const PIN = '5739';

/** A device record written straight to the store, its secret sealed by the portal's vault. */
async function createDevice(portal: TestPortal, userId: string, name: string, status: 'active' | 'blocked' = 'active') {
  const id = `dev-${Math.random().toString(36).slice(2, 12)}`;
  const sealed = await portal.services.devices.vault.seal(id, crypto.getRandomValues(new Uint8Array(32)));
  await portal.durable.devices.create({
    id,
    userId,
    name,
    installationId: `inst-${id}`,
    publicKeyJwk: '{}',
    secretKeyId: sealed.keyId,
    secretCiphertext: sealed.ciphertext,
    pushSubscription: null,
    status,
    failedAnswers: 0,
    blockedUntil: null,
    blocks: 0,
    createdAt: portal.clock.now(),
    activatedAt: portal.clock.now(),
    lastUsedAt: null,
  });
  return id;
}

describe('"Manage my mobile devices" when signed out', () => {
  let portal: TestPortal;
  beforeEach(async () => {
    portal = await createTestPortal();
  });
  afterEach(() => portal.close());

  it.each(['/account/devices', '/account/devices/new', '/account/devices/panic', '/account/devices/x/rename'])(
    'GET %s redirects to the sign-in page, which comes back to it (issue 11)',
    async (path) => {
      const page = await portal.browser().get(path);
      expect(page.status).toBe(303);
      expect(page.location).toBe(`/login?return_to=${encodeURIComponent(path)}`);
    },
  );

  it.each(['/account/devices/new', '/account/devices/panic', '/account/devices/x/delete', '/account/devices/x/rename'])(
    'POST %s redirects to the sign-in page',
    async (path) => {
      const browser = portal.browser();
      await browser.get('/login');
      const page = await browser.post(path, { name: 'Pixel', pin: PIN, pinConfirm: PIN });
      expect(page.status).toBe(303);
      expect(page.location).toBe('/login');
    },
  );

  it('the enrolment events need a session', async () => {
    const page = await portal.browser().get('/account/devices/enrolment-events');
    expect(page.status).toBe(401);
  });
});

describe.each(['en', 'fr'] as const)('"Manage my mobile devices" (%s)', (locale) => {
  const m = catalogues[locale];
  const d = m.devices;
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

  const devicesOf = () => portal.durable.devices.listByUser(user.id);

  it('"My account" links to the devices; the empty list offers to add one', async () => {
    expect((await browser.get('/account')).html).toContain(`<a href="/account/devices">${decodeEntities(d.title)}`);
    const page = await browser.get('/account/devices');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain(d.none);
    expect(text).toContain(d.add);
    expect(page.html).toContain('href="/account/devices/new"');
  });

  it('issue 11: the name may be left empty — the QR page comes, and the hint says the phone’s model names it', async () => {
    const form = await browser.get('/account/devices/new');
    expect(decodeEntities(textOf(form.html))).toContain(m.proposedName.nameHint);
    const nameInput = /<input id="name"[^>]*>/.exec(form.html)?.[0] ?? '';
    expect(nameInput).not.toContain('required');
    const page = await browser.post('/account/devices/new', { name: '', pin: PIN, pinConfirm: PIN });
    expect(page.status).toBe(200);
    expect(decodeEntities(page.html)).toContain(`alt="${m.proposedName.qrAlt}"`);
  });

  it('the form has the instruction’s wording and PIN fields for a keypad', async () => {
    const page = await browser.get('/account/devices/new');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    for (const words of [d.form.title, d.form.intro, d.form.name, d.form.pin, d.form.pinHint, d.form.pinConfirm]) {
      expect(text).toContain(words);
    }
    expect(text).toContain(d.form.submit);
    expect(text).toContain(d.form.cancel);
    for (const field of ['pin', 'pinConfirm']) {
      const input = new RegExp(`<input id="${field}"[^>]*>`).exec(page.html)?.[0] ?? '';
      expect(input).toContain('inputmode="numeric"');
      expect(input).toContain('autocomplete="off"');
      expect(input).toContain('maxlength="4"');
    }
  });

  it.each([
    // Issue 11: an empty name is allowed (the phone's model names the device); the PINs are not.
    ['empty', { name: '', pin: '', pinConfirm: '' }, { pin: 'required', pinConfirm: 'required' }],
    ['an unprintable name', { name: 'Pixel\u202E8', pin: PIN, pinConfirm: PIN }, { name: 'malformed' }],
    ['spaces in the name', { name: 'My phone', pin: PIN, pinConfirm: PIN }, { name: 'malformed' }],
    ['3 digits', { name: 'Pixel', pin: '573', pinConfirm: '573' }, { pin: 'too_short' }],
    ['mismatch', { name: 'Pixel', pin: PIN, pinConfirm: '5738' }, { pinConfirm: 'mismatch' }],
    ['a trivial PIN', { name: 'Pixel', pin: '1234', pinConfirm: '1234' }, { pin: 'common' }],
  ] as const)('refuses %s: 400, the message by its field, nothing created', async (_, form, expected) => {
    const page = await browser.post('/account/devices/new', form);
    expect(page.status).toBe(400);
    for (const [field, reason] of Object.entries(expected)) {
      const messages = d.fieldReasons[field as keyof typeof d.fieldReasons] as Record<string, string>;
      expect(fieldError(page.html, field)).toBe(messages[reason]);
    }
    for (const field of ['name', 'pin', 'pinConfirm'].filter((f) => !(f in expected))) {
      expect(fieldError(page.html, field)).toBeUndefined();
    }
    // The PIN is never sent back.
    if (form.pin) expect(page.html).not.toContain(`value="${form.pin}"`);
    expect(portal.mailer.sent).toEqual([]);
    expect(await devicesOf()).toEqual([]);
  });

  it('a valid form shows the QR, the steps in the app, the expiry and a live wait', async () => {
    const page = await browser.post('/account/devices/new', { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN });
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+"/);
    const img = /<img [^>]*data-testid="enrolment-qr"[^>]*>/.exec(page.html)?.[0] ?? '';
    expect(decodeEntities(img)).toContain(`alt="${format(d.qr.alt, { name: 'Pixel-de-Marie' })}"`);
    const svg = Buffer.from(/base64,([^"]+)"/.exec(img)?.[1] ?? '', 'base64').toString();
    expect(svg).toContain('<svg');
    const text = textOf(page.html);
    expect(text).toContain(d.qr.title);
    for (const step of d.qr.steps) expect(text).toContain(step);
    expect(text).toContain(d.qr.finished);
    expect(text).not.toContain('{');
    // The live wait: a static script with the page's nonce, no inline script.
    const nonce = /script-src[^;]*'nonce-([^']+)'/.exec(String(page.headers['content-security-policy']))?.[1];
    expect(page.html).toContain(`<script src="/static/devices.js" nonce="${nonce}" defer`);
    expect(page.html).toContain('data-enrolment-events="/account/devices/enrolment-events"');
    // Nothing durable yet: the device appears when the app registers.
    expect(await devicesOf()).toEqual([]);
    expect((await portal.browser().get('/static/devices.js')).html).toContain('EventSource');
  });

  it('lists the devices with date added, last use and status; shows the notice after enrolment', async () => {
    await createDevice(portal, user.id, 'Pixel-de-Marie');
    await createDevice(portal, user.id, 'Tablette', 'blocked');
    const page = await browser.get('/account/devices?added=1');
    expect(page.status).toBe(200);
    expect(notice(page.html)).toBe(d.addedNotice);
    const text = textOf(page.html);
    expect(text).toContain('Pixel-de-Marie');
    expect(text).toContain('Tablette');
    expect(text).toContain(d.statuses.active);
    expect(text).toContain(d.statuses.blocked);
    expect(text).toContain(d.never);
    expect(text).toContain(d.panic);
  });

  it('renames a device; a name with spaces is refused', async () => {
    const id = await createDevice(portal, user.id, 'Pixel');
    const form = await browser.get(`/account/devices/${id}/rename`);
    expect(form.status).toBe(200);
    expect(form.html).toContain('value="Pixel"');

    const refused = await browser.post(`/account/devices/${id}/rename`, { name: 'Mon Pixel' });
    expect(refused.status).toBe(400);
    expect(fieldError(refused.html, 'name')).toBe(d.fieldReasons.name.malformed);
    expect((await devicesOf())[0]?.name).toBe('Pixel');

    const done = await browser.post(`/account/devices/${id}/rename`, { name: 'Pixel-pro' });
    expect(done.status).toBe(303);
    const list = await browser.follow(done);
    expect(notice(list.html)).toBe(format(d.renamedNotice, { name: 'Pixel-pro' }));
    expect((await devicesOf())[0]?.name).toBe('Pixel-pro');
  });

  /** The session as if the app had confirmed a sign-in (the full flow: sign-in-app.test.ts). */
  async function presentSecondFactor() {
    const { session } = await portal.services.sessions.rotate(
      browser.session,
      user.id,
      ['PASSWORD_MOBILE_APP'],
      portal.clock.now(),
    );
    browser.setCookie(COOKIES.session, session.id);
  }

  it('adding or deleting a device when the account has one needs the second factor, not the password alone', async () => {
    const id = await createDevice(portal, user.id, 'Pixel');
    for (const page of [
      await browser.get('/account/devices/new'),
      await browser.post('/account/devices/new', { name: 'Other', pin: PIN, pinConfirm: PIN }),
      await browser.get(`/account/devices/${id}/delete`),
      await browser.post(`/account/devices/${id}/delete`),
    ]) {
      expect(page.status).toBe(403);
      expect(textOf(page.html)).toContain(m.secondFactor.body);
    }
    const page = await browser.get(`/account/devices/${id}/delete`);
    expect(page.html).toContain(`href="/login?reauth=1&amp;return_to=%2Faccount%2Fdevices%2F${id}%2Fdelete"`);
    expect(page.html).toContain('href="/account/devices/panic"');
    expect(await devicesOf()).toHaveLength(1);
    // Issue 10: a blocked device is still the account's factor — the password alone may neither
    // replace it nor delete it (this was the bypass: block by wrong answers, then enrol).
    await portal.durable.devices.blockDevice(id, new Date(portal.clock.now().getTime() + 15 * 60_000), 5);
    expect((await browser.get('/account/devices/new')).status).toBe(403);
    expect((await browser.post(`/account/devices/${id}/delete`)).status).toBe(403);
    // Nor once it is deleted (the account "had" a second factor).
    await portal.durable.devices.delete(id);
    await portal.durable.users.update(user.id, { secondFactorSince: portal.clock.now() });
    expect((await browser.get('/account/devices/new')).status).toBe(403);
  });

  it('deletes a device after a confirmation page', async () => {
    const id = await createDevice(portal, user.id, 'Pixel');
    await presentSecondFactor();
    const confirm = await browser.get(`/account/devices/${id}/delete`);
    expect(confirm.status).toBe(200);
    expect(textOf(confirm.html)).toContain(format(d.deleteQuestion, { name: 'Pixel' }));
    expect(await devicesOf()).toHaveLength(1);

    const done = await browser.post(`/account/devices/${id}/delete`);
    expect(done.status).toBe(303);
    expect(notice((await browser.follow(done)).html)).toBe(d.deletedNotice);
    expect(await devicesOf()).toEqual([]);
  });

  it('another account’s device is not found, and stays', async () => {
    const other = await portal.createUser({ email: 'paul@example.org', password: PASSWORD });
    const id = await createDevice(portal, other.id, 'Pixel');
    expect((await browser.get(`/account/devices/${id}/rename`)).status).toBe(404);
    expect((await browser.get(`/account/devices/${id}/delete`)).status).toBe(404);
    expect((await browser.post(`/account/devices/${id}/delete`)).status).toBe(404);
    expect((await browser.post(`/account/devices/${id}/rename`, { name: 'Mine' })).status).toBe(404);
    expect(await portal.durable.devices.listByUser(other.id)).toHaveLength(1);
  });

  it('PANIC deletes all the devices and unlinks the eIDs once confirmed from the link mailed to the account', async () => {
    await createDevice(portal, user.id, 'Pixel');
    await createDevice(portal, user.id, 'Tablette');
    await portal.durable.eidLinks.create({
      id: 'eid-1',
      userId: user.id,
      provider: 'franceconnect',
      issuer: 'https://fc.example.fr',
      subject: 'fc-sub',
      createdAt: portal.clock.now(),
      lastUsedAt: null,
    });
    const ask = await browser.get('/account/devices/panic');
    expect(ask.status).toBe(200);
    expect(textOf(ask.html)).toContain(format(d.panicQuestion, { count: 2 }));

    const sent = await browser.post('/account/devices/panic');
    expect(sent.status).toBe(200);
    expect(notice(sent.html)).toBe(format(d.panicSent, { email: user.email, minutes: portal.config.linkTtlMinutes }));
    expect(await devicesOf()).toHaveLength(2); // nothing deleted before the confirmation
    const mail = portal.mailer.last('devices-panic-link');
    expect(mail).toMatchObject({ to: user.email, locale });

    // The owner opens the link from another browser, not signed in (the phone was stolen).
    const elsewhere = portal.browser(locale);
    const link = await elsewhere.get(portal.linkIn(mail!));
    expect(link.status).toBe(303);
    expect(link.location).toBe('/account/devices/panic/confirm');
    const confirm = await elsewhere.follow(link);
    expect(textOf(confirm.html)).toContain(d.panicLinkQuestion);
    expect(await devicesOf()).toHaveLength(2); // opening the link deletes nothing
    const done = await elsewhere.post('/account/devices/panic/confirm');
    expect(done.status).toBe(200);
    expect(notice(done.html)).toBe(d.panicNotice);
    expect(await devicesOf()).toEqual([]);
    // EU Login's "Delete all my devices and eID (PANIC)" (docs/adr/0047 §5): the eIDs go too, audited.
    expect(await portal.durable.eidLinks.listByUser(user.id)).toEqual([]);
    const [unlinked] = await portal.durable.audit.list({ userId: user.id, limit: 1 });
    expect(unlinked).toMatchObject({ type: 'credential.deleted', details: { kind: 'eid', panic: true } });

    // Single use: the same link again changes nothing and says so.
    await createDevice(portal, user.id, 'Nouveau');
    const again = portal.browser(locale);
    await again.follow(await again.get(portal.linkIn(mail!)));
    const reused = await again.post('/account/devices/panic/confirm');
    expect(reused.status).toBe(400);
    expect(await devicesOf()).toHaveLength(1);
  });

  // Like the reset and recovery links: a link to an address the account no longer has is dead.
  it('a PANIC link mailed to an address the account no longer has deletes nothing', async () => {
    await createDevice(portal, user.id, 'Pixel');
    await browser.post('/account/devices/panic');
    const mail = portal.mailer.last('devices-panic-link');
    await portal.durable.users.update(user.id, { email: 'marie.new@example.org' });
    const old = portal.browser(locale);
    await old.follow(await old.get(portal.linkIn(mail!)));
    expect((await old.post('/account/devices/panic/confirm')).status).toBe(400);
    expect(await devicesOf()).toHaveLength(1);
  });

  // A password-only session must not be a tool to flood the owner's mailbox (issue 10): the PANIC
  // request sends mail, so it is throttled like every request that does (mailRequests).
  it('throttles the PANIC requests like every request that sends mail', async () => {
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await browser.post('/account/devices/panic')).status);
    expect(statuses).toContain(429);
    expect(portal.mailer.of('devices-panic-link').length).toBeLessThan(8);
  });
});

describe('enrolment events (server-sent events)', () => {
  let portal: TestPortal;
  afterEach(() => portal?.close());

  it('streams "device-enrolled" when the app has enrolled a device of this user', async () => {
    let unsubscribed = 0;
    portal = await createTestPortal({
      listen: true,
      wrapEphemeral: (store) => ({
        ...store,
        subscribe: async (channel, onMessage) => {
          const end = await store.subscribe(channel, onMessage);
          return async () => {
            unsubscribed++;
            await end();
          };
        },
      }),
    });
    const user = await portal.createUser({ email: EMAIL, password: PASSWORD });
    const browser = portal.browser('en');
    expect((await signIn(browser, EMAIL, PASSWORD)).status).toBe(303);

    const abort = new AbortController();
    const response = await fetch(`${portal.baseUrl}/account/devices/enrolment-events`, {
      headers: { cookie: `${COOKIES.session}=${browser.session}` },
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toBe('no-store');

    const event: DeviceEnrolledEvent = { type: 'device-enrolled', deviceId: 'd1', name: 'Pixel' };
    // Another user's enrolment is not this stream's business.
    await portal.ephemeral.publish(deviceEnrolledChannel('someone-else'), JSON.stringify({ ...event, name: 'Other' }));
    await portal.ephemeral.publish(deviceEnrolledChannel(user.id), JSON.stringify(event));

    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    while (!received.includes('event: device-enrolled')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      received += decoder.decode(chunk.value, { stream: true });
    }
    abort.abort();
    expect(received).toContain(`event: device-enrolled\ndata: ${JSON.stringify(event)}\n\n`);
    expect(received).not.toContain('Other');
    // The client went away: the subscription ends with it.
    await expect.poll(() => unsubscribed).toBe(1);
    // Node's fetch (undici) opens a spare connection after the abort, which never sends a
    // request: the server's close would wait for it until the headers timeout.
    portal.app.server.closeAllConnections();
  });
});
