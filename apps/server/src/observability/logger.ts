import type { FastifyBaseLogger } from 'fastify';
import { pino, type LoggerOptions } from 'pino';
import type { SesameConfig } from '../config/config-schema';

/**
 * The server's one logger (pino), made before anything else so that stores, background mail and
 * the OIDC provider log through it; Fastify gets it as its `loggerInstance`.
 */
export function createLogger(options: LoggerOptions = {}): FastifyBaseLogger {
  return pino({
    ...options,
    // Never log query strings (e-mail links carry tokens there), cookies nor bodies.
    serializers: {
      req: (req: { method: string; url: string; ip: string }) => ({
        method: req.method,
        url: req.url.split('?')[0],
        remoteAddress: req.ip,
      }),
      ...options.serializers,
    },
  });
}

/** The logger of a node, at the configured level. */
export function serverLogger(config: Pick<SesameConfig, 'logLevel'>): FastifyBaseLogger {
  return createLogger({ level: config.logLevel });
}

/** A logger that says nothing (tests). */
export function silentLogger(): FastifyBaseLogger {
  return pino({ level: 'silent' });
}
