import type { FastifyInstance } from 'fastify';
import type { CasRoutesContext } from '../compose/app-context';
import type { CasContext } from './cas-context';
import { validationHandler } from './validation-handler';

/** CAS 3.0 §2.5 /serviceValidate (CAS 2.0 answer) and /p3/serviceValidate (with attributes). */
export function serviceValidateRoutes(app: FastifyInstance, services: CasRoutesContext, cas: CasContext) {
  const plain = validationHandler(services, cas, { acceptProxyTickets: false, attributes: false });
  const p3 = validationHandler(services, cas, { acceptProxyTickets: false, attributes: true });
  app.route({ method: ['GET', 'POST'], url: '/cas/serviceValidate', handler: plain });
  app.route({ method: ['GET', 'POST'], url: '/cas/p3/serviceValidate', handler: p3 });
}
