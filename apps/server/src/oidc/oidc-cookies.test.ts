import { afterEach, describe, expect, it } from 'vitest';
import { OIDC_TEST_APPS, WEB_CALLBACK } from '../../test/oidc-relying-party';
import { createTestPortal, decodeEntities, type Browser, type Page, type TestPortal } from '../../test/test-portal';

const MARIE = { email: 'marie.dupont@ddpp35.example.fr', password: 'Vache-Normande-35' };
const HOME = 'https://web.example.org/';

type SetCookie = Page['setCookies'][number];

/**
 * An authorization request through sign-in to the application's callback, then an RP-initiated
 * logout confirmed: every cookie the OpenID Provider's endpoints set on the way (/oidc/auth, its
 * resume, /oidc/session/end and its confirmation), with the path that set it.
 */
async function oidcJourney(portal: TestPortal, browser: Browser) {
  const headers = { host: new URL(portal.baseUrl).host };
  const set: { path: string; cookie: SetCookie }[] = [];
  const record = (path: string, page: Page) => {
    if (path.startsWith('/oidc/')) for (const cookie of page.setCookies) set.push({ path, cookie });
    return page;
  };
  const get = async (path: string) => record(path, await browser.get(path, headers));
  const post = async (path: string, form: Record<string, string>) =>
    record(path, await browser.post(path, form, { headers }));

  const query = new URLSearchParams({
    client_id: 'web-app',
    redirect_uri: WEB_CALLBACK,
    response_type: 'code',
    scope: 'openid email',
    state: 'state-0123456789',
    nonce: 'nonce-0123456789',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGjSstw-cM',
    code_challenge_method: 'S256',
  });
  let page = await get(`/oidc/auth?${query}`);
  let callback: URL | undefined;
  for (let step = 0; step < 12 && !callback; step++) {
    if (page.location) {
      const next = new URL(page.location, portal.baseUrl);
      if (next.origin !== new URL(portal.baseUrl).origin) callback = next;
      else page = await get(`${next.pathname}${next.search}`);
    } else if (page.status === 200 && page.html.includes('name="password"')) {
      page = await post('/login/password', { password: MARIE.password });
    } else if (page.status === 200 && page.html.includes('name="email"')) {
      page = await post('/login', { email: MARIE.email });
    } else {
      throw new Error(`the journey stopped on ${page.status}`);
    }
  }

  const question = await get(
    `/oidc/session/end?${new URLSearchParams({ client_id: 'web-app', post_logout_redirect_uri: HOME })}`,
  );
  const action = /<form method="post" action="([^"]+)"/.exec(question.html)?.[1];
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(question.html)?.[1];
  if (!action || !xsrf) throw new Error(`no logout form (${question.status})`);
  const done = await post(new URL(decodeEntities(action)).pathname, { xsrf, logout: 'yes' });
  return { callback, loggedOut: done.location, set };
}

describe("the OpenID Provider's cookies (issue 10, finding 7)", () => {
  let portal: TestPortal | undefined;
  afterEach(async () => {
    await portal?.close();
    portal = undefined;
  });

  it('with an https public URL: every one Secure, HttpOnly, SameSite, __Host- when Path=/, else __Secure-', async () => {
    portal = await createTestPortal({
      config: { publicUrl: 'https://login.example.org' },
      relyingApps: OIDC_TEST_APPS,
    });
    await portal.createUser(MARIE);
    const { callback, loggedOut, set } = await oidcJourney(portal, portal.browser('en'));
    expect(callback?.searchParams.get('code')).toBeTruthy();
    expect(loggedOut).toBe(HOME);

    const names = new Set(set.map(({ cookie }) => cookie.name));
    // The provider's session, its interaction and resume cookies, each with its signature; the
    // interaction page (a portal page) adds the portal's own, and the logout ends its session.
    expect([...names].sort()).toEqual(
      [
        '__Host-sesame-oidc',
        '__Host-sesame-oidc.sig',
        '__Secure-sesame-oidc-interaction',
        '__Secure-sesame-oidc-interaction.sig',
        '__Secure-sesame-oidc-resume',
        '__Secure-sesame-oidc-resume.sig',
        '__Host-sesame-csrf',
        '__Host-sesame-login',
        '__Host-sesame-session',
      ].sort(),
    );
    for (const { path, cookie } of set) {
      const where = `${cookie.name} set by ${path.split('?')[0]}`;
      expect(cookie.secure, where).toBe(true);
      expect(cookie.httpOnly, where).toBe(true);
      // Lax for the provider's (they come back on the navigation from the application), Strict
      // for the portal's CSRF cookie.
      expect(['lax', 'strict'], where).toContain(cookie.sameSite?.toLowerCase());
      if (cookie.name.includes('sesame-oidc')) expect(cookie.sameSite?.toLowerCase(), where).toBe('lax');
      expect(cookie.domain, where).toBeUndefined();
      if (cookie.path === '/') expect(cookie.name, where).toMatch(/^__Host-/);
      else expect(cookie.name, where).toMatch(/^__Secure-/);
      // RFC 6265bis §4.1.3.2: what a browser requires of a __Host- cookie.
      if (cookie.name.startsWith('__Host-')) expect(cookie.path, where).toBe('/');
    }
    // The interaction cookies stay scoped to their interaction (two tabs, two sign-ins).
    const interaction = set.find(({ cookie }) => cookie.name === '__Secure-sesame-oidc-interaction')!.cookie;
    expect(interaction.path).toMatch(/^\/oidc\/interaction\/[\w-]+$/);
    const resume = set.find(({ cookie }) => cookie.name === '__Secure-sesame-oidc-resume')!.cookie;
    expect(resume.path).toMatch(/^\/oidc\/auth\/[\w-]+$/);
    // The session cookie was set, then deleted at logout.
    const session = set.filter(({ cookie }) => cookie.name === '__Host-sesame-oidc');
    expect(session.length).toBeGreaterThanOrEqual(2);
    expect(session.at(-1)?.cookie.value).toBe('');
  });

  it('with an https public URL behind a proxy that says http, still Secure', async () => {
    portal = await createTestPortal({
      config: { publicUrl: 'https://login.example.org', trustProxy: true },
      relyingApps: OIDC_TEST_APPS,
    });
    const res = await portal.app.inject({
      url: `/oidc/auth?${new URLSearchParams({
        client_id: 'web-app',
        redirect_uri: WEB_CALLBACK,
        response_type: 'code',
        scope: 'openid',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGjSstw-cM',
        code_challenge_method: 'S256',
      })}`,
      headers: { host: 'login.example.org', 'x-forwarded-proto': 'http' },
    });
    expect(res.statusCode).toBe(303);
    expect(res.cookies.length).toBeGreaterThan(0);
    for (const cookie of res.cookies) expect(cookie.secure, cookie.name).toBe(true);
  });

  it('over http (development) they carry no prefix and the sign-in still works', async () => {
    portal = await createTestPortal({ config: { publicUrl: 'http://localhost:8080' }, relyingApps: OIDC_TEST_APPS });
    await portal.createUser(MARIE);
    const { callback, loggedOut, set } = await oidcJourney(portal, portal.browser('en'));
    expect(callback?.searchParams.get('code')).toBeTruthy();
    expect(loggedOut).toBe(HOME);
    const provider = set.filter(({ cookie }) => cookie.name.includes('sesame-oidc'));
    expect(provider.length).toBeGreaterThan(0);
    for (const { cookie } of provider) {
      expect(cookie.name).toMatch(/^sesame-oidc/);
      expect(cookie.httpOnly).toBe(true);
      expect(cookie.sameSite?.toLowerCase()).toBe('lax');
    }
  });
});
