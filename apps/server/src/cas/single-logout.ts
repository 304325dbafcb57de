import { logoutRequestXml, type Clock, type ServiceRegistry } from '@sesame/core';
import type { LogoutDelivered, ParticipantLogout } from '../sessions/session-gate';
import type { OutboundAnswer, OutboundHttp } from '../http/outbound-http';
import type { CasContext } from './cas-context';

/** CAS 3.0 §2.3.3: "fire and forget"; a service that does not answer within this is skipped. */
export const SINGLE_LOGOUT_TIMEOUT_MS = 3_000;

/**
 * Tells a CAS application that the SSO session it joined has ended. Every PGT obtained from
 * that login dies (CAS 3.0 §3.3.1); then, when the application wants single logout, a SAML
 * LogoutRequest naming the service ticket it validated is POSTed to its service URL (§2.3.3).
 * What the application answered is judged by `logoutDelivery`: delivered, it resolves with the
 * answer (logged below a warning); a failure rejects, so endSession logs it as a warning; the
 * other applications are told all the same.
 */
export function casSingleLogout(
  services: { registry: ServiceRegistry; clock: Clock; outbound: OutboundHttp },
  cas: CasContext,
): ParticipantLogout {
  return async (participant) => {
    if (!participant.ticket) return;
    await cas.tickets.endChain(participant.ticket);
    const app = services.registry.byId(participant.appId);
    if (!app?.cas?.singleLogout || !participant.service) return;
    const logoutRequest = logoutRequestXml(participant.ticket, services.clock.now());
    const answer = await services.outbound.postForm(participant.service, { logoutRequest }, SINGLE_LOGOUT_TIMEOUT_MS);
    return logoutDelivery(participant.service, answer);
  };
}

/**
 * Whether the application received the logoutRequest (docs/adr/0064). CAS 3.0 §2.3.3 says the
 * server ignores the answer ("fire and forget"); only whether the request reached the application
 * matters to the operator:
 * - 2xx: delivered.
 * - 3xx: delivered — the application answered the request (mod_auth_cas reads the body, drops the
 *   session, then redirects the POST to the CAS login as any request without a session) — unless
 *   the redirect is a move: the same path and query at another origin (`http` to `https`, another
 *   host). There the request was answered before anything read it, and the registration names an
 *   old address: a failure.
 * - 4xx, 5xx (and 1xx, 0): a failure.
 * A network error or timeout has already rejected.
 */
export function logoutDelivery(service: string, answer: OutboundAnswer): LogoutDelivered {
  const { status, location } = answer;
  if (status >= 200 && status < 300) return { status };
  if (status >= 300 && status < 400) {
    if (location !== undefined && movedService(service, location)) {
      throw new Error(`single logout answered ${status}: the service moved to ${location}`);
    }
    return { status, ...(location !== undefined ? { location } : {}) };
  }
  throw new Error(`single logout answered ${status}`);
}

/** A redirect to the service itself at another origin. An unreadable Location is no move. */
function movedService(service: string, location: string): boolean {
  let from: URL;
  let to: URL;
  try {
    from = new URL(service);
    to = new URL(location, from);
  } catch {
    return false;
  }
  return to.origin !== from.origin && to.pathname === from.pathname && to.search === from.search;
}
