import type { FastifyInstance } from 'fastify';
import { cookieNames, cookieOptions } from '../http/cookies';
import { pageContext } from '../http/page-context';
import { sendPage } from '../http/send-page';
import { HomePage } from '../views/home-page';
import { IdentityPage } from '../views/identity-page';
import type { RouteDeps } from './route-deps';

/** The home page (the two ways to sign in) and the identity page. */
export function pageRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const COOKIES = cookieNames(deps.config.edition);
  app.get('/', async (request, reply) => {
    const ctx = pageContext(request, reply, deps.config, deps.store);
    const flash = request.cookies[COOKIES.flash];
    if (flash) reply.clearCookie(COOKIES.flash, cookieOptions);
    // "Signed out" only when no sign-in is left (a single logout that did not arrive leaves one).
    const signedOut = flash === 'signed-out' && ctx.sessions.length === 0;
    const { otherEntryUrl, edition } = deps.config;
    const other = otherEntryUrl
      ? { edition: edition === 'traces' ? ('bulletin' as const) : ('traces' as const), url: otherEntryUrl }
      : undefined;
    return sendPage(
      reply,
      <HomePage ctx={ctx} level={deps.config.authenticationLevel} signedOut={signedOut} other={other} />,
    );
  });

  app.get('/me', async (request, reply) => {
    const ctx = pageContext(request, reply, deps.config, deps.store);
    if (ctx.sessions.length === 0) return reply.redirect('/', 303);
    return sendPage(reply, <IdentityPage ctx={ctx} />);
  });
}
