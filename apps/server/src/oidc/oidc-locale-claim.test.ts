import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationRequest, browse, discover, redeem } from '../../test/oidc-relying-party';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

const MARIE = { email: 'marie.dupont@ddpp35.example.fr', password: 'Vache-Normande-35' };
const SECRET = 'agenda-app-secret-0123456789abcdef0123456789';
const CALLBACK = 'https://agenda.example.org/callback';

/**
 * OIDC Core §5.1 `locale` (docs/adr/0055): the account's language, released in the `profile` scope
 * to the applications whose `attributes` hold `locale` (docs/adr/0043), as its owner last chose it.
 */
describe('OpenID Connect locale claim', () => {
  let portal: TestPortal;
  let rp: client.Configuration;
  let marieId: string;

  beforeAll(async () => {
    portal = await createTestPortal({
      listen: true,
      relyingApps: [
        {
          id: 'agenda-app',
          name: 'Agenda',
          attributes: ['firstName', 'locale'],
          oidc: { clientId: 'agenda-app', clientSecret: SECRET, redirectUris: [CALLBACK] },
        },
      ],
    });
    marieId = (await portal.createUser({ ...MARIE, emailLocale: 'fr' })).id;
    rp = await discover(portal, 'agenda-app', SECRET);
  });
  afterAll(() => portal.close());

  it('is the account’s language, and follows the language its owner then chooses while signed in', async () => {
    const browser = portal.browser('en');
    const first = await authorizationRequest(rp, CALLBACK);
    const tokens = await redeem(rp, (await browse(portal, browser, first.url, MARIE)).callback!, first);
    expect(await client.fetchUserInfo(rp, tokens.access_token, marieId)).toEqual({
      sub: marieId,
      given_name: 'Marie',
      locale: 'fr',
    });

    // The chooser of a portal page, signed in: the account's language is now German.
    const host = { host: new URL(portal.baseUrl).host };
    await browser.get('/account?lang=de', { ...host, 'sec-fetch-site': 'same-origin' });
    const again = await authorizationRequest(rp, CALLBACK);
    const renewed = await redeem(rp, (await browse(portal, browser, again.url, MARIE)).callback!, again);
    expect((await client.fetchUserInfo(rp, renewed.access_token, marieId)).locale).toBe('de');
    expect(rp.serverMetadata().claims_supported).toContain('locale');
  });
});
