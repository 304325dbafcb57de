/**
 * "Sésame app with PIN code" latency (issue #4): with N concurrent sign-ins, each account
 * holding one enrolled app (authenticator-core's Authenticator with its event stream open),
 *
 *   A  = "Sign in" (POST /login/password) → the app's event stream delivers the push notice;
 *   B  = the app's answer leaves it (POST /device/v1/challenges/:id/answer) → the browser's
 *        GET /login/app/events delivers the verdict;
 *   B′ = the same answer → POST /login/app done (303 /account, the session open);
 *
 * on one node (SQLite, in-memory ephemeral store: the embedded default) and on two nodes sharing
 * PostgreSQL and Redis, the browser on node 1 and the app on node 2, so that both events cross
 * nodes through Redis pub/sub. Next to them, in the same run: GET /health round trips to each
 * node and a Redis publish → subscriber round trip, to show what is overhead.
 *
 *   npm run bench:push     (BENCH_USERS=20 concurrent sign-ins, BENCH_ROUNDS=10)
 *   BENCH_POSTGRES_URL (postgres://postgres@127.0.0.1:5432/postgres: a fresh database is made
 *   there and dropped), BENCH_REDIS_URL (redis://127.0.0.1:6379: an empty database index is
 *   used, then emptied); BENCH_NODES=1 skips the two-node part.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createRedisEphemeralStore } from '@sesame/storage';
import { startServerProcess, type ServerProcess } from '../tools/server-process';
import { BenchDevice, type NoticeStream } from './support/bench-device';
import { EventStreamReader } from './support/event-stream-reader';
import { type LatencySummary, summarise, timeMany } from './support/latency-summary';
import { cleanUp, cleanUpOnSignals, cleanups } from './support/clean-ups';
import { LoadClient } from './support/load';
import { enrolThroughPortal } from './support/portal-enrolment';
import { scratchPostgresDatabase, scratchRedisDatabase } from './support/scratch-backends';
import { type BenchAccount, seedAccounts } from './support/seed-accounts';

const users = Number(process.env.BENCH_USERS ?? 20);
const rounds = Number(process.env.BENCH_ROUNDS ?? 10);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const twoNodes = process.env.BENCH_NODES !== '1';
/** The cheapest argon2id the config allows (password.argon2.*): the password is not what is measured. */
const ARGON2 = { memoryKiB: 8192, iterations: 1, parallelism: 1 };
const PIN = '5739';
/** Sign-ins before the measured rounds, not counted: JIT, connection pools, SQLite cache. */
const WARM_UP = 4;
const CSRF = '__Host-sesame-csrf';

/** The browsers' HTTP client, one per topology: closed before its servers stop, or they wait on its keep-alive sockets. */
let client = new LoadClient(users);

cleanUpOnSignals();

/** A temporary directory, removed on the way out (after the servers that use it have stopped). */
function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-bench-push-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function startNode(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServerProcess({
    SESAME_ARGON2_MEMORY_KIB: String(ARGON2.memoryKiB),
    SESAME_ARGON2_ITERATIONS: String(ARGON2.iterations),
    SESAME_ARGON2_PARALLELISM: String(ARGON2.parallelism),
    SESAME_DEMO_ACCOUNTS: 'false',
    ...env,
  });
  cleanups.push(() => server.stop());
  return server;
}

interface OpenApp {
  device: BenchDevice;
  events: NoticeStream;
}

interface Sample {
  /** A: "Sign in" → push notice on the app's stream. */
  signInToApp: number;
  /** Within A's time: "Sign in" → its 303 to /login/app (the password checked, the challenge made). */
  signInAnswered: number;
  /** B: the app's answer sent → verdict on the browser's stream. */
  answerToBrowser: number;
  /** Issue #4's t3 − t2: approve() returned → verdict on the browser's stream (< 0 when the verdict wins). */
  approveReturnedToBrowser: number;
  /** B′: the app's answer sent → POST /login/app answered 303 /account. */
  answerToSession: number;
}

const cookieHeader = (cookies: Map<string, string>) => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/**
 * One "Sésame app with PIN code" sign-in: the browser at `portal` enters the e-mail, waits at
 * `ready` (so that the round's sign-ins press "Sign in" together), sends the password, reads the
 * number and listens for the verdict; the app hears the notice, fetches its requests, picks the
 * number the browser shows and approves with the PIN; the browser then continues.
 */
async function pushSignIn(
  portal: string,
  account: BenchAccount,
  app: OpenApp,
  ready: () => Promise<void>,
): Promise<Sample> {
  const cookies = new Map<string, string>();
  await client.request(`${portal}/login`, { cookies });
  const _csrf = cookies.get(CSRF)!;
  await client.request(`${portal}/login`, { cookies, form: { email: account.email, _csrf } });
  await ready();

  const t0 = performance.now();
  const posted = await client.request(`${portal}/login/password`, {
    cookies,
    form: { password: account.password, method: 'PASSWORD_MOBILE_APP', _csrf },
  });
  if (posted.status !== 303 || posted.location !== '/login/app') {
    throw new Error(`password step: ${posted.status} ${posted.location ?? posted.body.slice(0, 200)}`);
  }
  const t303 = performance.now();
  const page = await client.request(`${portal}/login/app`, { cookies });
  const shown = Number(/data-testid="number-match">(\d+)</.exec(page.body)?.[1]);
  if (!Number.isInteger(shown)) throw new Error(`no number on /login/app (${page.status})`);
  const verdicts = new EventStreamReader(`${portal}/login/app/events`, { cookie: cookieHeader(cookies) });
  try {
    await verdicts.opened;
    const notice = await app.events.next('push-notice');
    const { challengeId } = JSON.parse(notice.data) as { challengeId: string };
    const waiting = await app.device.authenticator.pending();
    if (!waiting.some((c) => c.challengeId === challengeId)) throw new Error('the notice names no pending request');
    const answered = await app.device.authenticator.approve(challengeId, shown, PIN);
    const t2 = performance.now();
    if (!answered.accepted) throw new Error('the server did not accept the approval');
    const answer = app.device.lastAnswer!;
    const heard = await verdicts.next('verdict');
    const { verdict } = JSON.parse(heard.data) as { verdict: string };
    if (verdict !== 'approved') throw new Error(`verdict ${verdict}`);
    const done = await client.request(`${portal}/login/app`, { cookies, form: { _csrf } });
    const t4 = performance.now();
    if (done.status !== 303 || done.location !== '/account') throw new Error(`continue: ${done.status}`);
    return {
      signInToApp: notice.at - t0,
      signInAnswered: t303 - t0,
      answerToBrowser: heard.at - answer.sentAt,
      approveReturnedToBrowser: heard.at - t2,
      answerToSession: t4 - answer.sentAt,
    };
  } finally {
    verdicts.close();
  }
}

async function round(portal: string, accounts: BenchAccount[], apps: OpenApp[]): Promise<Sample[]> {
  // Once every browser has its login transaction, the round's "Sign in" clicks go out together.
  let arrived = 0;
  let go: () => void = () => {};
  const all = new Promise<void>((resolve) => (go = resolve));
  const ready = () => {
    if (++arrived === accounts.length) go();
    return all;
  };
  return Promise.all(accounts.map((account, i) => pushSignIn(portal, account, apps[i]!, ready)));
}

interface TopologyResult {
  health: LatencySummary[];
  samples: Sample[];
  /** How late this process's own timers ran during the rounds: its stamps may be late by as much. */
  eventLoopDelay: LatencySummary;
}

/**
 * Enrols one app per account (browser on `portal`, app on `deviceServer`), opens every app's
 * event stream, runs a warm-up round, measures the baseline, then `rounds` rounds of `users`
 * concurrent sign-ins, each with accounts of its own: the push-bombing limit (core
 * DEFAULT_DEVICE_POLICY.pushPerUser, 3 per account per 2 minutes) is not configurable.
 */
async function measure(
  portal: string,
  deviceServer: string | undefined,
  nodes: ServerProcess[],
  accounts: BenchAccount[],
): Promise<TopologyResult> {
  client.close();
  client = new LoadClient(users);
  cleanups.push(async () => client.close());
  const apps: OpenApp[] = [];
  let next = 0;
  await timeMany(accounts.length, 4, async () => {
    const i = next++;
    const account = accounts[i]!;
    const device = await BenchDevice.create();
    await enrolThroughPortal(client, portal, account, device, {
      pin: PIN,
      name: 'Bench-CLI',
      ...(deviceServer ? { deviceServer } : {}),
    });
    apps[i] = { device, events: await device.openEvents() };
  });
  cleanups.push(async () => apps.forEach((app) => app.events.close()));

  await round(portal, accounts.slice(0, WARM_UP), apps.slice(0, WARM_UP));

  const health = [];
  for (const node of nodes) {
    health.push(
      summarise(
        await timeMany(users * 20, users, async () => {
          const res = await client.request(`${node.url}/health`);
          if (res.status !== 200) throw new Error(`/health: ${res.status}`);
        }),
      ),
    );
  }

  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const samples: Sample[] = [];
  for (let r = 0; r < rounds; r++) {
    const from = WARM_UP + r * users;
    samples.push(...(await round(portal, accounts.slice(from, from + users), apps.slice(from, from + users))));
  }
  delay.disable();
  for (const app of apps) app.events.close();
  const nsToMs = (ns: number) => ns / 1e6;
  const eventLoopDelay = {
    p50: nsToMs(delay.percentile(50)),
    p99: nsToMs(delay.percentile(99)),
    max: nsToMs(delay.max),
    count: delay.count,
  };
  return { health, samples, eventLoopDelay };
}

/** Publish on one connection, hear it on another's subscription: the hop between two nodes. */
async function redisRoundTrip(url: string): Promise<LatencySummary> {
  const publisher = createRedisEphemeralStore(url, { keyPrefix: 'sesame-bench:' });
  const subscriber = createRedisEphemeralStore(url, { keyPrefix: 'sesame-bench:' });
  try {
    let heard: () => void = () => {};
    const stop = await subscriber.subscribe('round-trip', () => heard());
    const times = await timeMany(users * 20, 1, async () => {
      const arrived = new Promise<void>((resolve) => (heard = resolve));
      await publisher.publish('round-trip', 'x');
      await arrived;
    });
    await stop();
    return summarise(times);
  } finally {
    await publisher.close();
    await subscriber.close();
  }
}

const accountCount = WARM_UP + users * rounds;
const started = performance.now();
try {
  // One node: the embedded default, SQLite and the in-memory ephemeral store.
  const sqlite = `sqlite:${join(scratchDir(), 'bench.db')}`;
  const oneAccounts = await seedAccounts(sqlite, accountCount, ARGON2);
  const single = await startNode({ DATABASE_URL: sqlite });
  const one = await measure(single.url, undefined, [single], oneAccounts);
  await cleanUp();

  let two: (TopologyResult & { redis: LatencySummary }) | undefined;
  if (twoNodes) {
    const database = await scratchPostgresDatabase(postgresUrl);
    cleanups.push(() => database.release());
    const redis = await scratchRedisDatabase(redisUrl);
    cleanups.push(() => redis.release());
    const twoAccounts = await seedAccounts(database.url, accountCount, ARGON2);
    // Every node reads the same key files (config: oidc.keysFile, devices.keysFile, and the VAPID
    // keys next to it) and has the same public URL, the one the enrolment QR names.
    const shared = scratchDir();
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      SESAME_OIDC_KEYS_FILE: join(shared, 'oidc-keys.json'),
      SESAME_DEVICE_KEYS_FILE: join(shared, 'device-keys.json'),
      SESAME_OUTBOX_DIR: join(shared, 'outbox'),
    };
    // One after the other: the first creates the key files, the second reads them.
    const node1 = await startNode(env);
    const node2 = await startNode({ ...env, SESAME_PUBLIC_URL: node1.url });
    const measured = await measure(node1.url, node2.url, [node1, node2], twoAccounts);
    two = { ...measured, redis: await redisRoundTrip(redis.url) };
  }

  const ms = (x: number) => (Number.isNaN(x) ? '' : x.toFixed(1));
  const row = (label: string, ...columns: Array<LatencySummary | undefined>) => {
    const out: Record<string, string> = {};
    const [a, b] = columns;
    for (const [name, s] of [
      ['1 node', a],
      ['2 nodes', b],
    ] as const) {
      out[`${name} p50 ms`] = s ? ms(s.p50) : '';
      out[`${name} p99 ms`] = s ? ms(s.p99) : '';
      out[`${name} max`] = s ? ms(s.max) : '';
      out[`${name} n`] = s ? String(s.count) : '';
    }
    return [label, out] as const;
  };
  const of = (r: TopologyResult | undefined, pick: (s: Sample) => number) =>
    r ? summarise(r.samples.map(pick)) : undefined;

  console.log(
    `${users} concurrent "Sésame app with PIN code" sign-ins × ${rounds} rounds (+ ${WARM_UP} warm-up), one account per sign-in (push limit: 3 per account per 2 min, not configurable)`,
  );
  console.log(
    `argon2id m=${ARGON2.memoryKiB}KiB t=${ARGON2.iterations} p=${ARGON2.parallelism} (the cheapest the config allows: the password is not measured); apps are authenticator-core in this process, event stream open`,
  );
  console.log(
    '1 node: SQLite + in-memory store. 2 nodes: PostgreSQL + Redis, browser on node 1, app on node 2 (both events cross nodes through Redis pub/sub). Same machine, same run.',
  );
  console.table(
    Object.fromEntries([
      row('baseline: GET /health (browser node)', one.health[0], two?.health[0]),
      row('baseline: GET /health (app node)', undefined, two?.health[1]),
      row('baseline: Redis publish → subscriber', undefined, two?.redis),
      row(
        'A  "Sign in" → app has the request',
        of(one, (s) => s.signInToApp),
        of(two, (s) => s.signInToApp),
      ),
      row(
        '   "Sign in" → 303 /login/app',
        of(one, (s) => s.signInAnswered),
        of(two, (s) => s.signInAnswered),
      ),
      row(
        'B  app answer sent → browser has verdict',
        of(one, (s) => s.answerToBrowser),
        of(two, (s) => s.answerToBrowser),
      ),
      row(
        '   approve() returned → browser has verdict',
        of(one, (s) => s.approveReturnedToBrowser),
        of(two, (s) => s.approveReturnedToBrowser),
      ),
      row(
        "B' app answer sent → session open (303)",
        of(one, (s) => s.answerToSession),
        of(two, (s) => s.answerToSession),
      ),
    ]),
  );
  const lag = (r: TopologyResult | undefined) =>
    r ? `p50 ${ms(r.eventLoopDelay.p50)}, p99 ${ms(r.eventLoopDelay.p99)}, max ${ms(r.eventLoopDelay.max)} ms` : '–';
  console.log(
    `This process's event-loop delay during the rounds (its stamps can be late by as much): 1 node ${lag(one)}; 2 nodes ${lag(two)}. ${((performance.now() - started) / 1000).toFixed(0)} s in all.`,
  );
} finally {
  client.close();
  await cleanUp();
}
