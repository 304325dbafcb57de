import type { Kysely } from 'kysely';
import { createMigrationDashboardTables } from '../0009-migration-dashboard-schema';

/** The migration dashboard and the registration campaign (issue 14 points 3–4, docs/adr/0036): see ../0009-migration-dashboard-schema.ts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createMigrationDashboardTables(db, 'sqlite');
}
