import {
  MAX_ORGANISATION_DEPTH,
  ROOT_ORGANISATION_ID,
  type CreateOrganisationOutcome,
  type MoveOrganisationOutcome,
  type NewOrganisation,
  type Organisation,
  type OrganisationRepository,
} from '@sesame/core';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, OrganisationsTable } from './database';

/** Accounts per call of the batched reads (the CSV import's 500-line lookups, docs/adr/0035). */
export const BATCH_MAX = 1_000;

/**
 * ports/organisation-repository.ts over Kysely (SQLite and PostgreSQL), on the materialised path
 * of migration 0007: `/root/dgal/ddpp-35/`. Ids hold no LIKE wildcard (core organisation.ts
 * parseOrganisationId), so `path LIKE '<prefix>%'` is exactly the subtree.
 */
export function createOrganisationRepository(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
): OrganisationRepository {
  const get = (id: string) => findOrganisation(db, id);

  /**
   * Creating and moving read a path and write paths from it: one at a time, or a move running
   * beside a creation under the moved subtree would leave the new organisation on a stale path.
   * SQLite runs one write transaction at a time; PostgreSQL takes a lock that plain reads ignore.
   */
  function reshaping<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    const locked = async (trx: Kysely<Database>) => {
      if (dialect === 'postgres') await sql`lock table organisations in share row exclusive mode`.execute(trx);
      return work(trx);
    };
    return db.isTransaction ? locked(db) : db.transaction().execute(locked);
  }

  return {
    create: (organisation: NewOrganisation, at: Date) =>
      reshaping(async (trx): Promise<CreateOrganisationOutcome> => {
        const parent = await findOrganisation(trx, organisation.parentId);
        if (!parent) return 'no_parent';
        if (parent.path.length >= MAX_ORGANISATION_DEPTH) return 'too_deep';
        const inserted = await trx
          .insertInto('organisations')
          .values({
            id: organisation.id,
            parent_id: parent.id,
            kind: organisation.kind,
            name: organisation.name,
            path: `${toPathText(parent.path)}${organisation.id}/`,
            created_at: at.toISOString(),
          })
          // A taken id is an outcome, not an error that would abort an enclosing PostgreSQL transaction.
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .executeTakeFirst();
        return inserted ? 'created' : 'id_taken';
      }),

    get,

    async children(id: string): Promise<Organisation[]> {
      const rows = await db
        .selectFrom('organisations')
        .selectAll()
        .where('parent_id', '=', id)
        .orderBy('name')
        .execute();
      return rows.map(toOrganisation);
    },

    async list(): Promise<Organisation[]> {
      const rows = await db.selectFrom('organisations').selectAll().orderBy('path').execute();
      return rows.map(toOrganisation);
    },

    async subtreeIds(id: string): Promise<string[]> {
      const rows = await db
        .selectFrom('organisations as o')
        .innerJoin('organisations as top', (join) => join.on('top.id', '=', id))
        .select('o.id')
        .where('o.path', 'like', sql<string>`top.path || '%'`)
        .orderBy('o.path')
        .execute();
      return rows.map((row) => row.id);
    },

    async isWithin(id: string, ancestorId: string): Promise<boolean> {
      return (await get(id))?.path.includes(ancestorId) ?? false;
    },

    move: (id: string, newParentId: string) =>
      reshaping(async (trx): Promise<MoveOrganisationOutcome> => {
        const moved = await findOrganisation(trx, id);
        if (!moved) return 'not_found';
        if (moved.parentId === null) return 'root';
        const parent = await findOrganisation(trx, newParentId);
        if (!parent) return 'no_parent';
        if (parent.path.includes(id)) return 'cycle';
        const oldPrefix = toPathText(moved.path);
        const newPrefix = `${toPathText(parent.path)}${id}/`;
        const subtree = await trx
          .selectFrom('organisations')
          .select('path')
          .where('path', 'like', `${oldPrefix}%`)
          .execute();
        const deepest = Math.max(...subtree.map((row) => fromPathText(row.path).length));
        if (deepest - moved.path.length + parent.path.length + 1 > MAX_ORGANISATION_DEPTH) return 'too_deep';
        await trx
          .updateTable('organisations')
          .set({ path: sql<string>`${newPrefix} || substr(path, ${oldPrefix.length + 1})` })
          .where('path', 'like', `${oldPrefix}%`)
          .execute();
        await trx.updateTable('organisations').set({ parent_id: parent.id }).where('id', '=', id).execute();
        return 'moved';
      }),

    async rename(id: string, name: string): Promise<boolean> {
      const result = await db.updateTable('organisations').set({ name }).where('id', '=', id).executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async accountOrganisation(userId: string): Promise<Organisation | null> {
      const row = await db
        .selectFrom('users')
        .innerJoin('organisations', (join) =>
          join.on(sql<boolean>`organisations.id = coalesce(users.organisation_id, ${ROOT_ORGANISATION_ID})`),
        )
        .selectAll('organisations')
        .where('users.id', '=', userId)
        .executeTakeFirst();
      return row ? toOrganisation(row) : null;
    },

    async accountOrganisations(userIds: readonly string[]): Promise<Map<string, Organisation>> {
      if (userIds.length === 0) return new Map();
      if (userIds.length > BATCH_MAX) throw new RangeError(`at most ${BATCH_MAX} accounts per call`);
      const rows = await db
        .selectFrom('users')
        .innerJoin('organisations', (join) =>
          join.on(sql<boolean>`organisations.id = coalesce(users.organisation_id, ${ROOT_ORGANISATION_ID})`),
        )
        .selectAll('organisations')
        .select('users.id as user_id')
        .where('users.id', 'in', [...userIds])
        .execute();
      return new Map(rows.map(({ user_id, ...organisation }) => [user_id, toOrganisation(organisation)]));
    },

    async placeAccount(userId: string, organisationId: string): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ organisation_id: organisationId })
        .where('id', '=', userId)
        .where((eb) => eb.exists(eb.selectFrom('organisations').select('id').where('id', '=', organisationId)))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

export async function findOrganisation(db: Kysely<Database>, id: string): Promise<Organisation | null> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toOrganisation(row) : null;
}

export function fromPathText(path: string): string[] {
  return path.split('/').filter((id) => id !== '');
}

function toPathText(path: readonly string[]): string {
  return `/${path.join('/')}/`;
}

function toOrganisation(row: Selectable<OrganisationsTable>): Organisation {
  return { id: row.id, parentId: row.parent_id, kind: row.kind, name: row.name, path: fromPathText(row.path) };
}
