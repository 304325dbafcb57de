import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * `npm run bench` (targets.bench.ts) still runs to its end and prints every row, on a tiny run.
 * No value is asserted: speed is measured by the bench, never by a timed test (bench/README.md).
 */
const ROWS = [
  'password sign-in, server CPU ms/op',
  'password sign-in, of which on the event loop (main thread)',
  'app-PIN sign-in, server CPU ms/op',
  'app-PIN sign-in, of which on the event loop (main thread)',
  'app-PIN sign-in, wall ms',
  'second-factor step, server CPU ms (app-PIN − password)',
  'of which on the event loop (main thread, app-PIN − password)',
  'sign-ins/s vs raw argon2id verifications/s',
  'the same from CPU: argon2id ms per verification ÷ server CPU ms per sign-in',
  'load generator (this process) CPU ms per password sign-in',
  'the CPU ratio with the load generator counted',
  'RSS 1 s after start (MiB)',
  'RSS peak under load (MiB)',
  'V8 heap total / used (MiB): 1 s after start → after the load',
  'cold start, spawn → GET /ready 200',
  'soak: RSS after 200 sessions',
  'soak: RSS growth over the second half (MiB)',
  'Redis per SSO session with one CAS participant (bytes, MEMORY USAGE, 20 sessions)',
];

let bench: ReturnType<typeof spawn> | undefined;

afterEach(async () => {
  // On a failure or a timeout: SIGTERM lets the bench stop its servers and remove its files (clean-ups.ts).
  if (bench && bench.exitCode === null && bench.signalCode === null) {
    const exited = new Promise((resolve) => bench!.once('exit', resolve));
    bench.kill('SIGTERM');
    await exited;
  }
  bench = undefined;
});

describe('npm run bench', () => {
  it('prints every figure beside its target', async () => {
    bench = spawn(process.execPath, ['--import', 'tsx', 'bench/targets.bench.ts'], {
      env: {
        ...process.env,
        BENCH_SECONDS: '1',
        BENCH_WARM_UP_SECONDS: '1',
        BENCH_CONCURRENCY: '2',
        BENCH_APP_ACCOUNTS: '1',
        BENCH_COLD_STARTS: '1',
        BENCH_SOAK_SESSIONS: '200',
        BENCH_REDIS_SESSIONS: '20',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    bench.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    bench.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise((resolve) => bench!.once('exit', resolve));
    expect(code, out).toBe(0);
    for (const row of ROWS) {
      expect(out, row).toMatch(new RegExp(`${row.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*: \\S+ \\(target .+\\)`));
    }
  });
});
