import { logoutRequestXml, type Clock, type ServiceRegistry } from '@sesame/core';
import type { ParticipantLogout } from '../sessions/session-gate';
import type { OutboundHttp } from '../http/outbound-http';
import type { CasContext } from './cas-context';

/** CAS 3.0 §2.3.3: "fire and forget"; a service that does not answer within this is skipped. */
export const SINGLE_LOGOUT_TIMEOUT_MS = 3_000;

/**
 * Tells a CAS application that the SSO session it joined has ended. Every PGT obtained from
 * that login dies (CAS 3.0 §3.3.1); then, when the application wants single logout, a SAML
 * LogoutRequest naming the service ticket it validated is POSTed to its service URL (§2.3.3).
 * A failure rejects, so endSession logs it; the other applications are told all the same.
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
    const status = await services.outbound.postForm(participant.service, { logoutRequest }, SINGLE_LOGOUT_TIMEOUT_MS);
    if (status < 200 || status >= 300) throw new Error(`single logout answered ${status}`);
  };
}
