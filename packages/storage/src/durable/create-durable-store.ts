import type { DurableRepositories, DurableStore } from '@sesame/core';
import { sql, type Kysely } from 'kysely';
import { createAccountDirectory } from './account-directory';
import { createAccountOptionsRepository } from './account-options-repository';
import { createAuditLog } from './audit-log';
import type { Database } from './database';
import { createCredentialRepository } from './credentials-repository';
import { createDeviceRepository } from './devices-repository';
import { createEidLinkRepository } from './eid-links-repository';
import { createMailOutbox } from './mail-outbox';
import { createOrganisationRepository } from './organisations-repository';
import { createRoleAssignmentRepository } from './role-assignments-repository';
import { migrateToLatest } from './migrate';
import { createCampaignRepository, createMigrationRepository } from './migration-repository';
import { openPostgres } from './open-postgres';
import { openSqlite } from './open-sqlite';
import { isStoreFault, storeUnavailable } from '../store-errors';
import { IGNORE_HEALTH, type StoreHealthReporter } from '../store-health';
import { createUserRepository } from './users-repository';

export interface DurableStoreOptions {
  /** PostgreSQL only: the schema to create (when missing) and work in, instead of `public`. */
  schema?: string;
  /** Told of every answer and every fault of the database (the server logs the transitions). */
  health?: StoreHealthReporter;
  /** PostgreSQL only: the statement timeout (open-postgres.ts STATEMENT_TIMEOUT_MS by default). */
  statementTimeoutMs?: number;
}

/**
 * `postgres://…` or `postgresql://…` → PostgreSQL; `sqlite:<path>` or `sqlite::memory:` →
 * SQLite. Brings the schema up to date before returning. A database that does not answer — at
 * start or later — rejects with SesameError('STORE_UNAVAILABLE') (store-errors.ts).
 */
export async function createDurableStore(url: string, options: DurableStoreOptions = {}): Promise<DurableStore> {
  const { kind, db } = await open(url, options);
  try {
    await migrateToLatest(db, kind);
  } catch (error) {
    await db.destroy();
    // Kysely's Migrator wraps the driver's error: a database gone mid-migration is still a fault.
    throw error instanceof Error && isStoreFault(error.cause) ? storeUnavailable(error.cause) : error;
  }
  return {
    kind,
    ...repositories(db, kind),
    transaction: (work) => db.transaction().execute((trx) => work(repositories(trx, kind))),
    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

async function open(
  url: string,
  { schema, health = IGNORE_HEALTH, statementTimeoutMs }: DurableStoreOptions,
): Promise<{ kind: DurableStore['kind']; db: Kysely<Database> }> {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return { kind: 'postgres', db: await openPostgres(url, schema, health, statementTimeoutMs) };
  }
  if (url.startsWith('sqlite:')) {
    if (schema !== undefined) throw new Error('The `schema` option is for PostgreSQL only');
    return { kind: 'sqlite', db: openSqlite(url.slice('sqlite:'.length), health) };
  }
  // Only the scheme: the rest of the URL may hold a password.
  throw new Error(`Unsupported database URL scheme "${url.split(':')[0]}:" (use postgres:// or sqlite:)`);
}

function repositories(db: Kysely<Database>, kind: DurableStore['kind']): DurableRepositories {
  return {
    users: createUserRepository(db),
    devices: createDeviceRepository(db),
    credentials: createCredentialRepository(db),
    accountOptions: createAccountOptionsRepository(db),
    organisations: createOrganisationRepository(db, kind),
    roles: createRoleAssignmentRepository(db),
    directory: createAccountDirectory(db, kind),
    audit: createAuditLog(db),
    outbox: createMailOutbox(db),
    migration: createMigrationRepository(db, kind),
    campaign: createCampaignRepository(db),
    eidLinks: createEidLinkRepository(db),
  };
}
