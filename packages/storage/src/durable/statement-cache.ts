import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Statements better-sqlite3 may hand out again; `busy` is true while one is being iterated. */
export interface CacheableDatabase {
  close(): void;
  prepare(sql: string): SqliteStatement & { readonly busy: boolean };
}

/** Distinct SQL texts kept prepared: the repositories' queries are a few dozen, bounded anyway. */
export const DEFAULT_STATEMENT_CACHE_SIZE = 500;

/**
 * The database as Kysely's SqliteDialect sees it, with `prepare(sql)` memoised by SQL text
 * (issue 12 point 5: preparing again on every query cost ~0.9 ms per sign-in). Kysely compiles a
 * query to the same text each time, so the statement is compiled once and only bound and stepped
 * afterwards, as better-sqlite3's documentation advises.
 *
 * - Least recently used first out past `maxSize`; a dropped statement is finalised by the GC.
 * - A statement in the middle of an `iterate()` (Kysely's `stream()`) is "busy" and cannot run
 *   again until the iteration ends: such a call gets a fresh statement, as without the cache.
 * - A statement keeps nothing between runs (parameters are bound at each call; Kysely never sets
 *   pluck/raw/expand modes), so sharing one changes no result.
 */
export function withStatementCache(
  database: CacheableDatabase,
  maxSize = DEFAULT_STATEMENT_CACHE_SIZE,
): SqliteDatabase & { readonly cachedStatements: number } {
  const statements = new Map<string, SqliteStatement & { readonly busy: boolean }>();
  return {
    get cachedStatements() {
      return statements.size;
    },
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached !== undefined) {
        if (cached.busy) return database.prepare(sql);
        // A Map iterates in insertion order: moving a hit to the end keeps the oldest first.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > maxSize) statements.delete(statements.keys().next().value!);
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
  };
}
