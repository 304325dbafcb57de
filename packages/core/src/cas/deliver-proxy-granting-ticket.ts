import type { RelyingApp } from '../relying-apps/relying-app';
import type { CasDeps } from './cas-deps';
import type { PgtRecord, TicketRecord } from './cas-ticket-store';
import { withQueryParameters } from './service-url';

/**
 * CAS 3.0 §2.5.4: after a successful validation with `pgtUrl` (already checked: https and
 * registered), issue a PGT and its IOU, GET the callback with both, and return the IOU only
 * when the callback answered 200; otherwise the PGT is withdrawn and the answer carries none.
 */
export async function deliverProxyGrantingTicket(
  deps: CasDeps,
  app: RelyingApp,
  ticket: TicketRecord,
  pgtUrl: string,
  now: Date,
): Promise<string | null> {
  const record: PgtRecord = {
    appId: app.id,
    userId: ticket.userId,
    sessionRef: ticket.sessionRef,
    sessionEndsAt: ticket.sessionEndsAt,
    strengths: ticket.strengths,
    mobileDevices: ticket.mobileDevices,
    fromNewLogin: ticket.fromNewLogin,
    authTime: ticket.authTime,
    // §2.6.2: the proxies of a later proxy ticket, most recent first.
    proxies: [pgtUrl, ...ticket.proxies],
    rootRef: ticket.rootRef,
  };
  const issued = await deps.tickets.issueProxyGrantingTicket(record, now);
  if (!issued) return null;
  let delivered = false;
  try {
    // §2.5.4: the callback keeps its own query parameters and receives pgtIou and pgtId.
    delivered = await deps.callProxyCallback(withQueryParameters(pgtUrl, { pgtIou: issued.pgtIou, pgtId: issued.pgt }));
  } catch {
    delivered = false;
  }
  if (!delivered) {
    await deps.tickets.revokeProxyGrantingTicket(issued.pgt);
    return null;
  }
  return issued.pgtIou;
}
