import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoreHealthReporter } from '../store-health';
import type { Database } from './database';
import { faultTranslatingDialect } from './fault-translating-dialect';
import { withStatementCache } from './statement-cache';

/** `path` is a file path or `:memory:`. */
export function openSqlite(path: string, health: StoreHealthReporter): Kysely<Database> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  // Readers do not block the writer, nor the writer the readers.
  sqlite.pragma('journal_mode = WAL');
  // In WAL mode NORMAL cannot corrupt the database; a power cut may lose the last commits but
  // no fsync blocks the event loop at every commit (better-sqlite3 is synchronous).
  sqlite.pragma('synchronous = NORMAL');
  // SQLite leaves foreign keys unchecked unless asked, per connection.
  sqlite.pragma('foreign_keys = ON');
  // Another process holding the write lock (a CLI, a backup) makes us wait, not fail at once.
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({
    // Each SQL text is compiled once, not at every query (issue 12 point 5).
    dialect: faultTranslatingDialect(new SqliteDialect({ database: withStatementCache(sqlite) }), health),
  });
}
