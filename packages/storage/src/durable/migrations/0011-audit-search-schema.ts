import { sql, type Kysely } from 'kysely';

/**
 * Migration 0011 for both dialects (issue 14 point 5, docs/adr/0038): the console's audit search.
 *
 * - `audit_events.actor_id`: who did it, when someone other than the account concerned acted (an
 *   administrator, a manager, the helpdesk). It was only in `details.actor` (JSON text, not
 *   indexable in both dialects alike); copied out of it for the existing rows, written by the
 *   audit log from `details.actor` from now on.
 * - indexes for the filters, each ending with `seq` so that a page (newest first, by seq) reads
 *   only its rows: by actor, by type; by account (user_id, seq) and by instant (at) exist already.
 */
export async function createAuditSearchIndexes(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  await db.schema.alterTable('audit_events').addColumn('actor_id', 'text').execute();
  await (
    dialect === 'postgres'
      ? sql`update audit_events set actor_id = (details::jsonb ->> 'actor') where details like '%"actor"%'`
      : sql`update audit_events set actor_id = json_extract(details, '$.actor') where details like '%"actor"%'`
  ).execute(db);
  await db.schema.createIndex('audit_events_actor_seq').on('audit_events').columns(['actor_id', 'seq']).execute();
  await db.schema.createIndex('audit_events_type_seq').on('audit_events').columns(['type', 'seq']).execute();
}
