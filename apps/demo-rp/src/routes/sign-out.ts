import type { FastifyInstance, FastifyRequest } from 'fastify';
import { cookieNames, cookieOptions } from '../http/cookies';
import { DemoRpError } from '../http/demo-rp-error';
import { browserSessions } from '../http/page-context';
import type { RouteDeps } from './route-deps';

/**
 * Sign out: ends this browser's current (newest) local session, then sends the browser to
 * Sésame's logout through the protocol that session used. Sésame ends its SSO session and tells
 * the other applications — including this one's other sign-in, if any (CAS single logout, OIDC
 * back-channel logout).
 */
export function signOutRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const COOKIES = cookieNames(deps.config.edition);
  const { config, store, cas, oidc } = deps;
  const origin = new URL(config.publicUrl).origin;
  const home = `${config.publicUrl}/`;

  // No token to carry in a page without script: the request must come from our own pages
  // (Origin, else Fetch Metadata), and the session cookie is SameSite=Lax.
  function fromOurPages(request: FastifyRequest): boolean {
    const requestOrigin = request.headers.origin;
    if (requestOrigin) return requestOrigin === origin;
    return request.headers['sec-fetch-site'] === 'same-origin';
  }

  app.post('/logout', async (request, reply) => {
    if (!fromOurPages(request)) throw new DemoRpError('FORBIDDEN');
    const [current] = browserSessions(request, reply, store, config);
    if (!current) return reply.redirect('/', 303);
    store.end(current.id, 'sign-out');
    reply.clearCookie(COOKIES.session[current.user.protocol], cookieOptions);
    reply.setCookie(COOKIES.flash, 'signed-out', { ...cookieOptions, maxAge: 300 });
    request.log.info({ protocol: current.user.protocol }, 'signed out');
    if (current.user.protocol === 'cas') return reply.redirect(cas.logoutUrl(home), 303);
    let endSession: URL | null = null;
    try {
      endSession = await oidc.endSessionUrl(current.idToken, home);
    } catch (error) {
      request.log.warn({ err: error }, 'OpenID Connect end_session_endpoint unavailable: local sign-out only');
    }
    return reply.redirect(endSession?.href ?? home, 303);
  });
}
