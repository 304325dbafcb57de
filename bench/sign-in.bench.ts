/**
 * Password sign-in throughput (issue #2): sign-ins per second through the whole HTTP flow,
 * next to the raw argon2id rate at the same parameters measured in the same run (goal: ratio
 * ≥ 0.9), the server's CPU milliseconds per sign-in (from its own CPU time, stable on a noisy
 * machine), and its RSS idle and under load.
 *
 *   npm run bench:sign-in            (BENCH_SECONDS=10 BENCH_CONCURRENCY=8 by default)
 */
import { configSchema, DEMO_ACCOUNTS } from '@sesame/server';
import { startServerProcess } from '../tools/server-process';
import { rawArgon2Rate } from './support/argon2-rate';
import { forDuration, LoadClient } from './support/load';
import { signIn } from './support/sign-in-flow';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
/** Sign-ins before the measured ones, as `npm run bench` does (docs/adr/0024 "A fair baseline"). */
const warmUpSeconds = Number(process.env.BENCH_WARM_UP_SECONDS ?? 10);
const params = configSchema.parse({}).password.argon2;

const client = new LoadClient(concurrency);

// One account signing in `concurrency` times at once from one address: its reservations (ADR 0010)
// would pass the lock threshold of 5 before the first right password clears them, as in the other benches.
const server = await startServerProcess({
  SESAME_LOCK_AFTER_FAILURES: '100',
  SESAME_ACCOUNT_LOCK_AFTER_FAILURES: '100',
});
try {
  const demo = DEMO_ACCOUNTS[0];
  await signIn(client, server.url, demo.email, demo.password); // warm-up: JIT, argon2 pool, SQLite cache
  await forDuration(warmUpSeconds * 1000, concurrency, async () => {
    await signIn(client, server.url, demo.email, demo.password);
  });
  await new Promise((r) => setTimeout(r, 1000));
  const rssIdle = server.rssMiB();

  // Raw argon2id in a process of its own: the server's hasher, parameters and bound (support/argon2-rate.ts).
  const { hashesPerSecond: hashRate, cpuMsPerHash: cpuPerHash } = await rawArgon2Rate(params, seconds, concurrency);

  const cpuBefore = server.cpuMs();
  let rssPeak = 0;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, server.rssMiB())), 250);
  const signIns = await forDuration(
    seconds * 1000,
    concurrency,
    async () => void (await signIn(client, server.url, demo.email, demo.password)),
  );
  clearInterval(sampler);
  const cpuPerSignIn = (server.cpuMs() - cpuBefore) / signIns;
  const signInRate = signIns / seconds;

  console.log(
    `argon2id m=${params.memoryKiB}KiB t=${params.iterations} p=${params.parallelism}, ${concurrency} concurrent, ${seconds}s each, same machine, same run`,
  );
  console.table({
    'raw argon2id hashes/s (baseline)': hashRate.toFixed(1),
    'password sign-ins/s (3 HTTP requests each)': signInRate.toFixed(1),
    'ratio sign-ins / hashes (goal ≥ 0.9)': (signInRate / hashRate).toFixed(2),
    'raw argon2id CPU ms per hash (baseline)': cpuPerHash.toFixed(1),
    'server CPU ms per sign-in': cpuPerSignIn.toFixed(1),
    'CPU ratio hash / sign-in (1.0 = nothing but argon2)': (cpuPerHash / cpuPerSignIn).toFixed(2),
    'server RSS idle (MiB)': rssIdle.toFixed(0),
    'server RSS peak under load (MiB)': rssPeak.toFixed(0),
  });
} finally {
  client.close();
  await server.stop();
}
