import type { CookieSerializeOptions } from '@fastify/cookie';
import type { SignInProtocol } from '../signed-in-user';

/**
 * `__Host-` cookies (RFC 6265bis §4.1.3.2): Secure, Path=/, no Domain. Browsers treat
 * http://localhost as a secure context, so this holds in development too. Cookies ignore ports:
 * on localhost Sésame's cookies and ours share one jar, hence the `traces-` names.
 */
export const COOKIES = {
  /** One local session per protocol, so that a CAS and an OIDC sign-in can live side by side. */
  session: { cas: '__Host-traces-cas', oidc: '__Host-traces-oidc' } satisfies Record<SignInProtocol, string>,
  /** The OpenID Connect sign-in in progress (state, nonce, PKCE verifier stay server-side). */
  pending: '__Host-traces-pending',
  locale: '__Host-traces-lang',
  /** A one-shot notice shown by the next page (the redirects back from Sésame carry no query). */
  flash: '__Host-traces-flash',
} as const;

export const cookieOptions: CookieSerializeOptions = {
  path: '/',
  secure: true,
  httpOnly: true,
  // Lax: sent on the top-level GET that comes back from Sésame (callbacks), not on cross-site POSTs.
  sameSite: 'lax',
};
