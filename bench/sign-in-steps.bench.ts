/**
 * Where the second factor's CPU goes, request by request (issue 12 point 5, docs/adr/0024): the
 * server's CPU per step of a password sign-in and of an app-PIN sign-in, each step's delta of the
 * server's nanosecond CPU counters (/proc/<pid>/task/<tid>/schedstat: its event loop, and all its
 * threads), one sign-in at a time so that each step's work is its own (what a step leaves running
 * after its answer — a log line, a published verdict — lands in the next one).
 *
 * The server is the compiled build (`npm start`, SQLite, in-memory store) with argon2id at the
 * configuration's defaults; BENCH_STEP_ACCOUNTS (20) enrolled accounts × 3 app-PIN sign-ins (the
 * push limit) after a warm-up, and as many password sign-ins, alternately. Medians per step.
 *
 * BENCH_BASELINE_ROOT=<another checkout> (built: `npm run build` there) runs that checkout's server
 * beside this one, each with its own database, accounts and apps, and makes each sign-in on one
 * then on the other: both columns of the table come from the same minutes of the machine, so a
 * change is read from one run (docs/adr/0024). The app (authenticator-core) is this checkout's.
 *
 *   npm run bench:steps
 *   BENCH_BASELINE_ROOT=/path/to/main npm run bench:steps
 *   BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" BENCH_PROFILE_WINDOWS=w.json npm run bench:steps
 *   node --import tsx tools/cpu-profile-summary.ts DIR/*.cpuprofile --windows w.json   (the second factor's steps only)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '@sesame/server';
import { ensureServerBuilt } from '../tools/build-server';
import { mainThreadCpuNs, processCpuNs } from '../tools/process-stats';
import { type ServerProcess, startServerProcess } from '../tools/server-process';
import { appSignIn, type OpenApp } from './support/app-sign-in';
import { BenchDevice } from './support/bench-device';
import { cleanUp, cleanUpOnSignals, cleanups } from './support/clean-ups';
import { LoadClient } from './support/load';
import { enrolThroughPortal } from './support/portal-enrolment';
import { type BenchAccount, seedAccounts } from './support/seed-accounts';

const accountsCount = Number(process.env.BENCH_STEP_ACCOUNTS ?? 20);
const baselineRoot = process.env.BENCH_BASELINE_ROOT;
const PUSHES_PER_ACCOUNT = 3;
const PIN = '5739';
const argon2 = configSchema.parse({}).password.argon2;
const CSRF = '__Host-sesame-csrf';

cleanUpOnSignals();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** One server under measure: its process, its accounts and open apps, its steps' CPU. */
interface Side {
  server: ServerProcess;
  accounts: BenchAccount[];
  apps: OpenApp[];
  passwordAccount: BenchAccount;
  /** Per step name: the event loop's and the whole process's CPU µs of each sign-in. */
  steps: Map<string, { loop: number[]; all: number[] }>;
}

try {
  await ensureServerBuilt();
  const client = new LoadClient(2);
  cleanups.push(async () => client.close());

  const setUp = async (root?: string): Promise<Side> => {
    const dir = mkdtempSync(join(tmpdir(), 'sesame-bench-steps-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const env = {
      DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
      SESAME_OIDC_KEYS_FILE: join(dir, 'oidc-keys.json'),
      SESAME_DEVICE_KEYS_FILE: join(dir, 'device-keys.json'),
      SESAME_OUTBOX_DIR: join(dir, 'outbox'),
      SESAME_DEMO_ACCOUNTS: 'false',
      SESAME_LOCK_AFTER_FAILURES: '100',
      SESAME_ACCOUNT_LOCK_AFTER_FAILURES: '100',
    };
    const accounts = await seedAccounts(env.DATABASE_URL, accountsCount + 2, argon2, root);
    const server = await startServerProcess(env, { compiled: true, ...(root ? { root } : {}) });
    cleanups.push(() => server.stop());
    const apps: OpenApp[] = [];
    for (const account of accounts.slice(0, accountsCount + 1)) {
      const device = await BenchDevice.create();
      await enrolThroughPortal(client, server.url, account, device, { pin: PIN, name: 'Bench-CLI' });
      apps.push({ device, events: await device.openEvents() });
    }
    cleanups.push(async () => apps.forEach((app) => app.events.close()));
    return { server, accounts, apps, passwordAccount: accounts.at(-1)!, steps: new Map() };
  };
  const sides = [await setUp()];
  if (baselineRoot) sides.push(await setUp(baselineRoot));

  const recorder = (side: Side, prefix: string) => {
    const { pid } = side.server;
    let loop = mainThreadCpuNs(pid);
    let all = processCpuNs(pid);
    return (name: string) => {
      const [loopNow, allNow] = [mainThreadCpuNs(pid), processCpuNs(pid)];
      const entry = side.steps.get(`${prefix}${name}`) ?? { loop: [], all: [] };
      entry.loop.push((loopNow - loop) / 1000);
      entry.all.push((allNow - all) / 1000);
      side.steps.set(`${prefix}${name}`, entry);
      [loop, all] = [loopNow, allNow];
    };
  };
  const passwordSignIn = async (side: Side, step: (name: string) => void) => {
    const cookies = new Map<string, string>();
    const url = side.server.url;
    const { email, password } = side.passwordAccount;
    await client.request(`${url}/login`, { cookies });
    step('GET /login');
    const _csrf = cookies.get(CSRF)!;
    await client.request(`${url}/login`, { cookies, form: { email, _csrf } });
    step('POST /login (e-mail)');
    const done = await client.request(`${url}/login/password`, { cookies, form: { password, _csrf } });
    if (done.status !== 303 || done.location !== '/account') throw new Error(`password: ${done.status}`);
    step('POST /login/password (session opened)');
  };

  // Warm-up (not recorded): the JIT, SQLite's cache, both flows.
  for (const side of sides) {
    for (let i = 0; i < PUSHES_PER_ACCOUNT; i++) {
      await appSignIn(client, side.server.url, side.accounts[accountsCount]!, side.apps[accountsCount]!, PIN);
      for (let j = 0; j < 5; j++) await passwordSignIn(side, () => {});
    }
  }
  // With BENCH_SERVER_NODE_ARGS="--cpu-prof …": the window of the app-PIN sign-ins' second-factor
  // steps on the monotonic clock, for tools/cpu-profile-summary.ts --windows (this checkout's server).
  const windows: Array<[number, number]> = [];
  // BENCH_PERF=FILE: Linux perf samples the server's event loop (on-CPU time, not the wall clock
  // V8's --cpu-prof weighs) during the recorded sign-ins; start the server with
  // BENCH_SERVER_NODE_ARGS=--perf-basic-prof so that its JavaScript functions are named.
  const perf = process.env.BENCH_PERF
    ? spawn('perf', ['record', '-F', '2999', '-g', '-t', String(sides[0]!.server.pid), '-o', process.env.BENCH_PERF], {
        stdio: 'ignore',
      })
    : undefined;
  if (perf) await new Promise((resolve) => setTimeout(resolve, 500));
  const micros = () => Number(process.hrtime.bigint() / 1000n);
  for (let round = 0; round < PUSHES_PER_ACCOUNT; round++) {
    for (let k = 0; k < accountsCount; k++) {
      for (const side of sides) {
        await passwordSignIn(side, recorder(side, 'password: '));
        const record = recorder(side, 'app-PIN: ');
        let from = 0;
        await appSignIn(client, side.server.url, side.accounts[k]!, side.apps[k]!, PIN, (name) => {
          record(name);
          if (name.startsWith('POST /login/password')) from = micros();
        });
        if (side === sides[0]) windows.push([from, micros()]);
        // For comparison, not part of the sign-in: one GET /device/v1/challenges, which an app of
        // before made twice per sign-in (pending, then again in approve).
        const reference = recorder(side, 'reference: ');
        await side.apps[k]!.device.authenticator.pending();
        reference('one GET /device/v1/challenges (an app of before: 2 per sign-in)');
      }
    }
  }
  if (perf) {
    perf.kill('SIGINT');
    await new Promise((resolve) => perf.once('exit', resolve));
  }
  if (process.env.BENCH_PROFILE_WINDOWS) writeFileSync(process.env.BENCH_PROFILE_WINDOWS, JSON.stringify(windows));

  /** µs of the event loop / all threads: medians per step, totals from the means. */
  const figures = (side: Side) => {
    const out = new Map<string, string>();
    const totals = { password: { loop: 0, all: 0 }, 'app-PIN': { loop: 0, all: 0 } };
    for (const [name, { loop, all }] of side.steps) {
      out.set(name, `${median(loop).toFixed(0)} / ${median(all).toFixed(0)}`);
      if (name.startsWith('reference')) continue;
      const flow = name.startsWith('password') ? totals.password : totals['app-PIN'];
      flow.loop += sum(loop) / loop.length;
      flow.all += sum(all) / all.length;
    }
    for (const [flow, t] of Object.entries(totals)) {
      out.set(`${flow}: whole sign-in (sum of the steps' means)`, `${t.loop.toFixed(0)} / ${t.all.toFixed(0)}`);
    }
    out.set(
      'second-factor step (app-PIN − password, means)',
      `${(totals['app-PIN'].loop - totals.password.loop).toFixed(0)} / ${(totals['app-PIN'].all - totals.password.all).toFixed(0)}`,
    );
    return out;
  };
  const [measured, baseline] = sides.map(figures);
  const table: Record<string, Record<string, string>> = {};
  for (const [name, value] of measured!) {
    table[name] = baseline
      ? { 'µs event loop / all threads': value, baseline: baseline.get(name) ?? '' }
      : { 'µs event loop / all threads': value };
  }
  console.log(
    `${accountsCount * PUSHES_PER_ACCOUNT} sign-ins of each kind, one at a time; server CPU per step (medians; totals from means)${baselineRoot ? `; baseline ${baselineRoot}, alternately` : ''}:`,
  );
  console.table(table);
} finally {
  await cleanUp();
}
