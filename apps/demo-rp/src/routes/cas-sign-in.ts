import { levelAtLeast, type Strength } from '@sesame/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SesameUnreachableError } from '../cas/cas-client';
import { parseLogoutRequest } from '../cas/parse-logout-request';
import { cookieNames, cookieOptions } from '../http/cookies';
import { DemoRpError } from '../http/demo-rp-error';
import { requestLocale } from '../http/page-context';
import { userFromCas } from '../signed-in-user';
import type { RouteDeps } from './route-deps';

/** The longest service ticket read (Sésame's are far shorter). */
const MAX_TICKET = 512;

/**
 * CAS sign-in (EU Login flavour by default): start, the service URL that receives the ticket
 * (GET, or POST with `method=POST`) and Sésame's single-logout requests (POST).
 */
export function casSignInRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const COOKIES = cookieNames(deps.config.edition);
  const { config, store, cas } = deps;

  /** `?method=POST` (the home page's second CAS link): the ticket comes back posted (docs/adr/0044, 0054). */
  app.get<{ Querystring: { method?: string } }>('/login/cas', async (request, reply) => {
    const locale = requestLocale(request, reply, config);
    const method = request.query.method?.toUpperCase() === 'POST' ? 'POST' : 'GET';
    return reply.redirect(await cas.loginUrl(locale, request.log, method), 303);
  });

  /**
   * The service ticket, from the URL (GET) or the form Sésame's page posts (`method=POST`): the
   * same validation, the same checks of what the application asked for, the same local session.
   */
  async function signInWithTicket(request: FastifyRequest, reply: FastifyReply, ticket: string) {
    let validation;
    try {
      validation = await cas.validate(ticket);
    } catch (error) {
      if (error instanceof SesameUnreachableError) throw new DemoRpError('SESAME_UNREACHABLE', {}, { cause: error });
      throw error;
    }
    if (!validation.ok) {
      request.log.warn({ code: validation.code, reason: validation.message }, 'CAS ticket refused');
      throw new DemoRpError('CAS_REFUSED', { code: validation.code });
    }
    const { identity } = validation;
    // The application checks what it asked for itself: a plain /cas/login fallback asked for nothing.
    const required = config.authenticationLevel;
    if (!identity.level || !levelAtLeast(identity.level, required))
      throw new DemoRpError('LEVEL_TOO_LOW', { level: identity.level ?? '—', required });
    const accepted: readonly string[] = config.cas.acceptStrengths satisfies Strength[];
    if (accepted.length > 0 && !identity.strengths.some((s) => accepted.includes(s)))
      throw new DemoRpError('STRENGTH_NOT_ACCEPTED');

    // A new local session id at each sign-in (no fixation); the previous CAS one is replaced (a
    // posted ticket comes cross-site, without our Lax cookie: the previous one then just expires).
    store.end(request.cookies[COOKIES.session.cas], 'replaced');
    const session = store.create({ user: userFromCas(identity, new Date()), casTicket: ticket });
    request.log.info({ uid: identity.user, level: identity.level }, 'signed in with CAS');
    reply.setCookie(COOKIES.session.cas, session.id, cookieOptions);
    return reply.redirect('/me', 303);
  }

  app.get<{ Querystring: { ticket?: string } }>(
    '/cas/callback',
    { schema: { querystring: { type: 'object', properties: { ticket: { type: 'string', maxLength: MAX_TICKET } } } } },
    async (request, reply) => {
      const ticket = request.query.ticket;
      // CAS 3.0 §2.1.1: Sésame sends the user back without a ticket when they did not sign in (the
      // level page's "Back to …", gateway): the home page, signed out, is where they were.
      if (!ticket) return reply.redirect('/', 303);
      return signInWithTicket(request, reply, ticket);
    },
  );

  // Two POSTs reach the service URL, told apart by their field: CAS 3.0 §2.3.3 single logout,
  // Sésame's server POSTing `logoutRequest`; §2.1.1 `method=POST`, the browser posting `ticket`
  // (docs/adr/0044 §1, 0054). A logout request is never read as a sign-in, nor the reverse.
  app.post<{ Body: { logoutRequest?: unknown; ticket?: unknown } | undefined }>(
    '/cas/callback',
    async (request, reply) => {
      const body = request.body;
      if (body?.logoutRequest === undefined && body?.ticket !== undefined) {
        const ticket = body.ticket;
        if (typeof ticket !== 'string' || ticket === '' || ticket.length > MAX_TICKET)
          return reply.status(400).header('cache-control', 'no-store').send('invalid ticket\n');
        return signInWithTicket(request, reply, ticket);
      }
      return singleLogout(request, reply, body?.logoutRequest);
    },
  );

  // Single logout: a SAML LogoutRequest whose SessionIndex is the service ticket. Always 200 for a
  // well-formed request, known or not, so the sender learns nothing and does not retry.
  function singleLogout(request: FastifyRequest, reply: FastifyReply, xml: unknown) {
    const ticket = typeof xml === 'string' ? parseLogoutRequest(xml) : null;
    if (!ticket) return reply.status(400).header('cache-control', 'no-store').send('invalid logoutRequest\n');
    const ended = store.endByTicket(ticket, 'cas-single-logout');
    request.log.info({ ended }, 'CAS single logout');
    return reply.status(200).header('cache-control', 'no-store').send('ok\n');
  }
}
