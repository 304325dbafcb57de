import type { CredentialKind, CredentialRecord, CredentialRepository } from '@sesame/core';
import type { Kysely, Selectable } from 'kysely';
import { toDate, toNullableDate, type CredentialsTable, type Database } from './database';
import { preparedQuery } from './prepared-query';
import { isUniqueViolation } from './unique-violation';

const EXTERNAL_ID_TAKEN = {
  table: 'credentials',
  column: 'external_id',
  constraint: 'credentials_kind_external_id_key',
};

// The list every sign-in reads (the account's second factors), compiled once (prepared-query.ts).
const ofUser = preparedQuery((db: Kysely<Database>, userId: string) =>
  db.selectFrom('credentials').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id'),
);
const ofUserAndKind = preparedQuery((db: Kysely<Database>, userId: string, kind: CredentialKind) =>
  db
    .selectFrom('credentials')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .orderBy('created_at')
    .orderBy('id'),
);

/** ports/credential-repository.ts over Kysely (SQLite and PostgreSQL). */
export function createCredentialRepository(db: Kysely<Database>): CredentialRepository {
  return {
    async create(credential: CredentialRecord): Promise<boolean> {
      try {
        await db
          .insertInto('credentials')
          .values({
            id: credential.id,
            user_id: credential.userId,
            kind: credential.kind,
            name: credential.name,
            external_id: credential.externalId,
            secret_key_id: credential.secret?.keyId ?? null,
            secret_ciphertext: credential.secret?.ciphertext ?? null,
            data: credential.data,
            counter: credential.counter,
            status: credential.status,
            created_at: credential.createdAt.toISOString(),
            last_used_at: credential.lastUsedAt?.toISOString() ?? null,
          })
          .execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error, EXTERNAL_ID_TAKEN)) return false;
        throw error;
      }
    },

    async findById(id: string): Promise<CredentialRecord | null> {
      const row = await db.selectFrom('credentials').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toCredentialRecord(row) : null;
    },

    async listByUser(userId: string, kind?: CredentialKind): Promise<CredentialRecord[]> {
      const { rows } = kind === undefined ? await ofUser(db, userId) : await ofUserAndKind(db, userId, kind);
      return rows.map(toCredentialRecord);
    },

    async findByExternalId(kind: CredentialKind, externalId: string): Promise<CredentialRecord | null> {
      const row = await db
        .selectFrom('credentials')
        .selectAll()
        .where('kind', '=', kind)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      return row ? toCredentialRecord(row) : null;
    },

    async advanceCounter(id: string, expected: number, next: number, usedAt: Date): Promise<boolean> {
      // SEC-19: one conditional statement. SQLite takes the write lock for it; PostgreSQL (READ
      // COMMITTED) waits for the row lock, then re-evaluates the WHERE on the latest row version,
      // so of two parallel calls with the same `expected` the second updates nothing.
      const result = await db
        .updateTable('credentials')
        .set({ counter: next, last_used_at: usedAt.toISOString() })
        .where('id', '=', id)
        .where('counter', '=', expected)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async activate(id: string, counter: number, at: Date): Promise<boolean> {
      const result = await db
        .updateTable('credentials')
        .set({ status: 'active', counter, last_used_at: at.toISOString() })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async rename(id: string, name: string): Promise<boolean> {
      const result = await db.updateTable('credentials').set({ name }).where('id', '=', id).executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('credentials').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async deleteByUser(userId: string, kind?: CredentialKind): Promise<number> {
      let query = db.deleteFrom('credentials').where('user_id', '=', userId);
      if (kind !== undefined) query = query.where('kind', '=', kind);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async deletePendingBefore(before: Date, limit: number): Promise<number> {
      // One bounded batch of the oldest (docs/adr/0014, 0051); ISO-8601 UTC text, as written. The
      // category triggers of migration 0012 fire per row and find the category unchanged (a
      // pending credential counts for none).
      const batch = db
        .selectFrom('credentials')
        .select('id')
        .where('status', '=', 'pending')
        .where('created_at', '<', before.toISOString())
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit);
      const result = await db.deleteFrom('credentials').where('id', 'in', batch).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function toCredentialRecord(row: Selectable<CredentialsTable>): CredentialRecord {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    name: row.name,
    externalId: row.external_id,
    secret:
      row.secret_key_id !== null && row.secret_ciphertext !== null
        ? { keyId: row.secret_key_id, ciphertext: row.secret_ciphertext }
        : null,
    data: row.data,
    counter: Number(row.counter),
    status: row.status,
    createdAt: toDate(row.created_at),
    lastUsedAt: toNullableDate(row.last_used_at),
  };
}
