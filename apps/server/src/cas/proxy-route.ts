import { casFailure, grantProxyTicket, parseFormat, proxyFailureDocument, proxySuccessDocument } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import type { CasRoutesContext } from '../compose/app-context';
import type { CasContext } from './cas-context';
import { casParams } from './cas-params';
import { sendCasDocument } from './send-cas-document';

/** CAS 3.0 §2.7 /proxy: `pgt` + `targetService` → a proxy ticket, XML or JSON. */
export function proxyRoute(app: FastifyInstance, _services: CasRoutesContext, cas: CasContext) {
  app.route({
    method: ['GET', 'POST'],
    url: '/cas/proxy',
    handler: async (request, reply) => {
      const params = casParams(request.query, request.body);
      const format = parseFormat(params.format);
      if (!format) {
        return sendCasDocument(
          reply,
          'XML',
          proxyFailureDocument('cas', 'XML', casFailure('INVALID_REQUEST', 'format must be XML or JSON')),
        );
      }
      const result = await grantProxyTicket(cas.deps, { pgt: params.pgt, targetService: params.targetService });
      const flavour = result.app?.cas?.flavour ?? 'cas';
      if (!result.ok) {
        request.log.info({ code: result.failure.code }, 'CAS proxy request refused');
        return sendCasDocument(reply, format, proxyFailureDocument(flavour, format, result.failure));
      }
      return sendCasDocument(reply, format, proxySuccessDocument(flavour, format, result.proxyTicket));
    },
  });
}
