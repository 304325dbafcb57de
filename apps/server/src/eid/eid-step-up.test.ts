import type { RelyingAppInput } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, casSignIn, ticketIn } from '../../test/cas-kit';
import {
  startEidWorld,
  TRACES_AT_MEDIUM,
  type TestEidProvider,
  portalPath,
  linkEidInStore,
} from '../../test/eid-provider-kit';
import {
  authorizationRequest,
  discover,
  OIDC_TEST_APPS,
  redeem,
  WEB_CALLBACK,
  WEB_SECRET,
} from '../../test/oidc-relying-party';
import { errorNotice, notice, signIn, textOf, type Browser, type Page, type TestPortal } from '../../test/test-portal';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';

/**
 * The eID as the level page's step-up (docs/adr/0053 §2), against a second OpenID Connect
 * provider started by the test as the eID: signed in with a password, an application asks for
 * more; the account's linked eID is offered beside the other ways, asked for the acr values that
 * reach the level, and its answer ends the waiting application sign-in at the level it gave — never
 * a higher one (SEC-42), and only when it is the eID linked to THIS account.
 */
const m = en;
const EMAIL = 'marie.dupont@ddpp35.example.fr';
const PASSWORD = 'le chat dort sur le radiateur';
const SERVICE = 'https://traces.example.eu/cas';
const APPS: RelyingAppInput[] = [...OIDC_TEST_APPS, TRACES_AT_MEDIUM];

let idp: TestEidProvider;
let portal: TestPortal;

beforeEach(async () => {
  ({ idp, portal } = await startEidWorld({ relyingApps: APPS }));
  await portal.createUser({ id: 'n0025vuz', email: EMAIL, password: PASSWORD, emailLocale: 'en' });
});

afterEach(async () => {
  await portal?.close();
  await idp?.close();
});

const local = (url: URL | string) => portalPath(portal, url);

const linked = (userId: string, subject: string) => linkEidInStore(portal, idp, userId, subject);

/** The level page's eID button pressed, through the provider as `subject` at `acr`, back at Sésame. */
async function stepUpWithEid(via: Browser, subject: string, acr: string | null, asked: string): Promise<Page> {
  const toProvider = await via.post('/login/step-up/eid', { provider: 'testeid' });
  expect(toProvider.status).toBe(303);
  const url = new URL(toProvider.location!);
  expect(url.origin).toBe(idp.issuer);
  // Asked for what reaches the application, not the provider's everyday acr.
  expect(url.searchParams.get('acr_values')).toBe(asked);
  idp.next = { subject, acr };
  return via.get(local(await idp.signIn(url.toString())));
}

const eidButton = format(m.levelGap.eidButton, { provider: 'Test eID' });

describe('the level page offers the linked eID that reaches the level', () => {
  it('password alone, MEDIUM asked: "Sign in with your eID" → the CAS ticket, strength EIDAS, level MEDIUM', async () => {
    await linked('n0025vuz', 'fc-marie');
    const browser = portal.browser('en');
    const page = await casSignIn(browser, SERVICE);
    expect(page.status).toBe(403);
    expect(textOf(page.html)).toContain(eidButton);
    expect(page.html).toContain('action="/login/step-up/eid"');
    // The notice names the eID after the factors that follow the password (docs/adr/0050 §2).
    expect(notice(page.html)).toContain('or your eID (Test eID) alone');
    const back = await stepUpWithEid(browser, 'fc-marie', 'eidas2', 'eidas2 eidas3');
    const ticket = ticketIn(back);
    expect(back.location!.startsWith(SERVICE)).toBe(true);
    const validated = await call(portal, '/cas/p3/serviceValidate', { service: SERVICE, ticket });
    expect(validated.body).toContain('<cas:strength>EIDAS</cas:strength>');
    expect(validated.body).toContain('<cas:authenticationLevel>MEDIUM</cas:authenticationLevel>');
    const [success] = await portal.durable.audit.list({ userId: 'n0025vuz', limit: 1 });
    expect(success).toMatchObject({ type: 'sign_in.succeeded', details: { method: 'EIDAS' } });
  });

  it('an OIDC application asking HIGH gets its code at HIGH after an eID at eidas3', async () => {
    await linked('n0025vuz', 'fc-marie');
    const rp = await discover(portal, 'web-app', WEB_SECRET);
    const pending = await authorizationRequest(rp, WEB_CALLBACK, { acr_values: 'HIGH' });
    const browser = portal.browser('en');
    const headers = { host: new URL(portal.baseUrl).host };
    let page = await browser.get(local(pending.url), headers);
    while (page.location && !page.location.startsWith('/login'))
      page = await browser.get(local(page.location), headers);
    const level = await signIn(browser, EMAIL, PASSWORD);
    expect(level.status).toBe(403);
    // HIGH: no app, no key here — the eID is the way, and "not offered yet" is not said.
    expect(textOf(level.html)).toContain(eidButton);
    expect(textOf(level.html)).not.toContain(m.levelGap.notOfferedBody);
    let back = await stepUpWithEid(browser, 'fc-marie', 'eidas3', 'eidas3');
    const home = new URL(portal.baseUrl).origin;
    for (let hop = 0; hop < 10 && back.location && new URL(back.location, home).origin === home; hop++) {
      back = await browser.get(local(back.location), headers);
    }
    const tokens = await redeem(rp, new URL(back.location!), pending);
    expect(tokens.claims()).toMatchObject({ sub: 'n0025vuz', acr: 'HIGH', amr: ['mfa'] });
  });

  it('SEC-42: the provider answers a lower acr — no silent upgrade, the level page again, no ticket', async () => {
    await linked('n0025vuz', 'fc-marie');
    const browser = portal.browser('en');
    await casSignIn(browser, SERVICE, '&authenticationLevel=HIGH');
    const back = await stepUpWithEid(browser, 'fc-marie', 'eidas2', 'eidas3');
    expect(back.status).toBe(403);
    expect(back.location).toBeUndefined();
    expect(textOf(back.html)).toContain(format(m.levelGap.asksLevel, { app: 'TRACES NT', level: 'HIGH' }));
    // An acr the mapping does not name is refused outright (EID_LEVEL_UNKNOWN), on the level page.
    const unknown = await stepUpWithEid(browser, 'fc-marie', 'eidas9', 'eidas3');
    expect(unknown.status).toBe(403);
    expect(errorNotice(unknown.html)).toBe(m.errors.EID_LEVEL_UNKNOWN);
  });

  it('not offered without a linked eID, nor where the mapping cannot reach what is asked', async () => {
    const browser = portal.browser('en');
    const page = await casSignIn(browser, SERVICE);
    expect(page.status).toBe(403);
    expect(textOf(page.html)).not.toContain(eidButton);
    // The level page's own notice when no eID applies: the factors after the password only.
    expect(notice(page.html)).not.toContain('eID');
    // A forged press finds no eID way: the page says so again, nothing is sent to the provider.
    const forged = await browser.post('/login/step-up/eid', { provider: 'elsewhere' });
    expect(forged.status).toBe(403);
    expect(forged.location).toBeUndefined();
    expect(errorNotice(forged.html)).toBe(m.errors.EID_REFUSED);
  });

  it('without a sign-in kept for this user, the button leads nowhere but My account', async () => {
    await linked('n0025vuz', 'fc-marie');
    const browser = portal.browser('en');
    await signIn(browser, EMAIL, PASSWORD);
    const page = await browser.post('/login/step-up/eid', { provider: 'testeid' });
    expect(page.location).toBe('/account');
  });
});

describe('the attacker and the eID step-up', () => {
  it('an eID linked to another account does not upgrade this session: refused, audited, no ticket', async () => {
    await linked('n0025vuz', 'fc-marie');
    await portal.createUser({ id: 'x1234567', email: 'other@example.eu', password: PASSWORD });
    await linked('x1234567', 'fc-other');
    const browser = portal.browser('en');
    await casSignIn(browser, SERVICE);
    const back = await stepUpWithEid(browser, 'fc-other', 'eidas3', 'eidas2 eidas3');
    expect(back.status).toBe(403);
    expect(back.location).toBeUndefined();
    expect(errorNotice(back.html)).toBe(m.errors.EID_NOT_THIS_ACCOUNT);
    // Still Marie's session at its own level: the other account gained nothing either.
    expect((await browser.get('/account')).html).toContain(EMAIL);
    const [failed] = await portal.durable.audit.list({ userId: 'n0025vuz', limit: 1 });
    expect(failed).toMatchObject({
      type: 'sign_in.failed',
      details: { method: 'EIDAS', reason: 'eid_not_this_account' },
    });
    const others = await portal.durable.audit.list({ userId: 'x1234567', limit: 5 });
    expect(others.filter((e) => e.type === 'sign_in.succeeded')).toEqual([]);
  });

  it('an eID nobody linked does not upgrade it either, with the same answer', async () => {
    await linked('n0025vuz', 'fc-marie');
    const browser = portal.browser('en');
    await casSignIn(browser, SERVICE);
    const back = await stepUpWithEid(browser, 'fc-stranger', 'eidas2', 'eidas2 eidas3');
    expect(back.status).toBe(403);
    expect(errorNotice(back.html)).toBe(m.errors.EID_NOT_THIS_ACCOUNT);
    // The waiting sign-in is kept: Marie's own eID still ends it.
    const ticket = ticketIn(await stepUpWithEid(browser, 'fc-marie', 'eidas2', 'eidas2 eidas3'));
    const validated = await call(portal, '/cas/p3/serviceValidate', { service: SERVICE, ticket });
    expect(validated.body).toContain('<cas:user>n0025vuz</cas:user>');
  });

  it('a step-up answer carried to another browser, or replayed, ends nothing', async () => {
    await linked('n0025vuz', 'fc-marie');
    const browser = portal.browser('en');
    await casSignIn(browser, SERVICE);
    const toProvider = await browser.post('/login/step-up/eid', { provider: 'testeid' });
    idp.next = { subject: 'fc-marie', acr: 'eidas2' };
    const back = await idp.signIn(toProvider.location!);
    const other = portal.browser('en');
    await signIn(other, EMAIL, PASSWORD);
    const carried = await other.get(local(back));
    expect(carried.status).toBe(401);
    expect(carried.location).toBeUndefined();
    expect((await browser.get(local(back))).status).toBe(401);
  });
});
