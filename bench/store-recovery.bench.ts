/**
 * Store faults (issue 10, finding 5), measured: the real server in its own process on the
 * machine's PostgreSQL and Redis, each reached through a TCP proxy this bench controls (the
 * shared servers are never stopped), under a steady load of BENCH_CLIENTS closed-loop clients
 * (sign-in, CAS ticket, CAS validation). In one run, each printed beside the issue's target:
 *
 *   1. pg_terminate_backend of the server's own connections (by application_name): time until
 *      it serves again, 503s meanwhile, other 5xx, process exits;
 *   2. PostgreSQL unreachable (the proxy closed) for BENCH_OUTAGE_SECONDS, then back: time to
 *      serve again, 503s, lines the server wrote during the outage;
 *   3. the same for Redis;
 *   4. the server's RSS before and after.
 *
 *   npm run bench:faults    (BENCH_OUTAGE_SECONDS=20 BENCH_CLIENTS=4 BENCH_STEADY_SECONDS=3
 *   BENCH_RETRY_MS=100; BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres: a fresh
 *   database is made there and dropped; BENCH_REDIS_URL=redis://127.0.0.1:6379: a random key
 *   prefix, its keys deleted after)
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { DEMO_ACCOUNTS } from '@sesame/server';
import { faultServerEnv, spawnServer, type FaultServer } from '../e2e/faults/fault-server';
import { startTcpProxy, targetOf, throughProxy, type TcpProxy } from '../packages/storage/test/tcp-proxy';
import { processRssMiB } from '../tools/process-stats';
import { freePort } from '../tools/server-process';
import { cleanUp, cleanUpOnSignals, cleanups } from './support/clean-ups';
import { LoadClient } from './support/load';
import { RecordedRounds, type StepKind } from './support/recorded-rounds';
import { scratchPostgresDatabase } from './support/scratch-backends';

const outageSeconds = Number(process.env.BENCH_OUTAGE_SECONDS ?? 20);
const clients = Number(process.env.BENCH_CLIENTS ?? 4);
const steadySeconds = Number(process.env.BENCH_STEADY_SECONDS ?? 3);
const retryMs = Number(process.env.BENCH_RETRY_MS ?? 100);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** How long a fault may take to heal before the bench says "not back" and goes on. */
const RECOVERY_LIMIT_MS = 30_000;
// "Bulletin sanitaire (démo)", the BASIC demo entry: a password alone signs in there (issue 11 point 4).
const SERVICE = 'http://localhost:8082/app';
const ACCOUNT = DEMO_ACCOUNTS[0];

const id = randomBytes(4).toString('hex');
/** The server's connections carry this name (PostgreSQL application_name, Redis client name). */
const NAME = `sesame-bench-faults-${id}`;
const KEY_PREFIX = `sesame-bench-faults:${id}:`;

cleanUpOnSignals();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What one fault did, from the load's records and the server's output. */
interface FaultResult {
  name: string;
  /** ms from the fault's end (terminate sent, store back) to the first whole round started after it that went through. */
  serveAgainMs: number | undefined;
  /** The same for GET /login alone and for the CAS validation alone. */
  pageAgainMs: number | undefined;
  validationAgainMs: number | undefined;
  /** ms from the fault's start to the last refused answer (how long users saw it). */
  lastRefusalMs: number | undefined;
  answers503: number;
  other5xx: number;
  noAnswer: number;
  /** Answers other than the expected ones and 503 (4xx, 200 without success…). */
  otherUnexpected: number;
  requests: number;
  refusedKinds: string;
  /** Lines the server wrote while the store was unreachable (undefined for terminate). */
  outageLines?: LineCounts;
  /** Lines written from the store's return (or the terminate) until it served again, said so, and BENCH_STEADY_SECONDS more. */
  returnLines: LineCounts;
}

interface LineCounts {
  all: number;
  /** Fastify's "incoming request" / "request completed", 2 per request at info. */
  access: number;
  /** Everything else at info or above. */
  other: number;
  warnOrAbove: number;
  stack: number;
  stderr: number;
  messages: string[];
}

/** Lines of the server's output between two offsets into stdout and stderr. */
function countLines(out: string, err: string): LineCounts {
  const outLines = out.split('\n').filter((line) => line.trim() !== '');
  const errLines = err.split('\n').filter((line) => line.trim() !== '');
  const counts: LineCounts = {
    all: outLines.length + errLines.length,
    access: 0,
    other: errLines.length,
    warnOrAbove: 0,
    stack: 0,
    stderr: errLines.length,
    messages: [],
  };
  for (const line of [...outLines, ...errLines]) {
    if (/^\s+at /.test(line) || line.includes('"stack"')) counts.stack++;
  }
  for (const line of outLines) {
    let record: { level?: number; msg?: string } = {};
    try {
      record = JSON.parse(line) as typeof record;
    } catch {
      counts.other++;
      continue;
    }
    if (record.msg === 'incoming request' || record.msg === 'request completed') {
      counts.access++;
      if ((record.level ?? 0) >= 40) counts.warnOrAbove++;
      continue;
    }
    counts.other++;
    if ((record.level ?? 0) >= 40) {
      counts.warnOrAbove++;
      counts.messages.push(String(record.msg));
    }
  }
  for (const line of errLines) counts.messages.push(line.slice(0, 120));
  return counts;
}

/** Offsets into the server's output, to count what it wrote between two moments. */
function outputMark(server: FaultServer) {
  return { out: server.stdout().length, err: server.stderr().length };
}
function linesBetween(server: FaultServer, from: { out: number; err: number }, to: { out: number; err: number }) {
  return countLines(server.stdout().slice(from.out, to.out), server.stderr().slice(from.err, to.err));
}

/** Waits until a whole round started at or after `since` went through; returns when it ended, or undefined. */
async function servedAgain(load: RecordedRounds, since: number): Promise<number | undefined> {
  const limit = performance.now() + RECOVERY_LIMIT_MS;
  while (performance.now() < limit) {
    const round = load.rounds.find((r) => r.ok && r.start >= since);
    if (round) return round.end;
    await sleep(50);
  }
  return undefined;
}

async function waitForLine(server: FaultServer, from: number, pattern: RegExp, ms: number): Promise<boolean> {
  const limit = Date.now() + ms;
  while (Date.now() < limit) {
    if (pattern.test(server.stdout().slice(from))) return true;
    await sleep(100);
  }
  return false;
}

/** Summarises the load's answers between `from` (the fault's start) and `to`. */
function faultFigures(load: RecordedRounds, from: number, healed: number, to: number) {
  const steps = load.steps.filter((s) => s.end >= from && s.start <= to);
  const refused = steps.filter((s) => !s.ok);
  const firstOk = (kind: StepKind) => {
    const step = load.steps.find((s) => s.kind === kind && s.ok && s.start >= healed);
    return step ? step.end - healed : undefined;
  };
  const kinds = new Map<string, number>();
  for (const s of refused) kinds.set(`${s.kind} ${s.status}`, (kinds.get(`${s.kind} ${s.status}`) ?? 0) + 1);
  return {
    requests: steps.length,
    answers503: steps.filter((s) => s.status === 503).length,
    other5xx: steps.filter((s) => s.status >= 500 && s.status !== 503).length,
    noAnswer: steps.filter((s) => s.status === 0).length,
    otherUnexpected: refused.filter((s) => s.status !== 503 && s.status < 500 && s.status !== 0).length,
    lastRefusalMs: refused.length > 0 ? Math.max(...refused.map((s) => s.end)) - from : undefined,
    pageAgainMs: firstOk('GET /login'),
    validationAgainMs: firstOk('CAS validation'),
    refusedKinds: [...kinds].map(([kind, n]) => `${kind} ×${n}`).join(', ') || 'none',
  };
}

const started = performance.now();
const client = new LoadClient(clients);
let server: FaultServer | undefined;
try {
  // Backends of the run's own: a database dropped after it, a Redis key prefix emptied after it.
  const database = await scratchPostgresDatabase(postgresUrl);
  cleanups.push(() => database.release());
  const redisAdmin = new Redis(redisUrl);
  cleanups.push(async () => {
    for await (const keys of redisAdmin.scanStream({ match: `${KEY_PREFIX}*`, count: 1000 })) {
      if ((keys as string[]).length > 0) await redisAdmin.del(...(keys as string[]));
    }
    await redisAdmin.quit();
  });
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  cleanups.push(() => admin.end());

  const pgProxy: TcpProxy = await startTcpProxy(targetOf(database.url, 5432));
  cleanups.push(() => pgProxy.close());
  const redisProxy: TcpProxy = await startTcpProxy(targetOf(redisUrl, 6379));
  cleanups.push(() => redisProxy.close());
  const dir = mkdtempSync(join(tmpdir(), 'sesame-bench-faults-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));

  const db = new URL(throughProxy(database.url, pgProxy));
  db.searchParams.set('application_name', NAME);
  const redis = new URL(throughProxy(redisUrl, redisProxy));
  redis.searchParams.set('connectionName', NAME);
  redis.searchParams.set('keyPrefix', KEY_PREFIX);
  server = await spawnServer(
    faultServerEnv({ port: await freePort(), databaseUrl: db.toString(), redisUrl: redis.toString(), dir }),
  );
  const running = server;
  cleanups.push(async () => {
    client.close();
    const stopped = running.kill('SIGTERM');
    const timer = setTimeout(() => void running.kill('SIGKILL'), 5_000);
    await stopped;
    clearTimeout(timer);
  });
  let exits = 0;
  void running.exited.then(() => exits++);

  const load = new RecordedRounds(client, running.url, ACCOUNT, SERVICE, retryMs);
  // Warm-up, not counted: JIT, pools, caches.
  for (let i = 0; i < 10; i++) {
    if (!(await load.round())) throw new Error('warm-up: a sign-in with CAS validation did not go through');
  }
  await sleep(1_000);
  const rssIdleBefore = processRssMiB(running.pid);
  let rssPeak = rssIdleBefore;
  const sampler = setInterval(() => {
    if (running.alive()) rssPeak = Math.max(rssPeak, processRssMiB(running.pid));
  }, 250);
  cleanups.push(async () => clearInterval(sampler));

  load.steps.length = 0;
  load.rounds.length = 0;
  const loadStart = performance.now();
  load.start(clients);
  await sleep(steadySeconds * 1000);
  const baseline = load.rounds.filter((r) => r.ok).length / ((performance.now() - loadStart) / 1000);
  const rssLoadBefore = processRssMiB(running.pid);
  const results: FaultResult[] = [];

  // 1. pg_terminate_backend of the server's own connections, under the load.
  {
    const mark = outputMark(running);
    const from = performance.now();
    const { rowCount } = await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
      [NAME],
    );
    const healedAt = await servedAgain(load, from);
    await waitForLine(running, mark.out, /"storeState":"up"/, 3_000);
    await sleep(steadySeconds * 1000);
    const to = performance.now();
    results.push({
      name: `pg_terminate_backend (${rowCount ?? 0} connections)`,
      serveAgainMs: healedAt === undefined ? undefined : healedAt - from,
      ...faultFigures(load, from, from, to),
      returnLines: linesBetween(running, mark, outputMark(running)),
    });
  }

  // 2 and 3. A store unreachable for the outage, then back.
  for (const [label, proxy, store] of [
    ['PostgreSQL', pgProxy, 'database'],
    ['Redis', redisProxy, 'redis'],
  ] as const) {
    const from = performance.now();
    const downMark = outputMark(running);
    await proxy.down();
    await sleep(outageSeconds * 1000);
    const upMark = outputMark(running);
    const healed = performance.now();
    await proxy.up();
    const healedAt = await servedAgain(load, healed);
    await waitForLine(running, upMark.out, new RegExp(`"store":"${store}","storeState":"up"`), 5_000);
    await sleep(steadySeconds * 1000);
    const to = performance.now();
    results.push({
      name: `${label} unreachable ${outageSeconds} s`,
      serveAgainMs: healedAt === undefined ? undefined : healedAt - healed,
      ...faultFigures(load, from, healed, to),
      outageLines: linesBetween(running, downMark, upMark),
      returnLines: linesBetween(running, upMark, outputMark(running)),
    });
  }

  const rssLoadAfter = running.alive() ? processRssMiB(running.pid) : Number.NaN;
  await load.stop();
  clearInterval(sampler);
  await sleep(2_000);
  const rssAfter = running.alive() ? processRssMiB(running.pid) : Number.NaN;

  const ms = (value: number | undefined, none = 'not back') =>
    value === undefined ? none : `${(value / 1000).toFixed(2)} s`;
  const total = load.steps.length;
  console.log(
    `${clients} clients in closed loops (sign-in + CAS ticket + validation, ${retryMs} ms pause after a refusal); ` +
      `${baseline.toFixed(1)} rounds/s before the faults; ${total} requests in all; ` +
      `server log level info. ${((performance.now() - started) / 1000).toFixed(0)} s in all.`,
  );
  console.table(
    Object.fromEntries(
      results.map((r) => [
        r.name,
        {
          'serves again (target ≤ 5 s)': ms(r.serveAgainMs),
          'GET /login 200 again': ms(r.pageAgainMs),
          'CAS validation 200 again': ms(r.validationAgainMs),
          'last refusal, from the fault': ms(r.lastRefusalMs, 'none'),
          '503 answers': r.answers503,
          'other 5xx (target 0)': r.other5xx,
          'no answer (target 0)': r.noAnswer,
          'other refusals': r.otherUnexpected,
        },
      ]),
    ),
  );
  console.log('What the refusals were, per fault:');
  for (const r of results) console.log(`  ${r.name}: ${r.refusedKinds} (of ${r.requests} requests)`);
  const lineRow = (c: LineCounts | undefined) =>
    c
      ? {
          'all lines': c.all,
          'access log (info, 2 per request)': c.access,
          'other lines (target ≤ 2)': c.other,
          'warn or above (target ≤ 2)': c.warnOrAbove,
          'stack lines (target 0)': c.stack,
          stderr: c.stderr,
        }
      : {};
  console.log('Lines the server wrote (old figure: ~2,700 stack-trace lines in 20 s with Redis down):');
  console.table(
    Object.fromEntries(
      results.flatMap((r) => [
        ...(r.outageLines ? [[`${r.name}: during the outage`, lineRow(r.outageLines)]] : []),
        [
          `${r.name}: ${r.outageLines ? 'back' : 'terminated'}, then ${steadySeconds} s of load`,
          lineRow(r.returnLines),
        ],
      ]),
    ),
  );
  for (const r of results) {
    const said = [...(r.outageLines?.messages ?? []), ...r.returnLines.messages];
    console.log(`  ${r.name}, lines at warn or above: ${said.length ? said.map((m) => `"${m}"`).join('; ') : 'none'}`);
  }
  console.table({
    'process exits (target 0)': exits,
    'server RSS idle, before the faults (MiB)': rssIdleBefore.toFixed(0),
    'server RSS under load, before the faults (MiB)': rssLoadBefore.toFixed(0),
    'server RSS under load, after the faults (MiB)': rssLoadAfter.toFixed(0),
    'server RSS idle, after the faults (MiB)': rssAfter.toFixed(0),
    'server RSS peak (MiB)': rssPeak.toFixed(0),
  });
} finally {
  client.close();
  await cleanUp();
}
