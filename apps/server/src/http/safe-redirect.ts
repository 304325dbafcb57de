/**
 * The one decision on where a browser may be sent within the portal when the place comes from a
 * request or a stored value (design §7 "no open redirect"; issue #10 finding 3; ADR 0011): the
 * `return_to` of a re-authentication, the end of every sign-in, the OpenID Connect provider's
 * resume address. Applications are redirected to elsewhere (CAS services, OIDC redirect URIs)
 * only by their registration, never through here.
 *
 * The candidate is parsed with the WHATWG URL parser — the one browsers use — against the
 * portal's origin, and only a same-origin result is accepted; what is returned is that result's
 * path and query, re-serialised by the parser, never the raw input. Anything else gives the
 * portal's own page. Pure and total: no input throws, so a Location header built from the answer
 * can neither leave the portal nor fail (ERR_INVALID_CHAR) after a session was made.
 */

/** The portal's own pages a refused candidate falls back to. */
export type PortalPage = '/account' | '/' | '/admin';

/** Longer than any page of the portal: a candidate beyond this is refused, not cut. */
export const RETURN_TO_MAX_LENGTH = 1024;

// Printable ASCII only, without space, backslash, quotes, angle brackets or the other characters
// a URL never holds unencoded (RFC 3986 §2: unreserved, reserved and "%"). Browsers drop tab,
// CR and LF inside URLs and read "\" as "/" (WHATWG URL §4.4), which is how "/\t/evil.example/"
// and "/\evil.example" become "//evil.example": such characters end the matter at once.
const URL_CHARACTERS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
// Controls and backslashes once percent-decoded, and an empty path segment ("//"): no page of
// the portal has them, and a proxy or a browser that decodes "%2f" would read a host there.
const DECODED_FORBIDDEN = /[\p{Cc}\\]|\/\//u;

/**
 * The path and query to redirect to: `candidate` when it names a page of the portal (a path such
 * as `/account/devices/new`, or an absolute URL on the portal's own origin), else `fallback`.
 */
export function safeRedirectPath(candidate: unknown, publicUrl: string, fallback: PortalPage = '/account'): string {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > RETURN_TO_MAX_LENGTH) {
    return fallback;
  }
  if (!URL_CHARACTERS.test(candidate)) return fallback;
  const origin = new URL(publicUrl).origin;
  // A path of this portal, or an absolute URL on its origin; nothing scheme- or host-relative.
  const local = candidate.startsWith('/') && !candidate.startsWith('//');
  if (!local && !candidate.startsWith(`${origin}/`)) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, `${origin}/`);
  } catch {
    return fallback;
  }
  if (url.origin !== origin || url.username !== '' || url.password !== '') return fallback;
  const path = `${url.pathname}${url.search}`;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return fallback; // broken percent-encoding
  }
  if (DECODED_FORBIDDEN.test(decoded)) return fallback;
  // The answer itself, read as a browser will read it, stays here ("/./" and ".." segments are
  // resolved by the parser, so "/.//evil.example" would otherwise come out as "//evil.example").
  if (!path.startsWith('/') || path.startsWith('//') || new URL(path, `${origin}/`).origin !== origin) return fallback;
  return path;
}
