import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import {
  authorizationRequest,
  browse,
  discover,
  OIDC_TEST_APPS,
  redeem,
  WEB_CALLBACK,
  WEB_SECRET,
} from '../../test/oidc-relying-party';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

const MARIE = { email: 'marie.dupont@ddpp35.example.fr', password: 'Vache-Normande-35' };

/**
 * Issue 15 point 2 (docs/adr/0043 §3): a level the user cannot reach. After the level page has
 * offered the way, "back to the application" ends the request with unmet_authentication_requirements
 * (OpenID Connect Core Error Code unmet_authentication_requirements 1.0), which openid-client reports.
 */
describe('OpenID Connect: unmet authentication requirements', () => {
  let portal: TestPortal;
  let web: client.Configuration;
  let host: { host: string };

  beforeAll(async () => {
    portal = await createTestPortal({ listen: true, relyingApps: OIDC_TEST_APPS });
    await portal.createUser({ ...MARIE, firstName: 'Marie', lastName: 'Dupont' });
    web = await discover(portal, 'web-app', WEB_SECRET);
    host = { host: new URL(portal.baseUrl).host };
  });
  afterAll(() => portal.close());

  /** The level page for `acr_values`, and the action of its "back to the application" form. */
  async function levelPage(acrValues: string) {
    const browser = portal.browser('en');
    const pending = await authorizationRequest(web, WEB_CALLBACK, { acr_values: acrValues });
    const journey = await browse(portal, browser, pending.url, MARIE);
    expect(journey.callback).toBeUndefined();
    expect(journey.page.status).toBe(403);
    const action = /<form[^>]*action="(\/oidc\/interaction\/[^"]+\/unmet)"/.exec(journey.page.html)?.[1];
    return { browser, pending, page: journey.page, action: action! };
  }

  it('MEDIUM out of reach: the page offers the step, then the way back tells the application why', async () => {
    const { browser, pending, page, action } = await levelPage('MEDIUM');
    expect(page.html).toContain(format(en.stepUp.backOidc, { app: 'Web App' }));
    const back = await browser.post(action, {}, { headers: host });
    expect(back.status).toBe(303);
    const journey = await browse(portal, browser, back.location!);
    expect(journey.callback?.origin + journey.callback!.pathname).toBe(WEB_CALLBACK);
    expect(journey.callback!.searchParams.get('error')).toBe('unmet_authentication_requirements');
    // openid-client checks state and iss, then reports the error.
    await expect(redeem(web, journey.callback!, pending)).rejects.toMatchObject({
      error: 'unmet_authentication_requirements',
    });
  });

  it('HIGH: the page names the certified security key, never the app; the way back as for MEDIUM', async () => {
    const { browser, page, action } = await levelPage('HIGH');
    expect(page.html).toContain(format(en.levelGap.highKeyBody, { app: 'Web App' }));
    expect(page.html).toContain('href="/account/security-keys"');
    expect(page.html).not.toContain(en.levelGap.confirm);
    expect(page.html).not.toContain('href="/account/devices/new"');
    const journey = await browse(portal, browser, (await browser.post(action, {}, { headers: host })).location!);
    expect(journey.callback!.searchParams.get('error')).toBe('unmet_authentication_requirements');
  });

  it('only the browser of the request, with its CSRF token, can end it', async () => {
    const { browser, action } = await levelPage('MEDIUM');
    // Another browser has no interaction cookie: the expired page, no redirect to the application.
    const other = portal.browser('en');
    await other.get('/login');
    const foreign = await other.post(action, {}, { headers: host });
    expect(foreign.location).toBeUndefined();
    expect(foreign.status).toBeGreaterThanOrEqual(400);
    expect(foreign.status).toBeLessThan(500);
    // Without the CSRF token: refused.
    const forged = await browser.post(action, {}, { headers: host, csrf: null });
    expect(forged.status).toBe(403);
    expect(forged.location).toBeUndefined();
  });

  it('RFC 9470: an API reads acr and auth_time by introspection, to ask for a step-up', async () => {
    const pending = await authorizationRequest(web, WEB_CALLBACK);
    const journey = await browse(portal, portal.browser('en'), pending.url, MARIE);
    const tokens = await redeem(web, journey.callback!, pending);
    const introspected = await client.tokenIntrospection(web, tokens.access_token);
    expect(introspected).toMatchObject({ active: true, acr: 'BASIC', auth_time: tokens.claims()!.auth_time });
    // A refreshed access token keeps what the sign-in reached.
    const refreshed = await client.refreshTokenGrant(web, tokens.refresh_token!);
    expect(await client.tokenIntrospection(web, refreshed.access_token)).toMatchObject({ acr: 'BASIC' });
  });
});
