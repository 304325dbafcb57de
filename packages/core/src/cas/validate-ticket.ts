import type { Strength } from '@sesame/protocol';
import type { UserRecord } from '../ports';
import type { RelyingApp } from '../relying-apps/relying-app';
import { askedRequirement, type AskedAuthentication } from './asked-requirement';
import { parseFormat } from './cas-documents';
import { casFailure, type CasFailure } from './cas-failure';
import { userStillValid, type CasDeps } from './cas-deps';
import type { TicketRecord } from './cas-ticket-store';
import { checkTicket } from './check-ticket';
import { deliverProxyGrantingTicket } from './deliver-proxy-granting-ticket';
import { casAppFor, proxyCallbackAllowed } from './service-url';

/** A validation request of /validate, /serviceValidate, /proxyValidate and their /p3 forms. */
export interface ValidationRequest {
  ticket: string | undefined;
  service: string | undefined;
  renew: boolean;
  pgtUrl: string | undefined;
  /** /proxyValidate accepts proxy tickets; /validate and /serviceValidate do not (CAS 3.0 §2.5, §2.6). */
  acceptProxyTickets: boolean;
  /** EU Login `acceptStrengths` / `authenticationLevel`. */
  asked: AskedAuthentication;
  /** EU Login `ticketTypes`, comma-separated (SERVICE, PROXY). */
  ticketTypes?: string | undefined;
  /** CAS 3.0 §2.5.1 `format`, as sent: an unsupported value is INVALID_REQUEST. */
  format?: string | undefined;
}

export type Validation =
  | {
      ok: true;
      app: RelyingApp;
      user: UserRecord;
      ticket: TicketRecord;
      /** The ticket's strengths that satisfy the validating request (EU Login `strengths`). */
      strengths: Strength[];
      /** The PGT IOU when a proxy callback received its PGT (CAS 3.0 §2.5.4). */
      pgtIou: string | null;
    }
  | { ok: false; failure: CasFailure };

/**
 * Validates a service or proxy ticket. The ticket is taken from the store before anything is
 * checked, so a request that fails for any reason (wrong service, renew, level, bad pgtUrl)
 * has consumed it too (CAS 3.0 §3.1.1, §3.2.1; §2.5.3 INVALID_SERVICE: "CAS MUST invalidate the
 * ticket and disallow future validation of that same ticket").
 */
export async function validateTicket(deps: CasDeps, request: ValidationRequest, now: Date): Promise<Validation> {
  const ticket = request.ticket ? await deps.tickets.take(request.ticket) : null;
  // §2.4.1, §2.5.1: service and ticket are REQUIRED.
  if (!request.ticket || !request.service)
    return fail('INVALID_REQUEST', 'the service and ticket parameters are both required');
  // §2.5.1: "If the parameter value is not supported by the CAS server, an error code MUST be returned."
  if (parseFormat(request.format) === null) return fail('INVALID_REQUEST', 'format must be XML or JSON');
  const app = casAppFor(deps.registry, request.service);
  if (!app) return fail('INVALID_SERVICE', 'the service is not registered');
  const asked = askedRequirement(app, request.asked);
  if (!asked.ok) return asked;
  const verdict = checkTicket(
    {
      service: request.service,
      acceptProxyTickets: request.acceptProxyTickets,
      renew: request.renew,
      ticketTypes: request.ticketTypes?.split(',').map((type) => type.trim()),
      requirement: asked.requirement,
    },
    ticket,
  );
  if (!verdict.valid) return { ok: false, failure: verdict.failure };
  // checkTicket refused a missing ticket.
  const valid = ticket!;
  const user = await userStillValid(deps, valid.userId, valid.authTime);
  if (!user) return fail('INVALID_TICKET', 'the account changed since the authentication');
  let pgtIou: string | null = null;
  if (request.pgtUrl !== undefined) {
    // §2.5.4: https, and (our rule) registered for the application.
    if (!proxyCallbackAllowed(app, request.pgtUrl)) {
      return fail('INVALID_PROXY_CALLBACK', 'pgtUrl must be an https URL registered for the service');
    }
    pgtIou = await deliverProxyGrantingTicket(deps, app, valid, request.pgtUrl, now);
  }
  return { ok: true, app, user, ticket: valid, strengths: verdict.strengths, pgtIou };
}

function fail(code: CasFailure['code'], description: string): Validation {
  return { ok: false, failure: casFailure(code, description) };
}
