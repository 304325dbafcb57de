import type { Kysely } from 'kysely';
import { addInvitationSentColumn } from '../0015-invitation-sent-schema';

/** When the last invitation was sent (docs/adr/0054 §6): see ../0015-invitation-sent-schema.ts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await addInvitationSentColumn(db, 'sqlite');
}
