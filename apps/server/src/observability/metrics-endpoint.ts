import type { FastifyInstance } from 'fastify';
import { createServer, type Server } from 'node:http';
import type { OperationsContext } from '../compose/app-context';
import { bearerMatches, metricsToken, parseListenAddress } from './metrics-access';
import type { Metrics } from './metrics';

/**
 * /metrics is not public (issue 10, finding 7; ADR 0012): process and traffic figures help an
 * attacker time and shape an attack. On the main port it is served only to a request carrying
 * the configured bearer token, and not at all (404) without one; `metrics.listen` serves it, with
 * no token, on an address of its own that only the monitoring network reaches. That listener
 * starts when the application gets ready (before the main port listens) and stops with it.
 */
export function registerMetricsEndpoint(
  app: FastifyInstance,
  services: Pick<OperationsContext, 'metrics' | 'config'>,
): void {
  const { metrics, config } = services;
  const token = metricsToken(config);

  app.get('/metrics', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    // No token configured: as if there were no such page (a bare 404, not the portal's page).
    if (token === undefined) return reply.status(404).send();
    if (!bearerMatches(request.headers.authorization, token)) {
      // RFC 6750 §3: the scheme to use; invalid_token when one was presented.
      const challenge = request.headers.authorization
        ? 'Bearer realm="metrics", error="invalid_token"'
        : 'Bearer realm="metrics"';
      return reply.status(401).header('www-authenticate', challenge).send();
    }
    return reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const listen = config.metrics.listen;
  if (listen !== undefined) {
    const server = metricsServer(metrics);
    const { host, port } = parseListenAddress(listen);
    app.addHook('onReady', async () => {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ host, port }, () => {
          server.off('error', reject);
          resolve();
        });
      });
      app.log.info(`metrics served on http://${listen}/metrics`);
    });
    app.addHook('onClose', async () => {
      if (!server.listening) return;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
  }
}

/** The listener of `metrics.listen`: GET /metrics, nothing else. */
function metricsServer(metrics: Pick<Metrics, 'registry'>): Server {
  return createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    metrics.registry.metrics().then(
      (body) => {
        response.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics unavailable\n'),
    );
  });
}
