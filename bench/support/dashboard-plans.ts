import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

/**
 * Evidence that does not depend on the machine's load (docs/adr/0039): how the database answers
 * the migration dashboard's counts — the plan, and on PostgreSQL the pages it touched — for the
 * stored category (migration 0012, the query of storage's migration-repository.ts `subtreeCounts`)
 * and, beside it, for the category computed from the factors account by account (the definition
 * of docs/adr/0036 §1, which the dashboard ran before).
 */
const LIVE_CATEGORY = `case
  when exists (select 1 from devices d where d.user_id = u.id and d.status <> 'pending') then 'app'
  when exists (select 1 from credentials c where c.user_id = u.id and c.kind = 'webauthn' and c.status = 'active') then 'key'
  when exists (select 1 from credentials c where c.user_id = u.id and c.kind = 'totp' and c.status = 'active') then 'totp'
  when exists (select 1 from credentials c where c.user_id = u.id and c.kind = 'sms' and c.status = 'active') then 'sms'
  else 'password' end`;

function countsQuery(category: 'stored' | 'live', scopePath: string | null): string {
  const scope =
    scopePath === null
      ? '1 = 1'
      : `u.organisation_id in (select o.id from organisations o where o.path like '${scopePath}%')`;
  const column = category === 'stored' ? 'u.method_category' : LIVE_CATEGORY;
  return `select coalesce(u.organisation_id, 'root') as organisation_id, ${column} as category, count(*) as n
          from users u where ${scope} group by u.organisation_id, ${category === 'stored' ? column : '2'}`;
}

const SCOPES = [
  ['whole tree', null],
  ['a region', 'region-3'],
] as const;

export function sqlitePlans(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const lines: string[] = [];
    for (const [label, id] of SCOPES) {
      const path =
        id === null
          ? null
          : (db.prepare('select path from organisations where id = ?').get(id) as { path: string }).path;
      for (const category of ['stored', 'live'] as const) {
        const plan = db.prepare(`explain query plan ${countsQuery(category, path)}`).all() as { detail: string }[];
        lines.push(`${label}, ${category} category: ${plan.map((p) => p.detail).join(' · ')}`);
      }
    }
    return lines;
  } finally {
    db.close();
  }
}

export async function postgresPlans(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('set jit = off');
    const lines: string[] = [];
    for (const [label, id] of SCOPES) {
      const path =
        id === null
          ? null
          : ((await client.query<{ path: string }>('select path from organisations where id = $1', [id])).rows[0]
              ?.path ?? '');
      for (const category of ['stored', 'live'] as const) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          `explain (analyze, buffers, costs off, timing off, summary off) ${countsQuery(category, path)}`,
        );
        const plan = rows.map((r) => r['QUERY PLAN']);
        // The top node's buffers are the whole query's; the scans say how the rows were reached.
        const buffers = plan.find((l) => l.includes('Buffers:'))?.trim() ?? 'Buffers: none';
        const scans = plan
          .map((l) => l.trim().replace(/^->\s*/, ''))
          .filter((l) => /Scan|Heap Fetches/.test(l))
          .map((l) => l.replace(/\s*\(actual.*$/, ''));
        lines.push(`${label}, ${category} category: ${buffers}; ${[...new Set(scans)].join(' · ')}`);
      }
    }
    return lines;
  } finally {
    await client.end();
  }
}
