import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database';

/** Lower-case identifiers only, so the name needs no quoting in `search_path`. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * With `schema`, every connection of the pool starts with that `search_path`, so unqualified
 * table names (and Kysely's migration tables) live there; the schema is created when missing.
 */
export async function openPostgres(url: string, schema?: string): Promise<Kysely<Database>> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name "${schema}": use [a-z_][a-z0-9_]*`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    // pg waits forever for a connection by default; a database that does not answer must fail.
    connectionTimeoutMillis: 5_000,
    ...(schema !== undefined && { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  if (schema !== undefined) {
    try {
      await db.schema.createSchema(schema).ifNotExists().execute();
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }
  return db;
}
