import type { Kysely } from 'kysely';
import { addMethodCategory } from '../0012-method-category-schema';

/** Each account's category kept by the database (issue 14 "Performance", docs/adr/0039): see ../0012-method-category-schema.ts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await addMethodCategory(db, 'sqlite');
}
