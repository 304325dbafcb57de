import { randomBytes, randomInt } from 'node:crypto';
import {
  Authenticator,
  createFetchDeviceApi,
  formatDeviceAuthorization,
  MemoryStore,
} from '@sesame/authenticator-core';
import { ENROLMENT_REFUSALS_PATH, type DeviceRequestProof, type PushSubscriptionJson } from '@sesame/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '@sesame/server';
import { startSmtpCapture, type SmtpCapture } from '../support/stack';
import { csrfIn, listDevices } from './support/devices-view';
import {
  addDevicePage,
  answerPushWith,
  createAccount,
  enrolmentQr,
  enrolPhone,
  formWith,
  METHOD,
  newPhone,
  passwordJourney,
  type Person,
  type Phone,
  PIN,
} from './support/journeys';
import { OIDC_CALLBACK, OIDC_CLIENT_ID, OIDC_SECRET, RELYING_APPS } from './support/level-probes';
import { Mailbox } from './support/mailbox';
import { CLAIMS_APP, CLAIMS_APP_REGISTRATION, SIGN_IN_SCOPE, signInClaimsSeenBy } from './support/oidc-sign-in-claims';
import { startSesameProcess, type SesameProcess } from './support/sesame-process';
import { type Answer, formsIn, mainOf, textOf, WebClient } from './support/web-client';

/**
 * More of the attacker suite (issue 10): the same real server process, seen only through its
 * pages, its device API and the mailbox. Three attackers: the password alone; the e-mail address
 * alone; a stolen phone without its PIN. What must hold: a recovery grant is the confirming
 * browser's, not the password's (SEC-28); every mailed link is single use even when raced
 * (SEC-27); an address change asked with the password alone dies once the owner has a device;
 * the address alone teaches nothing, sends nothing and changes nothing; a device's proof speaks
 * only for that device. And a curious application: one not registered for the sign-in claims
 * (docs/adr/0048) that asks for them anyway gets neither the strengths nor the device.
 *
 * Not covered here: the end of the recovery wait. `recovery.waitingHours` is at least 1 hour
 * (config-schema.ts) and a server process's clock cannot be moved, so only the wait is checked.
 */

/** "At once": how long a mail may take to reach the SMTP server. */
const MAIL_WITHIN_MS = 5_000;
/** How long to listen for a mail that must not come. */
const QUIET_MS = 1_500;

let smtp: SmtpCapture | undefined;
let sesame: SesameProcess | undefined;
let base = '';

beforeAll(async () => {
  smtp = await startSmtpCapture();
  sesame = await startSesameProcess({ smtpUrl: smtp.url, relyingApps: [...RELYING_APPS, CLAIMS_APP_REGISTRATION] });
  base = sesame.url;
});

afterAll(async () => {
  await sesame?.stop();
  await smtp?.close();
});

function mail(): SmtpCapture {
  if (!smtp) throw new Error('no SMTP capture');
  return smtp;
}

/** A person with the Sésame app enrolled from the add-device page, the phone active. */
async function personWithPhone(name: string): Promise<{ person: Person; phone: Phone }> {
  const person = await createAccount(base, mail(), name);
  const mark = person.mailbox.mark();
  const phone = await enrolPhone(person, `Phone-of-${name}`);
  // The enrolment's own mail ("a device was added") is not what the tests look for.
  await person.mailbox.waitSince(mark, () => true, 3_000);
  const devices = await listDevices(person.browser);
  if (devices.filter((d) => d.active).length !== 1) {
    throw new Error(`${name}'s phone is not active: ${JSON.stringify(devices)}`);
  }
  return { person, phone };
}

/** A browser signed in with the password alone, or null when the portal gives no session for it. */
async function passwordOnlySession(who: { email: string; password: string }): Promise<WebClient | null> {
  const browser = new WebClient(base);
  const end = await browser.settle(await passwordJourney(browser, '/login', who, METHOD.password));
  return new URL(end.url).pathname === '/account' ? browser : null;
}

/** A page is the "add a device" form, or the enrolment QR: what the password alone must not reach. */
function offersEnrolment(page: Answer): boolean {
  return formWith(page, 'pin') !== undefined || enrolmentQr(page) !== null;
}

/** The page's own POST form (not the sign-out one). */
function ownForm(page: Answer) {
  return formsIn(page.html, page.url).find((f) => f.method === 'post' && new URL(f.action).pathname !== '/logout');
}

/** The portal link to `path` in the first mail to `box` after `mark` that carries one. */
async function mailedLink(box: Mailbox, mark: number, path: string): Promise<string> {
  const received = await box.waitSince(mark, (m) => m.text.includes(path), MAIL_WITHIN_MS);
  const link = received ? Mailbox.linkIn(received, base).find((href) => new URL(href).pathname === path) : undefined;
  if (!link) throw new Error(`no mail with a link to ${path}`);
  return link;
}

/** The owner, signed in, asks for "I no longer have my phone": the mailed confirm link. */
async function requestRecovery(person: Person, browser: WebClient): Promise<string> {
  const mark = person.mailbox.mark();
  const page = await browser.follow('/account/recovery');
  const form = ownForm(page);
  if (!form) throw new Error(`no recovery form: ${textOf(mainOf(page.html))}`);
  await browser.settle(await browser.submit(form));
  return mailedLink(person.mailbox, mark, '/account/recovery/confirm');
}

/**
 * Opens a mailed link in `browser` (the page with its button), then presses the button from two
 * copies of that browser at the same moment. Returns both answers.
 */
async function raceLink(browser: WebClient, link: string): Promise<Answer[]> {
  const page = await browser.follow(link);
  const form = ownForm(page);
  if (!form) throw new Error(`no button behind ${link}: ${textOf(mainOf(page.html))}`);
  const twin = browser.clone();
  return Promise.all([browser.submit(form), twin.submit(form)]);
}

/** An answer that did what the link asked (a success page or a redirect into the portal). */
function succeeded(answer: Answer): boolean {
  return answer.status < 400;
}

describe('more attacks', () => {
  it('recovery confirmed by the owner in browser A: the password alone in browser B gets no add-device form; A is told to wait', async () => {
    const { person } = await personWithPhone('Irene');
    const browserA = person.browser;
    const link = await requestRecovery(person, browserA);
    const confirmPage = await browserA.follow(link);
    const confirmForm = ownForm(confirmPage);
    expect(confirmForm, 'the confirm page has its button').toBeDefined();
    const started = await browserA.settle(await browserA.submit(confirmForm!));
    expect(textOf(started.html), 'A is told the waiting period has started').toContain(en.recovery.startedTitle);

    // The attacker, with the password alone, in a browser of their own.
    const browserB = await passwordOnlySession(person);
    expect(browserB, 'the password alone opens a BASIC session').not.toBeNull();
    const addB = await browserB!.follow('/account/devices/new');
    expect(offersEnrolment(addB), 'B (password only) got the add-device form during the wait').toBe(false);
    const postedB = await browserB!.settle(
      await browserB!.post('/account/devices/new', {
        _csrf: csrfIn(addB) ?? '',
        name: 'Attacker-phone',
        pin: PIN,
        pinConfirm: PIN,
      }),
    );
    expect(enrolmentQr(postedB), 'B (password only) got an enrolment QR during the wait').toBeNull();
    // B copies nothing from A but the password: even a fresh sign-in in B is refused.
    const againB = await passwordOnlySession(person);
    expect(offersEnrolment(await againB!.follow('/account/devices/new')), 'a new B session got enrolment').toBe(false);

    // A itself must wait (recovery.waitingHours ≥ 1): no form yet, the pending notice instead.
    const addA = await browserA.follow('/account/devices/new');
    expect(offersEnrolment(addA), 'A got the add-device form before the wait is over').toBe(false);
    const devicesA = textOf((await browserA.follow('/account/devices')).html);
    expect(devicesA, 'A is told a recovery is pending').toContain(en.recovery.pending.split('{time}')[0]!.trim());
    const devices = await listDevices(browserA);
    expect(devices.length, 'no device was added').toBe(1);
  });

  it('two parallel POSTs of one recovery link: exactly one starts the wait', async () => {
    const { person } = await personWithPhone('Jules');
    const link = await requestRecovery(person, person.browser);
    const answers = await raceLink(new WebClient(base), link);
    expect(
      answers.filter(succeeded).length,
      `statuses ${answers.map((a) => a.status).join(', ')}: the link is single use`,
    ).toBe(1);
    expect(
      answers.filter((a) => a.status >= 500),
      'no 5xx',
    ).toEqual([]);
  });

  it('two parallel POSTs of one PANIC link: exactly one deletes', async () => {
    const { person } = await personWithPhone('Karim');
    const mark = person.mailbox.mark();
    const panicPage = await person.browser.follow('/account/devices/panic');
    const panicForm = ownForm(panicPage);
    expect(panicForm, 'the PANIC page has its form').toBeDefined();
    await person.browser.settle(await person.browser.submit(panicForm!));
    const link = await mailedLink(person.mailbox, mark, '/account/devices/panic/confirm');
    const answers = await raceLink(new WebClient(base), link);
    expect(
      answers.filter(succeeded).length,
      `statuses ${answers.map((a) => a.status).join(', ')}: the link is single use`,
    ).toBe(1);
    expect(
      answers.filter((a) => a.status >= 500),
      'no 5xx',
    ).toEqual([]);
    expect(await listDevices(person.browser), 'PANIC deleted the devices').toEqual([]);
  });

  it('two parallel POSTs of one e-mail change link: exactly one changes the address', async () => {
    // No device: the password alone may ask for the change (core mayChangeEmail).
    const person = await createAccount(base, mail(), 'Lina');
    const newAddress = `lina.new.${randomBytes(4).toString('hex')}@attacker-suite.example`;
    const newBox = new Mailbox(mail(), newAddress);
    const mark = newBox.mark();
    await askEmailChange(person.browser, person.password, newAddress);
    const link = await mailedLink(newBox, mark, '/account/email/confirm');
    const answers = await raceLink(new WebClient(base), link);
    expect(
      answers.filter(succeeded).length,
      `statuses ${answers.map((a) => a.status).join(', ')}: the link is single use`,
    ).toBe(1);
    expect(
      answers.filter((a) => a.status >= 500),
      'no 5xx',
    ).toEqual([]);
    expect(textOf((await person.browser.follow('/account')).html), 'the address changed once').toContain(newAddress);
  });

  it('an address change asked with the password alone before the owner enrols a phone: the link then changes nothing', async () => {
    const victim = await createAccount(base, mail(), 'Marc');
    const stolenAddress = `marc.attacker.${randomInt(1e9)}@attacker-suite.example`;
    const attackerBox = new Mailbox(mail(), stolenAddress);
    const attacker = await passwordOnlySession(victim);
    expect(attacker, 'the password alone opens a session on an account without a device').not.toBeNull();
    const mark = attackerBox.mark();
    await askEmailChange(attacker!, victim.password, stolenAddress);
    const link = await mailedLink(attackerBox, mark, '/account/email/confirm');

    // The owner enrols the Sésame app (no device before: the add-device form is theirs).
    const phone = newPhone('Phone-of-Marc');
    await phone.app.initialise();
    const qr = enrolmentQr(await addDevicePage(victim.browser, phone.deviceName));
    expect(qr, 'the owner gets an enrolment QR').not.toBeNull();
    await phone.app.enrol(qr!, PIN);
    expect((await listDevices(victim.browser)).filter((d) => d.active).length, 'the phone is active').toBe(1);

    // The attacker opens their link now.
    const page = await attacker!.follow(link);
    const form = ownForm(page);
    const answer = form ? await attacker!.settle(await attacker!.submit(form)) : page;
    expect(answer.status, 'the link is refused once the account has a second factor').toBeGreaterThanOrEqual(400);
    const account = textOf((await victim.browser.follow('/account')).html);
    expect(account, "the account's address is unchanged").toContain(victim.email);
    expect(account, "the attacker's address is not the account's").not.toContain(stolenAddress);
    expect(
      await passwordOnlySession({ email: stolenAddress, password: victim.password }),
      "the attacker's address does not sign in",
    ).toBeNull();
  });

  it('only the e-mail address: recovery, PANIC, address change, /help/app, /dev/outbox, the push-subscription and enrolment-refusal routes — nothing learnt, nothing mailed, nothing changed', async () => {
    const { person: victim, phone } = await personWithPhone('Nora');
    const stranger = `nobody.${randomBytes(4).toString('hex')}@attacker-suite.example`;
    const mark = victim.mailbox.mark();
    const devicesBefore = await listDevices(victim.browser);

    /** What the attacker sees for `email` (the CSRF tokens and cookies aside). */
    const seen = async (email: string) => {
      const attacker = new WebClient(base);
      // The portal's CSRF token, as any visitor gets it: the POSTs below meet the session check.
      const _csrf = csrfIn(await attacker.follow('/login')) ?? '';
      const out: string[] = [];
      for (const path of [
        '/account/recovery',
        '/account/devices/panic',
        '/account/email',
        '/help/app',
        '/dev/outbox',
      ]) {
        const got = await attacker.get(`${path}?email=${encodeURIComponent(email)}`);
        // The sign-in's way back (ADR 0018) repeats the query the attacker sent, address included:
        // that is the attacker's own input echoed, not something learnt about the account.
        const back = (got.rawLocation ?? '').replace(encodeURIComponent(encodeURIComponent(email)), '<address>');
        out.push(`GET ${path} ${got.status} ${back} ${normalised(got, email)}`);
        const posted = await attacker.post(path, { _csrf, email, newEmail: email, newEmailConfirm: email });
        out.push(`POST ${path} ${posted.status} ${posted.rawLocation ?? ''} ${normalised(posted, email)}`);
        expect.soft(got.html + posted.html, `${path} shows the address`).not.toContain(email);
        expect.soft(got.status, `GET ${path} is not a 5xx`).toBeLessThan(500);
        expect.soft(posted.status, `POST ${path} is not a 5xx`).toBeLessThan(500);
        expect.soft(posted.status < 300 && posted.rawLocation === undefined, `POST ${path} did something`).toBe(false);
      }
      const outbox = await attacker.get('/dev/outbox');
      expect.soft(outbox.status, '/dev/outbox is not served (devPages is off)').toBe(404);
      return out;
    };
    expect(await seen(victim.email), 'the answers differ between the account and an unknown address').toEqual(
      await seen(stranger),
    );

    // PUT /device/v1/push-subscription without a valid proof.
    const subscription = fakeSubscription();
    const deviceId = (await phone.app.accounts())[0]!.deviceId;
    for (const authorization of [
      undefined,
      'Bearer nothing',
      `SesameDevice ${deviceId}.${Math.floor(Date.now() / 1000)}.${'A'.repeat(86)}`,
      `SesameDevice ${'B'.repeat(22)}.${Math.floor(Date.now() / 1000)}.${'A'.repeat(86)}`,
    ]) {
      const answer = await putSubscription(authorization, { pushSubscription: subscription });
      expect.soft(answer.status, `PUT push-subscription with ${authorization ?? 'no proof'}`).toBe(401);
      expect.soft(answer.body, 'the refusal names nothing of the account').not.toContain(victim.email);
    }

    // POST /device/v1/enrolment-refusals (issue 11, one phone one person) without the QR's token:
    // a guessed or malformed token ends no enrolment and touches no device (docs/adr/0017).
    for (const enrolmentToken of [randomBytes(16).toString('base64url'), 'A'.repeat(22), 'not a token', '']) {
      for (const reason of ['other-account', 'same-account', 'anything']) {
        const refused = await fetch(new URL(ENROLMENT_REFUSALS_PATH, base), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'enrolment-refusal', enrolmentToken, reason }),
        });
        expect
          .soft(refused.status, `a refusal with the token ${JSON.stringify(enrolmentToken)}`)
          .toBeGreaterThanOrEqual(400);
        expect.soft(refused.status, 'a refusal is never a 5xx').toBeLessThan(500);
      }
    }

    expect(await victim.mailbox.waitSince(mark, () => true, QUIET_MS), 'the owner got a mail').toBeNull();
    expect(await listDevices(victim.browser), "the owner's devices changed").toEqual(devicesBefore);
    // The phone still answers: its owner signs in with "PIN code".
    const owner = new WebClient(base);
    const waitPage = await passwordJourney(owner, '/login', victim, METHOD.pinCode);
    const { answer, phoneSaid } = await answerPushWith(owner, waitPage, phone, PIN);
    expect(phoneSaid, 'the phone still gets its requests').toBe('accepted');
    expect(answer.location && new URL(answer.location).pathname, 'the owner still signs in').toBe('/account');
  });

  it("a stolen phone without its PIN: its proof learns nothing on the push-subscription route and cannot change another device's", async () => {
    const { person: other, phone: otherPhone } = await personWithPhone('Paula');
    const otherDeviceId = (await otherPhone.app.accounts())[0]!.deviceId;

    // Oscar's phone, stolen (device X). Its app signs the push-subscription request with the
    // device key, no PIN asked; the test keeps the proof it makes and the thief replays it.
    const captured: { proof?: DeviceRequestProof; subscription?: PushSubscriptionJson } = {};
    const stolen = new Authenticator({
      store: new MemoryStore(),
      deviceApi: (server) => ({
        ...createFetchDeviceApi(server),
        updatePushSubscription: async (proof, subscription) => {
          captured.proof = proof;
          captured.subscription = subscription;
        },
      }),
    });
    await stolen.initialise();
    const thiefVictim = await createAccount(base, mail(), 'Oscar');
    const qr = enrolmentQr(await addDevicePage(thiefVictim.browser, 'Phone-of-Oscar'));
    expect(qr).not.toBeNull();
    await stolen.enrol(qr!, PIN);
    const stolenDeviceId = (await stolen.accounts())[0]!.deviceId;
    await stolen.syncPushSubscriptions(async () => fakeSubscription());
    expect(captured.proof, 'the app signs its push-subscription request (no PIN asked)').toBeDefined();
    const proof = captured.proof!;
    const subscription = captured.subscription!;
    const markOther = other.mailbox.mark();

    // 1. The body claims device Y: an extra field is refused, before or after the proof.
    const claimY = await putSubscription(formatDeviceAuthorization(proof), {
      pushSubscription: subscription,
      deviceId: otherDeviceId,
    });
    expect.soft(claimY.status, 'a body naming another device is refused').toBe(400);
    // 2. The proof re-labelled as Y's (X's signature): refused.
    const relabelled = await putSubscription(formatDeviceAuthorization({ ...proof, deviceId: otherDeviceId }), {
      pushSubscription: subscription,
    });
    expect.soft(relabelled.status, "X's signature under Y's id is refused").toBe(401);
    // 3. The proof with another subscription than the one it signs: refused.
    const swapped = await putSubscription(formatDeviceAuthorization(proof), {
      pushSubscription: fakeSubscription(),
    });
    expect.soft(swapped.status, 'a proof for another subscription is refused').toBe(401);
    // 4. Reading: the route only takes a PUT; nothing about any device comes back.
    const read = await fetch(new URL('/device/v1/push-subscription', base), {
      headers: { authorization: formatDeviceAuthorization(proof), accept: 'application/json' },
    });
    const readBody = await read.text();
    expect.soft(read.status, 'GET push-subscription answers nothing').toBeGreaterThanOrEqual(400);
    for (const answer of [claimY, relabelled, swapped, { status: read.status, body: readBody }]) {
      for (const secret of [otherDeviceId, other.email, thiefVictim.email, stolenDeviceId, subscription.endpoint]) {
        expect.soft(answer.body, `an answer (${answer.status}) tells something`).not.toContain(secret);
      }
    }

    // Y is untouched: Paula gets no mail, and her phone still answers her sign-in.
    expect(await other.mailbox.waitSince(markOther, () => true, QUIET_MS), 'Paula got a mail').toBeNull();
    const browser = new WebClient(base);
    const waitPage = await passwordJourney(browser, '/login', other, METHOD.pinCode);
    const { answer, phoneSaid } = await answerPushWith(browser, waitPage, otherPhone, PIN);
    expect(phoneSaid, "Paula's phone still gets its requests").toBe('accepted');
    expect(answer.location && new URL(answer.location).pathname, 'Paula still signs in').toBe('/account');
  });

  it('an application not registered for the sign-in claims asks for them (scope and claims parameter): neither its ID token nor userinfo carries them (ADR 0048)', async () => {
    const { person, phone } = await personWithPhone('Claire');
    const attackerApp = { clientId: OIDC_CLIENT_ID, secret: OIDC_SECRET, callback: OIDC_CALLBACK };
    // The suite's application lists `email` only; it asks for the strengths and the device anyway.
    const seen = await signInClaimsSeenBy(base, attackerApp, new WebClient(base), person, phone);
    expect(seen.scope, 'the scope was granted').not.toContain(SIGN_IN_SCOPE);
    for (const [where, claims] of [
      ['ID token', seen.idToken],
      ['userinfo', seen.userinfo],
    ] as const) {
      expect(claims, `${where} carries strengths`).not.toHaveProperty('strengths');
      expect(claims, `${where} carries authentication_devices`).not.toHaveProperty('authentication_devices');
      expect(JSON.stringify(claims), `${where} names the phone`).not.toContain(phone.deviceName);
    }
    expect(Object.keys(seen.userinfo).sort()).toEqual(['email', 'email_verified', 'sub']);
    // The control: the same request from an application registered for them, after the same
    // kind of sign-in, gets both — the probe above would have seen them.
    const control = await signInClaimsSeenBy(base, CLAIMS_APP, new WebClient(base), person, phone);
    expect(control.scope).toContain(SIGN_IN_SCOPE);
    expect(control.idToken.strengths).toContain('PASSWORD_MOBILE_APP');
    expect(control.userinfo.authentication_devices).toEqual([
      expect.objectContaining({ name: phone.deviceName, type: 'MOBILE_APP' }),
    ]);
  });
});

/** The address change form of a signed-in browser, sent for `newAddress`. */
async function askEmailChange(browser: WebClient, password: string, newAddress: string) {
  const page = await browser.follow('/account/email');
  const form = formWith(page, 'newEmail');
  if (!form) throw new Error(`no address change form: ${textOf(mainOf(page.html))}`);
  const answer = await browser.submit(form, {
    newEmail: newAddress,
    ...(form.fields.some((f) => f.name === 'newEmailConfirm') ? { newEmailConfirm: newAddress } : {}),
    ...(form.fields.some((f) => f.name === 'currentPassword') ? { currentPassword: password } : {}),
  });
  if (answer.status >= 400)
    throw new Error(`address change refused (${answer.status}): ${textOf(mainOf(answer.html))}`);
}

/** A page's text with what differs between two requests anyway (the tokens, the address) taken out. */
function normalised(answer: Answer, email: string): string {
  return textOf(mainOf(answer.html.replace(/value="[^"]*"/g, ''))).replaceAll(email, '<email>');
}

/** A well-formed Web Push subscription (RFC 8291 key sizes) to a push service that does not exist. */
function fakeSubscription(): PushSubscriptionJson {
  const p256dh = Buffer.concat([Buffer.from([0x04]), randomBytes(64)]).toString('base64url');
  return {
    endpoint: `https://push.attacker-suite.example/${randomBytes(8).toString('hex')}`,
    keys: { p256dh, auth: randomBytes(16).toString('base64url') },
  };
}

async function putSubscription(authorization: string | undefined, body: unknown) {
  const response = await fetch(new URL('/device/v1/push-subscription', base), {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(authorization === undefined ? {} : { authorization }),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.text() };
}
