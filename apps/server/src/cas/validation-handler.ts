import {
  casAppFor,
  casAttributesWanted,
  parseFormat,
  validateTicket,
  validationFailureDocument,
  validationSuccessDocument,
} from '@sesame/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CasRoutesContext } from '../compose/app-context';
import type { CasContext } from './cas-context';
import { casFlag, casParams } from './cas-params';
import { sendCasDocument } from './send-cas-document';

export interface ValidationEndpoint {
  /** /proxyValidate: proxy tickets too (CAS 3.0 §2.6); /serviceValidate: service tickets only (§2.5). */
  acceptProxyTickets: boolean;
  /** /p3: standard `<cas:attributes>` (CAS 3.0 §2.5.2 of the /p3 endpoints). */
  attributes: boolean;
}

/**
 * The CAS 2.0/3.0 validation endpoints: parameters in, the document of the application's
 * flavour (standard CAS or EU Login) out, XML or JSON. GET as the spec says; POST as well,
 * since EU Login's own validation endpoint takes form posts.
 */
export function validationHandler(services: CasRoutesContext, cas: CasContext, endpoint: ValidationEndpoint) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const params = casParams(request.query, request.body);
    const result = await validateTicket(
      cas.deps,
      {
        ticket: params.ticket,
        service: params.service,
        renew: casFlag(params.renew),
        pgtUrl: params.pgtUrl,
        acceptProxyTickets: endpoint.acceptProxyTickets,
        asked: { acceptStrengths: params.acceptStrengths, authenticationLevel: params.authenticationLevel },
        ticketTypes: params.ticketTypes,
        format: params.format,
      },
      services.clock.now(),
    );
    // §2.5.1: an unsupported format is answered in the default one, XML.
    const format = parseFormat(params.format) ?? 'XML';
    if (!result.ok) {
      const flavour = casAppFor(services.registry, params.service)?.cas?.flavour ?? 'cas';
      request.log.info({ code: result.failure.code }, 'CAS validation failed');
      return sendCasDocument(reply, format, validationFailureDocument(flavour, format, result.failure));
    }
    const document = validationSuccessDocument(result.app.cas?.flavour ?? 'cas', format, {
      ...result,
      attributes: casAttributesWanted(result.app, endpoint.attributes),
      userDetails: casFlag(params.userDetails),
    });
    return sendCasDocument(reply, format, document);
  };
}
