import { sql, type Kysely } from 'kysely';

/**
 * Issue 10: temporary device blocks, the "had a second factor" marker and account recovery
 * (ports/device-repository.ts, ports/durable-store.ts). A device blocked for ever before this
 * migration becomes active with a block that is already over and one block counted: it gets
 * its tries again, and the next block lasts longer. Every account with an active or blocked
 * device "had" a second factor from that device's activation (or creation).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('devices')
    .addColumn('blocked_until', 'timestamptz')
    .addColumn('blocks', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('second_factor_since', 'timestamptz')
    .addColumn('recovery_started_at', 'timestamptz')
    .addColumn('recovery_ready_at', 'timestamptz')
    .execute();
  await sql`
    update devices set status = 'active', failed_answers = 0, blocks = 1, blocked_until = now()
    where status = 'blocked'
  `.execute(db);
  await sql`
    update users u
    set second_factor_since = d.since
    from (
      select user_id, min(coalesce(activated_at, created_at)) as since from devices
      where status <> 'pending' group by user_id
    ) d
    where d.user_id = u.id
  `.execute(db);
}
