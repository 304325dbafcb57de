import type { FastifyInstance } from 'fastify';
import { registerMetricsEndpoint } from '../observability/metrics-endpoint';
import type { OperationsContext } from '../compose/app-context';

/**
 * A load balancer gives up on a probe after a few seconds: a store that has not answered in 2 s
 * is reported unavailable rather than letting /ready hang on the pool's 5 s connection timeout.
 */
const PROBE_TIMEOUT_MS = 2_000;

function withinProbeTime(ping: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('no answer within the probe time')), PROBE_TIMEOUT_MS);
  });
  return Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Liveness, readiness and metrics for the operator. /health is liveness only: it stays 200 while
 * a store is down (ADR 0009), since restarting the process would cure nothing. /ready fails (503)
 * when a store does not answer, so a load balancer stops sending sign-ins to a node that would
 * refuse them anyway.
 */
export function operationsRoutes(app: FastifyInstance, services: OperationsContext) {
  app.get(
    '/health',
    { schema: { response: { 200: { type: 'object', properties: { status: { type: 'string' } } } } } },
    async () => ({ status: 'ok' }),
  );

  app.get('/ready', async (_request, reply) => {
    const checks = await Promise.allSettled([
      withinProbeTime(services.durable.ping()),
      withinProbeTime(services.ephemeral.ping()),
    ]);
    const [durable, ephemeral] = checks.map((c) => (c.status === 'fulfilled' ? 'ok' : 'unavailable'));
    const ready = durable === 'ok' && ephemeral === 'ok';
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', durable, ephemeral });
  });

  // Not public: a bearer token, or an address of its own (observability/metrics-endpoint.ts).
  registerMetricsEndpoint(app, services);
}
