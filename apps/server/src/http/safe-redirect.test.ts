import { describe, expect, it } from 'vitest';
import { OPEN_REDIRECT_PAYLOADS, TRUSTED_HOST } from '../../test/open-redirect-payloads';
import { RETURN_TO_MAX_LENGTH, safeRedirectPath } from './safe-redirect';

const PUBLIC_URL = `https://${TRUSTED_HOST}`;
const ORIGIN = new URL(PUBLIC_URL).origin;

/** The value a query parameter carries once the server has decoded it. */
function received(payload: string): string {
  return new URLSearchParams(`v=${payload.replace(/&/g, '%26')}`).get('v')!;
}

/** Where a browser goes with this Location: tab, CR and LF removed, "\" read as "/" (WHATWG URL). */
function browserTarget(location: string): URL {
  return new URL(location.replace(/[\t\r\n]/g, ''), `${ORIGIN}/`);
}

/** What every answer holds: a path of the portal, as plain URL text a header can carry. */
function expectPortalPath(path: string) {
  expect(path).toMatch(/^\/(?![/\\])/);
  expect(path).toMatch(/^[\x21-\x7e]+$/);
  expect(browserTarget(path).origin).toBe(ORIGIN);
}

describe('safeRedirectPath', () => {
  it.each([
    ['/account', '/account'],
    ['/account/devices/new', '/account/devices/new'],
    ['/account/devices/0f3c-AB_9/delete', '/account/devices/0f3c-AB_9/delete'],
    ['/account?tab=devices&x=%2F', '/account?tab=devices&x=%2F'],
    ['/account#top', '/account'],
    ['/account/./devices', '/account/devices'],
    [`${ORIGIN}/oidc/auth/abc123`, '/oidc/auth/abc123'],
  ])('keeps a page of the portal: %s → %s', (candidate, expected) => {
    expect(safeRedirectPath(candidate, PUBLIC_URL)).toBe(expected);
  });

  it.each([undefined, null, 42, ['/account'], { toString: () => '/account' }, ''])(
    'gives the portal page for a non-string or empty value (%s)',
    (candidate) => {
      expect(safeRedirectPath(candidate, PUBLIC_URL)).toBe('/account');
      expect(safeRedirectPath(candidate, PUBLIC_URL, '/')).toBe('/');
    },
  );

  it('refuses another origin of the same host (scheme or port)', () => {
    expect(safeRedirectPath(`http://${TRUSTED_HOST}/account`, PUBLIC_URL)).toBe('/account');
    expect(safeRedirectPath(`https://${TRUSTED_HOST}:8443/x`, PUBLIC_URL)).toBe('/account');
    expect(safeRedirectPath(`https://${TRUSTED_HOST}.evil.example/x`, PUBLIC_URL)).toBe('/account');
  });

  it('refuses a value longer than the limit instead of cutting it', () => {
    const long = `/account?${'a'.repeat(RETURN_TO_MAX_LENGTH)}`;
    expect(safeRedirectPath(long, PUBLIC_URL)).toBe('/account');
    expect(safeRedirectPath(long.slice(0, RETURN_TO_MAX_LENGTH), PUBLIC_URL)).toBe(long.slice(0, RETURN_TO_MAX_LENGTH));
  });

  it.each(['/\t/evil.example/', '/\n/evil.example', '/account\r\nSet-Cookie: a=b', '/\\evil.example', '/ /evil'])(
    'refuses a control, a space or a backslash received raw: %j',
    (candidate) => {
      expect(safeRedirectPath(candidate, PUBLIC_URL)).toBe('/account');
    },
  );

  // The usual payload lists (see test/open-redirect-payloads.ts for their origin).
  describe.each(OPEN_REDIRECT_PAYLOADS)('payload $payload', ({ payload, stays }) => {
    it('as written: the portal page, or the harmless page it names', () => {
      const answer = safeRedirectPath(payload, PUBLIC_URL);
      expect(answer).toBe(stays ?? '/account');
      expectPortalPath(answer);
    });

    it('as received once decoded: stays on the portal, never as the raw input', () => {
      const value = received(payload);
      const answer = safeRedirectPath(value, PUBLIC_URL);
      expectPortalPath(answer);
      if (stays === undefined) expect(answer).toBe('/account');
    });
  });

  it('holds for every BMP character put where a browser looks for a host', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const candidate of [`/${c}/evil.example`, `/${c}${c}evil.example`, `${c}//evil.example`, `/${c}`]) {
        const answer = safeRedirectPath(candidate, PUBLIC_URL);
        if (!/^\/(?![/\\])[\x21-\x7e]*$/.test(answer) || browserTarget(answer).origin !== ORIGIN) {
          throw new Error(`${JSON.stringify(candidate)} gave ${JSON.stringify(answer)}`);
        }
      }
    }
  });
});
