import { recordMigrationSnapshot, utcDay, type MigrationDeps } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { periodicJob } from '../jobs/periodic-job';
import type { SesameConfig } from '../config/config-schema';

export const SNAPSHOT_FIRST_DELAY_MS = 60_000;

/**
 * The daily snapshot of the migration dashboard's figures (issue 14 point 3; docs/adr/0036), the
 * chart's data: each node checks every `dashboard.snapshotIntervalMinutes` that today's exists and
 * takes it when not (a dashboard opened takes it too). Two nodes taking it at once write the same
 * figures; a failure is logged and tried again at the next tick.
 */
export function migrationSnapshotJob(
  app: FastifyInstance,
  ctx: { config: Pick<SesameConfig, 'dashboard'>; migration: Pick<MigrationDeps, 'durable' | 'clock'> },
  options: { intervalMs?: number; firstDelayMs?: number } = {},
): void {
  const intervalMs = options.intervalMs ?? ctx.config.dashboard.snapshotIntervalMinutes * 60_000;
  if (intervalMs === 0) return;
  const run = async () => {
    try {
      const { migration } = ctx;
      if (await migration.durable.migration.hasSnapshot(utcDay(migration.clock.now()))) return;
      const organisations = await recordMigrationSnapshot(migration);
      app.log.info({ organisations }, 'dashboard snapshot taken');
    } catch (error) {
      app.log.warn({ err: error }, 'dashboard snapshot failed; trying again at the next tick');
    }
  };
  periodicJob(app, { firstDelayMs: options.firstDelayMs ?? SNAPSHOT_FIRST_DELAY_MS, intervalMs, run });
}
