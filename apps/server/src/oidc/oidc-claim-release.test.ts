import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationRequest, browse, discover, redeem } from '../../test/oidc-relying-party';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

const MARIE = { email: 'marie.dupont@ddpp35.example.fr', password: 'Vache-Normande-35' };
const SECRET = 'directory-app-secret-0123456789abcdef012345';
const CALLBACK = 'https://directory.example.org/callback';

/** Issue 15 point 2 (docs/adr/0043): claims renamed and added per application, seen by openid-client. */
describe('OpenID Connect claim release and renaming', () => {
  let portal: TestPortal;
  let rp: client.Configuration;
  let marieId: string;

  beforeAll(async () => {
    portal = await createTestPortal({
      listen: true,
      relyingApps: [
        {
          id: 'directory-app',
          name: 'Directory',
          attributes: ['email', 'firstName', 'lastName', 'organisation', 'uid'],
          oidc: {
            clientId: 'directory-app',
            clientSecret: SECRET,
            redirectUris: [CALLBACK],
            claimNames: { email: 'mail', organisation: 'org', uid: 'preferred_username' },
          },
        },
      ],
    });
    marieId = (await portal.createUser({ ...MARIE, firstName: 'Marie', lastName: 'Dupont', organisation: 'DDPP 35' }))
      .id;
    rp = await discover(portal, 'directory-app', SECRET);
  });
  afterAll(() => portal.close());

  it('the ID token and userinfo carry the renamed and added claims, in their scopes; nothing else', async () => {
    const pending = await authorizationRequest(rp, CALLBACK);
    const journey = await browse(portal, portal.browser('en'), pending.url, MARIE);
    const tokens = await redeem(rp, journey.callback!, pending);
    expect(tokens.scope?.split(' ').sort()).toEqual(['email', 'openid', 'profile']);
    const userinfo = await client.fetchUserInfo(rp, tokens.access_token, marieId);
    expect(userinfo).toEqual({
      sub: marieId,
      mail: MARIE.email,
      email_verified: true,
      given_name: 'Marie',
      family_name: 'Dupont',
      name: 'Marie Dupont',
      org: 'DDPP 35',
      preferred_username: marieId,
    });
    expect(rp.serverMetadata().claims_supported).toEqual(expect.arrayContaining(['mail', 'org', 'preferred_username']));
  });

  it('a renamed claim asked alone with the claims parameter (OIDC Core §5.5)', async () => {
    const pending = await authorizationRequest(rp, CALLBACK, {
      scope: 'openid',
      claims: JSON.stringify({ id_token: { org: null, email: null } }),
    });
    const tokens = await redeem(rp, (await browse(portal, portal.browser(), pending.url, MARIE)).callback!, pending);
    expect(tokens.claims()!.org).toBe('DDPP 35');
    // Its standard name is not released: the application receives the address as `mail`.
    expect(tokens.claims()!.email).toBeUndefined();
  });

  it('prompt=login asking a claim the grant does not hold yet: the password asked once, not twice', async () => {
    const browser = portal.browser();
    const first = await authorizationRequest(rp, CALLBACK, { scope: 'openid' });
    await redeem(rp, (await browse(portal, browser, first.url, MARIE)).callback!, first);
    const again = await authorizationRequest(rp, CALLBACK, {
      scope: 'openid',
      prompt: 'login',
      claims: JSON.stringify({ id_token: { org: null } }),
    });
    let passwords = 0;
    const post = browser.post.bind(browser);
    browser.post = (url, ...rest) => {
      if (url === '/login/password') passwords++;
      return post(url, ...rest);
    };
    const journey = await browse(portal, browser, again.url, MARIE);
    expect(journey.callback).toBeDefined();
    expect(passwords).toBe(1);
    expect((await redeem(rp, journey.callback!, again)).claims()!.org).toBe('DDPP 35');
  });
});
