import type { Kysely } from 'kysely';

/**
 * The retention purge (docs/adr/0014) deletes old events and mails by instant, in batches: with
 * these indexes a batch, and the last one that finds nothing, read only the rows it concerns
 * instead of the whole table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();
  await db.schema.createIndex('outbox_mail_created_at').on('outbox_mail').column('created_at').execute();
}
