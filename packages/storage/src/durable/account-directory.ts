import { ROOT_ORGANISATION_ID, type AccountDirectory, type AccountListing } from '@sesame/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from './database';

/**
 * ports/organisation-repository.ts AccountDirectory over Kysely: the accounts whose organisation's
 * path starts with one of the scopes' paths (docs/adr/0033), NULL organisation read as the root.
 */
export function createAccountDirectory(db: Kysely<Database>): AccountDirectory {
  return {
    async search({ withinIds, text, limit }): Promise<AccountListing[]> {
      if (withinIds.length === 0) return [];
      const needle = `%${escapeLike(text.trim().toLowerCase())}%`;
      let query = db
        .selectFrom('users')
        .innerJoin('organisations', (join) =>
          join.on(sql<boolean>`organisations.id = coalesce(users.organisation_id, ${ROOT_ORGANISATION_ID})`),
        )
        .select([
          'users.id',
          'users.email',
          'users.first_name',
          'users.last_name',
          'organisations.id as organisation_id',
        ])
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('organisations as scope')
              .select('scope.id')
              .where('scope.id', 'in', [...withinIds])
              .where('organisations.path', 'like', sql<string>`scope.path || '%'`),
          ),
        );
      if (text.trim() !== '') {
        query = query.where((eb) =>
          eb.or([
            eb('users.id', '=', text.trim()),
            eb(sql`lower(users.email)`, 'like', sql<string>`${needle} escape '\\'`),
            eb(sql`lower(users.first_name)`, 'like', sql<string>`${needle} escape '\\'`),
            eb(sql`lower(users.last_name)`, 'like', sql<string>`${needle} escape '\\'`),
          ]),
        );
      }
      const rows = await query
        .orderBy('users.last_name')
        .orderBy('users.first_name')
        .orderBy('users.id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        email: row.email,
        firstName: row.first_name,
        lastName: row.last_name,
        organisationId: row.organisation_id,
      }));
    },
  };
}

/** The searched text is matched literally: its `%`, `_` and `\` are not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
