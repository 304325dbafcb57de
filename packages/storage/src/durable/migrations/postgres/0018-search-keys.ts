import type { Kysely } from 'kysely';
import { addSearchKeys } from '../0018-search-keys-schema';

/** The account search without regard to case or accents (docs/adr/0060): see ../0018-search-keys-schema.ts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await addSearchKeys(db, 'postgres');
}
