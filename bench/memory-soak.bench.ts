/**
 * Memory soak (issue 12 point 6): creates BENCH_SOAK_SESSIONS (100 000) SSO sessions and prints
 * the RSS every tenth of the way, beside the target "flat" (before the bounded memory store, the
 * server grew to 514 MiB). Two modes, BENCH_SOAK_MODE:
 *
 * - `http` (default): password sign-ins through the whole HTTP flow (support/sign-in-flow.ts)
 *   against a server in its own process on the embedded defaults (memory store), argon2id at the
 *   configuration's minimum (m=8 MiB, t=1) so that 100 000 sign-ins take minutes, with
 *   BENCH_CONCURRENCY (8) clients; evictions are read from its /metrics.
 * - `store`: in this process, what a sign-in leaves in the memory store and nothing else (a login
 *   transaction saved then ended, a session created), to tell the store's share from the rest.
 *
 * BENCH_SOAK_MAX_ENTRIES sets `ephemeral.memoryMaxEntries` (default: the configuration's), so
 * that a short run can show the plateau too.
 *
 *   npm run bench:soak                                  (100 000 sessions over HTTP)
 *   BENCH_SOAK_SESSIONS=2000 BENCH_SOAK_MAX_ENTRIES=1000 npm run bench:soak
 */
import { LoginTransactions, SessionService } from '@sesame/core';
import { createMemoryEphemeralStore, DEFAULT_MEMORY_MAX_ENTRIES } from '@sesame/storage';
import { randomBytes } from 'node:crypto';
import { configSchema } from '../apps/server/src/config/config-schema';
import { DEMO_ACCOUNTS } from '../apps/server/src/demo/demo-accounts';
import { startServerProcess } from '../tools/server-process';
import { LoadClient } from './support/load';
import { signIn } from './support/sign-in-flow';

const sessions = Number(process.env.BENCH_SOAK_SESSIONS ?? 100_000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const mode = process.env.BENCH_SOAK_MODE ?? 'http';
const maxEntries = Number(process.env.BENCH_SOAK_MAX_ENTRIES ?? DEFAULT_MEMORY_MAX_ENTRIES);
const every = Math.max(1, Math.round(sessions / 10));

interface Sample {
  sessions: number;
  rssMiB: number;
  evicted: number;
  refused: number;
}

/** The server's counters of `sesame_ephemeral_evictions_total`, by outcome. */
function capCounts(metrics: string): { evicted: number; refused: number } {
  const count = (outcome: string) =>
    Number(
      new RegExp(`^sesame_ephemeral_evictions_total\\{outcome="${outcome}"\\} (\\d+)`, 'm').exec(metrics)?.[1] ?? 0,
    );
  return { evicted: count('evicted'), refused: count('refused') };
}

/** Runs `work` `total` times, `concurrency` at once, and calls `sample` after every `every`-th. */
async function soak(total: number, work: () => Promise<void>, sample: (done: number) => Promise<void>) {
  let started = 0;
  let done = 0;
  let next = every;
  let sampling = Promise.resolve();
  const worker = async () => {
    while (started < total) {
      started++;
      await work();
      done++;
      if (done >= next) {
        const at = next;
        next += every;
        sampling = sampling.then(() => sample(at));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await sampling;
}

async function overHttp(): Promise<{ samples: Sample[]; start: number }> {
  const token = randomBytes(24).toString('hex');
  const server = await startServerProcess({
    // The configuration's minimum: the soak is about memory, not about argon2's speed.
    SESAME_ARGON2_MEMORY_KIB: '8192',
    SESAME_ARGON2_ITERATIONS: '1',
    // One account signs in from BENCH_CONCURRENCY clients at once: each attempt in flight holds a
    // reservation of the sign-in guard (docs/adr/0010), which must not read as guessing.
    SESAME_LOCK_AFTER_FAILURES: '100',
    SESAME_ACCOUNT_LOCK_AFTER_FAILURES: '100',
    SESAME_EPHEMERAL_MEMORY_MAX_ENTRIES: String(maxEntries),
    SESAME_METRICS_TOKEN: token,
  });
  const client = new LoadClient(concurrency);
  try {
    const demo = DEMO_ACCOUNTS[0];
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const start = server.rssMiB();
    const samples: Sample[] = [];
    await soak(
      sessions,
      async () => void (await signIn(client, server.url, demo.email, demo.password)),
      async (done) => {
        const metrics = await client.request(`${server.url}/metrics`, {
          headers: { authorization: `Bearer ${token}` },
        });
        samples.push({ sessions: done, rssMiB: server.rssMiB(), ...capCounts(metrics.body) });
      },
    );
    return { samples, start };
  } finally {
    client.close();
    await server.stop();
  }
}

async function inStore(): Promise<{ samples: Sample[]; start: number }> {
  const counts = { evicted: 0, refused: 0 };
  const store = createMemoryEphemeralStore({ maxEntries, onCap: (event) => counts[event]++ });
  const session = configSchema.parse({}).session;
  const sessionService = new SessionService(store, session);
  const transactions = new LoginTransactions(store);
  const rss = () => {
    // Started with --expose-gc (npm run bench:soak): what is live, not what awaits collection.
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage().rss / 2 ** 20;
  };
  try {
    const start = rss();
    const samples: Sample[] = [];
    let user = 0;
    await soak(
      sessions,
      async () => {
        // What a password sign-in leaves: the e-mail step's transaction, a session, the transaction ended.
        const email = `agent${user++ % 1_000}@example.org`;
        const handle = await transactions.save(undefined, { email });
        await sessionService.rotate(undefined, `user-${email}`, ['PASSWORD'], new Date());
        await transactions.end(handle);
      },
      async (done) => {
        samples.push({ sessions: done, rssMiB: rss(), ...counts });
      },
    );
    console.log(`store entries at the end: ${store.stats().entries}`);
    return { samples, start };
  } finally {
    await store.close();
  }
}

if (mode !== 'http' && mode !== 'store') throw new Error(`BENCH_SOAK_MODE must be http or store, got ${mode}`);
const { samples, start } = mode === 'http' ? await overHttp() : await inStore();
console.log(
  `memory soak (${mode}): ${sessions} sessions, ${concurrency} concurrent, ephemeral.memoryMaxEntries=${maxEntries}; target: RSS flat once the cap is reached (before: grew to 514 MiB)`,
);
console.log(`RSS after start: ${start.toFixed(0)} MiB`);
console.table(
  samples.map((s) => ({
    sessions: s.sessions,
    'RSS (MiB)': s.rssMiB.toFixed(0),
    evicted: s.evicted,
    refused: s.refused,
  })),
);
const half = samples[Math.floor(samples.length / 2)];
const last = samples.at(-1);
if (half && last) {
  console.log(
    `RSS growth over the second half: ${(last.rssMiB - half.rssMiB).toFixed(0)} MiB (target: flat once evictions have begun)`,
  );
}
