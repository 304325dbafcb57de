import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { casApps } from '../../test/cas-kit';
import { createTestPortal, signIn, type Page, type TestPortal } from '../../test/test-portal';
import { COOKIES } from '../http/cookies';

/** CSP directives by name, e.g. { 'script-src': ["'strict-dynamic'", "'nonce-…'"] }. */
function csp(page: Page): Record<string, string[]> {
  const header = page.headers['content-security-policy'];
  expect(typeof header).toBe('string');
  const directives: Record<string, string[]> = {};
  for (const part of String(header).split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives[name] = values;
  }
  return directives;
}

function scriptTags(html: string): { attributes: string; body: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((match) => ({
    attributes: match[1] ?? '',
    body: match[2] ?? '',
  }));
}

describe('security headers and cookies', () => {
  let portal: TestPortal;
  beforeEach(async () => {
    portal = await createTestPortal();
  });
  afterEach(() => portal.close());

  it('sends a strict CSP whose script nonce is on the one script tag, and no inline script', async () => {
    const page = await portal.browser().get('/login');
    expect(page.status).toBe(200);
    const directives = csp(page);
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    const scriptSrc = directives['script-src'] ?? [];
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    const nonces = scriptSrc.filter((source) => source.startsWith("'nonce-"));
    expect(nonces).toHaveLength(1);
    const nonce = /^'nonce-([^']+)'$/.exec(nonces[0]!)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/=_-]{16,}$/);

    const scripts = scriptTags(page.html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.attributes).toContain(`nonce="${nonce}"`);
      expect(script.attributes).toMatch(/\ssrc="\/static\/[^"]+"/);
      expect(script.body.trim()).toBe('');
    }
    // No inline event handlers or javascript: URLs either (CSP would block them).
    expect(page.html).not.toMatch(/<[^>]+\son[a-z]+=/i);
    expect(page.html).not.toMatch(/javascript:/i);
  });

  it('draws a fresh nonce for every response', async () => {
    const browser = portal.browser();
    const a = csp(await browser.get('/login'))['script-src'];
    const b = csp(await browser.get('/login'))['script-src'];
    expect(a).not.toEqual(b);
  });

  it('forbids framing, sniffing and referrers, and caching of pages', async () => {
    const browser = portal.browser();
    const pages = [
      await browser.get('/login'),
      await browser.get('/register'),
      await browser.get('/no-such-page'),
      await browser.get('/register/confirm'),
    ];
    expect(pages.map((p) => p.status)).toEqual([200, 200, 404, 400]);
    for (const page of pages) {
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      // same-origin: no Referer leaves the site, and same-origin form posts keep a real Origin.
      expect(page.headers['referrer-policy']).toBe('same-origin');
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(csp(page)['frame-ancestors']).toEqual(["'none'"]);
    }
    // publicUrl is http here: no HSTS (it would pin localhost to https).
    expect(pages[0]!.headers['strict-transport-security']).toBeUndefined();
  });

  it('sets every cookie with the __Host- prefix, Secure, HttpOnly, Path=/ and SameSite', async () => {
    const browser = portal.browser();
    const pages: Page[] = [];
    const track = async (page: Promise<Page>) => {
      const p = await page;
      pages.push(p);
      return p;
    };
    // A whole journey: language choice, registration link, password, sign-out, sign-in.
    await track(browser.get('/register?lang=en'));
    await track(
      browser.post('/register', {
        firstName: 'Zoé',
        lastName: 'Martin',
        email: 'zoe@example.org',
        emailConfirm: 'zoe@example.org',
        emailLocale: 'en',
        privacyAccepted: 'yes',
      }),
    );
    await track(browser.get(portal.linkIn(portal.mailer.last('registration-link'))));
    await track(
      browser.post('/register/confirm', {
        password: 'une phrase que je retiens',
        passwordConfirm: 'une phrase que je retiens',
      }),
    );
    await track(browser.post('/logout'));
    await track(browser.get('/login'));
    await track(browser.post('/login', { email: 'zoe@example.org' }));
    await track(browser.post('/login/password', { password: 'une phrase que je retiens' }));
    // "I no longer have my phone": confirming the mailed link marks this browser (issue 10).
    await track(browser.post('/account/recovery'));
    const stashed = await track(browser.get(portal.linkIn(portal.mailer.last('recovery-link'))));
    await track(browser.follow(stashed));
    expect((await track(browser.post('/account/recovery/confirm'))).status).toBe(200);

    // An application asking for its language (EU Login's CAS `locale=`, docs/adr/0045 §1).
    const withApp = await createTestPortal({ relyingApps: casApps('https://127.0.0.1:1', 'http://127.0.0.1:1') });
    try {
      pages.push(await withApp.browser().get('/cas/login?service=https://std.example.org/app&locale=de'));
    } finally {
      await withApp.close();
    }

    const cookies = pages.flatMap((page) => page.setCookies);
    // The SMS sunset pass is set only where SMS is on: its attributes are checked in phone-numbers.test.ts;
    // the eID's binding and newcomer pass only where eID providers are configured (eid/eid.test.ts,
    // eid/eid-accounts.test.ts check them).
    const journey = Object.values(COOKIES).filter(
      (name) => name !== COOKIES.smsSunset && name !== COOKIES.eid && name !== COOKIES.eidNewcomer,
    );
    expect(new Set(cookies.map((c) => c.name))).toEqual(new Set(journey));
    for (const cookie of cookies) {
      expect(cookie.name).toMatch(/^__Host-/);
      expect(cookie.secure, cookie.name).toBe(true);
      expect(cookie.httpOnly, cookie.name).toBe(true);
      expect(cookie.path, cookie.name).toBe('/');
      expect(cookie.domain, cookie.name).toBeUndefined();
      expect(cookie.sameSite?.toLowerCase(), cookie.name).toMatch(/^(lax|strict)$/);
    }
    // The CSRF cookie never leaves on a cross-site request, and the session cookie dies with the browser.
    const csrf = cookies.find((c) => c.name === COOKIES.csrf)!;
    expect(csrf.sameSite?.toLowerCase()).toBe('strict');
    const session = cookies.find((c) => c.name === COOKIES.session && c.value !== '')!;
    expect(session.maxAge).toBeUndefined();
    expect(session.expires).toBeUndefined();
    expect(browser.session).toBe(cookies.filter((c) => c.name === COOKIES.session).at(-1)?.value);
  });

  it('sends HSTS when the public URL is https', async () => {
    const https = await createTestPortal({ config: { publicUrl: 'https://sesame.example.org' } });
    try {
      const page = await https.browser().get('/login');
      expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await https.close();
    }
  });

  it('keeps the no-store rule on signed-in pages', async () => {
    await portal.createUser({ email: 'marie@example.org', password: 'le chat dort sur le radiateur' });
    const browser = portal.browser();
    await signIn(browser, 'marie@example.org', 'le chat dort sur le radiateur');
    const page = await browser.get('/account');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
  });
});
