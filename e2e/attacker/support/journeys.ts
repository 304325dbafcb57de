import { randomBytes } from 'node:crypto';
import { Authenticator, createFetchDeviceApi, MemoryStore } from '@sesame/authenticator-core';
import { qrTextInPage } from '@sesame/server/testing';
import { Mailbox } from './mailbox';
import { type Answer, type Form, formsIn, linksIn, mainOf, textOf, WebClient } from './web-client';
import type { SmtpCapture } from '../../support/stack';

/**
 * What people do on the portal, through its pages only: create an account from the mail link,
 * enrol a phone (the Sésame app's brain, authenticator-core, over HTTP with keys of its own),
 * sign in with the password and each method. The attacker and the victim use the same steps.
 */

export const PIN = '5739';
/** The sign-in methods the password step offers (the `method` select of the password form). */
export const METHOD = {
  password: 'PASSWORD',
  pinCode: 'PASSWORD_MOBILE_APP',
  qrCode: 'PASSWORD_SOFTWARE_TOKEN',
} as const;

export interface Credentials {
  email: string;
  password: string;
}

export interface Person extends Credentials {
  firstName: string;
  mailbox: Mailbox;
  /** A browser signed in as this person after the account was created. */
  browser: WebClient;
}

export interface Phone {
  app: Authenticator;
  deviceName: string;
}

export function formWith(answer: Answer, field: string): Form | undefined {
  return formsIn(answer.html, answer.url).find((form) => form.fields.some((f) => f.name === field));
}

function requireForm(answer: Answer, field: string, what: string): Form {
  const form = formWith(answer, field);
  if (!form) {
    throw new Error(
      `${what}: no form with "${field}" at ${answer.url} (${answer.status}): ${textOf(mainOf(answer.html))}`,
    );
  }
  return form;
}

/** A new account, as a person creates it: the form, the mail's link, the password. */
export async function createAccount(baseUrl: string, smtp: SmtpCapture, name: string): Promise<Person> {
  const email = `${name.toLowerCase()}.${randomBytes(4).toString('hex')}@attacker-suite.example`;
  const password = `${name} walks the long quiet harbour ${randomBytes(3).toString('hex')}`;
  const mailbox = new Mailbox(smtp, email);
  const mark = mailbox.mark();
  const browser = new WebClient(baseUrl);
  const register = await browser.follow('/register');
  const sent = await browser.submit(requireForm(register, 'email', 'register'), {
    firstName: name,
    lastName: 'Tester',
    email,
    emailConfirm: email,
    emailLocale: 'en',
    privacyAccepted: 'yes',
  });
  if (sent.status >= 400) throw new Error(`registration refused (${sent.status}): ${textOf(mainOf(sent.html))}`);
  const mail = await mailbox.waitSince(mark, (m) => m.text.includes('/register/confirm'), 10_000);
  if (!mail) throw new Error(`no registration mail to ${email}`);
  const link = Mailbox.linkIn(mail, baseUrl).find((href) => href.includes('/register/confirm'))!;
  const choose = await browser.follow(link);
  const done = await browser.submit(requireForm(choose, 'password', 'choose password'), {
    password,
    passwordConfirm: password,
  });
  const account = await browser.settle(done);
  if (new URL(account.url).pathname !== '/account') {
    throw new Error(`registration did not sign in: ${account.url} ${textOf(mainOf(account.html))}`);
  }
  return { email, password, firstName: name, mailbox, browser };
}

export function newPhone(deviceName: string): Phone {
  return {
    app: new Authenticator({ store: new MemoryStore(), deviceApi: (server) => createFetchDeviceApi(server) }),
    deviceName,
  };
}

/** The enrolment QR page's answer for `name` and `pin`, from the devices page's "Add" link. */
export async function addDevicePage(browser: WebClient, name: string, pin = PIN): Promise<Answer> {
  const form = await browser.follow('/account/devices/new');
  const qrPage = await browser.submit(requireForm(form, 'pin', 'add a device'), { name, pin, pinConfirm: pin });
  return qrPage;
}

/** The text of the enrolment QR a page shows, or null when it shows none. */
export function enrolmentQr(page: Answer): string | null {
  try {
    return qrTextInPage(page.html, 'enrolment-qr');
  } catch {
    return null;
  }
}

/** The person adds a phone: the form, the QR, the app scans it and confirms the PIN (accepted at once). */
export async function enrolPhone(person: Person, deviceName: string): Promise<Phone> {
  const phone = newPhone(deviceName);
  await phone.app.initialise();
  const page = await addDevicePage(person.browser, deviceName);
  const qr = enrolmentQr(page);
  if (!qr) throw new Error(`no enrolment QR for ${person.email}: ${textOf(mainOf(page.html))}`);
  await phone.app.enrol(qr, PIN);
  return phone;
}

/**
 * From `start`, as far as the password step takes it: the e-mail, then the password with
 * `method`. Returns the first answer that is not one of these two pages (a second-factor page,
 * an error, a step-up page) or a redirect leaving the portal (to an application).
 */
export async function passwordJourney(
  browser: WebClient,
  start: string | Answer,
  who: Credentials,
  method: string = METHOD.password,
): Promise<Answer> {
  let answer = typeof start === 'string' ? await browser.get(start) : start;
  for (let step = 0; step < 25; step++) {
    if (answer.location) {
      if (!browser.isPortal(answer.location)) return answer;
      answer = await browser.get(answer.location);
      continue;
    }
    const path = new URL(answer.url).pathname;
    if (path === '/login' && answer.status === 200 && formWith(answer, 'email')) {
      answer = await browser.submit(formWith(answer, 'email')!, { email: who.email });
      continue;
    }
    const passwordForm = formWith(answer, 'password');
    if (path === '/login/password' && passwordForm && answer.status === 200) {
      const offersMethod = passwordForm.fields.some((f) => f.name === 'method');
      answer = await browser.submit(passwordForm, {
        password: who.password,
        ...(offersMethod ? { method } : {}),
      });
      // A refused password comes back as the same page with an error: stop there.
      if (!answer.location) return answer;
      continue;
    }
    return answer;
  }
  throw new Error(`the journey from ${typeof start === 'string' ? start : start.url} went round in circles`);
}

/** A password-only session for `who` in a new browser (method "password only"). */
export async function passwordSession(baseUrl: string, who: Credentials): Promise<WebClient> {
  const browser = new WebClient(baseUrl);
  const end = await browser.settle(await passwordJourney(browser, '/login', who, METHOD.password));
  if (new URL(end.url).pathname !== '/account') {
    throw new Error(`the password alone did not open a session: ${end.url} ${textOf(mainOf(end.html))}`);
  }
  return browser;
}

/** The QR code of the "QR code" page, or null when the page shows none. */
export function signInQr(page: Answer): string | null {
  try {
    return qrTextInPage(page.html, 'sign-in-qr');
  } catch {
    return null;
  }
}

/** Types `code` in the "QR code" page's field (its own form, CSRF included). */
export async function typeQrCode(browser: WebClient, page: Answer, code: string): Promise<Answer> {
  const form = formWith(page, 'code');
  if (!form) return page;
  return browser.submit(form, { code });
}

/** The number the "PIN code" page shows, or null. */
export function shownNumber(page: Answer): number | null {
  const match = /data-testid="number-match"[^>]*>\s*(\d+)\s*</.exec(page.html);
  return match ? Number(match[1]) : null;
}

/**
 * "PIN code" from the browser's side up to the app: the number shown, the phone's pending
 * request for it, the phone's answer with `pin`, then the page's "continue" form. Returns the
 * browser's last answer (the application, "My account", or the page that refused).
 */
export async function answerPushWith(
  browser: WebClient,
  waitPage: Answer,
  phone: Phone,
  pin: string,
): Promise<{ answer: Answer; phoneSaid: string }> {
  const number = shownNumber(waitPage);
  if (number === null) return { answer: waitPage, phoneSaid: 'no number shown' };
  let phoneSaid: string;
  try {
    const pending = await phone.app.pending();
    const challenge = pending
      .filter((c) => c.candidates.includes(number))
      .sort((a, b) => a.issuedAt - b.issuedAt)
      .at(-1);
    if (!challenge) {
      phoneSaid = 'no request on the phone';
    } else {
      const verdict = await phone.app.approve(challenge.challengeId, number, pin);
      phoneSaid = verdict.accepted ? 'accepted' : 'refused';
    }
  } catch (error) {
    phoneSaid = `error: ${(error as Error).message}`;
  }
  const continueForm = formsIn(waitPage.html, waitPage.url).find(
    (form) => new URL(form.action).pathname === new URL(waitPage.url).pathname && form.method === 'post',
  );
  const answer = continueForm ? await browser.submit(continueForm) : waitPage;
  return { answer, phoneSaid };
}

/** The links of a page's own content (not the header's), resolved. */
export function contentLinks(page: Answer): { href: string; text: string }[] {
  return linksIn(mainOf(page.html), page.url);
}
