import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as client from 'openid-client';
import { EMAIL, PASSWORD, startAppSignInKit, TRACES } from '../../test/app-sign-in-kit';
import { enrolTotp } from '../../test/credentials-kit';
import {
  authorizationRequest,
  browse,
  discover,
  OIDC_TEST_APPS,
  redeem,
  WEB_CALLBACK,
  WEB_SECRET,
} from '../../test/oidc-relying-party';
import { signIn, textOf, type Browser, type Page, type TestPortal } from '../../test/test-portal';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * The registration campaign's page after sign-in (issue 14 point 4; docs/adr/0036). Attacker
 * cases: the application's URL typed directly (SSO) shows the page again, no ticket; the "Later"
 * count lives in the database — a new browser or session does not reset it; once required, the
 * page has no "Later" and a forged "Later" gets no ticket.
 */
let portal: TestPortal;
let userId: string;
let web: client.Configuration;
const CAS_LOGIN = `/cas/login?service=${encodeURIComponent(TRACES)}`;
const tokenOf = (page: Page) => /name="token" value="([^"]+)"/.exec(page.html)?.[1] ?? '';

beforeEach(async () => {
  let user;
  ({ portal, user } = await startAppSignInKit(OIDC_TEST_APPS, {
    'registrationCampaign.enabled': true,
    'registrationCampaign.snoozes': 2,
    'registrationCampaign.snoozeDays': 14,
    'sms.sunset': '2027-07-01',
  }));
  userId = user.id;
  web = await discover(portal, 'web-app', WEB_SECRET);
}, 60_000);
afterEach(() => portal.close());

async function signedIn(lang = 'en'): Promise<{ browser: Browser; page: Page }> {
  const browser = portal.browser(lang);
  const page = await signIn(browser, EMAIL, PASSWORD);
  return { browser, page };
}

describe('on the portal', () => {
  it('follows the sign-in with the page (why, the deadline, the enrolment, Later); Later goes on and is counted', async () => {
    const { browser, page } = await signedIn('fr');
    expect(page.location).toBe('/login/campaign?next=%2Faccount');
    const shown = await browser.follow(page);
    expect(shown.status).toBe(200);
    expect(textOf(shown.html)).toContain(fr.campaign.why);
    expect(textOf(shown.html)).toContain('1 juillet 2027');
    expect(shown.html).toContain('href="/account/devices/new"');
    expect(textOf(shown.html)).toContain(fr.campaign.later);
    const later = await browser.post('/login/campaign?next=%2Faccount');
    expect(later.location).toBe('/account');
    expect((await portal.durable.campaign.agent(userId))?.snoozes).toBe(1);
    const [event] = await portal.durable.audit.list({ userId, limit: 1 });
    expect(event).toMatchObject({ type: 'campaign.snoozed', details: { snoozes: 1, allowed: 2 } });
    // The rest of this session goes on without the page.
    expect((await browser.get('/login/campaign?next=%2Faccount')).location).toBe('/account');
  });

  it('refuses a cross-site Later (no CSRF token): 403, nothing counted', async () => {
    const { browser } = await signedIn();
    expect((await browser.post('/login/campaign?next=%2Faccount', {}, { csrf: null })).status).toBe(403);
    expect(await portal.durable.campaign.agent(userId)).toBeNull();
  });

  it('asks nothing of an agent with an accepted second factor, nor of an excluded one', async () => {
    const { browser } = await signedIn();
    await enrolTotp(portal, browser);
    // An authenticator app is an accepted factor: the next sign-ins (with it) see no page.
    expect(await portal.durable.migration.categoryOf(userId)).toBe('totp');
    const other = await portal.createUser({ id: 'agent002', email: 'paul@example.fr', password: PASSWORD });
    await portal.durable.campaign.exclude(other.id, { reason: 'no phone on site', by: 'x', at: portal.clock.now() });
    expect((await signIn(portal.browser('en'), 'paul@example.fr', PASSWORD)).location).toBe('/account');
  });
});

describe('before an application', () => {
  it('shows the page instead of the ticket; Later resumes the sign-in with its ticket', async () => {
    const browser = portal.browser('en');
    await browser.get(CAS_LOGIN);
    await browser.post('/login', { email: EMAIL });
    const page = await browser.post('/login/password', { password: PASSWORD });
    expect(page.status).toBe(200);
    expect(page.location).toBeUndefined();
    expect(textOf(page.html)).toContain(en.campaign.why);
    const later = await browser.post('/login/campaign', { token: tokenOf(page) });
    expect(later.location).toMatch(/^https:\/\/traces\.example\.eu\/cas\?ticket=ST-/);
  });

  it('cannot be skipped by going to the application’s URL directly: SSO shows the page again, no ticket', async () => {
    const { browser } = await signedIn();
    for (let i = 0; i < 2; i++) {
      const sso = await browser.get(CAS_LOGIN);
      expect(sso.status).toBe(200);
      expect(sso.location).toBeUndefined();
      expect(textOf(sso.html)).toContain(en.campaign.title);
    }
    expect(await portal.durable.campaign.agent(userId)).toBeNull();
  });

  it('requires the enrolment once the snoozes are spent: no Later, a forged Later gets no ticket, a new browser changes nothing', async () => {
    for (let i = 0; i < 2; i++) {
      const { browser } = await signedIn();
      expect((await browser.post('/login/campaign?next=%2Faccount')).location).toBe('/account');
    }
    // A fresh browser, cookies cleared: the count is the database's.
    const { browser, page } = await signedIn('fr');
    const required = await browser.follow(page);
    expect(textOf(required.html)).toContain(fr.campaign.requiredTitle);
    expect(textOf(required.html)).not.toContain(fr.campaign.later);
    expect(required.html).toContain('action="/logout"');
    const sso = await browser.get(CAS_LOGIN);
    expect(textOf(sso.html)).toContain(fr.campaign.requiredTitle);
    const forged = await browser.post('/login/campaign', { token: tokenOf(sso) });
    expect(forged.status).toBe(200);
    expect(forged.location).toBeUndefined();
    expect(textOf(forged.html)).toContain(fr.campaign.requiredTitle);
    expect((await portal.durable.campaign.agent(userId))?.snoozes).toBe(2);
    // Nor does the app's URL again.
    expect((await browser.get(CAS_LOGIN)).location).toBeUndefined();
  });

  it('requires the enrolment after the days allowed since the first Later', async () => {
    const { browser } = await signedIn();
    await browser.post('/login/campaign?next=%2Faccount');
    portal.clock.advance(15 * 86_400_000);
    const next = await signedIn();
    expect(textOf((await next.browser.follow(next.page)).html)).toContain(en.campaign.requiredTitle);
  });
});

describe('before an OpenID Connect application', () => {
  it('on SSO the application gets no code until Later; then the code is its user’s', async () => {
    const { browser } = await signedIn();
    const host = { host: new URL(portal.baseUrl).host };
    const pending = await authorizationRequest(web, WEB_CALLBACK);
    const journey = await browse(portal, browser, pending.url);
    expect(journey.callback).toBeUndefined();
    expect(textOf(journey.page.html)).toContain(en.campaign.title);
    const later = await browser.post('/login/campaign', { token: tokenOf(journey.page) }, { headers: host });
    const back = await browse(portal, browser, later.location!);
    const tokens = await redeem(web, back.callback!, pending);
    expect(tokens.claims()?.sub).toBe(userId);
  });
});
