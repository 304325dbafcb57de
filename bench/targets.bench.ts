/**
 * Issue 12 points 5–6 in one run: every figure beside its target (docs/adr/0024).
 *
 * One server in its own process (SQLite, in-memory store, argon2id at the configuration's
 * defaults), accounts seeded beforehand (support/seed-accounts.ts), its CPU time read from
 * /proc/<pid>/stat (tools/process-stats.ts): CPU per operation is the server's own, stable on a
 * machine other work shares, but the rates (sign-ins/s, hashes/s) are not: the raw argon2id
 * rate is measured in the same run so that only their ratio is read.
 *
 * - password sign-in: GET /login, POST e-mail, POST password → 303 /account, BENCH_CONCURRENCY
 *   clients for BENCH_SECONDS, each on an account of its own;
 * - app-PIN sign-in: the same with "Sésame app with PIN code", an enrolled authenticator-core app
 *   (support/bench-device.ts, its event stream open) approving: BENCH_APP_ACCOUNTS accounts × 3
 *   sign-ins (the push-bombing limit, core DEFAULT_DEVICE_POLICY.pushPerUser, is 3 per account
 *   per 2 minutes), after as many warm-up sign-ins on BENCH_APP_WARM_UP_ACCOUNTS other accounts;
 *   the second factor's cost is the difference of the two CPU figures;
 * - RSS 1 s after "Sésame is running", and its peak (sampled every 250 ms) during both;
 * - cold start: spawn → first GET /ready 200, the database and key files already there, median
 *   of BENCH_COLD_STARTS (5);
 * - the memory soak (support/memory-soak.ts, as `npm run bench:soak`): BENCH_SOAK_SESSIONS
 *   sessions (1 000 here for a quick run; 100 000 for the figure).
 *
 * - Redis bytes per SSO session (support/redis-session-bytes.ts): BENCH_REDIS_SESSIONS sign-ins, each
 *   with one CAS participant, on the Redis of BENCH_REDIS_URL or the local one;
 * - with BENCH_REDIS_URL (redis://127.0.0.1:6379): those servers on Redis (an empty database
 *   index, emptied after) instead of the in-memory store;
 * - with BENCH_BASELINE_ROOT=<another checkout>: the CPU, rate and RSS rows of that checkout's
 *   server too, measured alternately with this one's in the same run (medians of BENCH_REPEAT).
 *
 *   npm run bench
 *   BENCH_SOAK_SESSIONS=100000 npm run bench
 *   BENCH_BASELINE_ROOT=/path/to/main npm run bench                        (before / after a change)
 *   BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench   (profiles the server)
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MEMORY_MAX_ENTRIES } from '@sesame/storage';
import { configSchema } from '@sesame/server';
import { readUnit } from '../e2e/production/systemd-unit';
import { ensureServerBuilt } from '../tools/build-server';
import { startServerProcess, type ServerProcess } from '../tools/server-process';
import { appSignIn, type OpenApp } from './support/app-sign-in';
import { rawArgon2Rate } from './support/argon2-rate';
import { BenchDevice } from './support/bench-device';
import { cleanUp, cleanUpOnSignals, cleanups } from './support/clean-ups';
import { forDuration, LoadClient } from './support/load';
import { printSoakSamples, secondHalfGrowthMiB, soakOverHttp } from './support/memory-soak';
import { redisSessionBytes } from './support/redis-session-bytes';
import { enrolThroughPortal } from './support/portal-enrolment';
import { scratchRedisDatabase } from './support/scratch-backends';
import { seedAccounts } from './support/seed-accounts';
import { signIn } from './support/sign-in-flow';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/**
 * Password sign-ins before the measured ones (BENCH_WARM_UP_SECONDS, 10): argon2 caps a sign-in
 * run at ~100–150 sign-ins in 10 s, too few for V8 to optimise the requests' code, and the first
 * 10 s cost ~30 % more event-loop CPU per sign-in than the next (docs/adr/0024 "A fair
 * baseline"); a server in production runs warm.
 */
const warmUpSeconds = Number(process.env.BENCH_WARM_UP_SECONDS ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const appAccounts = Number(process.env.BENCH_APP_ACCOUNTS ?? 16);
/**
 * Accounts with an app whose 3 sign-ins each warm the app-PIN flow before it is measured
 * (BENCH_APP_WARM_UP_ACCOUNTS, as many as BENCH_APP_ACCOUNTS): the password flow is warmed for
 * BENCH_WARM_UP_SECONDS, and the app's own requests (wait page, event streams, the answer, the
 * continuation) measured cold counted V8's first compilations in the second factor's figure
 * (docs/adr/0024, 2026-12-08). The push limit is per account, hence accounts rather than time.
 */
const appWarmUpAccounts = Number(process.env.BENCH_APP_WARM_UP_ACCOUNTS ?? appAccounts);
const coldStarts = Number(process.env.BENCH_COLD_STARTS ?? 5);
const soakSessions = Number(process.env.BENCH_SOAK_SESSIONS ?? 1_000);
/** SSO sessions created on Redis to weigh one (BENCH_REDIS_SESSIONS). */
const redisSessions = Number(process.env.BENCH_REDIS_SESSIONS ?? 200);
/** Sign-ins per app account: the push-bombing limit (3 per account per 2 minutes). */
const PUSHES_PER_ACCOUNT = 3;
const PIN = '5739';
const argon2 = configSchema.parse({}).password.argon2;
/** The bench's servers serve /metrics with it: the V8 heap's share of the RSS (prom-client's gauges). */
const METRICS_TOKEN = 'sesame-bench-metrics-token-0123456789abcdef';

/**
 * BENCH_BASELINE_ROOT: another checkout (say, main's) whose server is measured in the same run,
 * alternately with this one's, BENCH_REPEAT times each (2): the machine's load changes between
 * runs, so a change is judged by the two columns of one run, never by two runs.
 */
const baselineRoot = process.env.BENCH_BASELINE_ROOT;
/** BENCH_REDIS_URL: the CPU rows' servers use Redis (an empty database index there) instead of the memory store. */
const redisUrl = process.env.BENCH_REDIS_URL;
const repeat = Number(process.env.BENCH_REPEAT ?? (baselineRoot ? 2 : 1));

/** The rows, in order: what is measured, its value (and the baseline's), its target. */
const rows: Array<{ figure: string; measured: string; baseline: string; target: string }> = [];
const row = (figure: string, measured: string, target: string, baseline = '') => {
  rows.push({ figure, measured, baseline, target });
  // Printed as it comes too: a long run shows its progress, a failed one what it had.
  console.log(`${figure}: ${measured}${baseline ? ` (baseline ${baseline})` : ''} (target ${target})`);
};
const fixed = (x: number, digits = 1) => x.toFixed(digits);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

cleanUpOnSignals();

/**
 * With BENCH_SERVER_NODE_ARGS="--cpu-prof …", each measured phase's window on the monotonic clock
 * (µs, what the server's .cpuprofile timestamps read), for tools/cpu-profile-summary.ts --from --to.
 */
const profiling = (process.env.BENCH_SERVER_NODE_ARGS ?? '').includes('--cpu-prof');
const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);
function profileWindow(phase: string): { end(): void } {
  const from = monotonicMicros();
  return {
    end: () => {
      if (profiling) console.log(`profile window, ${phase}: --from ${from} --to ${monotonicMicros()}`);
    },
  };
}

function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-bench-targets-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * What the systemd unit sets for memory (deploy/systemd/sesame@.service: MALLOC_ARENA_MAX, the
 * V8 flags in NODE_OPTIONS), so that the RSS rows measure the server as operators run it. Not its
 * PORT, nor NODE_ENV=production (the bench's servers listen on http://localhost).
 */
const { MALLOC_ARENA_MAX, NODE_OPTIONS } = readUnit('0').environment;
const asTheUnitRunsIt = { ...(MALLOC_ARENA_MAX && { MALLOC_ARENA_MAX }), ...(NODE_OPTIONS && { NODE_OPTIONS }) };

/** The environment of every server of this bench: one database and one set of key files. */
function serverEnv(dir: string): Record<string, string> {
  return {
    ...asTheUnitRunsIt,
    DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
    SESAME_OIDC_KEYS_FILE: join(dir, 'oidc-keys.json'),
    SESAME_DEVICE_KEYS_FILE: join(dir, 'device-keys.json'),
    SESAME_OUTBOX_DIR: join(dir, 'outbox'),
    SESAME_DEMO_ACCOUNTS: 'false',
    // Several sign-ins of one account in flight each hold a reservation of the sign-in guard
    // (docs/adr/0010), which must not read as guessing.
    SESAME_LOCK_AFTER_FAILURES: '100',
    SESAME_ACCOUNT_LOCK_AFTER_FAILURES: '100',
    SESAME_METRICS_TOKEN: METRICS_TOKEN,
  };
}

/** The V8 heap (total, used) and external memory of a server, in MiB, from its /metrics. */
async function heapMiB(url: string): Promise<{ total: number; used: number; external: number } | undefined> {
  const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  if (!response.ok) return undefined; // a baseline checkout without the token setting
  const text = await response.text();
  const gauge = (name: string) => Number(new RegExp(`^sesame_${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20;
  return {
    total: gauge('nodejs_heap_size_total_bytes'),
    used: gauge('nodejs_heap_size_used_bytes'),
    external: gauge('nodejs_external_memory_bytes'),
  };
}

/**
 * BENCH_SERVER=tsx: the sources through tsx (as `npm run dev`); by default the compiled build that
 * `npm start` runs (docs/adr/0025), built first when older than the sources. A baseline checkout
 * runs its own build, which must be there (`npm run build` in it).
 */
const compiled = process.env.BENCH_SERVER !== 'tsx';
if (compiled) await ensureServerBuilt();

async function startServer(env: Record<string, string>, root?: string): Promise<ServerProcess> {
  const server = await startServerProcess(env, { compiled, ...(root ? { root } : {}) });
  cleanups.push(() => server.stop());
  return server;
}

/** Spawn → first GET /ready 200, in milliseconds. */
async function coldStart(env: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const server = await startServerProcess(env, { compiled });
  try {
    for (;;) {
      const ready = await fetch(`${server.url}/ready`).catch(() => undefined);
      if (ready?.status === 200) return performance.now() - t0;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    await server.stop();
  }
}

/** The figures of one server under load. */
interface Measured {
  passwordSignIns: number;
  passwordCpu: number;
  /** The part of passwordCpu spent on the event loop's thread (the rest: argon2, GC, …). */
  passwordLoopCpu: number;
  appSignIns: number;
  appCpu: number;
  appLoopCpu: number;
  /** Median wall time of an app-PIN sign-in, every request of the browser and the app, in ms. */
  appWallMs: number;
  signInRate: number;
  /**
   * Raw argon2id verifications/s through that checkout's hasher in a process of its own, the mean
   * of a measure just before the password sign-ins and one just after the app-PIN ones (the
   * machine's load drifts).
   */
  hashRate: number;
  cpuMsPerHash: number;
  /** The load generator's (this process's) CPU ms per password sign-in: it shares the cores. */
  generatorCpu: number;
  rssAfterStart: number;
  rssPeak: number;
  /** V8 heap total and used, MiB, 1 s after start and after the load (NaN: not served). */
  heapAfterStart: { total: number; used: number };
  heapAfterLoad: { total: number; used: number };
}

/**
 * One server of the checkout at `root` on a database of its own: RSS after start, then the
 * password sign-ins for BENCH_SECONDS, then the app-PIN sign-ins, the RSS sampled throughout.
 * Returns the environment of its files too (the cold starts reuse them).
 */
async function measureServer(root: string | undefined): Promise<Measured & { env: Record<string, string> }> {
  const client = new LoadClient(concurrency);
  cleanups.push(async () => client.close());
  const dir = scratchDir();
  const env = serverEnv(dir);
  if (redisUrl) {
    const redis = await scratchRedisDatabase(redisUrl);
    cleanups.push(() => redis.release());
    env.REDIS_URL = redis.url;
  }
  // One account per password client, BENCH_APP_ACCOUNTS with an app, BENCH_APP_WARM_UP_ACCOUNTS with an app for the warm-up.
  // Migrated and seeded by that checkout's own code: the two checkouts' migrations may differ.
  const accounts = await seedAccounts(env.DATABASE_URL!, concurrency + appAccounts + appWarmUpAccounts, argon2, root);
  const passwordAccounts = accounts.slice(0, concurrency);
  const pushAccounts = accounts.slice(concurrency, concurrency + appAccounts);
  const warmUpAccounts = accounts.slice(concurrency + appAccounts);

  const server = await startServer(env, root);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const rssAfterStart = server.rssMiB();
  const noHeap = { total: NaN, used: NaN };
  const heapAfterStart = (await heapMiB(server.url)) ?? noHeap;

  // Not measured: one app per account, enrolled through the portal, its event stream open.
  const apps: OpenApp[] = [];
  for (const account of [...pushAccounts, ...warmUpAccounts]) {
    const device = await BenchDevice.create();
    await enrolThroughPortal(client, server.url, account, device, { pin: PIN, name: 'Bench-CLI' });
    apps.push({ device, events: await device.openEvents() });
  }
  const closeApps = async () => apps.forEach((app) => app.events.close());
  cleanups.push(closeApps);
  /** Each account's 3 app-PIN sign-ins (the push limit), BENCH_CONCURRENCY at once: their wall times. */
  async function appSignIns(of: typeof accounts, theirApps: OpenApp[]): Promise<number[]> {
    const total = of.length * PUSHES_PER_ACCOUNT;
    const walls: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(concurrency, of.length) }, async () => {
        for (let i = next++; i < total; i = next++) {
          const k = i % of.length;
          const t0 = performance.now();
          await appSignIn(client, server.url, of[k]!, theirApps[k]!, PIN);
          walls.push(performance.now() - t0);
        }
      }),
    );
    return walls;
  }
  let rssPeak = 0;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, server.rssMiB())), 250);
  // Warm-up, not measured: JIT, argon2's threads, SQLite's cache, both flows; the password flow
  // for BENCH_WARM_UP_SECONDS at the measured concurrency (its RSS counts in the peak).
  await forDuration(warmUpSeconds * 1000, concurrency, async (worker) => {
    const account = passwordAccounts[worker]!;
    await signIn(client, server.url, account.email, account.password);
  });
  await appSignIns(warmUpAccounts, apps.slice(pushAccounts.length));

  // The ratio's baseline, just before and just after the sign-ins (the machine's load drifts over a run): raw
  // argon2id through that checkout's hasher, in a process of its own, the server idle.
  const rawOptions = { env: asTheUnitRunsIt, root };
  const rawBefore = await rawArgon2Rate(argon2, seconds, concurrency, rawOptions);

  let window = profileWindow('password sign-ins');
  let cpuBefore = server.cpuMs();
  let loopBefore = server.mainThreadCpuMs();
  const generatorBefore = process.cpuUsage();
  const passwordSignIns = await forDuration(seconds * 1000, concurrency, async (worker) => {
    const account = passwordAccounts[worker]!;
    await signIn(client, server.url, account.email, account.password);
  });
  const generatorUsed = process.cpuUsage(generatorBefore);
  const passwordCpu = (server.cpuMs() - cpuBefore) / passwordSignIns;
  const passwordLoopCpu = (server.mainThreadCpuMs() - loopBefore) / passwordSignIns;
  window.end();

  // The app-PIN sign-ins right after the password ones, on the same busy server: measured after
  // the raw run's 10 s of idleness, their ~1 s window caught what V8 does after an idle period
  // (the memory reducer's GCs, code flushed and compiled again) and read 6.4–8.8 ms for the
  // second factor where a busy server reads 3.0–4.0 (docs/adr/0024, 2026-12-08).
  window = profileWindow('app-PIN sign-ins');
  cpuBefore = server.cpuMs();
  loopBefore = server.mainThreadCpuMs();
  const walls = await appSignIns(pushAccounts, apps);
  const appCpu = (server.cpuMs() - cpuBefore) / walls.length;
  const appLoopCpu = (server.mainThreadCpuMs() - loopBefore) / walls.length;
  window.end();
  const rawAfter = await rawArgon2Rate(argon2, seconds, concurrency, rawOptions);
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, server.rssMiB());
  const heapAfterLoad = (await heapMiB(server.url)) ?? noHeap;
  await closeApps();
  client.close();
  await server.stop();
  return {
    env,
    passwordSignIns,
    passwordCpu,
    passwordLoopCpu,
    appSignIns: walls.length,
    appCpu,
    appLoopCpu,
    appWallMs: median(walls),
    signInRate: passwordSignIns / seconds,
    hashRate: (rawBefore.hashesPerSecond + rawAfter.hashesPerSecond) / 2,
    cpuMsPerHash: (rawBefore.cpuMsPerHash + rawAfter.cpuMsPerHash) / 2,
    generatorCpu: (generatorUsed.user + generatorUsed.system) / 1000 / passwordSignIns,
    rssAfterStart,
    rssPeak,
    heapAfterStart: { total: heapAfterStart.total, used: heapAfterStart.used },
    heapAfterLoad: { total: heapAfterLoad.total, used: heapAfterLoad.used },
  };
}

/** The median of each figure over several measures. */
function medians(runs: Measured[]): Measured {
  const of = (pick: (m: Measured) => number) => median(runs.map(pick));
  return {
    passwordSignIns: runs.reduce((sum, m) => sum + m.passwordSignIns, 0),
    passwordCpu: of((m) => m.passwordCpu),
    passwordLoopCpu: of((m) => m.passwordLoopCpu),
    appLoopCpu: of((m) => m.appLoopCpu),
    appSignIns: runs.reduce((sum, m) => sum + m.appSignIns, 0),
    appCpu: of((m) => m.appCpu),
    appWallMs: of((m) => m.appWallMs),
    signInRate: of((m) => m.signInRate),
    hashRate: of((m) => m.hashRate),
    cpuMsPerHash: of((m) => m.cpuMsPerHash),
    generatorCpu: of((m) => m.generatorCpu),
    rssAfterStart: of((m) => m.rssAfterStart),
    rssPeak: of((m) => m.rssPeak),
    heapAfterStart: { total: of((m) => m.heapAfterStart.total), used: of((m) => m.heapAfterStart.used) },
    heapAfterLoad: { total: of((m) => m.heapAfterLoad.total), used: of((m) => m.heapAfterLoad.used) },
  };
}

const started = performance.now();
try {
  const current: Array<Measured & { env: Record<string, string> }> = [];
  const baseline: Measured[] = [];
  for (let i = 0; i < repeat; i++) {
    if (baselineRoot) baseline.push(await measureServer(baselineRoot));
    current.push(await measureServer(undefined));
  }
  const m = medians(current);
  const b = baselineRoot ? medians(baseline) : undefined;

  const ratio = (runs: Measured[]) => median(runs.map((r) => r.signInRate / r.hashRate));
  row(
    `password sign-in, server CPU ms/op (${m.passwordSignIns} sign-ins, ${concurrency} clients)`,
    fixed(m.passwordCpu),
    `— (argon2id alone: ${fixed(m.cpuMsPerHash)} ms/hash)`,
    b && fixed(b.passwordCpu),
  );
  row(
    '  password sign-in, of which on the event loop (main thread)',
    fixed(m.passwordLoopCpu),
    '— (the rest: argon2 in libuv’s pool, GC)',
    b && fixed(b.passwordLoopCpu),
  );
  row(`app-PIN sign-in, server CPU ms/op (${m.appSignIns} sign-ins)`, fixed(m.appCpu), '—', b && fixed(b.appCpu));
  row(
    '  app-PIN sign-in, of which on the event loop (main thread)',
    fixed(m.appLoopCpu),
    '—',
    b && fixed(b.appLoopCpu),
  );
  row(
    `app-PIN sign-in, wall ms (median, ${Math.min(concurrency, appAccounts)} at once)`,
    fixed(m.appWallMs),
    '—',
    b && fixed(b.appWallMs),
  );
  row(
    'second-factor step, server CPU ms (app-PIN − password)',
    fixed(m.appCpu - m.passwordCpu),
    '≤ 4',
    b && fixed(b.appCpu - b.passwordCpu),
  );
  row(
    '  of which on the event loop (main thread, app-PIN − password)',
    fixed(m.appLoopCpu - m.passwordLoopCpu),
    '—',
    b && fixed(b.appLoopCpu - b.passwordLoopCpu),
  );
  row(
    `sign-ins/s vs raw argon2id verifications/s before and after (${fixed(m.signInRate)} / ${fixed(m.hashRate)})`,
    fixed(ratio(current), 2),
    '≥ 0.90',
    b && fixed(ratio(baseline), 2),
  );
  // The same ratio from CPU time, which the machine's other work changes much less than rates
  // (docs/adr/0024 "A fair baseline"): what the server would reach with the cores to itself.
  const cpuRatio = (runs: Measured[], withGenerator: boolean) =>
    median(runs.map((r) => r.cpuMsPerHash / (r.passwordCpu + (withGenerator ? r.generatorCpu : 0))));
  row(
    '  the same from CPU: argon2id ms per verification ÷ server CPU ms per sign-in',
    fixed(cpuRatio(current, false), 2),
    '≥ 0.90',
    b && fixed(cpuRatio(baseline, false), 2),
  );
  row(
    '  load generator (this process) CPU ms per password sign-in, on the same cores',
    fixed(m.generatorCpu),
    '—',
    b && fixed(b.generatorCpu),
  );
  row(
    '  the CPU ratio with the load generator counted (argon2id ÷ (server + generator))',
    fixed(cpuRatio(current, true), 2),
    '— (what the rates can reach on these cores)',
    b && fixed(cpuRatio(baseline, true), 2),
  );
  row('RSS 1 s after start (MiB)', fixed(m.rssAfterStart, 0), '≤ 150', b && fixed(b.rssAfterStart, 0));
  row('RSS peak under load (MiB)', fixed(m.rssPeak, 0), '≤ 200', b && fixed(b.rssPeak, 0));
  const heap = (h: Measured['heapAfterStart']) => `${fixed(h.total, 0)}/${fixed(h.used, 0)}`;
  row(
    '  V8 heap total / used (MiB): 1 s after start → after the load',
    `${heap(m.heapAfterStart)}→${heap(m.heapAfterLoad)}`,
    `— (argon2id: ${fixed(argon2.memoryKiB / 1024, 0)} MiB per verification in flight)`,
    b && `${heap(b.heapAfterStart)}→${heap(b.heapAfterLoad)}`,
  );

  const starts: number[] = [];
  for (let i = 0; i < coldStarts; i++) starts.push(await coldStart(current[0]!.env));
  row(`cold start, spawn → GET /ready 200 (s, median of ${coldStarts})`, fixed(median(starts) / 1000, 2), '≤ 1.5');

  const soak = await soakOverHttp({
    sessions: soakSessions,
    concurrency,
    maxEntries: DEFAULT_MEMORY_MAX_ENTRIES,
    compiled,
  });
  const last = soak.samples.at(-1);
  const growth = secondHalfGrowthMiB(soak.samples);
  row(
    `soak: RSS after ${soakSessions} sessions (MiB; ${fixed(soak.start, 0)} at start)`,
    last ? fixed(last.rssMiB, 0) : '–',
    'flat once the cap is reached',
  );
  console.log(
    `soak: the memory curve (target: RSS flat once evictions begin; before the bounded store: 514 MiB at 100 000)`,
  );
  printSoakSamples(soak.samples);
  row(
    'soak: RSS growth over the second half (MiB)',
    growth === undefined ? '–' : fixed(growth, 0),
    `≈ 0 past ephemeral.memoryMaxEntries (${DEFAULT_MEMORY_MAX_ENTRIES})`,
  );

  // Redis: what an SSO session with one participant keeps there (on the Redis of BENCH_REDIS_URL,
  // else the local one; an empty database index of its own).
  const sessionsRedis = redisUrl ?? 'redis://127.0.0.1:6379';
  const bytesFigure = `Redis per SSO session with one CAS participant (bytes, MEMORY USAGE, ${redisSessions} sessions)`;
  try {
    const bytes = await redisSessionBytes(sessionsRedis, redisSessions, { compiled });
    row(bytesFigure, fixed(bytes.bytesPerSession, 0), '≤ 1 024');
  } catch (error) {
    row(bytesFigure, `not measured (${(error as Error).message.slice(0, 60)})`, '≤ 1 024');
  }

  console.log(
    `\nargon2id m=${argon2.memoryKiB}KiB t=${argon2.iterations} p=${argon2.parallelism}; ${compiled ? 'compiled build (npm start)' : 'sources through tsx'} with the systemd unit's ${JSON.stringify(asTheUnitRunsIt)}; SQLite + ${redisUrl ? 'Redis' : 'in-memory store'}; ${concurrency} clients; medians of ${repeat} measure(s)${baselineRoot ? `, alternately with the baseline ${baselineRoot}` : ''}; ${((performance.now() - started) / 1000).toFixed(0)} s in all. CPU is the server's own (/proc/<pid>/stat); rates depend on what else the machine runs.`,
  );
  console.table(
    Object.fromEntries(
      rows.map((r) => [
        r.figure,
        baselineRoot
          ? { measured: r.measured, baseline: r.baseline, target: r.target }
          : { measured: r.measured, target: r.target },
      ]),
    ),
  );
} finally {
  await cleanUp();
}
