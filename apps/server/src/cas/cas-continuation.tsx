import { casAppFor, tokenDigest, withTicket, type Clock, type ServiceRegistry } from '@sesame/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoginContinuation } from '../compose/app-context';
import type { SesameConfig } from '../config/config-schema';
import type { SessionGate } from '../sessions/session-gate';
import type { CasContext } from './cas-context';
import { sendPage, viewContext } from '../http/render-page';
import { sendErrorPage } from '../http/send-error-page';
import { CasPostPage } from '../views/pages/cas-post-page';

/**
 * Ends a CAS sign-in once the session reaches the application's requirement (design §4 step
 * 4): a service ticket bound to the service, the user, the session, its strengths and whether
 * the user just presented credentials; the application joins the session for single logout;
 * the browser goes back with `ticket` (CAS 3.0 §2.2.4), or posts it with `method=POST` (§2.1.1).
 */
/** What the CAS continuation reads: the registry, the clock, the session's lifetime, the gate. */
export interface CasContinuationDeps {
  readonly registry: ServiceRegistry;
  readonly clock: Clock;
  readonly config: Pick<SesameConfig, 'session'>;
  readonly sessionGate: Pick<SessionGate, 'addParticipant'>;
}

export function casContinuation(services: CasContinuationDeps, cas: CasContext): LoginContinuation {
  return async ({ request, reply, session, user, target, strengths, fresh }) => {
    const service = target.data.service;
    // The registry may have changed since the sign-in started: check again, never redirect blindly.
    const app = typeof service === 'string' ? casAppFor(services.registry, service) : undefined;
    if (typeof service !== 'string' || app?.id !== target.appId) {
      const m = request.messages;
      return sendErrorPage(request, reply, { title: m.unknownService.title, message: m.unknownService.body });
    }
    const now = services.clock.now();
    const { ticket } = await cas.tickets.issueServiceTicket({
      appId: app.id,
      service,
      userId: user.id,
      sessionRef: tokenDigest(session.id),
      sessionEndsAt: session.record.createdAt + services.config.session.absoluteHours * 3_600_000,
      strengths,
      mobileDevices: session.record.mobileDevices,
      fromNewLogin: fresh,
      authTime: session.record.authTime,
    });
    await services.sessionGate.addParticipant(session, { appId: app.id, protocol: 'cas', service, ticket }, now);
    if (target.data.method === 'POST') return sendTicketByPost(request, reply, { service, ticket, appName: app.name });
    return reply.redirect(withTicket(service, ticket), 303);
  };
}

/** One CSP source: what an origin must look like to be written into the policy (security-headers.ts). */
const SAFE_ORIGIN = /^https?:\/\/[^\s;,'"]+$/;

/**
 * CAS 3.0 §2.1.1 `method=POST`: a page whose form posts `ticket` to the service (docs/adr/0044).
 * The ticket never enters a URL (no history, no Referer, no access log). This response's CSP
 * `form-action` names the service's origin besides 'self', whatever the registry lists, so a
 * service given as a regular expression works too; every other page keeps the common policy.
 */
export function sendTicketByPost(
  request: FastifyRequest,
  reply: FastifyReply,
  post: { service: string; ticket: string; appName: string },
) {
  const origin = URL.parse(post.service)?.origin;
  if (!origin || !SAFE_ORIGIN.test(origin)) {
    const m = request.messages;
    return sendErrorPage(request, reply, { title: m.unknownService.title, message: m.unknownService.body });
  }
  const policy = reply.getHeader('content-security-policy');
  if (typeof policy === 'string') {
    void reply.header('content-security-policy', policy.replace(/form-action [^;]*/, `form-action 'self' ${origin}`));
  }
  return sendPage(reply, <CasPostPage ctx={viewContext(request, reply)} {...post} />);
}
