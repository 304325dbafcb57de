import type { Kysely } from 'kysely';

/**
 * eID by federation (issue 15 point 1; docs/adr/0042; ports/eid-link-repository.ts): one row per
 * eID linked to an account. `(issuer, subject)` is unique — an eID opens one account only — and a
 * link goes with its account (ON DELETE CASCADE).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('eid_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_used_at', 'timestamptz')
    .addUniqueConstraint('eid_links_issuer_subject_key', ['issuer', 'subject'])
    .execute();
  await db.schema.createIndex('eid_links_user_id').on('eid_links').column('user_id').execute();
}
