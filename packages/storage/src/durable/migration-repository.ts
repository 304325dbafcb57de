import {
  ROOT_ORGANISATION_ID,
  type CampaignAgent,
  type CampaignRepository,
  type Holdout,
  type MethodCategory,
  type MethodCounts,
  type MigrationRepository,
  type OrganisationCounts,
  type SnapshotPoint,
  type StoredCampaignSettings,
} from '@sesame/core';
import type { Locale } from '@sesame/protocol';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { toDate, toNullableDate, type Database } from './database';
import { fromPathText } from './organisations-repository';

/**
 * ports/migration-repository.ts over Kysely, SQLite and PostgreSQL alike (migrations 0009 and
 * 0012, docs/adr/0036 and 0039). The dashboard's counts are one grouped query over
 * `users.method_category` — each account's best category, kept by the database's triggers on
 * devices and credentials (migrations/0012-method-category-schema.ts) — and the index
 * `users_org_category`: the accounts of the subtree (`organisation_id IN` the organisations whose
 * path starts with the scope's path; every account for the root, NULL organisations included),
 * grouped by organisation and category. The roll-up up the tree is done by core from the paths.
 */

/**
 * The definition of a category, computed live from the factors: the reference the stored
 * `method_category` must equal (the conformance suite checks it after every kind of write), and
 * what `categoryOf` answers. The account `u` has the Sésame app when it has a device past
 * 'pending' (active or blocked — still theirs).
 */
const HAS_APP = sql`exists (select 1 from devices d where d.user_id = u.id and d.status <> 'pending')`;
const hasCredential = (kind: 'webauthn' | 'totp' | 'sms') =>
  sql`exists (select 1 from credentials c where c.user_id = u.id and c.kind = ${kind} and c.status = 'active')`;
const LIVE_CATEGORY = sql<MethodCategory>`case
  when ${HAS_APP} then 'app'
  when ${hasCredential('webauthn')} then 'key'
  when ${hasCredential('totp')} then 'totp'
  when ${hasCredential('sms')} then 'sms'
  else 'password' end`;

/**
 * `<alias>.organisation_id` lies in the subtree whose path is `path`: the path is a literal prefix
 * (ids hold no LIKE wildcard), so PostgreSQL answers it from the `text_pattern_ops` index and then
 * the users' organisation index, instead of scanning every account. The root filters nothing.
 */
function inSubtree(path: string | null): RawBuilder<unknown> {
  if (path === null) return sql`1 = 1`;
  return sql`u.organisation_id in (select o.id from organisations o where o.path like ${`${path}%`})`;
}

/** The subtree's path for inSubtree: null for the root; undefined when no such organisation. */
async function scopePath(db: Kysely<Database>, withinId: string): Promise<string | null | undefined> {
  if (withinId === ROOT_ORGANISATION_ID) return null;
  const row = await db.selectFrom('organisations').select('path').where('id', '=', withinId).executeTakeFirst();
  return row?.path;
}

const COUNT_COLUMNS = ['app', 'key', 'totp', 'sms', 'password'] as const;

interface CountRow {
  organisation_id: string;
  path: string;
  category: MethodCategory;
  n: number | string;
}

/**
 * The subtree's accounts grouped by (organisation, stored category) — an index-only read of
 * `users_org_category` — then joined to the paths. Grouped first, then joined: joined first,
 * SQLite would visit every account per organisation.
 */
async function subtreeCounts(db: Kysely<Database>, withinId: string): Promise<CountRow[]> {
  const path = await scopePath(db, withinId);
  if (path === undefined) return [];
  const { rows } = await sql<CountRow>`
    select g.organisation_id as organisation_id, o.path as path, g.category as category, g.n as n
    from (select coalesce(u.organisation_id, ${ROOT_ORGANISATION_ID}) as organisation_id,
            u.method_category as category, count(*) as n
          from users u where ${inSubtree(path)}
          group by u.organisation_id, u.method_category) g
    join organisations o on o.id = g.organisation_id`.execute(db);
  return rows;
}

/**
 * Runs the dashboard's aggregates on PostgreSQL with JIT compilation off: their estimated costs
 * pass `jit_above_cost`, and compiling them took longer than running them (EXPLAIN ANALYZE: a
 * region's counts 0.5–1 s with JIT, the plan itself a few ms). `SET LOCAL` lasts the transaction.
 */
function plainQuery<T>(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (dialect !== 'postgres' || db.isTransaction) return work(db);
  return db.transaction().execute(async (trx) => {
    await sql`set local jit = off`.execute(trx);
    return work(trx);
  });
}

export function createMigrationRepository(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): MigrationRepository {
  return {
    async countsBySubtree(withinId: string): Promise<OrganisationCounts[]> {
      const rows = await plainQuery(db, dialect, (q) => subtreeCounts(q, withinId));
      const byOrganisation = new Map<string, { path: string; counts: Record<MethodCategory, number> }>();
      for (const row of rows) {
        const entry = byOrganisation.get(row.organisation_id) ?? {
          path: row.path,
          counts: { app: 0, key: 0, totp: 0, sms: 0, password: 0 },
        };
        entry.counts[row.category] += Number(row.n);
        byOrganisation.set(row.organisation_id, entry);
      }
      return [...byOrganisation].map(([organisationId, { path, counts }]) => ({
        organisationId,
        path: fromPathText(path),
        counts,
      }));
    },

    async holdouts(withinId: string, limit: number): Promise<Holdout[]> {
      const path = await scopePath(db, withinId);
      if (path === undefined) return [];
      const { rows } = await plainQuery(db, dialect, (q) =>
        sql<{
          id: string;
          email: string;
          first_name: string;
          email_locale: Locale;
          organisation_id: string;
          category: 'sms' | 'password';
        }>`
        select u.id, u.email, u.first_name, u.email_locale,
          coalesce(u.organisation_id, ${ROOT_ORGANISATION_ID}) as organisation_id,
          u.method_category as category
        from users u
        where ${inSubtree(path)} and u.method_category in ('sms', 'password')
        order by u.id limit ${limit}`.execute(q),
      );
      return rows.map((r) => ({
        id: r.id,
        email: r.email,
        firstName: r.first_name,
        emailLocale: r.email_locale,
        organisationId: r.organisation_id,
        category: r.category,
      }));
    },

    async categoryOf(userId: string): Promise<MethodCategory | null> {
      const { rows } = await sql<{ category: MethodCategory }>`
        select ${LIVE_CATEGORY} as category from users u where u.id = ${userId}`.execute(db);
      return rows[0]?.category ?? null;
    },

    async recordSnapshot(day: string, counts: readonly OrganisationCounts[]): Promise<void> {
      // Each organisation's subtree that day (docs/adr/0039): its own counts added to every
      // organisation of its path, root … itself.
      const subtrees = new Map<string, Record<MethodCategory, number>>();
      for (const { path, counts: own } of counts) {
        for (const ancestor of path) {
          const sum = subtrees.get(ancestor) ?? { app: 0, key: 0, totp: 0, sms: 0, password: 0 };
          for (const category of COUNT_COLUMNS) sum[category] += own[category];
          subtrees.set(ancestor, sum);
        }
      }
      const write = async (trx: Kysely<Database>) => {
        // A day is rewritten whole: an organisation whose accounts all left has no row any more.
        await trx.deleteFrom('migration_snapshots').where('day', '=', day).execute();
        await trx.deleteFrom('migration_subtree_snapshots').where('day', '=', day).execute();
        const own = counts.map((c) => ({ day, organisation_id: c.organisationId, ...c.counts }));
        const subtree = [...subtrees].map(([organisation_id, sum]) => ({ day, organisation_id, ...sum }));
        for (const [table, rows] of [
          ['migration_snapshots', own],
          ['migration_subtree_snapshots', subtree],
        ] as const) {
          for (let i = 0; i < rows.length; i += 500) {
            await trx
              .insertInto(table)
              .values(rows.slice(i, i + 500))
              .execute();
          }
        }
      };
      await (db.isTransaction ? write(db) : db.transaction().execute(write));
    },

    async hasSnapshot(day: string): Promise<boolean> {
      const row = await db
        .selectFrom('migration_snapshots')
        .select('day')
        .where('day', '=', day)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    async snapshotSeries(withinId: string, fromDay: string): Promise<SnapshotPoint[]> {
      // The subtree's own rows (docs/adr/0039): one index range, whatever the subtree's size.
      const rows = await db
        .selectFrom('migration_subtree_snapshots')
        .select(['day', ...COUNT_COLUMNS])
        .where('organisation_id', '=', withinId)
        .where('day', '>=', fromDay)
        .orderBy('day')
        .execute();
      return rows.map((r) => ({
        day: String(r.day),
        counts: Object.fromEntries(COUNT_COLUMNS.map((c) => [c, Number(r[c])])) as unknown as MethodCounts,
      }));
    },

    async claimReminder(userId: string, at: Date, notBefore: Date): Promise<boolean> {
      const claimed = await db
        .insertInto('reminder_sends')
        .values({ user_id: userId, last_sent_at: at.toISOString() })
        .onConflict((oc) =>
          oc
            .column('user_id')
            .doUpdateSet({ last_sent_at: at.toISOString() })
            .where('reminder_sends.last_sent_at', '<=', notBefore.toISOString()),
        )
        .returning('user_id')
        .executeTakeFirst();
      return claimed !== undefined;
    },

    async releaseReminder(userId: string, at: Date): Promise<void> {
      await db
        .deleteFrom('reminder_sends')
        .where('user_id', '=', userId)
        .where('last_sent_at', '=', at.toISOString())
        .execute();
    },
  };
}

export function createCampaignRepository(db: Kysely<Database>): CampaignRepository {
  return {
    async settingsFor(organisationIds: readonly string[]): Promise<StoredCampaignSettings[]> {
      if (organisationIds.length === 0) return [];
      const rows = await db
        .selectFrom('campaign_settings')
        .selectAll()
        .where('organisation_id', 'in', [...organisationIds])
        .execute();
      return rows.map((r) => ({
        organisationId: r.organisation_id,
        enabled: r.enabled === 1,
        snoozes: r.snoozes,
        snoozeDays: r.snooze_days,
        deadline: toNullableDate(r.deadline),
      }));
    },

    async setSettings(organisationId, settings, at, by): Promise<boolean> {
      const exists = await db
        .selectFrom('organisations')
        .select('id')
        .where('id', '=', organisationId)
        .executeTakeFirst();
      if (!exists) return false;
      const values = {
        enabled: settings.enabled ? 1 : 0,
        snoozes: settings.snoozes,
        snooze_days: settings.snoozeDays,
        deadline: settings.deadline?.toISOString() ?? null,
        updated_at: at.toISOString(),
        updated_by: by,
      };
      await db
        .insertInto('campaign_settings')
        .values({ organisation_id: organisationId, ...values })
        .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
        .execute();
      return true;
    },

    async agent(userId: string): Promise<CampaignAgent | null> {
      const r = await db.selectFrom('campaign_agents').selectAll().where('user_id', '=', userId).executeTakeFirst();
      if (!r) return null;
      return {
        snoozes: r.snoozes,
        firstSnoozedAt: toNullableDate(r.first_snoozed_at),
        exclusion:
          r.excluded_at !== null && r.excluded_reason !== null
            ? { reason: r.excluded_reason, by: r.excluded_by ?? '', at: toDate(r.excluded_at) }
            : null,
      };
    },

    async snooze(userId: string, at: Date, maxSnoozes: number, notBefore: Date): Promise<number | null> {
      if (maxSnoozes <= 0) return null;
      const now = at.toISOString();
      const row = await db
        .insertInto('campaign_agents')
        .values({ user_id: userId, snoozes: 1, first_snoozed_at: now, last_snoozed_at: now })
        .onConflict((oc) =>
          oc
            .column('user_id')
            .doUpdateSet((eb) => ({
              snoozes: eb('campaign_agents.snoozes', '+', 1),
              first_snoozed_at: eb.fn.coalesce('campaign_agents.first_snoozed_at', 'excluded.first_snoozed_at'),
              last_snoozed_at: eb.ref('excluded.last_snoozed_at'),
            }))
            // The one place the count moves: only up, only while "Later" is still allowed.
            .where((eb) =>
              eb.and([
                eb('campaign_agents.snoozes', '<', maxSnoozes),
                eb.or([
                  eb('campaign_agents.first_snoozed_at', 'is', null),
                  eb('campaign_agents.first_snoozed_at', '>', notBefore.toISOString()),
                ]),
              ]),
            ),
        )
        .returning('snoozes')
        .executeTakeFirst();
      return row ? row.snoozes : null;
    },

    async exclude(userId, exclusion): Promise<boolean> {
      const exists = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
      if (!exists) return false;
      const values = {
        excluded_reason: exclusion.reason,
        excluded_by: exclusion.by,
        excluded_at: exclusion.at.toISOString(),
      };
      await db
        .insertInto('campaign_agents')
        .values({ user_id: userId, snoozes: 0, ...values })
        .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
        .execute();
      return true;
    },

    async include(userId: string): Promise<boolean> {
      const result = await db
        .updateTable('campaign_agents')
        .set({ excluded_reason: null, excluded_by: null, excluded_at: null })
        .where('user_id', '=', userId)
        .where('excluded_at', 'is not', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
