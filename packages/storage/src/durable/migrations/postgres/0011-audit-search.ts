import type { Kysely } from 'kysely';
import { createAuditSearchIndexes } from '../0011-audit-search-schema';

/** The console's audit search (issue 14 point 5, docs/adr/0038): see ../0011-audit-search-schema.ts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createAuditSearchIndexes(db, 'postgres');
}
