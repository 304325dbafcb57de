import {
  cas1Document,
  casFailure,
  loginRequestFailureXml,
  proxyFailureDocument,
  validationFailureDocument,
} from '@sesame/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendCasDocument } from './send-cas-document';

/**
 * Faults of the application-facing CAS endpoints become CAS documents, so a client always
 * parses an answer: a request Fastify could not read is INVALID_REQUEST, anything else
 * INTERNAL_ERROR (CAS 3.0 §2.5.3) with the cause in the log only. Nothing was issued.
 */
export async function casApiErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const clientError = typeof error.statusCode === 'number' && error.statusCode < 500;
  const failure = clientError
    ? casFailure('INVALID_REQUEST', 'the request could not be read')
    : casFailure('INTERNAL_ERROR', 'the server could not answer; try again later');
  if (!clientError) request.log.error({ err: error }, 'CAS endpoint failed');
  const status = clientError ? 400 : 500;
  switch (request.routeOptions.url) {
    case '/cas/validate':
      return sendCasDocument(reply, 'TEXT', cas1Document(null), status);
    case '/cas/proxy':
      return sendCasDocument(reply, 'XML', proxyFailureDocument('cas', 'XML', failure), status);
    case '/cas/login/init':
      return sendCasDocument(reply, 'XML', loginRequestFailureXml(failure), status);
    default:
      return sendCasDocument(reply, 'XML', validationFailureDocument('cas', 'XML', failure), status);
  }
}
