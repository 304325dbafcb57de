import BetterSqlite3 from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  API_LISTING_MAX,
  CHART_DAYS,
  loadActor,
  migrationDashboard,
  recordMigrationSnapshot,
  searchKey,
  stageImport,
  startImport,
  type Actor,
  type AdminDeps,
  type DurableStore,
  type MailRequest,
  type MigrationDeps,
} from '@sesame/core';
import { parseAccountsCsv } from '@sesame/server';
import { createDurableStore, createMemoryEphemeralStore } from '@sesame/storage';
import { postgresPlans, sqlitePlans } from './support/dashboard-plans';
import { summarise, timeMany } from './support/latency-summary';
import { installQueryCounter } from './support/query-counter';
import { scratchPostgresDatabase } from './support/scratch-backends';

/**
 * `npm run bench:admin` — the organisation tree at the scale of issue 14 (2,000 organisations,
 * 100,000 accounts; docs/adr/0033), on SQLite and, with BENCH_DATABASE_URL (a PostgreSQL database
 * to connect to for CREATE DATABASE, e.g. postgres://postgres@127.0.0.1/postgres), on PostgreSQL:
 * the console's account search (target ≤ 50 ms), what a SCIM listing reads (docs/adr/0037), a
 * subtree, an account's organisation and grants, and the CSV import of 10,000 new agents by a
 * regional manager (target ≤ 30 s, docs/adr/0035): parse, dry run, confirmation writing the
 * accounts 100 per transaction with their audit lines, invitation links and mails (to an in-memory
 * mailer: the SMTP relay's speed is the operator's), then the same file again (all unchanged); each
 * with the statements sent to the database per line of the file, which do not depend on the
 * machine's load. BENCH_ADMIN_ONLY=import measures the import alone, on the same seeded tree;
 * BENCH_ADMIN_ONLY=search the console's searches and listings alone (docs/adr/0060). The migration dashboard (docs/adr/0036, 0039) is
 * measured with 90 days of snapshots behind its chart, and its counting query's plan is printed
 * (on PostgreSQL with the pages it touched): figures that do not depend on the machine's load.
 * It ends with the issue's targets beside the p50 of each backend, and the load average.
 *
 * The tree: root → DGAL → 20 regions → 10 departments each → 9 units each (2,021 organisations).
 * The accounts are written by one INSERT … SELECT over a generated series, spread over the units.
 */
const ACCOUNTS = Number(process.env.BENCH_ADMIN_ACCOUNTS ?? 100_000);
const RUNS = Number(process.env.BENCH_ADMIN_RUNS ?? 30);
/**
 * `import`: the CSV import alone (on the same seeded tree), without the searches and the dashboard;
 * `search`: the console's searches and listings alone (the cases whose label starts with "search" or "list").
 */
const ONLY = process.env.BENCH_ADMIN_ONLY;
if (ONLY !== undefined && ONLY !== 'import' && ONLY !== 'search') {
  throw new Error(`BENCH_ADMIN_ONLY: "import", "search" or unset, not "${ONLY}"`);
}
const queries = installQueryCounter();
const AT = new Date('2026-12-07T09:00:00Z');

const ADMINISTRATOR: Actor = { accountId: 'bench', grants: [{ role: 'administrator', scopePath: ['root'] }] };

function dashboardDeps(store: DurableStore): MigrationDeps {
  return {
    durable: store,
    clock: { now: () => AT },
    mailer: { send: () => Promise.resolve() },
    smsSunsetFor: () => new Date('2027-03-01T00:00:00Z'),
    reminderEveryDays: 7,
    defaultCampaign: { enabled: false, snoozes: 3, snoozeDays: 14, deadline: null },
  };
}

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
                       created_at, credentials_changed_at, organisation_id,
                       search_email, search_first_last, search_last_first)
    select ${concat("'a'", 'i')}, ${concat("'agent.'", 'i', "'@bench.example.org'")}, ${concat("'Prénom'", 'i % 700')},
           ${concat("'Nom'", 'i % 5000')}, 'fr', 'x', null, '[]', '${AT.toISOString()}', '${AT.toISOString()}', ${unitOf},
           ${concat("'agent.'", 'i', "'@bench.example.org'")}, ${concat("'prenom'", 'i % 700', "' nom'", 'i % 5000')},
           ${concat("'nom'", 'i % 5000', "' prenom'", 'i % 700')}
    from n`;
}

/** The seeded search keys are core's (docs/adr/0060), or the searches would measure other rows than the console's. */
async function checkSearchKeys(store: DurableStore): Promise<void> {
  const [listing] = await store.directory.search({ withinIds: ['root'], text: 'prenom42 nom', limit: 1 });
  const typed = listing && searchKey(`${listing.firstName} ${listing.lastName}`);
  if (typed === undefined || !typed.startsWith('prenom42 nom'))
    throw new Error('the seeded search keys are not core’s');
}

/**
 * The accounts' second factors (the migration dashboard, docs/adr/0036), by `i % 10`: 0–2 the
 * Sésame app (and 0 a phone number too), 3 a security key, 4 an authenticator app, 5–7 SMS only,
 * 8–9 the password only.
 */
function factorsInserts(series: string, concat: (...parts: string[]) => string): string[] {
  const at = `'${AT.toISOString()}'`;
  const credential = (kind: string, where: string) => `${series}
    insert into credentials (id, user_id, kind, name, external_id, data, counter, status, created_at)
    select ${concat(`'${kind}-'`, 'i')}, ${concat("'a'", 'i')}, '${kind}', '${kind}',
           ${kind === 'totp' ? 'null' : concat(`'x${kind}-'`, 'i')}, '{}', 0, 'active', ${at}
    from n where ${where}`;
  return [
    `${series}
    insert into devices (id, user_id, name, installation_id, public_key_jwk, secret_key_id, secret_ciphertext,
                         status, failed_answers, blocks, created_at)
    select ${concat("'d'", 'i')}, ${concat("'a'", 'i')}, 'phone', ${concat("'inst'", 'i')}, '{}', 'k', 'c',
           'active', 0, 0, ${at}
    from n where i % 10 < 3`,
    credential('webauthn', 'i % 10 = 3'),
    credential('totp', 'i % 10 = 4'),
    credential('sms', '(i % 10 between 5 and 7) or i % 10 = 0'),
  ];
}

/**
 * SQLite's `||` binds tighter than `%`: each part in parentheses, or `'Nom' || i % 5000` is
 * `('Nom' || i) % 5000`, the number 0 (every account was named "0", and a search by name found none).
 */
const sqliteConcat = (...parts: string[]) => parts.map((p) => `(${p})`).join(' || ');

async function seedSqlite(path: string, units: readonly string[]): Promise<void> {
  const db = new BetterSqlite3(path);
  try {
    db.exec('create temp table units (k integer primary key, id text)');
    const put = db.prepare('insert into temp.units (k, id) values (?, ?)');
    db.transaction(() => units.forEach((id, k) => put.run(k, id)))();
    db.exec(
      accountsInsert(
        `with recursive n(i) as (select 0 union all select i + 1 from n where i < ${ACCOUNTS - 1})`,
        sqliteConcat,
        `(select id from temp.units where k = i % ${units.length})`,
      ),
    );
    for (const insert of factorsInserts(
      `with recursive n(i) as (select 0 union all select i + 1 from n where i < ${ACCOUNTS - 1})`,
      sqliteConcat,
    )) {
      db.exec(insert);
    }
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
    for (const insert of factorsInserts(`with n as (select generate_series(0, ${ACCOUNTS - 1}) as i)`, (...parts) =>
      parts.map((p) => `(${p})::text`).join(' || '),
    )) {
      await client.query(insert);
    }
    // The factors' triggers rewrote every account with a factor (migration 0012): VACUUM sets the
    // visibility map that an index-only scan needs, as autovacuum does on a live database.
    await client.query('vacuum analyze');
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

/** The chart's history: the same counts for each of the CHART_DAYS - 1 days before AT (one row per organisation a day). */
async function seedHistory(store: DurableStore): Promise<void> {
  const counts = await store.migration.countsBySubtree('root');
  for (let d = 1; d < CHART_DAYS; d++) {
    await store.migration.recordSnapshot(new Date(AT.getTime() - d * 86_400_000).toISOString().slice(0, 10), counts);
  }
}

/** Issue 14's targets (p50, ms) and the cases that answer for each: a search is its slowest case. */
const TARGETS: Array<[string, number, (label: string) => boolean]> = [
  ['dashboard, whole tree', 300, (l) => l.startsWith('dashboard, whole tree')],
  ['dashboard, a region', 300, (l) => l.startsWith('dashboard, a region')],
  ['dashboard, a unit', 300, (l) => l.startsWith('dashboard, a unit')],
  ['search (slowest of the 8 above)', 50, (l) => /^(search|list) /.test(l)],
];

async function measure(
  name: string,
  url: string,
  seed: (units: readonly string[]) => Promise<void>,
  plans: () => Promise<string[]> | string[],
): Promise<Map<string, number>> {
  const p50s = new Map<string, number>();
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
    await checkSearchKeys(store);
    await store.roles.grant({ userId: 'a42', role: 'local_manager', scopeId: 'region-3' }, AT);
    if (ONLY === 'import') {
      await measureImport(store);
      return p50s;
    }
    if (ONLY !== 'search') {
      await seedHistory(store);
      console.log(`  the dashboard's counting query (docs/adr/0039):`);
      for (const line of await plans()) console.log(`    ${line}`);
    }
    const all: Array<[string, () => Promise<unknown>]> = [
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
      // The accounts' first names are "Prénom…": typed without its accent (docs/adr/0060).
      [
        'search a region, accent not typed (≤ 50 ms)',
        () => store.directory.search({ withinIds: ['region-3'], text: 'prenom42', limit: 50 }),
      ],
      // SCIM (docs/adr/0037 §3): candidates from the index, each read in full, then filtered.
      ['SCIM userName eq in a region', () => scimCandidates(store, 'region-3', 'agent.4242@bench.example.org')],
      ['SCIM a department, one page of 100', () => scimCandidates(store, 'dept-3-4', '', 100)],
      ['SCIM a department, filter on active', () => scimCandidates(store, 'dept-3-4', '')],
      ['subtree ids of a region', () => store.organisations.subtreeIds('region-3')],
      ['an account’s organisation', () => store.organisations.accountOrganisation('a4242')],
      ['an account’s grants', () => store.roles.listForAccount('a42')],
      // Issue 14 point 3 (docs/adr/0036): the migration dashboard, target ≤ 300 ms for the whole tree.
      ['dashboard, whole tree (≤ 300 ms)', () => migrationDashboard(dashboardDeps(store), ADMINISTRATOR, 'root')],
      ['dashboard, a region (≤ 300 ms)', () => migrationDashboard(dashboardDeps(store), ADMINISTRATOR, 'region-3')],
      ['dashboard, a unit (≤ 300 ms)', () => migrationDashboard(dashboardDeps(store), ADMINISTRATOR, 'unit-7-3-2')],
      ['holdouts of a region (reminders)', () => store.migration.holdouts('region-3', 5_000)],
      ['the day’s snapshot (job)', () => recordMigrationSnapshot(dashboardDeps(store))],
    ];
    const cases = ONLY === 'search' ? all.filter(([label]) => /^(search|list) /.test(label)) : all;
    for (const [label, run] of cases) {
      await run();
      const { p50, p99, max } = summarise(await timeMany(RUNS, 1, async () => void (await run())));
      p50s.set(label, p50);
      const found = ONLY === 'search' ? `   (${((await run()) as unknown[]).length} found)` : '';
      console.log(
        `  ${label.padEnd(44)} p50 ${p50.toFixed(2)} ms   p99 ${p99.toFixed(2)} ms   max ${max.toFixed(2)} ms${found}`,
      );
    }
    if (ONLY !== 'search') await measureImport(store);
  } finally {
    await store.close();
  }
  return p50s;
}

function printTargets(results: ReadonlyArray<[string, Map<string, number>]>): void {
  if (ONLY !== undefined) {
    console.log(
      `\nload average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    return;
  }
  console.log(
    `\nIssue 14's targets, p50 (load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}):`,
  );
  console.log(`  ${'target'.padEnd(40)}${results.map(([name]) => name.padStart(14)).join('')}`);
  for (const [label, target, matches] of TARGETS) {
    const cells = results.map(([, p50s]) => {
      const worst = Math.max(...[...p50s].filter(([l]) => matches(l)).map(([, p50]) => p50));
      return `${worst.toFixed(1)} ms ${worst <= target ? '✓' : '✗'}`.padStart(14);
    });
    console.log(`  ${`${label} (≤ ${target} ms)`.padEnd(40)}${cells.join('')}`);
  }
}

const IMPORTED = Number(process.env.BENCH_ADMIN_IMPORT ?? 10_000);

/** The CSV import of IMPORTED new agents into region 3's units, by its local manager (≤ 30 s). */
async function measureImport(store: DurableStore): Promise<void> {
  const lines = ['email;first_name;last_name;organisation_id;external_id'];
  for (let i = 0; i < IMPORTED; i++) {
    lines.push(`import.${i}@bench.example.org;Prénom;Nom;unit-3-${i % 10}-${i % 9};HR-${i}`);
  }
  const file = Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
  const ephemeral = createMemoryEphemeralStore({ maxEntries: 1_000_000 });
  const mails: MailRequest[] = [];
  const deps: AdminDeps = {
    durable: store,
    ephemeral,
    mailer: { send: async (mail) => void mails.push(mail) },
    clock: { now: () => new Date() },
    policy: {} as AdminDeps['policy'],
  };
  const meta = { ip: '192.0.2.1', userAgent: 'bench', locale: 'fr' as const };
  try {
    const actor = await loadActor(store, 'a42');
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    // Statements per line of the file: the figure that does not depend on the machine's load.
    const perLine = (from: number) => ((queries.count() - from) / IMPORTED).toFixed(3);
    const started = performance.now();
    const records = parseAccountsCsv(file);
    const parsed = performance.now();
    const beforeDryRun = queries.count();
    const { id, plan } = await stageImport(deps, actor, records, {}, meta);
    const planned = performance.now();
    const beforeConfirm = queries.count();
    const job = await (await startImport(deps, actor, id, meta)).done;
    const done = performance.now();
    console.log(
      `  CSV import of ${IMPORTED} agents (≤ 30 s): ${seconds(done - started)} s ` +
        `(parse ${seconds(parsed - started)} s, dry run ${seconds(planned - parsed)} s, ` +
        `confirm ${seconds(done - planned)} s: ${job.created} created, ${job.mailed} invitations; ` +
        `planned ${plan.counts.create} to create, ${plan.counts.error} refused)`,
    );
    console.log(
      `    statements per line: dry run ${((beforeConfirm - beforeDryRun) / IMPORTED).toFixed(3)}, ` +
        `confirmation ${perLine(beforeConfirm)}`,
    );
    const again = performance.now();
    const beforeAgain = queries.count();
    const second = await stageImport(deps, actor, parseAccountsCsv(file), {}, meta);
    const againPlanned = performance.now();
    const beforeAgainConfirm = queries.count();
    const secondJob = await (await startImport(deps, actor, second.id, meta)).done;
    console.log(
      `  the same file again: ${seconds(performance.now() - again)} s ` +
        `(dry run ${seconds(againPlanned - again)} s, ${second.plan.counts.unchanged} unchanged, ` +
        `${second.plan.counts.create} to create; confirmation ${secondJob.unchanged} unchanged, ` +
        `${secondJob.created + secondJob.updated} written)`,
    );
    console.log(
      `    statements per line: dry run ${((beforeAgainConfirm - beforeAgain) / IMPORTED).toFixed(3)}, ` +
        `confirmation ${perLine(beforeAgainConfirm)}`,
    );
  } finally {
    await ephemeral.close();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'sesame-admin-bench-'));
try {
  const file = join(dir, 'sesame.db');
  const results: Array<[string, Map<string, number>]> = [];
  results.push([
    'SQLite',
    await measure(
      'SQLite',
      `sqlite:${file}`,
      (units) => seedSqlite(file, units),
      () => sqlitePlans(file),
    ),
  ]);
  const admin = process.env.BENCH_DATABASE_URL;
  if (admin) {
    const scratch = await scratchPostgresDatabase(admin);
    try {
      results.push([
        'PostgreSQL',
        await measure(
          'PostgreSQL',
          scratch.url,
          (units) => seedPostgres(scratch.url, units),
          () => postgresPlans(scratch.url),
        ),
      ]);
    } finally {
      await scratch.release();
    }
  } else {
    console.log('\nPostgreSQL: skipped (set BENCH_DATABASE_URL)');
  }
  printTargets(results);
} finally {
  await rm(dir, { recursive: true, force: true });
}
