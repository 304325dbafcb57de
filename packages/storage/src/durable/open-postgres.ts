import { Kysely, PostgresDialect } from 'kysely';
import type { StoreHealthReporter } from '../store-health';
import type { Database } from './database';
import { faultTranslatingDialect } from './fault-translating-dialect';

/**
 * The name the server's connections carry in pg_stat_activity, unless the URL sets its own
 * (`?application_name=…`): an operator (or a test) can tell them apart and terminate only them.
 */
export const DEFAULT_APPLICATION_NAME = 'sesame';

/** Lower-case identifiers only, so the name needs no quoting in `search_path`. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * How long one statement may run before PostgreSQL cancels it (SQLSTATE 57014, a store fault: the
 * request answers 503). Sésame's queries take milliseconds; one that waits this long is stuck on a
 * lock or an overloaded server, and the user is better told than kept waiting (design.md: a store
 * that does not answer means 503). Migrations lift it (migrate.ts).
 */
export const STATEMENT_TIMEOUT_MS = 15_000;

/**
 * With `schema`, every connection of the pool starts with that `search_path`, so unqualified
 * table names (and Kysely's migration tables) live there; the schema is created when missing.
 */
export async function openPostgres(
  url: string,
  schema: string | undefined,
  health: StoreHealthReporter,
  statementTimeoutMs = STATEMENT_TIMEOUT_MS,
): Promise<Kysely<Database>> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name "${schema}": use [a-z_][a-z0-9_]*`);
  }
  // Loaded when PostgreSQL is chosen: the embedded default (SQLite) does not carry the driver in
  // memory (issue 12 point 6: ~3 MiB of heap, more of code).
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    // pg waits forever for a connection by default; a database that does not answer must fail.
    connectionTimeoutMillis: 5_000,
    // A connection whose peer vanished (a cut cable, a failover) is found by TCP keep-alive, not
    // by a query hanging on it.
    keepAlive: true,
    application_name: DEFAULT_APPLICATION_NAME,
    options: [
      `-c statement_timeout=${Math.round(statementTimeoutMs)}`,
      ...(schema !== undefined ? [`-c search_path=${schema}`] : []),
    ].join(' '),
  });
  // Issue 10 finding 5: a connection that dies while idle in the pool (pg_terminate_backend, a
  // PostgreSQL restart) makes the pool emit 'error'; without a listener that kills the process.
  // The pool drops that client by itself and opens a new one for the next query.
  pool.on('error', (error) => health.failed('database', error));
  // A client checked out between two queries of a transaction has no pool listener: its own
  // 'error' must not kill the process either (the next query on it rejects and is translated).
  pool.on('connect', (client) => {
    client.on('error', (error) => health.failed('database', error));
  });
  const db = new Kysely<Database>({ dialect: faultTranslatingDialect(new PostgresDialect({ pool }), health) });
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
