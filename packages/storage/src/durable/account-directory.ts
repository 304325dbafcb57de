import {
  INVITED_PASSWORD_HASH,
  ROOT_ORGANISATION_ID,
  searchKey,
  type AccountDirectory,
  type AccountExportRow,
  type AccountListing,
} from '@sesame/core';
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { toNullableDate, type Database } from './database';

/**
 * ports/organisation-repository.ts AccountDirectory over Kysely (docs/adr/0033 §7). Built to stay
 * within the console's 50 ms at 2,000 organisations and 100,000 accounts (bench/admin-scale):
 *
 * - the scope is `organisation_id IN (the organisations whose path starts with a scope's path)`,
 *   answered by the users' organisation index; a scope that is the root filters nothing (its
 *   subtree is every account, NULL organisations included);
 * - the text, folded by core `searchKey` (case and accents, docs/adr/0060), matches the START of
 *   the e-mail address's key, of the "first last" or of the "last first" names' key (migration
 *   0018, written by the users' repository), or the text is the whole identifier; each an index
 *   range: SQLite compares the key between the prefix and the prefix followed by the highest code
 *   point (binary collation: byte order is code point order); PostgreSQL uses `LIKE 'prefix%'` on
 *   `text_pattern_ops` indexes, whatever the database's collation. Both compare the same stored
 *   strings with the same folded prefix, so they find the same accounts;
 * - the order (last name, first name, id) has an index, so a listing stops after `limit` rows.
 */
export function createAccountDirectory(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): AccountDirectory {
  return {
    async search({ withinIds, text, limit }): Promise<AccountListing[]> {
      if (withinIds.length === 0) return [];
      const needle = text.trim();
      let query = db
        .selectFrom('users')
        .select(['users.id', 'users.email', 'users.first_name', 'users.last_name', 'users.organisation_id']);
      if (!withinIds.includes(ROOT_ORGANISATION_ID)) query = query.where(inSubtrees(withinIds));
      if (needle !== '') {
        const prefix = searchKey(needle);
        query = query.where((eb) =>
          eb.or([
            eb('users.id', '=', needle),
            // A text that folds to nothing (only accents, say) matches no key, rather than all of them.
            ...(prefix === ''
              ? []
              : [
                  startsWith(eb, dialect, 'search_email', prefix),
                  startsWith(eb, dialect, 'search_first_last', prefix),
                  startsWith(eb, dialect, 'search_last_first', prefix),
                ]),
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
        organisationId: row.organisation_id ?? ROOT_ORGANISATION_ID,
      }));
    },

    async exportPage({ withinIds, afterId, limit }): Promise<AccountExportRow[]> {
      if (withinIds.length === 0) return [];
      let query = db
        .selectFrom('users')
        .select([
          'users.id',
          'users.email',
          'users.first_name',
          'users.last_name',
          'users.organisation_id',
          'users.external_id',
          'users.email_locale',
          'users.deactivated_at',
          'users.password_hash',
          'users.invitation_sent_at',
        ]);
      if (!withinIds.includes(ROOT_ORGANISATION_ID)) query = query.where(inSubtrees(withinIds));
      if (afterId !== null) query = query.where('users.id', '>', afterId);
      const rows = await query.orderBy('users.id').limit(limit).execute();
      return rows.map((row) => ({
        id: row.id,
        email: row.email,
        firstName: row.first_name,
        lastName: row.last_name,
        organisationId: row.organisation_id ?? ROOT_ORGANISATION_ID,
        externalId: row.external_id,
        emailLocale: row.email_locale,
        deactivated: row.deactivated_at !== null,
        invitationPending: row.password_hash === INVITED_PASSWORD_HASH,
        invitationSentAt: toNullableDate(row.invitation_sent_at),
      }));
    },
  };
}

/** The accounts of the subtrees of `withinIds` (a scope that is the root needs no filter: the caller skips it). */
function inSubtrees(withinIds: readonly string[]) {
  return (eb: ExpressionBuilder<Database, 'users'>): Expression<SqlBool> =>
    eb('users.organisation_id', 'in', (sub) =>
      sub
        .selectFrom('organisations as o')
        .innerJoin('organisations as scope', (join) => join.on('scope.id', 'in', [...withinIds]))
        .select('o.id')
        .where('o.path', 'like', sql<string>`scope.path || '%'`),
    );
}

/** The search key `column` starts with `prefix` (a search key too), in a form each dialect's index answers. */
function startsWith(
  eb: ExpressionBuilder<Database, 'users'>,
  dialect: 'sqlite' | 'postgres',
  column: 'search_email' | 'search_first_last' | 'search_last_first',
  prefix: string,
): Expression<SqlBool> {
  const key = `users.${column}` as const;
  if (dialect === 'postgres') return eb(key, 'like', `${escapeLike(prefix)}%`);
  return eb.and([eb(key, '>=', prefix), eb(key, '<', `${prefix}\u{10FFFF}`)]);
}

/** The searched text is matched literally: its `%`, `_` and `\` are not wildcards (PostgreSQL's default escape is `\`). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
