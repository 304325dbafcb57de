import { cas1Document, validateTicket } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import type { CasRoutesContext } from '../compose/app-context';
import type { CasContext } from './cas-context';
import { casFlag, casParams } from './cas-params';
import { sendCasDocument } from './send-cas-document';

/**
 * CAS 3.0 §2.4 /validate (CAS 1.0): `yes\n<user>\n` or `no\n\n`. Proxy tickets fail (§2.4.1),
 * and so does everything the other endpoints refuse; no attributes, no proxying.
 */
export function validateRoute(app: FastifyInstance, services: CasRoutesContext, cas: CasContext) {
  app.route({
    method: ['GET', 'POST'],
    url: '/cas/validate',
    handler: async (request, reply) => {
      const params = casParams(request.query, request.body);
      const result = await validateTicket(
        cas.deps,
        {
          ticket: params.ticket,
          service: params.service,
          renew: casFlag(params.renew),
          pgtUrl: undefined,
          acceptProxyTickets: false,
          asked: { acceptStrengths: params.acceptStrengths, authenticationLevel: params.authenticationLevel },
        },
        services.clock.now(),
      );
      if (!result.ok) request.log.info({ code: result.failure.code }, 'CAS validation failed');
      return sendCasDocument(reply, 'TEXT', cas1Document(result.ok ? result.user.id : null));
    },
  });
}
