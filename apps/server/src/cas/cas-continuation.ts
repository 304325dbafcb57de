import { casAppFor, tokenDigest, withTicket, type Clock, type ServiceRegistry } from '@sesame/core';
import type { LoginContinuation } from '../compose/app-context';
import type { SesameConfig } from '../config/config-schema';
import type { SessionGate } from '../sessions/session-gate';
import type { CasContext } from './cas-context';
import { sendErrorPage } from '../http/send-error-page';

/**
 * Ends a CAS sign-in once the session reaches the application's requirement (design §4 step
 * 4): a service ticket bound to the service, the user, the session, its strengths and whether
 * the user just presented credentials; the application joins the session for single logout;
 * the browser goes back with `ticket` (CAS 3.0 §2.2.4).
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
    return reply.redirect(withTicket(service, ticket), 303);
  };
}
