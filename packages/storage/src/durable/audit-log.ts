import type { AuditEvent, AuditLog, StoredAuditEvent } from '@sesame/core';
import type { Kysely } from 'kysely';
import { toDate, type Database } from './database';

/** Append-only by construction: this module issues no UPDATE and no DELETE. */
export function createAuditLog(db: Kysely<Database>): AuditLog {
  return {
    async append(event: AuditEvent): Promise<void> {
      await db
        .insertInto('audit_events')
        .values({
          type: event.type,
          user_id: event.userId,
          ip: event.ip,
          user_agent: event.userAgent,
          at: event.at.toISOString(),
          details: JSON.stringify(event.details),
        })
        .execute();
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
  };
}
