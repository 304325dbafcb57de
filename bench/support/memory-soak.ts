import { LoginTransactions, SessionService } from '@sesame/core';
import { createMemoryEphemeralStore } from '@sesame/storage';
import { randomBytes } from 'node:crypto';
import { configSchema, DEMO_ACCOUNTS } from '@sesame/server';
import { startServerProcess } from '../../tools/server-process';
import { LoadClient } from './load';
import { signIn } from './sign-in-flow';

/**
 * The memory soak (issue 12 point 6), shared by `npm run bench:soak` (memory-soak.bench.ts) and
 * the targets bench (targets.bench.ts): `sessions` SSO sessions made by `concurrency` clients,
 * the RSS sampled every tenth of the way.
 */
export interface SoakOptions {
  sessions: number;
  concurrency: number;
  /** `ephemeral.memoryMaxEntries` of the server (or of the store, in `store` mode). */
  maxEntries: number;
}

export interface SoakSample {
  sessions: number;
  rssMiB: number;
  evicted: number;
  refused: number;
}

export interface SoakResult {
  samples: SoakSample[];
  /** RSS before the first session, in MiB. */
  start: number;
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
async function soak(
  total: number,
  concurrency: number,
  work: () => Promise<void>,
  sample: (done: number) => Promise<void>,
) {
  const every = Math.max(1, Math.round(total / 10));
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

/**
 * Password sign-ins through the whole HTTP flow against a server in its own process on the
 * embedded defaults (memory store), argon2id at the configuration's minimum (m=8 MiB, t=1) so that
 * 100 000 sign-ins take minutes; evictions are read from its /metrics.
 */
export async function soakOverHttp({
  sessions,
  concurrency,
  maxEntries,
  compiled = false,
}: SoakOptions & { compiled?: boolean }): Promise<SoakResult> {
  const token = randomBytes(24).toString('hex');
  const server = await startServerProcess(
    {
      // The configuration's minimum: the soak is about memory, not about argon2's speed.
      SESAME_ARGON2_MEMORY_KIB: '8192',
      SESAME_ARGON2_ITERATIONS: '1',
      // One account signs in from `concurrency` clients at once: each attempt in flight holds a
      // reservation of the sign-in guard (docs/adr/0010), which must not read as guessing.
      SESAME_LOCK_AFTER_FAILURES: '100',
      SESAME_ACCOUNT_LOCK_AFTER_FAILURES: '100',
      SESAME_EPHEMERAL_MEMORY_MAX_ENTRIES: String(maxEntries),
      SESAME_METRICS_TOKEN: token,
    },
    { compiled },
  );
  const client = new LoadClient(concurrency);
  try {
    const demo = DEMO_ACCOUNTS[0];
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const start = server.rssMiB();
    const samples: SoakSample[] = [];
    await soak(
      sessions,
      concurrency,
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

/**
 * In this process, what a sign-in leaves in the memory store and nothing else (a login
 * transaction saved then ended, a session created), to tell the store's share from the rest.
 */
export async function soakInStore({ sessions, concurrency, maxEntries }: SoakOptions): Promise<SoakResult> {
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
    const samples: SoakSample[] = [];
    let user = 0;
    await soak(
      sessions,
      concurrency,
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

/** RSS growth between the middle sample and the last one (target: flat once evictions have begun). */
export function secondHalfGrowthMiB(samples: SoakSample[]): number | undefined {
  const half = samples[Math.floor(samples.length / 2)];
  const last = samples.at(-1);
  return half && last ? last.rssMiB - half.rssMiB : undefined;
}

/** The samples as a table, one row per tenth of the way. */
export function printSoakSamples(samples: SoakSample[]): void {
  console.table(
    samples.map((s) => ({
      sessions: s.sessions,
      'RSS (MiB)': s.rssMiB.toFixed(0),
      evicted: s.evicted,
      refused: s.refused,
    })),
  );
}
