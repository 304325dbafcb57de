import { Authenticator, createFetchDeviceApi, MemoryStore } from '@sesame/authenticator-core';
import { deviceStatusAt, startEnrolment, type UserRecord } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMAIL, PASSWORD, PIN, passwordStep, startAppSignInKit, TRACES } from '../../test/app-sign-in-kit';
import {
  authorizationRequest,
  browse,
  discover,
  OIDC_TEST_APPS,
  WEB_CALLBACK,
  WEB_SECRET,
} from '../../test/oidc-relying-party';
import { qrTextInPage } from '../../testing/qr-svg';
import { type Browser, fieldError, signIn, type TestPortal, textOf } from '../../test/test-portal';
import { en } from '../i18n/en';

/**
 * Issue 10, finding 1 (high): the second-factor bypass. Knowing only the password, an attacker
 * typed 5 wrong "QR code" answers — every device of the account was blocked for ever, silently —
 * then, a blocked device no longer counting, enrolled their own phone from the password-only
 * session and reached MEDIUM. Each step of that chain must now fail, and the owner be mailed.
 */

let portal: TestPortal;
let user: UserRecord;
let phone: Authenticator;

beforeEach(async () => {
  const kit = await startAppSignInKit(OIDC_TEST_APPS);
  ({ portal, user, phone } = kit);
  await kit.enrol();
});
afterEach(() => portal.close());

/** The attacker types a wrong "QR code" answer `times` times, from a sign-in of their own. */
async function wrongQrCodes(browser: Browser, times: number) {
  const step = await passwordStep(browser, '/login', 'PASSWORD_SOFTWARE_TOKEN');
  expect(step.location).toBe('/login/qr');
  const page = await browser.get('/login/qr');
  const right = await phone.offlineCode(qrTextInPage(page.html, 'sign-in-qr'), PIN, portal.clock.now());
  const wrong = right.code === '00000000' ? '11111111' : '00000000';
  const answers = [];
  for (let i = 0; i < times; i++) answers.push(await browser.post('/login/qr', { code: wrong }));
  return answers;
}

/** The strength the CAS application gets from this browser's session. */
async function casStrength(browser: Browser): Promise<string | undefined> {
  const login = await browser.get(`/cas/login?service=${encodeURIComponent(TRACES)}`);
  const ticket = login.location ? new URL(login.location, portal.baseUrl).searchParams.get('ticket') : null;
  if (!ticket) return undefined;
  const validated = await portal.app.inject({
    method: 'GET',
    url: `/cas/serviceValidate?service=${encodeURIComponent(TRACES)}&ticket=${ticket}`,
  });
  return /<cas:strength>([A-Z_]+)<\/cas:strength>/.exec(validated.body)?.[1];
}

describe('issue 10: the password alone never switches the second factor off', () => {
  it('5 wrong QR codes block the phone for a while and mail its owner; the password-only session may not add or delete a device, nor reach MEDIUM', async () => {
    // The attacker's own session, password only (BASIC).
    const attacker = portal.browser('en');
    expect((await signIn(attacker, EMAIL, PASSWORD)).status).toBe(303);
    expect(await casStrength(attacker)).toBe('PASSWORD');

    // 5 wrong "QR code" answers block the phone — for 15 minutes, not for ever.
    const answers = await wrongQrCodes(portal.browser('en'), 5);
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 403]);
    expect(fieldError(answers[4]!.html, 'code')).toMatch(
      /^This device is blocked after too many wrong answers, until /,
    );
    const [blocked] = await portal.durable.devices.listByUser(user.id);
    expect(deviceStatusAt(blocked!, portal.clock.now())).toBe('blocked');
    expect(blocked!.blockedUntil!.getTime() - portal.clock.now().getTime()).toBeGreaterThan(14 * 60_000);

    // The owner is mailed at once: which device, until when, from where, and "this was not me".
    const mail = portal.mailer.last('device-blocked');
    expect(mail.to).toBe(EMAIL);
    expect(mail.params).toMatchObject({ deviceName: 'Pixel-de-Marie', ip: '127.0.0.1', browser: 'sesame-tests' });
    expect(mail.params.blockedUntil).toBe(blocked!.blockedUntil!.toISOString());
    expect(portal.linkIn(mail)).toMatch(/^\/password\/reset\?token=/);

    // The password-only session may not add a device (the blocked phone still counts)…
    for (const page of [
      await attacker.get('/account/devices/new'),
      await attacker.post('/account/devices/new', { name: 'Attacker-phone', pin: PIN, pinConfirm: PIN }),
    ]) {
      expect(page.status).toBe(403);
      expect(textOf(page.html)).toContain(en.secondFactor.body);
      expect(page.html).toContain('href="/account/recovery"');
    }
    // …nor delete the blocked phone…
    expect((await attacker.get(`/account/devices/${blocked!.id}/delete`)).status).toBe(403);
    expect((await attacker.post(`/account/devices/${blocked!.id}/delete`)).status).toBe(403);
    expect(await portal.durable.devices.listByUser(user.id)).toHaveLength(1);
    expect(portal.mailer.of('device-deleted')).toEqual([]);
    // …and core refuses the enrolment too, whoever calls it without the second factor.
    await expect(
      startEnrolment(portal.services.devices, user, { name: 'X', pin: PIN, pinConfirm: PIN }, portal.clock.now(), [
        'PASSWORD',
      ]),
    ).rejects.toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' });

    // No MEDIUM: the attacker's session stays at the password's strength, for CAS and for OIDC.
    expect(await casStrength(attacker)).toBe('PASSWORD');
    const web = await discover(portal, 'web-app', WEB_SECRET);
    const pending = await authorizationRequest(web, WEB_CALLBACK, { acr_values: 'MEDIUM' });
    const journey = await browse(portal, attacker, pending.url);
    // No code for the application: Sésame stops on its own page (the second factor is asked).
    expect(journey.callback).toBeUndefined();
  });

  it('after the block, one more wrong answer blocks again, 4 times longer; the right code works again and resets', async () => {
    await wrongQrCodes(portal.browser('en'), 5);
    portal.clock.advanceMinutes(16);
    // The block is over: one try, wrong → blocked again, for 60 minutes.
    const [again] = await wrongQrCodes(portal.browser('en'), 1);
    expect(again!.status).toBe(403);
    let [device] = await portal.durable.devices.listByUser(user.id);
    expect(device!.blocks).toBe(2);
    expect(device!.blockedUntil!.getTime() - portal.clock.now().getTime()).toBeGreaterThan(59 * 60_000);
    expect(portal.mailer.of('device-blocked')).toHaveLength(2);

    // The owner, once the block is over, signs in with the right code: everything starts again.
    portal.clock.advanceMinutes(61);
    const owner = portal.browser('en');
    await passwordStep(owner, '/login', 'PASSWORD_SOFTWARE_TOKEN');
    const page = await owner.get('/login/qr');
    const right = await phone.offlineCode(qrTextInPage(page.html, 'sign-in-qr'), PIN, portal.clock.now());
    expect((await owner.post('/login/qr', { code: right.code })).location).toBe('/account');
    [device] = await portal.durable.devices.listByUser(user.id);
    expect(device).toMatchObject({ failedAnswers: 0, blocks: 0, blockedUntil: null });
  });

  it('a PANIC deletion is mailed device by device and leaves the account needing its second factor', async () => {
    const browser = portal.browser('en');
    await signIn(browser, EMAIL, PASSWORD);
    expect((await browser.post('/account/devices/panic')).status).toBe(200);
    const stashed = await browser.get(portal.linkIn(portal.mailer.last('devices-panic-link')));
    await browser.follow(stashed);
    expect((await browser.post('/account/devices/panic/confirm')).status).toBe(303);
    expect(await portal.durable.devices.listByUser(user.id)).toEqual([]);
    expect(portal.mailer.last('device-deleted').params.deviceName).toBe('Pixel-de-Marie');
    // The account had a second factor: the password alone may not enrol a new one.
    expect((await portal.durable.users.findById(user.id))!.secondFactorSince).not.toBeNull();
    expect((await browser.get('/account/devices/new')).status).toBe(403);
  });

  it('the password alone may not move the address (the recovery channel) to another mailbox; the second factor may', async () => {
    // The attack the attacker suite found: change the address, take the PANIC link, enrol.
    const attacker = portal.browser('en');
    await signIn(attacker, EMAIL, PASSWORD);
    for (const page of [
      await attacker.get('/account/email'),
      await attacker.post('/account/email', { newEmail: 'attacker@example.net', currentPassword: PASSWORD }),
    ]) {
      expect(page.status).toBe(403);
      expect(textOf(page.html)).toContain(en.secondFactor.emailBody);
      expect(page.html).toContain('href="/account/recovery"');
    }
    expect(portal.mailer.of('email-change-link')).toEqual([]);
    // A blocked phone still counts, and so does one deleted by PANIC (the account had it).
    await wrongQrCodes(portal.browser('en'), 5);
    expect((await attacker.get('/account/email')).status).toBe(403);

    // The owner, with the app, may.
    portal.clock.advanceMinutes(16);
    const owner = portal.browser('en');
    await passwordStep(owner, '/login', 'PASSWORD_SOFTWARE_TOKEN');
    const page = await owner.get('/login/qr');
    const right = await phone.offlineCode(qrTextInPage(page.html, 'sign-in-qr'), PIN, portal.clock.now());
    expect((await owner.post('/login/qr', { code: right.code })).location).toBe('/account');
    expect((await owner.get('/account/email')).status).toBe(200);
    const sent = await owner.post('/account/email', { newEmail: 'marie.new@example.org', currentPassword: PASSWORD });
    expect(sent.status).toBe(200);
    expect(portal.mailer.last('email-change-link').to).toBe('marie.new@example.org');
  });

  it('the device list shows until when a device is blocked', async () => {
    await wrongQrCodes(portal.browser('en'), 5);
    const owner = portal.browser('en');
    await signIn(owner, EMAIL, PASSWORD);
    const list = await owner.get('/account/devices');
    expect(textOf(list.html)).toMatch(/Blocked until \d{2}:\d{2}/);
  });
});

describe('issue 10: "I no longer have my phone" — recovery by mailed link and a waiting period', () => {
  async function startRecovery(browser: Browser) {
    await signIn(browser, EMAIL, PASSWORD);
    expect((await browser.get('/account/recovery')).status).toBe(200);
    const sent = await browser.post('/account/recovery');
    expect(sent.status).toBe(200);
    expect(textOf(sent.html)).toContain('A link is on its way to');
    const link = portal.linkIn(portal.mailer.last('recovery-link'));
    expect(link).toMatch(/^\/account\/recovery\/confirm\?token=/);
    const stashed = await browser.get(link);
    expect(stashed.status).toBe(303);
    expect((await browser.follow(stashed)).status).toBe(200);
    const started = await browser.post('/account/recovery/confirm');
    expect(started.status).toBe(200);
    expect(textOf(started.html)).toContain(en.recovery.startedTitle);
    return portal.mailer.last('recovery-started');
  }

  it('after the waiting period, the password alone adds ONE new phone; the owner is mailed at each step; MEDIUM needs a real sign-in with it', async () => {
    const owner = portal.browser('en');
    const started = await startRecovery(owner);
    expect(started.params).toMatchObject({ ip: '127.0.0.1', browser: 'sesame-tests' });
    expect(portal.linkIn(started)).toMatch(/^\/account\/recovery\/cancel\?token=/);
    const stored = await portal.durable.users.findById(user.id);
    const wait = stored!.recovery!.readyAt.getTime() - portal.clock.now().getTime();
    expect(wait).toBeGreaterThan(24 * 3_600_000 - 60_000);
    expect(wait).toBeLessThanOrEqual(24 * 3_600_000);

    // During the waiting period: still refused.
    expect((await owner.get('/account/devices/new')).status).toBe(403);

    // After it: a new password-only sign-in, in the browser that confirmed the link, may add a device.
    portal.clock.advanceMinutes(24 * 60 + 1);
    const later = owner;
    await signIn(later, EMAIL, PASSWORD);
    expect(textOf((await later.get('/account/devices')).html)).toContain(en.recovery.ready);
    expect((await later.get('/account/devices/new')).status).toBe(200);
    const qrPage = await later.post('/account/devices/new', { name: 'Nouveau-Pixel', pin: PIN, pinConfirm: PIN });
    expect(qrPage.status).toBe(200);
    const newPhone = new Authenticator({
      store: new MemoryStore(),
      clock: portal.clock,
      deviceApi: (url) => createFetchDeviceApi(url),
    });
    await newPhone.initialise();
    await newPhone.enrol(qrTextInPage(qrPage.html, 'enrolment-qr'), PIN);

    // The grant is used up, the owner is told, and the marker stays.
    const after = await portal.durable.users.findById(user.id);
    expect(after!.recovery).toBeNull();
    expect(after!.secondFactorSince).not.toBeNull();
    expect(portal.mailer.last('recovery-completed').params.deviceName).toBe('Nouveau-Pixel');
    // One device only: the next one needs the second factor again.
    expect((await later.get('/account/devices/new')).status).toBe(403);
    // The recovery raised no session's level.
    expect(await casStrength(later)).toBe('PASSWORD');
  });

  // The grant was earned with the password AND the mailbox: someone who knows only the password
  // must not use it from their own browser (issue 10: no level above the factors presented).
  it("the grant is the browser's that confirmed the link: the password alone elsewhere adds and deletes nothing", async () => {
    await startRecovery(portal.browser('en'));
    portal.clock.advanceMinutes(24 * 60 + 1);
    const attacker = portal.browser('en');
    await signIn(attacker, EMAIL, PASSWORD);
    expect((await attacker.get('/account/devices/new')).status).toBe(403);
    const qr = await attacker.post('/account/devices/new', { name: 'Attacker-Phone', pin: PIN, pinConfirm: PIN });
    expect(qr.status).toBe(403);
    const [device] = await portal.durable.devices.listByUser(user.id);
    expect((await attacker.post(`/account/devices/${device!.id}/delete`)).status).toBe(403);
    expect(await portal.durable.devices.listByUser(user.id)).toHaveLength(1);
    expect((await portal.durable.users.findById(user.id))!.recovery).not.toBeNull();
  });

  it('the owner cancels from the mailed link: no new device after the waiting period', async () => {
    const started = await startRecovery(portal.browser('en'));
    const owner = portal.browser('en');
    const stashed = await owner.get(portal.linkIn(started));
    expect((await owner.follow(stashed)).status).toBe(200);
    const cancelled = await owner.post('/account/recovery/cancel');
    expect(cancelled.status).toBe(200);
    expect(textOf(cancelled.html)).toContain(en.recovery.cancelledTitle);
    expect((await portal.durable.users.findById(user.id))!.recovery).toBeNull();
    expect(portal.mailer.of('recovery-cancelled')).toHaveLength(1);
    // The link is single-use.
    const reused = await owner.get(portal.linkIn(started));
    expect((await owner.post('/account/recovery/cancel')).status).toBe(400);
    expect(reused.status).toBe(303);

    portal.clock.advanceMinutes(24 * 60 + 1);
    const later = portal.browser('en');
    await signIn(later, EMAIL, PASSWORD);
    expect((await later.get('/account/devices/new')).status).toBe(403);
  });

  it('a session that presented the second factor may cancel it; the password alone may not', async () => {
    await startRecovery(portal.browser('en'));
    const passwordOnly = portal.browser('en');
    await signIn(passwordOnly, EMAIL, PASSWORD);
    expect((await passwordOnly.post('/account/recovery/cancel')).status).toBe(403);
    expect((await portal.durable.users.findById(user.id))!.recovery).not.toBeNull();

    const owner = portal.browser('en');
    await passwordStep(owner, '/login', 'PASSWORD_SOFTWARE_TOKEN');
    const page = await owner.get('/login/qr');
    const right = await phone.offlineCode(qrTextInPage(page.html, 'sign-in-qr'), PIN, portal.clock.now());
    expect((await owner.post('/login/qr', { code: right.code })).location).toBe('/account');
    expect((await owner.get('/account/devices')).html).toContain('action="/account/recovery/cancel"');
    expect((await owner.post('/account/recovery/cancel')).status).toBe(200);
    expect((await portal.durable.users.findById(user.id))!.recovery).toBeNull();
  });

  it('says the same whether or not the account has devices, and throttles the requests', async () => {
    const other = await portal.createUser({ email: 'paul@example.org', password: PASSWORD });
    const paul = portal.browser('en');
    await signIn(paul, other.email, PASSWORD);
    const marie = portal.browser('en');
    await signIn(marie, EMAIL, PASSWORD);
    const forPaul = textOf((await paul.post('/account/recovery')).html).replace(other.email, 'X');
    const forMarie = textOf((await marie.post('/account/recovery')).html).replace(EMAIL, 'X');
    expect(forPaul.replace(/Signed in as [^.]*/, '')).toBe(forMarie.replace(/Signed in as [^.]*/, ''));
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await marie.post('/account/recovery')).status);
    expect(statuses).toContain(429);
  });
});
