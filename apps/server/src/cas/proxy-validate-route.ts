import type { FastifyInstance } from 'fastify';
import type { CasRoutesContext } from '../compose/app-context';
import type { CasContext } from './cas-context';
import { validationHandler } from './validation-handler';

/** CAS 3.0 §2.6 /proxyValidate and /p3/proxyValidate: service and proxy tickets, with `<cas:proxies>`. */
export function proxyValidateRoutes(app: FastifyInstance, services: CasRoutesContext, cas: CasContext) {
  const plain = validationHandler(services, cas, { acceptProxyTickets: true, attributes: false });
  const p3 = validationHandler(services, cas, { acceptProxyTickets: true, attributes: true });
  app.route({ method: ['GET', 'POST'], url: '/cas/proxyValidate', handler: plain });
  app.route({ method: ['GET', 'POST'], url: '/cas/p3/proxyValidate', handler: p3 });
}
