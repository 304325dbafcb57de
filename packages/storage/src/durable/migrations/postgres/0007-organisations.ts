import type { Kysely } from 'kysely';
import { createOrganisationTables } from '../0007-organisations-schema';

/** Organisations and roles (issue 14 point 1, docs/adr/0033): see ../0007-organisations-schema.ts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createOrganisationTables(db, 'postgres');
}
