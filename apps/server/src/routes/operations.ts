import type { FastifyInstance } from 'fastify';
import { registerMetricsEndpoint } from '../observability/metrics-endpoint';
import type { Services } from '../services';

/**
 * Liveness, readiness and metrics for the operator. /ready fails (503) when a store does not
 * answer, so a load balancer stops sending sign-ins to a node that would refuse them anyway.
 */
export function operationsRoutes(app: FastifyInstance, services: Services) {
  app.get(
    '/health',
    { schema: { response: { 200: { type: 'object', properties: { status: { type: 'string' } } } } } },
    async () => ({ status: 'ok' }),
  );

  app.get('/ready', async (_request, reply) => {
    const checks = await Promise.allSettled([services.durable.ping(), services.ephemeral.ping()]);
    const [durable, ephemeral] = checks.map((c) => (c.status === 'fulfilled' ? 'ok' : 'unavailable'));
    const ready = durable === 'ok' && ephemeral === 'ok';
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', durable, ephemeral });
  });

  // Not public: a bearer token, or an address of its own (observability/metrics-endpoint.ts).
  registerMetricsEndpoint(app, services);
}
