import type { Strength } from '@sesame/protocol';
import type { AuthenticationRequirement } from '../relying-apps/authentication-requirement';
import { meetRequirement } from './asked-requirement';
import { casFailure, type CasFailure } from './cas-failure';
import type { TicketRecord } from './cas-ticket-store';

/** What the validating request expects of the ticket it presents. */
export interface TicketExpectation {
  /** The service URL of the request: it must be the one the ticket was issued for. */
  service: string;
  /** /validate and /serviceValidate MUST refuse proxy tickets (CAS 3.0 §2.4.1, §2.5). */
  acceptProxyTickets: boolean;
  /** CAS 3.0 §2.5.1: `renew=true` accepts only a ticket issued from a presentation of credentials. */
  renew: boolean;
  /** EU Login `ticketTypes` (eulogin-facts §2.2): SERVICE, PROXY, DESKTOP…; undefined when not asked. */
  ticketTypes?: readonly string[] | undefined;
  /** The validating application's policy, tightened by the request's EU Login parameters. */
  requirement: AuthenticationRequirement;
}

export type TicketVerdict = { valid: true; strengths: Strength[] } | { valid: false; failure: CasFailure };

/**
 * The rules of a ticket validation, in the order the answer reports them. Stateless: the
 * ticket was already consumed by the caller, so each failure below also burns it (CAS 3.0
 * §3.1.1: "whether or not validation was successful").
 */
export function checkTicket(expected: TicketExpectation, ticket: TicketRecord | null): TicketVerdict {
  // §2.5.3 INVALID_TICKET: unknown, expired, or already presented once.
  if (!ticket) return invalid('INVALID_TICKET', 'ticket not recognized: unknown, expired or already validated');
  if (ticket.kind === 'PT' && !expected.acceptProxyTickets) {
    return invalid('INVALID_TICKET_SPEC', 'a proxy ticket is not accepted here: use /proxyValidate');
  }
  if (expected.ticketTypes && !expected.ticketTypes.includes(ticket.kind === 'ST' ? 'SERVICE' : 'PROXY')) {
    return invalid('INVALID_TICKET', 'the ticket is not of a type listed in ticketTypes');
  }
  // §2.5.3 INVALID_SERVICE, §3.1.1: a ticket is valid only for the service it was issued for.
  if (ticket.service !== expected.service) {
    return invalid('INVALID_SERVICE', 'the ticket was not issued for this service');
  }
  // §2.5.3 INVALID_TICKET: "the ticket did not come from an initial login and renew was set".
  if (expected.renew && !ticket.fromNewLogin) {
    return invalid('INVALID_TICKET', 'renew was set and the ticket comes from single sign-on');
  }
  const met = meetRequirement(ticket.strengths, expected.requirement);
  return met.ok ? { valid: true, strengths: met.strengths } : { valid: false, failure: met.failure };
}

function invalid(code: CasFailure['code'], description: string): TicketVerdict {
  return { valid: false, failure: casFailure(code, description) };
}
