import { sql, type Kysely } from 'kysely';

/**
 * Issue 10: temporary device blocks, the "had a second factor" marker and account recovery
 * (ports/device-repository.ts, ports/durable-store.ts). A device blocked for ever before this
 * migration becomes active with a block that is already over and one block counted: it gets
 * its tries again, and the next block lasts longer. Every account with an active or blocked
 * device "had" a second factor from that device's activation (or creation).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('devices').addColumn('blocked_until', 'text').execute();
  await db.schema
    .alterTable('devices')
    .addColumn('blocks', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('second_factor_since', 'text').execute();
  await db.schema.alterTable('users').addColumn('recovery_started_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('recovery_ready_at', 'text').execute();
  await sql`
    update devices
    set status = 'active', failed_answers = 0, blocks = 1,
        blocked_until = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    where status = 'blocked'
  `.execute(db);
  await sql`
    update users
    set second_factor_since = (
      select min(coalesce(d.activated_at, d.created_at)) from devices d
      where d.user_id = users.id and d.status <> 'pending'
    )
    where exists (select 1 from devices d where d.user_id = users.id and d.status <> 'pending')
  `.execute(db);
}
