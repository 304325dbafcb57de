import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, fr } from '@sesame/server';
import { STRENGTH_LEVELS, type Strength } from '../../packages/protocol/src/strengths';
import { withBackend } from '../../packages/storage/test/backends';
import { startTcpProxy, targetOf, throughProxy, type TcpProxy } from '../../packages/storage/test/tcp-proxy';
import { freePort } from '../support/stack';
import { encodeEnrolmentQr, toBase64Url, type DeviceRegistrationResult } from '../../packages/protocol/src/index';
import { PIN, pinAnswer, qrTextInPage, registrationFor } from '@sesame/server/testing';
import { faultServerEnv, HttpBrowser, spawnServer, type FaultServer, type HttpPage } from './fault-server';

/**
 * Issue 10 finding 5, the fault suite: the real server in a child process, on the real
 * PostgreSQL and Redis of the machine, each behind a TCP proxy the test can drop or close — the
 * shared servers are never stopped, and only the server-under-test's own connections are killed
 * (by application_name / client name). Nothing is left behind: its schema, its Redis keys (a
 * prefix of its own), its temporary directory and its processes go in afterAll.
 */

const MARIE = { email: 'marie.dupont@ddpp35.example.fr', password: 'Vache-Normande-35' };
// "Bulletin sanitaire (démo)", the BASIC demo entry: Marie's password alone signs her in there
// ("TRACES NT (démo)" requires the app, issue 11 point 4).
const SERVICE = 'http://localhost:8082/app';
const CLIENT = { id: 'bulletin-demo', secret: 'demo-secret-not-for-production-bulletin-0123456789' };
const REDIRECT_URI = 'http://localhost:8082/oidc/callback';

/** The French and English pages say the same thing as the catalogues (apostrophes escaped or not). */
const shows = (page: HttpPage, message: string) =>
  page.body.replaceAll('&#39;', "'").replaceAll('&rsquo;', '’').includes(message.split('.')[0]!);

async function signIn(base: string, language = 'fr'): Promise<{ browser: HttpBrowser; pages: HttpPage[] }> {
  const browser = new HttpBrowser(base, language);
  const pages: HttpPage[] = [];
  pages.push(await browser.get('/login'));
  if (pages.at(-1)!.status !== 200) return { browser, pages };
  pages.push(await browser.post('/login', { email: MARIE.email }));
  if (pages.at(-1)!.status !== 303) return { browser, pages };
  pages.push(await browser.post('/login/password', { password: MARIE.password }));
  return { browser, pages };
}

/** True when a whole sign-in goes through (the password step redirects onwards). */
async function signsIn(base: string): Promise<boolean> {
  try {
    const { pages } = await signIn(base);
    return pages.length === 3 && pages[2]!.status === 303;
  } catch {
    return false;
  }
}

async function servesAgainWithin(base: string, ms: number): Promise<number> {
  const started = Date.now();
  await expect.poll(() => signsIn(base), { timeout: ms, interval: 250 }).toBe(true);
  return Date.now() - started;
}

const storeLines = (server: FaultServer, store: string, state: 'down' | 'up') =>
  server.logLines().filter((line) => line.store === store && line.storeState === state);

withBackend('postgres', (databaseUrl) => {
  withBackend('redis', (redisUrl) => {
    describe('store faults (real server, real PostgreSQL and Redis)', () => {
      const id = randomBytes(4).toString('hex');
      const schema = `sesame_faults_${id}`;
      const name = `sesame-faults-${id}`;
      const keyPrefix = `sesame-faults:${id}:`;
      let admin: pg.Client;
      let redisAdmin: Redis;
      let pgProxy: TcpProxy;
      let redisProxy: TcpProxy;
      let dir: string;
      let env: Record<string, string>;
      let server: FaultServer | undefined;

      const start = async () => {
        server = await spawnServer(env);
        return server;
      };

      beforeAll(async () => {
        dir = await mkdtemp(join(tmpdir(), 'sesame-faults-'));
        admin = new pg.Client({ connectionString: databaseUrl });
        await admin.connect();
        await admin.query(`create schema if not exists ${schema}`);
        redisAdmin = new Redis(redisUrl);
        pgProxy = await startTcpProxy(targetOf(databaseUrl, 5432));
        redisProxy = await startTcpProxy(targetOf(redisUrl, 6379));
        const db = new URL(throughProxy(databaseUrl, pgProxy));
        db.searchParams.set('application_name', name);
        db.searchParams.set('options', `-c search_path=${schema}`);
        const redis = new URL(throughProxy(redisUrl, redisProxy));
        redis.searchParams.set('connectionName', name);
        redis.searchParams.set('keyPrefix', keyPrefix);
        env = faultServerEnv({
          port: await freePort(),
          databaseUrl: db.toString(),
          redisUrl: redis.toString(),
          dir,
        });
        await start();
      });

      afterAll(async () => {
        await server?.kill('SIGKILL');
        await pgProxy?.close();
        await redisProxy?.close();
        if (redisAdmin) {
          for await (const keys of redisAdmin.scanStream({ match: `${keyPrefix}*`, count: 1000 })) {
            if ((keys as string[]).length > 0) await redisAdmin.del(...(keys as string[]));
          }
          redisAdmin.disconnect();
        }
        if (admin) {
          await admin.query(`drop schema if exists ${schema} cascade`);
          await admin.end();
        }
        if (dir) await rm(dir, { recursive: true, force: true });
      });

      it('stays up through pg_terminate_backend of its connections during traffic, 503 meanwhile, then serves again by itself', async () => {
        const running = server!;
        expect(await signsIn(running.url)).toBe(true);
        const statuses: number[] = [];
        let stop = false;
        const traffic = async () => {
          while (!stop) {
            const { pages } = await signIn(running.url).catch(() => ({ pages: [] as HttpPage[] }));
            statuses.push(...pages.map((page) => page.status));
          }
        };
        const loops = [traffic(), traffic(), traffic()];
        await new Promise((resolve) => setTimeout(resolve, 300));
        const { rowCount } = await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
          [name],
        );
        expect(rowCount).toBeGreaterThan(0);
        await new Promise((resolve) => setTimeout(resolve, 700));
        stop = true;
        await Promise.all(loops);

        expect(running.alive()).toBe(true);
        // Each answer is a page, a redirect or a 503; never a 500, never a crash.
        expect(statuses.filter((status) => ![200, 303, 503].includes(status))).toEqual([]);
        expect(await servesAgainWithin(running.url, 5_000)).toBeLessThan(5_000);
        // No stack per request; the dropped connections are one "down" and one "back", if any.
        expect(running.logLines().filter((line) => line.err !== undefined)).toEqual([]);
        await expect
          .poll(() => storeLines(running, 'database', 'up').length, { timeout: 5_000 })
          .toBe(storeLines(running, 'database', 'down').length);
        expect(storeLines(running, 'database', 'down').length).toBeLessThanOrEqual(1);
      });

      it('is back by itself after CLIENT KILL of its Redis connections', async () => {
        const running = server!;
        const list = (await redisAdmin.client('LIST')) as string;
        const ids = list
          .split('\n')
          .filter((line) => new RegExp(` name=${name}(-events)? `).test(line))
          .map((line) => /\bid=(\d+)/.exec(line)![1]!);
        expect(ids.length).toBeGreaterThanOrEqual(2);
        for (const clientId of ids) await redisAdmin.client('KILL', 'ID', clientId);
        expect(running.alive()).toBe(true);
        expect(await servesAgainWithin(running.url, 5_000)).toBeLessThan(5_000);
        // At most one "down", and its "back".
        await expect
          .poll(() => storeLines(running, 'redis', 'up').length, { timeout: 5_000 })
          .toBe(storeLines(running, 'redis', 'down').length);
        expect(storeLines(running, 'redis', 'down').length).toBeLessThanOrEqual(1);
      });

      for (const store of ['redis', 'database'] as const) {
        it(`while ${store === 'redis' ? 'Redis' : 'PostgreSQL'} is unreachable: 503 pages in French and English, CAS INTERNAL_ERROR, OIDC temporarily_unavailable, logged once; back by itself`, async () => {
          const running = server!;
          const proxy = store === 'redis' ? redisProxy : pgProxy;
          expect(await signsIn(running.url)).toBe(true);
          const downBefore = storeLines(running, store, 'down').length;
          const upBefore = storeLines(running, store, 'up').length;
          const linesBefore = running.logLines().length;
          await proxy.down();
          try {
            // Pages: the step that reads the store answers 503 with the message and a next step.
            for (const [language, m] of [
              ['fr', fr],
              ['en', en],
            ] as const) {
              for (let i = 0; i < 5; i++) {
                const { pages } = await signIn(running.url, language);
                const last = pages.at(-1)!;
                expect(last.status).toBe(503);
                expect(shows(last, m.errors.STORE_UNAVAILABLE)).toBe(true);
                expect(last.headers.get('retry-after')).toBe('60');
              }
            }

            // CAS validation (tickets live in Redis): an INTERNAL_ERROR failure document, in the
            // format asked. OIDC's codes, tokens and sessions live in Redis too.
            if (store === 'redis') {
              const xml = await fetch(`${running.url}/cas/serviceValidate?ticket=ST-abc&service=${SERVICE}`);
              expect(xml.status).toBe(503);
              expect(await xml.text()).toContain('INTERNAL_ERROR');
              const json = await fetch(
                `${running.url}/cas/p3/serviceValidate?ticket=ST-abc&service=${SERVICE}&format=JSON`,
              );
              expect(json.status).toBe(503);
              expect(JSON.stringify(await json.json())).toContain('INTERNAL_ERROR');

              // The device API (the app registering with an enrolment token, kept in Redis): 503 JSON.
              const { registration } = await registrationFor(
                encodeEnrolmentQr({
                  type: 'enrolment',
                  server: new URL(running.url).origin,
                  account: 'marie',
                  deviceName: 'Pixel',
                  token: toBase64Url(randomBytes(32)),
                  expiresAt: Math.floor(Date.now() / 1000) + 600,
                }),
              );
              const device = await fetch(`${running.url}/device/v1/registrations`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(registration),
              });
              expect(device.status).toBe(503);
              expect(await device.json()).toEqual({ error: 'STORE_UNAVAILABLE' });

              // OIDC token endpoint: temporarily_unavailable, no token.
              const token = await fetch(`${running.url}/oidc/token`, {
                method: 'POST',
                headers: {
                  'content-type': 'application/x-www-form-urlencoded',
                  authorization: `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`,
                },
                body: new URLSearchParams({
                  grant_type: 'authorization_code',
                  code: 'a'.repeat(43),
                  redirect_uri: REDIRECT_URI,
                  code_verifier: 'v'.repeat(43),
                }).toString(),
              });
              expect(token.status).toBe(503);
              expect(await token.json()).toMatchObject({ error: 'temporarily_unavailable' });
              // The authorization endpoint sends the application temporarily_unavailable (RFC 6749 §4.1.2.1).
              const auth = await fetch(
                `${running.url}/oidc/auth?${new URLSearchParams({
                  client_id: CLIENT.id,
                  redirect_uri: REDIRECT_URI,
                  response_type: 'code',
                  scope: 'openid',
                  state: 'st',
                  code_challenge: 'c'.repeat(43),
                  code_challenge_method: 'S256',
                })}`,
                { redirect: 'manual' },
              );
              const where = auth.headers.get('location') ?? '';
              expect(auth.status === 503 || where.includes('error=temporarily_unavailable')).toBe(true);
              expect(where).not.toContain('code=');
            }

            // /ready tells the load balancer; /health stays up (the process is alive).
            const ready = await fetch(`${running.url}/ready`);
            expect(ready.status).toBe(503);
            expect((await fetch(`${running.url}/health`)).status).toBe(200);
            expect(running.alive()).toBe(true);
          } finally {
            await proxy.up();
          }
          expect(await servesAgainWithin(running.url, 10_000)).toBeLessThan(10_000);
          await expect.poll(() => storeLines(running, store, 'up').length, { timeout: 5_000 }).toBe(upBefore + 1);
          // Once down, once back: not once per request, and no stack in between.
          expect(storeLines(running, store, 'down').length).toBe(downBefore + 1);
          const during = running.logLines().slice(linesBefore);
          expect(during.filter((line) => line.err !== undefined || /stack/.test(JSON.stringify(line)))).toEqual([]);
          expect(during.filter((line) => (line.level as number) >= 50).length).toBe(1);
        });
      }

      it('SIGKILL in the middle of a sign-in: nothing half-made, no bypass, back after a restart', async () => {
        // Killed between the password step and its answer, then right after it.
        const browser = new HttpBrowser(server!.url);
        await browser.get('/login');
        await browser.post('/login', { email: MARIE.email });
        const inFlight = browser.post('/login/password', { password: MARIE.password }).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await server!.kill('SIGKILL');
        await inFlight;
        const restarted = await start();
        // The old cookies open nothing they were not entitled to; a new sign-in works.
        const account = await browser.get('/account');
        expect([200, 303]).toContain(account.status);
        expect(await signsIn(restarted.url)).toBe(true);
        // No session reached MEDIUM (Marie has no device): every stored session is at its strengths.
        const sessions: string[] = [];
        for await (const keys of redisAdmin.scanStream({ match: `${keyPrefix}sess:*`, count: 1000 })) {
          sessions.push(...(keys as string[]).filter((key) => !key.includes(':p:')));
        }
        for (const key of sessions) {
          const raw = await redisAdmin.get(key);
          if (!raw) continue;
          const record = JSON.parse(raw) as { strengths: Strength[] };
          expect(record.strengths.map((strength) => STRENGTH_LEVELS[strength])).not.toContain('MEDIUM');
        }
        // Every account has a password hash; no device is active without its PIN confirmation.
        const users = await admin.query(`select count(*)::int as n from ${schema}.users where password_hash = ''`);
        expect(users.rows[0].n).toBe(0);
        const devices = await admin.query(
          `select count(*)::int as n from ${schema}.devices where status = 'active' and activated_at is null`,
        );
        expect(devices.rows[0].n).toBe(0);
      });

      it('SIGKILL in the middle of an enrolment: no device active without its PIN confirmation, back after a restart', async () => {
        const devicesOf = async () =>
          (
            await admin.query<{ status: string; activated_at: Date | null }>(
              `select d.status, d.activated_at from ${schema}.devices d join ${schema}.users u on u.id = d.user_id where u.email = $1`,
              [MARIE.email],
            )
          ).rows;
        const enrol = async (base: string) => {
          const { browser, pages } = await signIn(base);
          expect(pages.at(-1)!.status).toBe(303);
          await browser.get('/account/devices/new');
          const page = await browser.post('/account/devices/new', { name: 'Pixel', pin: PIN, pinConfirm: PIN });
          expect(page.status).toBe(200);
          return registrationFor(qrTextInPage(page.body, 'enrolment-qr'), `inst-${randomBytes(8).toString('hex')}`);
        };
        const register = (base: string, registration: Record<string, unknown>) =>
          fetch(`${base}/device/v1/registrations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(registration),
            signal: AbortSignal.timeout(10_000),
          });

        // 1. Killed while the app's registration is in flight.
        const first = await enrol(server!.url);
        const inFlight = register(server!.url, first.registration).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await server!.kill('SIGKILL');
        await inFlight;
        let restarted = await start();
        expect((await devicesOf()).filter((d) => d.status === 'active')).toEqual([]);

        // 2. Killed after the registration, before the PIN confirmation.
        const second = await enrol(restarted.url);
        const registered = await register(restarted.url, second.registration);
        expect(registered.status).toBe(201);
        const result = (await registered.json()) as DeviceRegistrationResult;
        await restarted.kill('SIGKILL');
        restarted = await start();
        expect((await devicesOf()).filter((d) => d.status === 'active')).toEqual([]);
        // The PIN confirmation after the restart activates nothing by itself (the browser confirms).
        const confirmation = await fetch(`${restarted.url}/device/v1/pin-confirmations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(await pinAnswer(second.keys, result)),
        });
        expect(confirmation.status).toBeLessThan(500);
        expect((await devicesOf()).filter((d) => d.status === 'active' && d.activated_at === null)).toEqual([]);
        expect((await devicesOf()).filter((d) => d.status === 'active')).toEqual([]);
        expect(await signsIn(restarted.url)).toBe(true);
      });
    });
  });
});

describe('an unreachable database at start', () => {
  it('is retried for storeStartupTimeoutSeconds, then the process exits non-zero with one readable line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sesame-faults-start-'));
    try {
      const nowhere = await freePort();
      const started = Date.now();
      const server = await spawnServer(
        {
          PORT: String(await freePort()),
          SESAME_PUBLIC_URL: 'http://localhost:1',
          DATABASE_URL: `postgres://sesame:s3cret-pw@127.0.0.1:${nowhere}/sesame`,
          SESAME_OUTBOX_DIR: join(dir, 'outbox'),
          SESAME_OIDC_KEYS_FILE: join(dir, 'oidc-keys.json'),
          SESAME_DEVICE_KEYS_FILE: join(dir, 'device-keys.json'),
          SESAME_STORE_STARTUP_TIMEOUT_SECONDS: '3',
        },
        { waitRunning: false },
      );
      const code = await server.exited;
      expect(code).not.toBe(0);
      expect(code).toBe(3);
      // Retried for the configured time, not given up at the first refusal.
      expect(Date.now() - started).toBeGreaterThanOrEqual(3_000);
      const lines = server
        .stderr()
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.includes('oidc-provider WARNING'));
      const last = lines.at(-1)!;
      expect(last).toContain(`postgres://sesame@127.0.0.1:${nowhere}/sesame`);
      expect(last).toMatch(/database/);
      expect(server.stderr()).not.toContain('s3cret-pw');
      // No raw stack.
      expect(server.stderr()).not.toMatch(/^\s+at /m);
      expect(lines.length).toBeLessThanOrEqual(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
