import { purgeExpired, type PurgeCounts, type RetentionPolicy } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { periodicJob } from '../jobs/periodic-job';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { SesameConfig } from '../config/config-schema';
import type { RetentionContext } from '../compose/app-context';

/** Every hour, the first a minute after start (docs/adr/0014). */
export const RETENTION_PURGE_FIRST_DELAY_MS = 60_000;

export function retentionPolicy(config: Pick<SesameConfig, 'retention'>): RetentionPolicy {
  return { ...config.retention };
}

export interface RetentionPurgeOptions {
  intervalMs?: number;
  firstDelayMs?: number;
  batchSize?: number;
  leaseMs?: number;
}

/**
 * Issue 11, "make the privacy page true": the periods the privacy page states are applied by
 * core purgeExpired, on one node at a time (a lease in the ephemeral store). The timers are
 * unref'd (they never keep the process alive) and stop when the app closes, waiting for a run
 * in progress; a store that does not answer is logged and tried again at the next tick. One log
 * line per run, with the counts.
 */
export function retentionPurge(
  app: FastifyInstance,
  services: RetentionContext,
  options: RetentionPurgeOptions = {},
): void {
  const intervalMs = options.intervalMs ?? services.config.retention.purgeIntervalMinutes * 60_000;
  // 0: another job applies the periods (and the HTTP tests, whose clocks jump years, opt out).
  if (intervalMs === 0) return;
  const nodeId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const run = async () => {
    const started = Date.now();
    try {
      const counts: PurgeCounts | null = await purgeExpired(
        {
          durable: services.durable,
          ephemeral: services.ephemeral,
          policy: retentionPolicy(services.config),
          nodeId,
          ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
          ...(options.leaseMs !== undefined && { leaseMs: options.leaseMs }),
        },
        services.clock.now(),
      );
      if (counts === null) app.log.debug('retention purge: another node holds the lease');
      else app.log.info({ ...counts, ms: Date.now() - started }, 'retention purge done');
    } catch (error) {
      app.log.warn({ err: error }, 'retention purge failed; trying again at the next tick');
    }
  };
  periodicJob(app, {
    firstDelayMs: options.firstDelayMs ?? RETENTION_PURGE_FIRST_DELAY_MS,
    intervalMs,
    run,
  });
}
