import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTestPortal, decodeEntities, signIn, textOf, type TestPortal } from '../../test/test-portal';
import { HELP_STEPS, helpImageFile } from '../help/help-guide';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';
import { EUPL_URL } from '../views/pages/legal-page';

/**
 * Issue 11, point 5 (docs/adr/0020): help, contact and legal pages, every page's footer, and the
 * organisation's name, logo and colour from the configuration — and Sésame's own look without it.
 */

const catalogues = { en, fr } as const;
const dir = mkdtempSync(join(tmpdir(), 'sesame-help-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let portal: TestPortal | undefined;
afterEach(async () => {
  await portal?.close();
  portal = undefined;
});

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5"/></svg>';
function branded(extra: Record<string, unknown> = {}) {
  const logoFile = join(dir, 'logo.svg');
  writeFileSync(logoFile, LOGO);
  return {
    'organisation.name': { fr: 'Ministère de l’Agriculture', en: 'Ministry of Agriculture' },
    'organisation.logoFile': logoFile,
    'organisation.primaryColour': '#1d4ed8',
    'organisation.support': {
      email: 'assistance@agriculture.example.fr',
      phone: '+33 (0)1 49 55 49 55',
      url: 'https://assistance.agriculture.example.fr/',
      hours: { fr: 'Du lundi au vendredi, 9 h – 17 h', en: 'Monday to Friday, 9 am – 5 pm' },
    },
    'organisation.legalNotice': {
      text: { fr: 'Éditeur : DGAL.\n\nHébergeur : SNum.', en: 'Publisher: DGAL.\n\nHost: SNum.' },
    },
    'organisation.privacy': {
      url: 'https://agriculture.example.fr/donnees-personnelles',
      text: { fr: 'Responsable du traitement : la DGAL.', en: 'Controller: the DGAL.' },
    },
    ...extra,
  };
}

/** The footer's links, as [text, href], in order. */
function footerLinks(html: string): [string, string][] {
  const footer = /<footer class="site-footer">([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? '';
  return [...footer.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => [
    decodeEntities(match[2]!),
    decodeEntities(match[1]!),
  ]);
}

const title = (html: string) => decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');

describe.each(['fr', 'en'] as const)('help, contact and legal pages (%s)', (locale) => {
  const m = catalogues[locale];
  const o = m.organisation;

  it('without configuration: Sésame’s look, and a footer with help, contact, legal notice and privacy on every kind of page', async () => {
    portal = await createTestPortal();
    const browser = portal.browser(locale);
    const expected: [string, string][] = [
      [o.help, '/help'],
      [o.contact, '/contact'],
      [o.legal, '/legal'],
      [o.privacy, '/privacy'],
    ];
    // A sign-in page, the registration page, a static page, an error page (404) and the new pages.
    for (const path of ['/login', '/register', '/privacy', '/no-such-page', '/help', '/contact', '/legal']) {
      const page = await browser.get(path);
      expect(footerLinks(page.html), path).toEqual(expected);
      expect(page.html, path).toContain(`<nav aria-label="${o.footerLabel}">`);
    }
    const login = await browser.get('/login');
    expect(title(login.html)).toMatch(/ — Sésame$/);
    expect(login.html).toContain('class="brand__mark"');
    expect(login.html).not.toContain('/brand/');
    expect(textOf(login.html)).toContain(m.layout.footer);
  });

  it('/help walks the annex’s 14 steps, each screenshot in the reader’s language with a text that says what it shows', async () => {
    portal = await createTestPortal();
    const page = await portal.browser(locale).get('/help');
    expect(page.status).toBe(200);
    expect(page.html).toContain(`<h1 id="top">${m.help.title}</h1>`);
    for (const step of HELP_STEPS) {
      const texts = m.help.steps[step.number - 1]!;
      expect(textOf(page.html)).toContain(format(m.help.stepTitle, { n: step.number, title: texts.title }));
      expect(page.html).toContain(`id="step-${step.number}"`);
      for (const image of step.images) {
        const src = `/help/images/${helpImageFile(image, locale)}`;
        expect(src).toContain(`${locale}`);
        const tag = new RegExp(`<img src="${src}" alt="([^"]+)"`).exec(page.html);
        expect(decodeEntities(tag?.[1] ?? ''), src).toBe(m.help.alt[image]);
        const picture = await portal.app.inject({ method: 'GET', url: src });
        expect(picture.statusCode, src).toBe(200);
        expect(picture.headers['content-type']).toBe('image/png');
        expect(picture.rawPayload.subarray(1, 4).toString()).toBe('PNG');
      }
    }
    // The 14 steps, and a next step: sign in (nobody is signed in here), or ask someone.
    expect(page.html.match(/class="help-step"/g)).toHaveLength(14);
    expect(page.html).toContain(`<a href="/login" class="button">${m.help.startSignIn}</a>`);
    expect(page.html).toContain(`<a href="/contact">`);
    expect(page.html).toContain('<a href="/help/app">');
  });

  it('/help, signed in, sends on to My account', async () => {
    portal = await createTestPortal();
    await portal.createUser({ email: 'marie@example.org', password: 'le chat dort sur le radiateur' });
    const browser = portal.browser(locale);
    await signIn(browser, 'marie@example.org', 'le chat dort sur le radiateur');
    const page = await browser.get('/help');
    expect(page.html).toContain(`<a href="/account" class="button">${m.help.startSignedIn}</a>`);
  });

  it('/contact without a support contact says whom to ask, and leads to the help', async () => {
    portal = await createTestPortal();
    const page = await portal.browser(locale).get('/contact');
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(format(o.contactNone, { name: 'Sésame' }));
    expect(page.html).not.toContain('data-testid="support-contact"');
    expect(page.html).toContain(`<a href="/help" class="button">`);
  });

  it('/legal without a notice says none was published and gives the licence, EUPL-1.2', async () => {
    portal = await createTestPortal();
    const page = await portal.browser(locale).get('/legal');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain(o.legalNone);
    expect(text).toContain('EUPL-1.2');
    expect(page.html).toContain(`href="${EUPL_URL}"`);
    expect(page.html).toContain('<a href="/contact">');
  });

  it('with configuration: the name, the logo, the colour, the support, the legal notice and the privacy page', async () => {
    portal = await createTestPortal({ config: branded() });
    const browser = portal.browser(locale);
    const name = locale === 'fr' ? 'Ministère de l’Agriculture' : 'Ministry of Agriculture';

    const login = await browser.get('/login');
    expect(title(login.html)).toBe(`${m.signIn.title} — ${name}`);
    expect(textOf(login.html)).toContain(`${name} — ${o.poweredBy}`);
    const logo = /<img class="brand__logo" src="(\/brand\/logo-[0-9a-f]{16}\.svg)" alt\/>/.exec(login.html)?.[1];
    expect(logo).toBeDefined();
    const theme = /<link rel="stylesheet" href="(\/brand\/theme-[0-9a-f]{16}\.css)"/.exec(login.html)?.[1];
    expect(theme).toBeDefined();
    expect(footerLinks(login.html)).toEqual([
      [o.help, '/help'],
      [o.contact, '/contact'],
      [o.legal, '/legal'],
      [o.privacy, 'https://agriculture.example.fr/donnees-personnelles'],
    ]);

    const contact = textOf((await browser.get('/contact')).html);
    expect(contact).toContain(format(o.contactIntro, { name }));
    const contactHtml = (await browser.get('/contact')).html;
    expect(contactHtml).toContain('<a href="mailto:assistance@agriculture.example.fr">');
    expect(contactHtml).toContain('<a href="tel:+33149554955">+33 (0)1 49 55 49 55</a>');
    expect(contactHtml).toContain('<a href="https://assistance.agriculture.example.fr/">');
    expect(contact).toContain(locale === 'fr' ? 'Du lundi au vendredi, 9 h – 17 h' : 'Monday to Friday, 9 am – 5 pm');

    const legal = (await browser.get('/legal')).html;
    expect(legal).toContain(
      locale === 'fr' ? '<p>Éditeur : DGAL.</p><p>Hébergeur : SNum.</p>' : '<p>Publisher: DGAL.</p><p>Host: SNum.</p>',
    );
    expect(textOf(legal)).not.toContain(o.legalNone);

    const privacy = (await browser.get('/privacy')).html;
    expect(privacy).toContain('<a href="https://agriculture.example.fr/donnees-personnelles">');
    expect(textOf(privacy)).toContain(
      locale === 'fr' ? 'Responsable du traitement : la DGAL.' : 'Controller: the DGAL.',
    );
    // The generated periods stay: the operator's text adds to them.
    expect(privacy).toContain('data-testid="retention-sign-ins"');
  });
});

describe('the organisation’s files, served', () => {
  it('serves the logo and the colour under hashed, immutable addresses with their content type; an SVG cannot run anything', async () => {
    portal = await createTestPortal({ config: branded() });
    const html = (await portal.browser('en').get('/login')).html;
    const logoPath = /src="(\/brand\/logo-[^"]+)"/.exec(html)![1]!;
    const logo = await portal.app.inject({ method: 'GET', url: logoPath });
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/svg+xml');
    expect(logo.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(logo.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
    expect(logo.headers['set-cookie']).toBeUndefined();
    expect(logo.body).toBe(LOGO);

    const themePath = /href="(\/brand\/theme-[^"]+)"/.exec(html)![1]!;
    const theme = await portal.app.inject({ method: 'GET', url: themePath });
    expect(theme.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(theme.body).toContain('--brand:#1d4ed8');

    // Another hash, or a name outside the guide's list, is not served.
    for (const url of [
      logoPath.replace(/logo-[0-9a-f]/, 'logo-x'),
      '/help/images/..%2F..%2Fpackage.json',
      '/help/images/%2e%2e%2f%2e%2e%2fpackage.json',
      '/help/images/en-register.png',
    ]) {
      expect((await portal.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
  });

  it('the OpenID provider’s own error pages carry the organisation and the footer too', async () => {
    portal = await createTestPortal({ config: branded() });
    const page = await portal
      .browser('en')
      .get(
        '/oidc/auth?client_id=nobody&response_type=code&scope=openid&redirect_uri=https%3A%2F%2Fapp.example.org%2Fcb',
      );
    expect(page.status).toBe(400);
    expect(title(page.html)).toBe(`${en.oidc.errorTitle} — Ministry of Agriculture`);
    expect(page.html).toMatch(/<img class="brand__logo" src="\/brand\/logo-[0-9a-f]{16}\.svg"/);
    expect(footerLinks(page.html).map(([, href]) => href)).toEqual([
      '/help',
      '/contact',
      '/legal',
      'https://agriculture.example.fr/donnees-personnelles',
    ]);
  });

  it('links an external legal notice from the footer and from /legal', async () => {
    portal = await createTestPortal({
      config: { 'organisation.legalNotice': { url: 'https://agriculture.example.fr/mentions-legales' } },
    });
    const browser = portal.browser('fr');
    expect(footerLinks((await browser.get('/login')).html)[2]).toEqual([
      fr.organisation.legal,
      'https://agriculture.example.fr/mentions-legales',
    ]);
    const legal = await browser.get('/legal');
    expect(legal.html).toContain('<a href="https://agriculture.example.fr/mentions-legales">');
  });
});
