import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING } from '../../branding/branding';
import { catalogues } from '../../i18n/catalogues';
import type { ViewContext } from '../view-context';
import { SignInAppPage, signInAppPage } from './sign-in-app-page';

const ctx = (locale: 'fr' | 'en', nonce: string, csrf: string): ViewContext => ({
  m: catalogues[locale],
  locale,
  nonce,
  csrf,
  path: '/login/app',
  brand: DEFAULT_BRANDING,
});

const EXPIRES = new Date('2026-12-07T13:05:17Z');

/** Issue 12 point 5: the wait page from its template is the page preact renders, byte for byte. */
describe('the push wait page from its template', () => {
  it.each([
    ['fr', 'a valid request', {}],
    ['en', 'a valid request', {}],
    ['en', 'a notice', { notice: 'Not confirmed yet <yet> & "still"' }],
    ['fr', 'an expired request with its notice', { expired: true, notice: 'La demande a expiré.' }],
    ['en', 'an empty notice', { notice: '' }],
  ] as const)('%s, %s', (locale, _, extra) => {
    // Twice, other values each time: the second comes from the template the first built.
    for (const [i, names] of [
      ['Pixel-de-Marie', 'iPhone'],
      ['<b>&"x"</b>', "l'autre", '&amp;'],
    ].entries()) {
      const props = {
        ctx: ctx(locale, `nonce${i}+/=`, `csrf-${i}-token`),
        shown: 10 + i * 37,
        deviceNames: names,
        expiresAt: new Date(EXPIRES.getTime() + i * 61_000),
        ...extra,
      };
      expect(signInAppPage(props)).toBe(`<!doctype html>${renderToString(<SignInAppPage {...props} />)}`);
    }
  });

  it('is rendered as a tree when the header names a signed-in person', () => {
    const user = { id: 'u1', firstName: 'Marie', lastName: 'Curie' };
    const page = signInAppPage({
      ctx: { ...ctx('fr', 'n', 'c'), user },
      shown: 3,
      deviceNames: ['P'],
      expiresAt: EXPIRES,
    });
    expect(typeof page).toBe('object');
  });

  it('puts a value in as it is, even one that looks like a slot', () => {
    const props = { ctx: ctx('en', 'n', 'c'), shown: 3, deviceNames: ['\u{E000}csrf\u{E001}'], expiresAt: EXPIRES };
    expect(signInAppPage(props)).toBe(`<!doctype html>${renderToString(<SignInAppPage {...props} />)}`);
  });
});
