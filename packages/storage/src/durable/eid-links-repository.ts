import type { EidLinkRecord, EidLinkRepository } from '@sesame/core';
import type { Kysely, Selectable } from 'kysely';
import { toDate, toNullableDate, type Database, type EidLinksTable } from './database';
import { isUniqueViolation } from './unique-violation';

const LINK_TAKEN = { table: 'eid_links', column: 'issuer', constraint: 'eid_links_issuer_subject_key' };

/** ports/eid-link-repository.ts over Kysely (SQLite and PostgreSQL); migration 0014. */
export function createEidLinkRepository(db: Kysely<Database>): EidLinkRepository {
  return {
    async create(link: EidLinkRecord): Promise<boolean> {
      try {
        await db
          .insertInto('eid_links')
          .values({
            id: link.id,
            user_id: link.userId,
            provider: link.provider,
            issuer: link.issuer,
            subject: link.subject,
            created_at: link.createdAt.toISOString(),
            last_used_at: link.lastUsedAt?.toISOString() ?? null,
          })
          .execute();
        return true;
      } catch (error) {
        // One eID, one account: the unique (issuer, subject) decides between two links at once.
        if (isUniqueViolation(error, LINK_TAKEN)) return false;
        throw error;
      }
    },

    async findBySubject(issuer: string, subject: string): Promise<EidLinkRecord | null> {
      const row = await db
        .selectFrom('eid_links')
        .selectAll()
        .where('issuer', '=', issuer)
        .where('subject', '=', subject)
        .executeTakeFirst();
      return row ? toLink(row) : null;
    },

    async listByUser(userId: string): Promise<EidLinkRecord[]> {
      const rows = await db
        .selectFrom('eid_links')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toLink);
    },

    async touch(id: string, at: Date): Promise<boolean> {
      const result = await db
        .updateTable('eid_links')
        .set({ last_used_at: at.toISOString() })
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async delete(id: string, userId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('eid_links')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async deleteByUser(userId: string): Promise<number> {
      const result = await db.deleteFrom('eid_links').where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function toLink(row: Selectable<EidLinksTable>): EidLinkRecord {
  return {
    id: row.id,
    userId: row.user_id,
    provider: row.provider,
    issuer: row.issuer,
    subject: row.subject,
    createdAt: toDate(row.created_at),
    lastUsedAt: toNullableDate(row.last_used_at),
  };
}
