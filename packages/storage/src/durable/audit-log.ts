import type { AuditEvent, AuditLog, AuditTypeFilter, StoredAuditEvent } from '@sesame/core';
import { sql, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import { toDate, type AuditEventsTable, type Database } from './database';
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
    actorId: string | null,
  ) =>
    db
      .insertInto('audit_events')
      .values({ type, user_id: userId, ip, user_agent: userAgent, at: atIso, details, actor_id: actorId }),
);

/** The row of an event; who acted in its own indexed column for the console's search (migration 0011). */
function toRow(event: AuditEvent) {
  return {
    type: event.type,
    user_id: event.userId,
    ip: event.ip,
    user_agent: event.userAgent,
    at: event.at.toISOString(),
    details: JSON.stringify(event.details),
    actor_id: typeof event.details.actor === 'string' ? event.details.actor : null,
  };
}

/** Events per appendMany (7 parameters each: far below SQLite's and PostgreSQL's limits). */
const APPEND_MANY_MAX = 1_000;

function toEvent(row: Selectable<AuditEventsTable>): StoredAuditEvent {
  return {
    seq: Number(row.seq),
    type: row.type,
    userId: row.user_id,
    ip: row.ip,
    userAgent: row.user_agent,
    at: toDate(row.at),
    details: JSON.parse(row.details) as AuditEvent['details'],
  };
}

function whereTypes<Q extends SelectQueryBuilder<Database, 'audit_events', object>>(
  query: Q,
  types: AuditTypeFilter,
): Q | null {
  if ('only' in types) {
    if (types.only.length === 0) return null;
    return query.where('type', 'in', [...types.only]) as Q;
  }
  return types.except.length > 0 ? (query.where('type', 'not in', [...types.except]) as Q) : query;
}

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
        // Who acted, in its own indexed column for the console's search (migration 0011).
        typeof event.details.actor === 'string' ? event.details.actor : null,
      );
    },

    async appendMany(events: readonly AuditEvent[]): Promise<void> {
      if (events.length === 0) return;
      if (events.length > APPEND_MANY_MAX) throw new RangeError(`at most ${APPEND_MANY_MAX} events per call`);
      // One statement; the rows take their seq in the order given.
      await db.insertInto('audit_events').values(events.map(toRow)).execute();
    },

    async list({ userId, limit, beforeSeq }): Promise<StoredAuditEvent[]> {
      let query = db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(limit);
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
      const rows = await query.execute();
      return rows.map(toEvent);
    },

    async search({ withinIds, actorId, userId, types, from, to, beforeSeq, limit }): Promise<StoredAuditEvent[]> {
      let query = db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(limit);
      if (actorId !== undefined) query = query.where('actor_id', '=', actorId);
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      // ISO-8601 UTC text, as written (database.ts): text order is time order.
      if (from !== undefined) query = query.where('at', '>=', from.toISOString());
      if (to !== undefined) query = query.where('at', '<', to.toISOString());
      if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
      if (types !== undefined) {
        const typed = whereTypes(query, types);
        if (typed === null) return [];
        query = typed;
      }
      if (withinIds !== undefined && !withinIds.includes('root')) {
        if (withinIds.length === 0) return [];
        // The accounts placed in the subtrees (an account never placed belongs to the root, which
        // is not among them): the organisations by path prefix (docs/adr/0033), their accounts by
        // the users' organisation index.
        const accounts = db
          .selectFrom('users as u')
          .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
          .innerJoin('organisations as top', (join) => join.on('o.path', 'like', sql<string>`top.path || '%'`))
          .where('top.id', 'in', [...withinIds])
          .select('u.id');
        query = query.where('user_id', 'in', accounts);
      }
      const rows = await query.execute();
      return rows.map(toEvent);
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
      const typed = whereTypes(batch, types);
      if (typed === null) return 0;
      batch = typed;
      const result = await db.deleteFrom('audit_events').where('seq', 'in', batch).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
