/**
 * Relying-app protocols (issue #3): CAS `serviceValidate` validations per second and OpenID
 * Connect code-to-token and refresh requests per second, each next to a bare Node HTTP server's
 * rate on the same machine in the same run, with the server's CPU milliseconds per operation
 * (goals: ≤ 0.7 ms per CAS validation, ≤ 3 ms per code-to-token exchange).
 *
 * Tickets and codes are made beforehand in batches (not measured); each batch is then validated
 * or exchanged at full speed while the server's own CPU time is read.
 *
 *   npm run bench:protocols      (BENCH_BATCHES=5 BENCH_BATCH=200 BENCH_CONCURRENCY=8)
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '@sesame/server';
import { startServerProcess, type ServerProcess } from '../tools/server-process';
import { startBareServer } from './support/bare-server-process';
import { forDuration, LoadClient } from './support/load';
import { signIn } from './support/sign-in-flow';

const batches = Number(process.env.BENCH_BATCHES ?? 5);
const batchSize = Number(process.env.BENCH_BATCH ?? 200);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SERVICE = 'http://bench.invalid/cb';
const SECRET = 'bench-secret-0123456789abcdef0123456789abcdef';
const basic = `Basic ${Buffer.from(`bench:${SECRET}`).toString('base64')}`;

const appsFile = join(mkdtempSync(join(tmpdir(), 'sesame-bench-apps-')), 'apps.json');
writeFileSync(
  appsFile,
  JSON.stringify([
    {
      id: 'bench',
      name: 'Benchmark',
      cas: { services: [SERVICE], flavour: 'cas', singleLogout: false },
      oidc: {
        clientId: 'bench',
        clientSecret: SECRET,
        redirectUris: [SERVICE],
        grantTypes: ['authorization_code', 'refresh_token'],
      },
    },
  ]),
);

const client = new LoadClient(concurrency);

/** Runs `items` through `op` with `concurrency` workers; returns ops/s and server CPU ms per op. */
async function measure<T>(server: { cpuMs(): number }, items: T[], op: (item: T) => Promise<void>) {
  const queue = [...items];
  const cpu0 = server.cpuMs();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await op(item);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { rate: items.length / seconds, cpuMs: (server.cpuMs() - cpu0) / items.length };
}

async function parallel<T>(n: number, make: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  await forDuration(Number.POSITIVE_INFINITY, concurrency, async () => {
    if (out.length >= n) throw new StopSignal();
    out.push(await make());
  }).catch((error) => {
    if (!(error instanceof StopSignal)) throw error;
  });
  return out.slice(0, n);
}
class StopSignal extends Error {}

async function serviceTicket(server: ServerProcess, cookies: Map<string, string>): Promise<string> {
  const res = await client.request(`${server.url}/cas/login?service=${encodeURIComponent(SERVICE)}`, { cookies });
  const ticket = res.location && new URL(res.location).searchParams.get('ticket');
  if (!ticket) throw new Error(`no ticket: ${res.status} ${res.location}`);
  return ticket;
}

async function authorizationCode(
  server: ServerProcess,
  session: Map<string, string>,
): Promise<{ code: string; verifier: string }> {
  const cookies = new Map(session);
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const query = new URLSearchParams({
    client_id: 'bench',
    response_type: 'code',
    scope: 'openid',
    redirect_uri: SERVICE,
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  let location: string | undefined = `${server.url}/oidc/auth?${query}`;
  for (let hop = 0; hop < 8 && location; hop++) {
    const url: URL = new URL(location, server.url);
    if (url.href.startsWith(SERVICE)) {
      const code = url.searchParams.get('code');
      if (!code) throw new Error(`no code: ${url.href}`);
      return { code, verifier };
    }
    location = (await client.request(url.href, { cookies })).location;
  }
  throw new Error('authorization did not come back with a code');
}

async function token(server: ServerProcess, form: Record<string, string>): Promise<{ refresh_token: string }> {
  const res = await client.request(`${server.url}/oidc/token`, { form, headers: { authorization: basic } });
  if (res.status !== 200) throw new Error(`token endpoint: ${res.status} ${res.body}`);
  return JSON.parse(res.body) as { refresh_token: string };
}

const server = await startServerProcess({ SESAME_RELYING_APPS: appsFile });
const bare = await startBareServer();
try {
  const demo = DEMO_ACCOUNTS[0];
  const session = await signIn(client, server.url, demo.email, demo.password);
  type Round = { rate: number; cpuMs: number };
  const results: Record<'cas' | 'code' | 'refresh' | 'bare', Round[]> = { cas: [], code: [], refresh: [], bare: [] };

  for (let round = 0; round < batches; round++) {
    const tickets = await parallel(batchSize, () => serviceTicket(server, session));
    results.cas.push(
      await measure(server, tickets, async (ticket) => {
        const res = await client.request(
          `${server.url}/cas/p3/serviceValidate?service=${encodeURIComponent(SERVICE)}&ticket=${ticket}`,
        );
        if (!res.body.includes('authenticationSuccess')) throw new Error(`validation failed: ${res.body}`);
      }),
    );

    const codes = await parallel(batchSize, () => authorizationCode(server, session));
    const refreshTokens: string[] = [];
    results.code.push(
      await measure(server, codes, async ({ code, verifier }) => {
        const body = await token(server, {
          grant_type: 'authorization_code',
          code,
          redirect_uri: SERVICE,
          code_verifier: verifier,
        });
        refreshTokens.push(body.refresh_token);
      }),
    );
    results.refresh.push(
      await measure(
        server,
        refreshTokens,
        async (refresh_token) => void (await token(server, { grant_type: 'refresh_token', refresh_token })),
      ),
    );

    results.bare.push(
      await measure(
        bare,
        Array.from({ length: batchSize * 4 }, (_, i) => i),
        async () => {
          await client.request(`${bare.url}/p3/serviceValidate?service=x&ticket=ST-${round}`);
        },
      ),
    );
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const row = (list: Round[]) => ({
    'per second (median of rounds)': median(list.map((r) => r.rate)).toFixed(0),
    'server CPU ms per operation': median(list.map((r) => r.cpuMs)).toFixed(2),
  });
  console.log(
    `${batches} rounds × ${batchSize} operations, ${concurrency} concurrent keep-alive clients, same machine, same run`,
  );
  console.table({
    'bare Node HTTP server (baseline)': row(results.bare),
    'CAS p3/serviceValidate (goal ≤ 0.7 ms)': row(results.cas),
    'OIDC code → token (goal ≤ 3 ms)': row(results.code),
    'OIDC refresh': row(results.refresh),
  });
} finally {
  client.close();
  await bare.stop();
  await server.stop();
}
