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
 * ports/migration-repository.ts over Kysely, SQLite and PostgreSQL alike (migration 0009,
 * docs/adr/0036). The dashboard's counts are one grouped query: each account of the subtree —
 * `organisation_id IN (the organisations whose path starts with the scope's path)`, every account
 * for the root, NULL organisations included — gets its best category by index probes on its
 * devices and credentials (`devices_user_id`, `credentials_user_id`), then the database groups by
 * organisation and category. The roll-up up the tree is done by core from the paths returned.
 */

/** The account `u` has the Sésame app: a device past 'pending' (active or blocked — still theirs). */
const HAS_APP = sql`exists (select 1 from devices d where d.user_id = u.id and d.status <> 'pending')`;
const hasCredential = (kind: 'webauthn' | 'totp' | 'sms') =>
  sql`exists (select 1 from credentials c where c.user_id = u.id and c.kind = ${kind} and c.status = 'active')`;
const CATEGORY = sql<MethodCategory>`case
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
function inSubtree(path: string | null, alias: 'u' | 's' = 'u'): RawBuilder<unknown> {
  if (path === null) return sql`1 = 1`;
  return sql`${sql.ref(`${alias}.organisation_id`)} in (select o.id from organisations o where o.path like ${`${path}%`})`;
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
 * A subtree's accounts, each probed for its best category (index probes on its devices and
 * credentials), grouped, then joined to the paths: cheap for the few thousand accounts of a region.
 */
async function subtreeCounts(db: Kysely<Database>, withinId: string): Promise<CountRow[]> {
  const path = await scopePath(db, withinId);
  if (path === undefined) return [];
  const { rows } = await sql<CountRow>`
    select g.organisation_id as organisation_id, o.path as path, g.category as category, g.n as n
    from (select coalesce(u.organisation_id, ${ROOT_ORGANISATION_ID}) as organisation_id, ${CATEGORY} as category,
            count(*) as n
          from users u where ${inSubtree(path)}
          group by 1, 2) g
    -- Grouped first, then joined: joined first, SQLite would visit every account per organisation.
    join organisations o on o.id = g.organisation_id`.execute(db);
  return rows;
}

/**
 * Every account (the whole tree, 100,000 in the bench): probing each account four times costs a
 * second; instead the factors are read once — each account's best rank over its devices and
 * credentials, grouped by account — and only the accounts that have one are joined to `users` for
 * their organisation; the password-only count is each organisation's total minus the others.
 */
async function wholeTreeCounts(db: Kysely<Database>): Promise<CountRow[]> {
  const [totals, factors] = await Promise.all([
    sql<{ organisation_id: string; n: number | string }>`
      select coalesce(organisation_id, ${ROOT_ORGANISATION_ID}) as organisation_id, count(*) as n
      from users group by 1`.execute(db),
    sql<{ organisation_id: string; best: number | string; n: number | string }>`
      select coalesce(u.organisation_id, ${ROOT_ORGANISATION_ID}) as organisation_id, f.best as best, count(*) as n
      from (select user_id, min(r) as best
            from (select user_id, 1 as r from devices where status <> 'pending'
                  union all
                  select user_id, case kind when 'webauthn' then 2 when 'totp' then 3 else 4 end as r
                  from credentials where status = 'active' and kind in ('webauthn', 'totp', 'sms')) x
            group by user_id) f
      cross join users u
      where u.id = f.user_id
      group by 1, 2`.execute(db),
  ]);
  const paths = new Map(
    (await db.selectFrom('organisations').select(['id', 'path']).execute()).map((o) => [o.id, o.path]),
  );
  const RANKED: Record<number, MethodCategory> = { 1: 'app', 2: 'key', 3: 'totp', 4: 'sms' };
  const rows: CountRow[] = [];
  const withFactor = new Map<string, number>();
  for (const row of factors.rows) {
    const category = RANKED[Number(row.best)];
    const path = paths.get(row.organisation_id);
    if (!category || path === undefined) continue;
    rows.push({ organisation_id: row.organisation_id, path, category, n: Number(row.n) });
    withFactor.set(row.organisation_id, (withFactor.get(row.organisation_id) ?? 0) + Number(row.n));
  }
  for (const total of totals.rows) {
    const path = paths.get(total.organisation_id);
    const password = Number(total.n) - (withFactor.get(total.organisation_id) ?? 0);
    if (path !== undefined && password > 0) {
      rows.push({ organisation_id: total.organisation_id, path, category: 'password', n: password });
    }
  }
  return rows;
}

/**
 * The whole tree on PostgreSQL: each kind of factor's holders as a set (DISTINCT, hashed), the
 * accounts left-joined to the four sets and grouped by organisation, the category being the first
 * set an account is in — hash joins over 100,000 rows. (The per-account grouping of
 * wholeTreeCounts is misestimated there — 200 rows for 80,000 — and planned as nested loops and
 * sorts: 1.3 s.)
 */
async function wholeTreeCountsPostgres(db: Kysely<Database>): Promise<CountRow[]> {
  const holders = (kind: string) =>
    sql`(select distinct user_id from credentials where kind = ${kind} and status = 'active')`;
  const { rows } = await sql<{ organisation_id: string; path: string } & Record<MethodCategory, number | string>>`
    select g.*, o.path as path from (
      select coalesce(u.organisation_id, ${ROOT_ORGANISATION_ID}) as organisation_id,
        count(a.user_id) as app,
        count(*) filter (where a.user_id is null and k.user_id is not null) as "key",
        count(*) filter (where a.user_id is null and k.user_id is null and t.user_id is not null) as totp,
        count(*) filter (where a.user_id is null and k.user_id is null and t.user_id is null
                           and s.user_id is not null) as sms,
        count(*) filter (where a.user_id is null and k.user_id is null and t.user_id is null
                           and s.user_id is null) as password
      from users u
      left join (select distinct user_id from devices where status <> 'pending') a on a.user_id = u.id
      left join ${holders('webauthn')} k on k.user_id = u.id
      left join ${holders('totp')} t on t.user_id = u.id
      left join ${holders('sms')} s on s.user_id = u.id
      group by 1) g
    join organisations o on o.id = g.organisation_id`.execute(db);
  return rows.flatMap((row) =>
    (['app', 'key', 'totp', 'sms', 'password'] as const)
      .filter((category) => Number(row[category]) > 0)
      .map((category) => ({
        organisation_id: row.organisation_id,
        path: row.path,
        category,
        n: Number(row[category]),
      })),
  );
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
      const rows = await plainQuery(db, dialect, (q) =>
        withinId !== ROOT_ORGANISATION_ID
          ? subtreeCounts(q, withinId)
          : dialect === 'postgres'
            ? wholeTreeCountsPostgres(q)
            : wholeTreeCounts(q),
      );
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
          case when ${hasCredential('sms')} then 'sms' else 'password' end as category
        from users u
        where ${inSubtree(path)} and not ${HAS_APP} and not ${hasCredential('webauthn')}
          and not ${hasCredential('totp')}
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
        select ${CATEGORY} as category from users u where u.id = ${userId}`.execute(db);
      return rows[0]?.category ?? null;
    },

    async recordSnapshot(day: string, counts: readonly OrganisationCounts[]): Promise<void> {
      const write = async (trx: Kysely<Database>) => {
        // A day is rewritten whole: an organisation whose accounts all left has no row any more.
        await trx.deleteFrom('migration_snapshots').where('day', '=', day).execute();
        for (let i = 0; i < counts.length; i += 500) {
          const batch = counts.slice(i, i + 500).map((c) => ({ day, organisation_id: c.organisationId, ...c.counts }));
          if (batch.length > 0) await trx.insertInto('migration_snapshots').values(batch).execute();
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
      const path = await scopePath(db, withinId);
      if (path === undefined) return [];
      const scope = inSubtree(path, 's');
      const { rows } = await sql<Record<'day' | (typeof COUNT_COLUMNS)[number], string | number>>`
        select s.day as day, sum(s.app) as app, sum(s."key") as "key", sum(s.totp) as totp,
          sum(s.sms) as sms, sum(s.password) as password
        from migration_snapshots s
        where s.day >= ${fromDay} and ${scope}
        group by s.day order by s.day`.execute(db);
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
