import {
  cas1Document,
  casAppFor,
  casFailure,
  isSesameError,
  loginRequestFailureXml,
  newSamlId,
  parseFormat,
  proxyFailureDocument,
  samlFailureXml,
  validationFailureDocument,
  type CasFlavour,
  type CasFormat,
  type ServiceRegistry,
} from '@sesame/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { casParams } from './cas-params';
import { sendSamlDocument } from './saml-validate-route';
import { sendCasDocument } from './send-cas-document';

/**
 * Faults of the application-facing CAS endpoints become CAS documents, so a client always
 * parses an answer: a request Fastify could not read is INVALID_REQUEST, anything else
 * INTERNAL_ERROR (CAS 3.0 §2.5.3) with the cause in the log only. Nothing was issued.
 *
 * A store that does not answer (issue 10 finding 5) is INTERNAL_ERROR too, with 503, in the
 * format and flavour the application asked for, and no stack in the log: the store-health
 * tracker has said once that the store is down. The root error handler (http/error-handler.ts)
 * chooses this renderer for the routes of the `cas-api` surface (ADR 0026 §2.7).
 */
export function renderCasFailure(registry?: ServiceRegistry) {
  return async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const clientError = typeof error.statusCode === 'number' && error.statusCode < 500;
    const storeDown = isSesameError(error, 'STORE_UNAVAILABLE');
    const failure = clientError
      ? casFailure('INVALID_REQUEST', 'the request could not be read')
      : storeDown
        ? casFailure('INTERNAL_ERROR', 'the service is temporarily unavailable; try again in a minute')
        : casFailure('INTERNAL_ERROR', 'the server could not answer; try again later');
    if (storeDown) request.log.debug({ route: request.routeOptions.url }, 'CAS: store unavailable');
    else if (!clientError) request.log.error({ err: error }, 'CAS endpoint failed');
    const status = clientError ? 400 : storeDown ? 503 : 500;
    // The body may be unread (a request Fastify refused): only the query then.
    const params = clientError ? casParams(request.query) : casParams(request.query, request.body);
    const format: CasFormat = parseFormat(params.format) ?? 'XML';
    const flavour: CasFlavour = (registry && casAppFor(registry, params.service)?.cas?.flavour) || 'cas';
    switch (request.routeOptions.url) {
      case '/cas/samlValidate':
        // A body too large (413) or of another type (415) keeps its status (docs/adr/0044).
        return sendSamlDocument(
          reply,
          samlFailureXml(failure, { now: new Date(), responseId: newSamlId() }),
          clientError ? error.statusCode! : status,
        );
      case '/cas/validate':
        return sendCasDocument(reply, 'TEXT', cas1Document(null), status);
      case '/cas/proxy':
        return sendCasDocument(reply, 'XML', proxyFailureDocument(flavour, 'XML', failure), status);
      case '/cas/login/init':
        return sendCasDocument(reply, 'XML', loginRequestFailureXml(failure), status);
      default:
        return sendCasDocument(reply, format, validationFailureDocument(flavour, format, failure), status);
    }
  };
}
