import { sql, type Kysely } from 'kysely';

/**
 * Migration 0015 for both dialects (docs/adr/0054 §6, deciding ADR 0051 §2's "not built"):
 * `users.invitation_sent_at`, when the last invitation was mailed to an account whose owner has
 * not chosen a password yet — so that the CSV export tells "invitation expired" from "invited"
 * over a whole tree, one column read per row, not an audit search per account.
 *
 * Written by core at the account's creation by invitation and at each "send the invitation
 * again"; NULL for an account never invited. Backfilled here, for the accounts still invited,
 * from what the console's account page read until now (core `invitationExpiresAt`): the newest
 * `account.invited`, or `account.password_reset_sent` with `"invitation":true` (details are
 * JSON.stringify's, without spaces), of the account's audit history; its creation when the
 * history holds none (purged). No index: the column is read with the row, never searched.
 */
export async function addInvitationSentColumn(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text';
  await db.schema.alterTable('users').addColumn('invitation_sent_at', instant).execute();
  await sql`
    update users set invitation_sent_at = coalesce(
      (select max(a.at) from audit_events a
        where a.user_id = users.id
          and (a.type = 'account.invited'
               or (a.type = 'account.password_reset_sent' and a.details like '%"invitation":true%'))),
      users.created_at)
    where users.password_hash = '!invited'
  `.execute(db);
}
