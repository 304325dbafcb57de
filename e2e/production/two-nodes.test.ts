import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchDevice } from '../../bench/support/bench-device';
import { EventStreamReader } from '../../bench/support/event-stream-reader';
import { LoadClient } from '../../bench/support/load';
import { enrolThroughPortal } from '../../bench/support/portal-enrolment';
import { scratchPostgresDatabase, scratchRedisDatabase, type Scratch } from '../../bench/support/scratch-backends';
import { type BenchAccount, seedAccounts } from '../../bench/support/seed-accounts';
import { ensureServerBuilt, SERVER_DIST_MAIN } from '../../tools/build-server';
import { writeNginxTestConfig } from '../../tools/nginx-wrapper';
import { type SmtpCapture, startSmtpCapture } from '../support/stack';
import { freePort, startServerProcess, type ServerProcess } from '../../tools/server-process';
import { readUnit } from './systemd-unit';

/**
 * Issue 12, point 7: Sésame as docs/operators/production.md runs it — Debian's nginx with
 * deploy/nginx/sesame.conf (TLS, two upstreams) in front of two compiled nodes started as
 * deploy/systemd/sesame@.service says (its ExecStart and Environment), on one PostgreSQL database
 * and one Redis. The browser is an HTTP client with a cookie jar and an EventSource-like reader,
 * all through nginx; the app (authenticator-core) talks to one node directly.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const TLS_CERT = readFileSync(join(root, 'apps/server/src/cas/fixtures/tls/localhost-test-only.cert.pem'), 'utf8');
const ARGON2 = { memoryKiB: 8192, iterations: 1, parallelism: 1 };
const PIN = '5739';
const CSRF = '__Host-sesame-csrf';
const postgresAdmin = (process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test').replace(
  /\/[^/]*$/,
  '/postgres',
);
const redisBase = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

let dir: string;
let postgres: Scratch | undefined;
let redis: Scratch | undefined;
let smtp: SmtpCapture | undefined;
let nginx: ChildProcess | undefined;
let nginxExited: Promise<unknown> | undefined;
const nodes: ServerProcess[] = [];
let ports: [number, number];
let portal: string;
let accounts: BenchAccount[];
let client: LoadClient;
/** Every status the browser saw through nginx. */
const statuses: number[] = [];

const cookieHeader = (cookies: Map<string, string>) => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');

async function browse(path: string, cookies: Map<string, string>, form?: Record<string, string>) {
  const res = await client.request(`${portal}${path}`, {
    cookies,
    ...(form ? { form } : {}),
    // A client's own X-Forwarded-For: nginx replaces it, the nodes never count this address.
    headers: { 'x-forwarded-for': '203.0.113.66' },
  });
  statuses.push(res.status);
  return res;
}

/** Starts node `index` as systemd would start sesame@<port>: the unit's ExecStart and Environment. */
async function startNode(index: 0 | 1): Promise<ServerProcess> {
  const port = ports[index];
  const unit = readUnit(String(port));
  expect(resolve(root, unit.execStart.at(-1)!)).toBe(SERVER_DIST_MAIN);
  const node = await startServerProcess(
    {
      ...unit.environment,
      // /etc/sesame/sesame.env, as deploy/sesame.env.example has it, with this run's backends and files.
      SESAME_PUBLIC_URL: portal,
      SESAME_TRUST_PROXY: '127.0.0.1',
      HOST: '127.0.0.1',
      DATABASE_URL: postgres!.url,
      REDIS_URL: redis!.url,
      SESAME_OIDC_KEYS_FILE: join(dir, 'oidc-keys.json'),
      SESAME_DEVICE_KEYS_FILE: join(dir, 'device-keys.json'),
      SESAME_VAPID_KEYS_FILE: join(dir, 'vapid-keys.json'),
      SMTP_URL: smtp!.url,
      SESAME_OUTBOX_DIR: join(dir, 'outbox'),
      SESAME_DEMO_ACCOUNTS: 'false',
      SESAME_ARGON2_MEMORY_KIB: String(ARGON2.memoryKiB),
      SESAME_ARGON2_ITERATIONS: String(ARGON2.iterations),
      SESAME_ARGON2_PARALLELISM: String(ARGON2.parallelism),
      LOG_LEVEL: 'warn',
    },
    { compiled: true, port },
  );
  nodes[index] = node;
  return node;
}

/** The nginx access log's upstreams (`127.0.0.1:<port>`) for `method path` lines from line `from` on. */
function accessLog(): string[] {
  return readFileSync(join(dir, 'logs/access.log'), 'utf8').split('\n').filter(Boolean);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sesame-production-'));
  await ensureServerBuilt();
  [postgres, redis, smtp] = await Promise.all([
    scratchPostgresDatabase(postgresAdmin),
    scratchRedisDatabase(redisBase),
    startSmtpCapture(),
  ]);
  accounts = await seedAccounts(postgres.url, 3, ARGON2);
  ports = [await freePort(), await freePort()];
  const https = await freePort();
  portal = `https://localhost:${https}`;
  const conf = writeNginxTestConfig(dir, { http: await freePort(), https, nodes: ports });
  nginx = spawn('nginx', ['-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
  nginxExited = new Promise((done) => nginx!.once('exit', done));
  // The first node alone creates the key files; the second reads them (production.md's install).
  await startNode(0);
  await startNode(1);
  client = new LoadClient(4, { ca: TLS_CERT });
  for (let i = 0; i < 50; i++) {
    const ready = await client.request(`${portal}/ready`).catch(() => undefined);
    if (ready?.status === 200) break;
    await new Promise((done) => setTimeout(done, 100));
  }
}, 120_000);

afterAll(async () => {
  client?.close();
  await Promise.all(nodes.map((node) => node?.stop()));
  if (nginx && nginx.exitCode === null) {
    nginx.kill('SIGQUIT');
    await nginxExited;
  }
  await Promise.all([postgres?.release(), redis?.release(), smtp?.close()]);
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('production: nginx in front of two compiled nodes (deploy/)', () => {
  it('a password sign-in started on one node finishes on the other', async () => {
    const before = accessLog().length;
    const cookies = new Map<string, string>();
    const page = await browse('/login', cookies);
    expect(page.status).toBe(200);
    const _csrf = cookies.get(CSRF)!;
    expect((await browse('/login', cookies, { email: accounts[0]!.email, _csrf })).status).toBe(303);
    const done = await browse('/login/password', cookies, { password: accounts[0]!.password, _csrf });
    expect([done.status, done.location]).toEqual([303, '/account']);
    expect((await browse('/account', cookies)).status).toBe(200);
    const upstreams = new Set(
      accessLog()
        .slice(before)
        .map((line) => line.split(' ')[3]),
    );
    expect(upstreams).toEqual(new Set(ports.map((port) => `127.0.0.1:${port}`)));
  });

  /**
   * The push sign-in of ADR 0007 with the browser's verdict stream on one node (through nginx) and
   * the app on the other (directly): the answer crosses nodes through Redis. With `stopMidway`,
   * the browser's node gets SIGTERM once the push is pending: its stream ends, the browser
   * reconnects through nginx (to the node left), and the sign-in completes there.
   */
  async function pushSignIn(account: BenchAccount, options: { stopMidway: boolean }) {
    const device = await BenchDevice.create();
    // The app enrols with node 1 (EnrolOptions.server) and keeps its stream there.
    const appNode = nodes[1]!;
    await enrolThroughPortal(client, portal, account, device, {
      pin: PIN,
      name: 'Prod-CLI',
      deviceServer: appNode.url,
    });
    const appEvents = await device.openEvents();
    const streams: EventStreamReader[] = [];
    try {
      const cookies = new Map<string, string>();
      await browse('/login', cookies);
      const _csrf = cookies.get(CSRF)!;
      await browse('/login', cookies, { email: account.email, _csrf });
      const posted = await browse('/login/password', cookies, {
        password: account.password,
        method: 'PASSWORD_MOBILE_APP',
        _csrf,
      });
      expect([posted.status, posted.location]).toEqual([303, '/login/app']);
      const page = await browse('/login/app', cookies);
      const shown = Number(/data-testid="number-match">(\d+)</.exec(page.body)?.[1]);
      expect(Number.isInteger(shown)).toBe(true);

      // The browser's EventSource through nginx, until it is on node 0 (round robin: at most twice).
      const openVerdicts = async () => {
        const stream = new EventStreamReader(
          `${portal}/login/app/events`,
          { cookie: cookieHeader(cookies) },
          { ca: TLS_CERT },
        );
        streams.push(stream);
        await stream.opened;
        return stream;
      };
      let verdicts = await openVerdicts();
      for (let tries = 1; verdicts.headers['x-sesame-upstream'] !== `127.0.0.1:${ports[0]}`; tries++) {
        expect(tries, 'nginx never sent the stream to node 0').toBeLessThan(4);
        verdicts.close();
        verdicts = await openVerdicts();
      }
      const notice = await appEvents.next('push-notice');
      const { challengeId } = JSON.parse(notice.data) as { challengeId: string };

      if (options.stopMidway) {
        // A mail handed to node 0's background mailer just before the stop ("forgot password").
        const other = new Map<string, string>();
        await client.request(`${nodes[0]!.url}/password/forgot`, { cookies: other });
        const forgot = await client.request(`${nodes[0]!.url}/password/forgot`, {
          cookies: other,
          form: { email: account.email, _csrf: other.get(CSRF)! },
        });
        expect(forgot.status).toBe(200);
        // systemctl stop sesame@<port 0>: SIGTERM, requests in flight finish, mails are sent, streams end.
        await nodes[0]!.stop();
        expect(await nodes[0]!.exited).toBe(0);
        await expect(verdicts.next('verdict', () => true, 10_000)).rejects.toThrow(/ended the stream/);
        verdicts = await openVerdicts(); // EventSource's reconnection
        expect(verdicts.headers['x-sesame-upstream']).toBe(`127.0.0.1:${ports[1]}`);
      }

      expect((await device.authenticator.pending()).map((c) => c.challengeId)).toContain(challengeId);
      const answered = await device.authenticator.approve(challengeId, shown, PIN);
      expect(answered.accepted).toBe(true);
      const heard = await verdicts.next('verdict');
      expect((JSON.parse(heard.data) as { verdict: string }).verdict).toBe('approved');
      const done = await browse('/login/app', cookies, { _csrf });
      expect([done.status, done.location]).toEqual([303, '/account']);
      expect((await browse('/account', cookies)).status).toBe(200);
      // The enrolment's notice, whichever node sent it; with the stop, the mail node 0 had queued.
      await smtp!.waitForMail(account.email, (mail) => mail.subject.includes('a mobile device was added'));
      if (options.stopMidway)
        await smtp!.waitForMail(account.email, (mail) => mail.subject.includes('choose a new password'));
    } finally {
      for (const stream of streams) stream.close();
      appEvents.close();
    }
  }

  it('an answer sent by the app to the other node reaches the browser, and the sign-in completes', async () => {
    await pushSignIn(accounts[1]!, { stopMidway: false });
  });

  it('the browser’s node stopped mid-way loses nothing: the stream reconnects to the other node, the sign-in completes, its queued mail and the audit are there', async () => {
    await pushSignIn(accounts[2]!, { stopMidway: true });
    expect(statuses.filter((status) => status >= 500)).toEqual([]);

    const db = new pg.Client({ connectionString: postgres!.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ user_id: string; ip: string }>(
        `SELECT user_id, ip FROM audit_events WHERE type = 'sign_in.succeeded' ORDER BY seq`,
      );
      // Every sign-in of this file (each enrolment signs in first, then the push sign-ins), once.
      expect(rows.filter((row) => row.user_id === accounts[2]!.id)).toHaveLength(2);
      expect(rows.filter((row) => row.user_id === accounts[0]!.id)).toHaveLength(1);
      // The address nginx saw, never the one the client wrote in its own X-Forwarded-For.
      expect(new Set(rows.map((row) => row.ip))).toEqual(new Set(['127.0.0.1']));
    } finally {
      await db.end();
    }
  });
});
