import BetterSqlite3 from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { API_LISTING_MAX, type DurableStore } from '@sesame/core';
import { createDurableStore } from '@sesame/storage';
import { summarise, timeMany } from './support/latency-summary';
import { scratchPostgresDatabase } from './support/scratch-backends';

/**
 * `npm run bench:admin` — the organisation tree at the scale of issue 14 (2,000 organisations,
 * 100,000 accounts; docs/adr/0033), on SQLite and, with BENCH_DATABASE_URL (a PostgreSQL database
 * to connect to for CREATE DATABASE, e.g. postgres://postgres@127.0.0.1/postgres), on PostgreSQL:
 * the console's account search (target ≤ 50 ms), what a SCIM listing reads (docs/adr/0037), a
 * subtree, an account's organisation and grants.
 *
 * The tree: root → DGAL → 20 regions → 10 departments each → 9 units each (2,021 organisations).
 * The accounts are written by one INSERT … SELECT over a generated series, spread over the units.
 */
const ACCOUNTS = Number(process.env.BENCH_ADMIN_ACCOUNTS ?? 100_000);
const RUNS = Number(process.env.BENCH_ADMIN_RUNS ?? 30);
const AT = new Date('2026-12-07T09:00:00Z');

async function buildTree(store: DurableStore): Promise<string[]> {
  const units: string[] = [];
  await store.transaction(async (tx) => {
    await tx.organisations.create({ id: 'dgal', parentId: 'root', kind: 'ministry', name: 'DGAL' }, AT);
    for (let r = 0; r < 20; r++) {
      const region = `region-${r}`;
      await tx.organisations.create(
        { id: region, parentId: 'dgal', kind: 'regional-service', name: `Région ${r}` },
        AT,
      );
      for (let d = 0; d < 10; d++) {
        const department = `dept-${r}-${d}`;
        await tx.organisations.create(
          { id: department, parentId: region, kind: 'departmental-service', name: `Département ${r}-${d}` },
          AT,
        );
        for (let u = 0; u < 9; u++) {
          const unit = `unit-${r}-${d}-${u}`;
          await tx.organisations.create(
            { id: unit, parentId: department, kind: 'unit', name: `Unité ${r}-${d}-${u}` },
            AT,
          );
          units.push(unit);
        }
      }
    }
  });
  return units;
}

/** The INSERT … SELECT, `series` being the dialect's generated integers 0 … ACCOUNTS-1 as `i`. */
function accountsInsert(series: string, concat: (...parts: string[]) => string, unitOf: string): string {
  return `${series}
    insert into users (id, email, first_name, last_name, email_locale, password_hash, organisation, roles,
                       created_at, credentials_changed_at, organisation_id)
    select ${concat("'a'", 'i')}, ${concat("'agent.'", 'i', "'@bench.example.org'")}, ${concat("'Prénom'", 'i % 700')},
           ${concat("'Nom'", 'i % 5000')}, 'fr', 'x', null, '[]', '${AT.toISOString()}', '${AT.toISOString()}', ${unitOf}
    from n`;
}

async function seedSqlite(path: string, units: readonly string[]): Promise<void> {
  const db = new BetterSqlite3(path);
  try {
    db.exec('create temp table units (k integer primary key, id text)');
    const put = db.prepare('insert into temp.units (k, id) values (?, ?)');
    db.transaction(() => units.forEach((id, k) => put.run(k, id)))();
    db.exec(
      accountsInsert(
        `with recursive n(i) as (select 0 union all select i + 1 from n where i < ${ACCOUNTS - 1})`,
        (...parts) => parts.join(' || '),
        `(select id from temp.units where k = i % ${units.length})`,
      ),
    );
    db.exec('analyze');
  } finally {
    db.close();
  }
}

async function seedPostgres(url: string, units: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const list = units.map((u) => `'${u}'`).join(',');
    await client.query(
      accountsInsert(
        `with n as (select generate_series(0, ${ACCOUNTS - 1}) as i), u as (select array[${list}] as ids)`,
        (...parts) => parts.map((p) => `(${p})::text`).join(' || '),
        `(select ids[1 + i % ${units.length}] from u)`,
      ),
    );
    await client.query('analyze');
  } finally {
    await client.end();
  }
}

/** What a SCIM listing reads (admin-api/scim-routes.ts): up to API_LISTING_MAX + 1 listings, then accounts. */
async function scimCandidates(store: DurableStore, scope: string, text: string, page?: number): Promise<number> {
  const listing = await store.directory.search({ withinIds: [scope], text, limit: API_LISTING_MAX + 1 });
  // A filter on the listing's attributes reads the page's accounts only; one on active or externalId, all.
  const users = await Promise.all(listing.slice(0, page).map((l) => store.users.findById(l.id)));
  return users.length;
}

async function measure(name: string, url: string, seed: (units: readonly string[]) => Promise<void>): Promise<void> {
  const started = performance.now();
  let store = await createDurableStore(url);
  const units = await buildTree(store);
  await store.close();
  await seed(units);
  store = await createDurableStore(url);
  try {
    const seeded = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `\n${name}: ${(await store.organisations.list()).length} organisations, ${await store.users.count()} accounts (seeded in ${seeded} s)`,
    );
    await store.roles.grant({ userId: 'a42', role: 'local_manager', scopeId: 'region-3' }, AT);
    const cases: Array<[string, () => Promise<unknown>]> = [
      [
        'search a region by name (≤ 50 ms)',
        () => store.directory.search({ withinIds: ['region-3'], text: 'nom42', limit: 50 }),
      ],
      [
        'search everything by e-mail (≤ 50 ms)',
        () => store.directory.search({ withinIds: ['root'], text: 'agent.4242@', limit: 50 }),
      ],
      [
        'search everything by id (≤ 50 ms)',
        () => store.directory.search({ withinIds: ['root'], text: 'a77777', limit: 50 }),
      ],
      ['list a unit (≤ 50 ms)', () => store.directory.search({ withinIds: ['unit-7-3-2'], text: '', limit: 50 })],
      ['list a region (≤ 50 ms)', () => store.directory.search({ withinIds: ['region-3'], text: '', limit: 50 })],
      ['list everything (≤ 50 ms)', () => store.directory.search({ withinIds: ['root'], text: '', limit: 50 })],
      [
        'search a region, no match (≤ 50 ms)',
        () => store.directory.search({ withinIds: ['region-3'], text: 'zzz', limit: 50 }),
      ],
      // SCIM (docs/adr/0037 §3): candidates from the index, each read in full, then filtered.
      ['SCIM userName eq in a region', () => scimCandidates(store, 'region-3', 'agent.4242@bench.example.org')],
      ['SCIM a department, one page of 100', () => scimCandidates(store, 'dept-3-4', '', 100)],
      ['SCIM a department, filter on active', () => scimCandidates(store, 'dept-3-4', '')],
      ['subtree ids of a region', () => store.organisations.subtreeIds('region-3')],
      ['an account’s organisation', () => store.organisations.accountOrganisation('a4242')],
      ['an account’s grants', () => store.roles.listForAccount('a42')],
    ];
    for (const [label, run] of cases) {
      await run();
      const { p50, p99, max } = summarise(await timeMany(RUNS, 1, async () => void (await run())));
      console.log(
        `  ${label.padEnd(40)} p50 ${p50.toFixed(2)} ms   p99 ${p99.toFixed(2)} ms   max ${max.toFixed(2)} ms`,
      );
    }
  } finally {
    await store.close();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'sesame-admin-bench-'));
try {
  const file = join(dir, 'sesame.db');
  await measure('SQLite', `sqlite:${file}`, (units) => seedSqlite(file, units));
  const admin = process.env.BENCH_DATABASE_URL;
  if (admin) {
    const scratch = await scratchPostgresDatabase(admin);
    try {
      await measure('PostgreSQL', scratch.url, (units) => seedPostgres(scratch.url, units));
    } finally {
      await scratch.release();
    }
  } else {
    console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL)');
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
