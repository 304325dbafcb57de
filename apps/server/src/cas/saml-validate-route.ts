import {
  casFailure,
  newSamlId,
  parseSamlRequest,
  SAML_MAX_REQUEST_BYTES,
  samlFailureXml,
  samlSuccessXml,
  validateTicket,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { CasRoutesContext } from '../compose/app-context';
import type { CasContext } from './cas-context';
import { casFlag, casParams } from './cas-params';

/** The media types a SOAP 1.1 client posts (mod_auth_cas and the Java client: text/xml). */
export const SAML_CONTENT_TYPES = ['text/xml', 'application/xml', 'application/soap+xml'];

/** SOAP 1.1 §6.2 and Apereo CAS: SAML answers are text/xml. */
export function sendSamlDocument(reply: FastifyReply, body: string, status = 200) {
  return reply
    .status(status)
    .header('content-type', 'text/xml; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(body);
}

/**
 * CAS 3.0 §4 POST /cas/samlValidate?TARGET=<service>: the ticket in a SOAP envelope, validated as
 * /p3/serviceValidate validates it (single use, service match, renew, level and strengths asked
 * in the URL), answered as a SAML 1.1 Response with the same attributes (docs/adr/0044).
 * The body is read as text, at most SAML_MAX_REQUEST_BYTES (413 above), and parsed in core with
 * no DOCTYPE and no entity expansion. A body that is not a SAML request is 400 with a SAML
 * refusal; a refused ticket is 200 with one, as CAS answers refusals.
 */
export async function samlValidateRoute(app: FastifyInstance, services: CasRoutesContext, cas: CasContext) {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      SAML_CONTENT_TYPES,
      { parseAs: 'string', bodyLimit: SAML_MAX_REQUEST_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.post('/cas/samlValidate', { bodyLimit: SAML_MAX_REQUEST_BYTES }, async (request, reply) => {
      const params = casParams(request.query);
      const now = services.clock.now();
      const service = params.TARGET;
      const parsed =
        typeof request.body === 'string'
          ? parseSamlRequest(request.body)
          : { ok: false as const, description: 'the body must be a SOAP envelope (text/xml)' };
      if (!parsed.ok) {
        request.log.info({ reason: parsed.description }, 'CAS samlValidate: unreadable request');
        const failure = casFailure('INVALID_REQUEST', parsed.description);
        return sendSamlDocument(reply, samlFailureXml(failure, { now, responseId: newSamlId() }), 400);
      }
      const result = await validateTicket(
        cas.deps,
        {
          ticket: parsed.ticket,
          service,
          renew: casFlag(params.renew),
          pgtUrl: undefined,
          acceptProxyTickets: false,
          asked: { acceptStrengths: params.acceptStrengths, authenticationLevel: params.authenticationLevel },
        },
        now,
      );
      const context = {
        now,
        responseId: newSamlId(),
        inResponseTo: parsed.requestId,
        recipient: result.ok ? result.ticket.service : undefined,
      };
      if (!result.ok) {
        request.log.info({ code: result.failure.code }, 'CAS samlValidate failed');
        return sendSamlDocument(reply, samlFailureXml(result.failure, context));
      }
      const document = samlSuccessXml(
        { ...result, attributes: true, userDetails: false },
        { ...context, assertionId: newSamlId(), issuer: services.config.publicUrl, service: result.ticket.service },
      );
      return sendSamlDocument(reply, document);
    });
  });
}
