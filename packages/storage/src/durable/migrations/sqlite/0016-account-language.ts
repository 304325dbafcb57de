import type { Kysely } from 'kysely';

/**
 * The account's language chosen by its owner (docs/adr/0055): when they last chose it (the
 * language chooser used while signed in, the registration form), NULL when it was set for them
 * (an import, an administrator, SCIM, an eID account) — the portal's pages then keep following the
 * browser. Existing accounts start NULL: nothing changes for them until their owner chooses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('language_chosen_at', 'text').execute();
}
