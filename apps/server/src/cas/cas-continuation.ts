import { casAppFor, tokenDigest, withTicket } from '@sesame/core';
import type { LoginContinuation } from '../login/login-protocols';
import type { Services } from '../services';
import type { CasContext } from './cas-context';
import { sendErrorPage } from '../http/send-error-page';

/**
 * Ends a CAS sign-in once the session reaches the application's requirement (design §4 step
 * 4): a service ticket bound to the service, the user, the session, its strengths and whether
 * the user just presented credentials; the application joins the session for single logout;
 * the browser goes back with `ticket` (CAS 3.0 §2.2.4).
 */
export function casContinuation(services: Services, cas: CasContext): LoginContinuation {
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
    await services.sessions.addParticipant(session, { appId: app.id, protocol: 'cas', service, ticket }, now);
    return reply.redirect(withTicket(service, ticket), 303);
  };
}
