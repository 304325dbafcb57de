import type { Kysely } from 'kysely';
import { addAccountLifecycleColumns } from '../0008-account-lifecycle-schema';

/** Account lifecycle (issue 14 point 2, docs/adr/0035): see ../0008-account-lifecycle-schema.ts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await addAccountLifecycleColumns(db, 'postgres');
}
