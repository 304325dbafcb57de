import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  casSignIn,
  COOKIES,
  createCasWorld,
  MEDIUM_SERVICE,
  STD_SERVICE,
  USER,
  type CasWorld,
} from '../../test/cas-kit';
import { enrolTotp, totpCode, type EnrolledTotp } from '../../test/credentials-kit';
import {
  createTestPortal,
  errorNotice,
  signIn,
  type Browser,
  type Page,
  type TestPortal,
} from '../../test/test-portal';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

const catalogues = { en, fr } as const;
const login = (service: string, extra = '') => `/cas/login?service=${encodeURIComponent(service)}${extra}`;

/** The auto-posting form of a `method=POST` answer: where it goes and the ticket it carries. */
function postForm(page: Page): { action: string; ticket: string } {
  expect(page.status).toBe(200);
  expect(page.location).toBeUndefined();
  const form = /<form method="post" action="([^"]*)" class="form" data-cas-post="true">([\s\S]*?)<\/form>/.exec(
    page.html,
  );
  if (!form) throw new Error(`no CAS post form in ${page.html}`);
  const ticket = /<input type="hidden" name="ticket" value="(ST-[A-Za-z0-9-]+)"\/>/.exec(form[2]!)?.[1];
  if (!ticket) throw new Error('no ticket in the form');
  const action = form[1]!
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
  return { action, ticket };
}

function formAction(page: Page): string | undefined {
  return /form-action ([^;]*)/.exec(String(page.headers['content-security-policy']))?.[1];
}

describe.each(['en', 'fr'] as const)('CAS 3.0 §2.1.1 method=POST (%s)', (locale) => {
  const m = catalogues[locale];
  let world: CasWorld;
  let browser: Browser;
  beforeEach(async () => {
    world = await createCasWorld();
    browser = world.portal.browser(locale);
  });
  afterEach(() => world.close());

  const validate = (service: string, ticket: string) =>
    call(world.portal, '/cas/p3/serviceValidate', { service, ticket, format: 'JSON' }).then(
      (response) => JSON.parse(response.body).serviceResponse,
    );

  it('after the password: a page that posts the ticket to the service, never in a URL', async () => {
    const page = await casSignIn(browser, STD_SERVICE, '&method=POST');
    const { action, ticket } = postForm(page);
    expect(action).toBe(STD_SERVICE);
    expect(page.html).toContain(format(m.cas.postButton, { app: 'Standard app' }));
    // The static script (nonce'd, no inline code) submits it.
    expect(page.html).toMatch(/<script src="\/static\/cas-post.js" nonce="[^"]+" defer><\/script>/);
    expect(page.html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const script = await world.portal.app.inject({ method: 'GET', url: '/static/cas-post.js' });
    expect(script.statusCode).toBe(200);
    expect(script.body).toContain('form[data-cas-post]');
    expect(page.headers['cache-control']).toBe('no-store');
    // This response, and only this one, lets the form post to the service's origin.
    expect(formAction(page)).toBe("'self' https://std.example.org");
    expect((await validate(STD_SERVICE, ticket)).authenticationSuccess.user).toBe(USER.id);
  });

  it('single sign-on with a session, and a MEDIUM session entering a MEDIUM application', async () => {
    await casSignIn(browser, STD_SERVICE);
    const sso = postForm(await browser.get(login(STD_SERVICE, '&method=post')));
    expect((await validate(STD_SERVICE, sso.ticket)).authenticationSuccess.user).toBe(USER.id);

    const user = await world.portal.durable.users.findByEmail(USER.email);
    const strong = await world.portal.services.sessions.create(
      user!.id,
      ['PASSWORD', 'PASSWORD_MOBILE_APP'],
      world.portal.clock.now(),
    );
    browser.setCookie(COOKIES.session, strong.id);
    const medium = postForm(await browser.get(login(MEDIUM_SERVICE, '&method=POST')));
    expect(medium.action).toBe(MEDIUM_SERVICE);
    expect((await validate(MEDIUM_SERVICE, medium.ticket)).authenticationSuccess.user).toBe(USER.id);
  });

  it('method=GET or absent: the redirect with the ticket, as before', async () => {
    const page = await casSignIn(browser, STD_SERVICE, '&method=GET');
    expect(page.status).toBe(303);
    expect(new URL(page.location!).searchParams.get('ticket')).toMatch(/^ST-/);
  });

  it.each(['HEADER', 'PUT', ''])(
    'method=%j: a page that says so, in the user’s language, and no ticket',
    async (method) => {
      await casSignIn(browser, STD_SERVICE);
      const page = await browser.get(login(STD_SERVICE, `&method=${method}`));
      expect(page.status).toBe(400);
      expect(page.location).toBeUndefined();
      expect(errorNotice(page.html)).toBe(m.cas.invalidMethod);
      expect(page.html).not.toContain('ST-');
    },
  );

  it('the service URL is escaped in the form (an attribute value), the ticket appended by the application', async () => {
    const service = "https://std.example.org/cb?a=\"><script>alert(1)</script>&b='x'";
    const page = await casSignIn(browser, service, '&method=POST');
    expect(page.html).not.toContain('<script>alert(1)');
    // Inside a double-quoted attribute, `"`, `&` and `<` are what must be escaped (HTML §13.1.2.3).
    expect(page.html).toContain(
      `action="https://std.example.org/cb?a=&quot;>&lt;script>alert(1)&lt;/script>&amp;b='x'"`,
    );
    const { action, ticket } = postForm(page);
    expect(action).toBe(service);
    expect((await validate(service, ticket)).authenticationSuccess.user).toBe(USER.id);
  });

  it('attacker: method=POST to an unregistered service gets no form and no ticket', async () => {
    await casSignIn(browser, STD_SERVICE);
    const page = await browser.get(login('https://evil.example.org/steal', '&method=POST'));
    expect(page.status).toBe(400);
    expect(page.html).not.toContain('data-cas-post');
    expect(formAction(page)).not.toContain('evil.example.org');
  });
});

describe('method=POST to a service registered by regular expression', () => {
  let portal: TestPortal;
  afterEach(() => portal.close());

  it('the CSP of that answer names the service’s origin, which no other page lists', async () => {
    portal = await createTestPortal({
      relyingApps: [
        {
          id: 're-app',
          name: 'Regex app',
          cas: { services: ['^https://re\\.example\\.org/.*$'], singleLogout: false },
        },
      ],
    });
    await portal.createUser(USER);
    const browser = portal.browser('en');
    const page = await casSignIn(browser, 'https://re.example.org/app', '&method=POST');
    expect(postForm(page).action).toBe('https://re.example.org/app');
    expect(formAction(page)).toBe("'self' https://re.example.org");
    expect(formAction(await browser.get('/account'))).not.toContain('re.example.org');
  });
});

describe('method=POST after a second factor, and after the level page', () => {
  let portal: TestPortal;
  let totp: EnrolledTotp;
  beforeEach(async () => {
    portal = await createTestPortal({
      relyingApps: [
        {
          id: 'medium-app',
          name: 'Medium app',
          policy: { minimumLevel: 'MEDIUM' },
          cas: { services: [`${MEDIUM_SERVICE}*`], singleLogout: false },
        },
      ],
    });
    await portal.createUser(USER);
    const owner = portal.browser('en');
    expect((await signIn(owner, USER.email, USER.password)).location).toBe('/account');
    totp = await enrolTotp(portal, owner);
    portal.clock.advance(60_000);
  });
  afterEach(() => portal.close());

  const validate = async (ticket: string) =>
    JSON.parse(
      (await call(portal, '/cas/p3/serviceValidate', { service: MEDIUM_SERVICE, ticket, format: 'JSON' })).body,
    ).serviceResponse;

  it('the password then the authenticator app’s code: the form, for a MEDIUM ticket', async () => {
    const browser = portal.browser('en');
    await browser.follow(await browser.get(login(MEDIUM_SERVICE, '&method=POST')));
    await browser.post('/login', { email: USER.email });
    expect((await browser.post('/login/password', { password: USER.password, method: 'PASSWORD_TOTP' })).location).toBe(
      '/login/totp',
    );
    const page = await browser.post('/login/totp', { code: await totpCode(portal, totp.seed) });
    const { action, ticket } = postForm(page);
    expect(action).toBe(MEDIUM_SERVICE);
    expect((await validate(ticket)).authenticationSuccess.attributes.authenticationLevel).toBe('MEDIUM');
  });

  it('a password-only session: the level page, then the code alone, then the form', async () => {
    const browser = portal.browser('en');
    expect((await signIn(browser, USER.email, USER.password)).location).toBe('/account');
    const level = await browser.get(login(MEDIUM_SERVICE, '&method=POST'));
    expect(level.status).toBe(403);
    expect(level.html).not.toContain('data-cas-post');
    expect(level.html).toMatch(/action="\/login\/step-up"[^]*name="method" value="PASSWORD_TOTP"/);
    expect((await browser.post('/login/step-up', { method: 'PASSWORD_TOTP' })).location).toBe('/login/totp');
    portal.clock.advance(30_000);
    const page = await browser.post('/login/totp', { code: await totpCode(portal, totp.seed) });
    const { ticket } = postForm(page);
    expect((await validate(ticket)).authenticationSuccess.user).toBe(USER.id);
  });
});
