import type { Kysely } from 'kysely';

/**
 * Migration 0009 for both dialects (issue 14 points 3–4, docs/adr/0036):
 *
 * - `migration_snapshots`: each organisation's OWN accounts by category, one row per (day,
 *   organisation) — the chart of a subtree sums its organisations' rows per day. Keyed by day
 *   first, so that "the last 90 days" is one index range.
 * - `reminder_sends`: each agent's last reminder, the throttle's one conditional write.
 * - `campaign_settings`: the registration campaign an organisation set (its subtree inherits it).
 * - `campaign_agents`: each agent's "Later" count and exclusion; the row goes with its account.
 */
export async function createMigrationDashboardTables(
  db: Kysely<unknown>,
  dialect: 'sqlite' | 'postgres',
): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text';
  const counts = ['app', 'key', 'totp', 'sms', 'password'] as const;
  let snapshots = db.schema
    .createTable('migration_snapshots')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'));
  for (const column of counts) snapshots = snapshots.addColumn(column, 'integer', (c) => c.notNull());
  await snapshots.addPrimaryKeyConstraint('migration_snapshots_pk', ['day', 'organisation_id']).execute();

  await db.schema
    .createTable('reminder_sends')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('last_sent_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('campaign_settings')
    .addColumn('organisation_id', 'text', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('snoozes', 'integer', (c) => c.notNull())
    .addColumn('snooze_days', 'integer', (c) => c.notNull())
    .addColumn('deadline', instant)
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('campaign_agents')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('snoozes', 'integer', (c) => c.notNull())
    .addColumn('first_snoozed_at', instant)
    .addColumn('last_snoozed_at', instant)
    .addColumn('excluded_reason', 'text')
    .addColumn('excluded_by', 'text')
    .addColumn('excluded_at', instant)
    .execute();
}
