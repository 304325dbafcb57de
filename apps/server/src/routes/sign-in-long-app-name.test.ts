import type { Authenticator } from '@sesame/authenticator-core';
import { decodeOfflineChallengeQr, ELLIPSIS, RELYING_APP_NAME_MAX_BYTES } from '@sesame/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIN, passwordStep, startAppSignInKit } from '../../test/app-sign-in-kit';
import { qrTextInPage } from '../../testing/qr-svg';
import type { Browser, Page, TestPortal } from '../../test/test-portal';

/**
 * Issue #10 finding 4: an application's name may be longer than the 40 bytes the device
 * challenges carry (the configuration allows 100 characters). Both app methods must still reach
 * MEDIUM for it — "PIN code" answered 400 and "QR code" 500 — the app showing the name cut on a
 * character boundary, with "…".
 */
const LONG_ASCII = 'Application de gestion des dossiers agricoles';
const LONG_ACCENTED = 'Sûreté Straße 中央中央中央 été àéçèù';
const bytes = (text: string) => new TextEncoder().encode(text).length;

const APPS = [
  { id: 'ascii', name: LONG_ASCII, service: 'https://ascii.example.org/' },
  { id: 'accented', name: LONG_ACCENTED, service: 'https://accented.example.org/' },
];

let portal: TestPortal;
let phone: Authenticator;

beforeEach(async () => {
  const kit = await startAppSignInKit(
    APPS.map(({ id, name, service }) => ({
      id,
      name,
      policy: { minimumLevel: 'MEDIUM' as const },
      cas: { services: [`${service}*`], flavour: 'eulogin' as const, singleLogout: false },
    })),
  );
  ({ portal, phone } = kit);
  await kit.enrol();
});
afterEach(() => portal.close());

/** What the app shows for `full`: its beginning, whole characters, "…", within the limit. */
function expectCutName(shown: string, full: string) {
  expect(bytes(shown)).toBeLessThanOrEqual(RELYING_APP_NAME_MAX_BYTES);
  expect(shown.endsWith(ELLIPSIS)).toBe(true);
  expect(full.startsWith(shown.slice(0, -ELLIPSIS.length))).toBe(true);
  expect(shown).not.toMatch(/\uFFFD/);
}

async function validate(service: string, page: Page): Promise<string> {
  expect(page.location).toMatch(new RegExp(`^${service.replace(/[.]/g, '\\.')}\\?ticket=ST-`));
  const ticket = new URL(page.location!).searchParams.get('ticket')!;
  const validated = await portal.app.inject({
    method: 'GET',
    url: `/cas/serviceValidate?service=${encodeURIComponent(service)}&ticket=${ticket}`,
  });
  return validated.body;
}

async function start(browser: Browser, service: string, method: string): Promise<Page> {
  const cas = await browser.get(`/cas/login?service=${encodeURIComponent(service)}`);
  expect(cas.status).toBe(303);
  return passwordStep(browser, cas.location!, method);
}

describe('an application whose name is longer than the device protocol carries', () => {
  it('the names are what the finding describes: accepted by the configuration, over 40 bytes', () => {
    expect(bytes(LONG_ASCII)).toBe(45);
    expect(LONG_ACCENTED.length).toBe(30);
    expect(bytes(LONG_ACCENTED)).toBeGreaterThan(RELYING_APP_NAME_MAX_BYTES);
    expect(portal.services.registry.byId('accented')?.name).toBe(LONG_ACCENTED);
  });

  it.each(APPS)('"PIN code" reaches MEDIUM for $id, the app showing the name cut', async ({ name, service }) => {
    const browser = portal.browser('en');
    const step = await start(browser, service, 'PASSWORD_MOBILE_APP');
    expect(step.status).toBe(303);
    expect(step.location).toBe('/login/app');
    const wait = await browser.get('/login/app');
    expect(wait.status).toBe(200);
    const [request] = await phone.pending();
    expect(request).toBeDefined();
    expectCutName(request!.relyingApp, name);
    const number = Number(/data-testid="number-match">(\d+)</.exec(wait.html)![1]);
    expect(await phone.approve(request!.challengeId, number, PIN)).toMatchObject({ accepted: true });
    const body = await validate(service, await browser.post('/login/app'));
    expect(body).toContain('<cas:strength>PASSWORD_MOBILE_APP</cas:strength>');
  });

  it.each(APPS)('"QR code" reaches MEDIUM for $id, the app showing the name cut', async ({ name, service }) => {
    const browser = portal.browser('fr');
    const step = await start(browser, service, 'PASSWORD_SOFTWARE_TOKEN');
    expect(step.status).toBe(303);
    expect(step.location).toBe('/login/qr');
    const page = await browser.get('/login/qr');
    expect(page.status).toBe(200);
    const qrText = qrTextInPage(page.html, 'sign-in-qr');
    expectCutName(decodeOfflineChallengeQr(qrText).relyingApp, name);
    const shown = await phone.offlineCode(qrText, PIN, portal.clock.now());
    expectCutName(shown.relyingApp, name);
    const body = await validate(service, await browser.post('/login/qr', { code: shown.code }));
    expect(body).toContain('<cas:strength>PASSWORD_SOFTWARE_TOKEN</cas:strength>');
  });
});
