import type { CookieSerializeOptions } from '@fastify/cookie';
import type { DemoEdition } from '../demo-rp-config';
import type { SignInProtocol } from '../signed-in-user';

/**
 * `__Host-` cookies (RFC 6265bis §4.1.3.2): Secure, Path=/, no Domain. Browsers treat
 * http://localhost as a secure context, so this holds in development too. Cookies ignore ports:
 * on localhost Sésame's cookies and those of both demo entries (:8081, :8082) share one jar,
 * hence names that start with the entry's edition (`traces-`, `bulletin-`).
 */
export function cookieNames(edition: DemoEdition) {
  return {
    /** One local session per protocol, so that a CAS and an OIDC sign-in can live side by side. */
    session: { cas: `__Host-${edition}-cas`, oidc: `__Host-${edition}-oidc` } satisfies Record<SignInProtocol, string>,
    /** The OpenID Connect sign-in in progress (state, nonce, PKCE verifier stay server-side). */
    pending: `__Host-${edition}-pending`,
    locale: `__Host-${edition}-lang`,
    /** A one-shot notice shown by the next page (the redirects back from Sésame carry no query). */
    flash: `__Host-${edition}-flash`,
  } as const;
}

/** The cookies of "TRACES NT (démo)", the default edition. */
export const COOKIES = cookieNames('traces');

export const cookieOptions: CookieSerializeOptions = {
  path: '/',
  secure: true,
  httpOnly: true,
  // Lax: sent on the top-level GET that comes back from Sésame (callbacks), not on cross-site POSTs.
  sameSite: 'lax',
};
