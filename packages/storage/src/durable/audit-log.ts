import type { AuditEvent, AuditLog, AuditTypeFilter, StoredAuditEvent } from '@sesame/core';
import type { Kysely } from 'kysely';
import { toDate, type Database } from './database';
import { preparedQuery } from './prepared-query';

// An entry per sign-in, compiled once (prepared-query.ts).
const insert = preparedQuery(
  (
    db: Kysely<Database>,
    type: AuditEvent['type'],
    userId: string | null,
    ip: string | null,
    userAgent: string | null,
    atIso: string,
    details: string,
  ) => db.insertInto('audit_events').values({ type, user_id: userId, ip, user_agent: userAgent, at: atIso, details }),
);

/**
 * Append-only by construction: this module issues no UPDATE, and its one DELETE is the retention
 * purge's (deleteBefore, docs/adr/0014), which removes whole events past their period.
 */
export function createAuditLog(db: Kysely<Database>): AuditLog {
  return {
    async append(event: AuditEvent): Promise<void> {
      await insert(
        db,
        event.type,
        event.userId,
        event.ip,
        event.userAgent,
        event.at.toISOString(),
        JSON.stringify(event.details),
      );
    },

    async list({ userId, limit, beforeSeq }): Promise<StoredAuditEvent[]> {
      let query = db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(limit);
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
      const rows = await query.execute();
      return rows.map((row) => ({
        seq: Number(row.seq),
        type: row.type,
        userId: row.user_id,
        ip: row.ip,
        userAgent: row.user_agent,
        at: toDate(row.at),
        details: JSON.parse(row.details) as AuditEvent['details'],
      }));
    },

    async deleteBefore(types: AuditTypeFilter, before: Date, limit: number): Promise<number> {
      // One bounded batch: the oldest `limit` matching events, chosen by a sub-select (neither
      // SQLite nor PostgreSQL takes DELETE … LIMIT). ISO-8601 UTC text, as written (database.ts).
      let batch = db
        .selectFrom('audit_events')
        .select('seq')
        .where('at', '<', before.toISOString())
        .orderBy('seq')
        .limit(limit);
      if ('only' in types) {
        if (types.only.length === 0) return 0;
        batch = batch.where('type', 'in', [...types.only]);
      } else if (types.except.length > 0) {
        batch = batch.where('type', 'not in', [...types.except]);
      }
      const result = await db.deleteFrom('audit_events').where('seq', 'in', batch).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
