import { Authenticator, createFetchDeviceApi, MemoryStore } from '@sesame/authenticator-core';
import { type RelyingAppInput, startEnrolment, type UserRecord } from '@sesame/core';
import { COOKIES } from '../src/http/cookies';
import { type Browser, createTestPortal, type Page, type TestPortal } from './test-portal';

/**
 * Helpers of the sign-in tests with the Sésame app ("PIN code", "QR code", "On mobile"): a
 * listening portal with the TRACES application, Marie's account, and authenticator-core's
 * Authenticator as her phone, talking to the portal over HTTP as the app does.
 */

export const EMAIL = 'marie.dupont@ddpp35.example.fr';
export const PASSWORD = 'le chat dort sur le radiateur';
export const PIN = '5739';
/** TRACES NT's CAS service (EU Login flavour). */
export const TRACES = 'https://traces.example.eu/cas';

export interface AppSignInKit {
  portal: TestPortal;
  user: UserRecord;
  /** The app, initialised, with no account yet. */
  phone: Authenticator;
  /** Enrols `phone` for `user` as "Pixel-de-Marie" with PIN, as the device QR code does. */
  enrol(): ReturnType<Authenticator['enrol']>;
}

/** The portal (TRACES, then `moreApps`), the user and the phone; close `portal` after each test. */
export async function startAppSignInKit(
  moreApps: RelyingAppInput[] = [],
  /** Sésame's configuration on top of the tests' (e.g. `sms.provider`). */
  config: Record<string, unknown> = {},
): Promise<AppSignInKit> {
  const portal = await createTestPortal({
    listen: true,
    config,
    relyingApps: [
      {
        id: 'traces',
        name: 'TRACES NT (démo)',
        attributes: ['email'],
        cas: { services: ['https://traces.example.eu/*'], flavour: 'eulogin', singleLogout: false },
      },
      ...moreApps,
    ],
  });
  const user = await portal.createUser({ id: 'n0025vuz', email: EMAIL, password: PASSWORD });
  const phone = new Authenticator({
    store: new MemoryStore(),
    clock: portal.clock,
    deviceApi: (url) => createFetchDeviceApi(url),
  });
  await phone.initialise();
  const enrol = async () => {
    const started = await startEnrolment(
      portal.services.devices,
      user,
      { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN },
      portal.clock.now(),
    );
    return phone.enrol(started.qrText, PIN);
  };
  return { portal, user, phone, enrol };
}

/** Steps 1–2 of the sign-in (from `start`, the e-mail, then the password with `method`). */
export async function passwordStep(browser: Browser, start = '/login', method = 'PASSWORD_MOBILE_APP'): Promise<Page> {
  await browser.get(start);
  await browser.post('/login', { email: EMAIL });
  return browser.post('/login/password', { password: PASSWORD, method });
}

/**
 * Opens a waiting page's verdict event stream (`path`) as its script does, with this browser's
 * login cookie. `untilVerdict()` reads it up to the first verdict event, then closes it, and
 * returns what came.
 */
export async function openVerdictEvents(
  portal: TestPortal,
  browser: Browser,
  path: string,
): Promise<{ contentType: string | null; untilVerdict(): Promise<string> }> {
  const controller = new AbortController();
  const response = await fetch(`${portal.baseUrl}${path}`, {
    headers: { cookie: `${COOKIES.login}=${browser.cookie(COOKIES.login)}` },
    signal: controller.signal,
  });
  return {
    contentType: response.headers.get('content-type'),
    async untilVerdict() {
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let received = '';
      while (!received.includes('event: verdict')) {
        const { value, done } = await reader.read();
        if (done) break;
        received += decoder.decode(value);
      }
      controller.abort();
      return received;
    },
  };
}
