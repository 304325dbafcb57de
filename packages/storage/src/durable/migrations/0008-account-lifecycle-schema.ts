import type { Kysely } from 'kysely';

/**
 * Migration 0008 for both dialects (issue 14 point 2, docs/adr/0035): the account lifecycle.
 *
 * - `users.deactivated_at`: NULL for an active account; set, the account cannot sign in and no
 *   session or ticket issued before vouches for it (the use case also moves
 *   `credentials_changed_at`).
 * - `users.external_id`: the identifier an HR system or a CSV file gives the agent (SCIM
 *   `externalId`, RFC 7643 §3.1), unique when present; NULLs do not collide in either dialect.
 *
 * An invitation needs no column: an invited account is created with no usable password (core
 * admin/account-lifecycle.ts `INVITED_PASSWORD_HASH`) until its owner sets one from the mailed link.
 */
export async function addAccountLifecycleColumns(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text';
  await db.schema.alterTable('users').addColumn('deactivated_at', instant).execute();
  await db.schema.alterTable('users').addColumn('external_id', 'text').execute();
  await db.schema.createIndex('users_external_id_unique').on('users').column('external_id').unique().execute();
}
