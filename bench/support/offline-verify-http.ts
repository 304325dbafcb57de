import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { qrTextInPage } from '@sesame/server/testing';
import { startServerProcess } from '../../tools/server-process';
import { BenchDevice } from './bench-device';
import { LoadClient } from './load';
import { enrolThroughPortal } from './portal-enrolment';
import { seedAccounts } from './seed-accounts';

/** Requests per second at the clients' concurrency, and the server's CPU milliseconds per request. */
export interface HttpRate {
  count: number;
  perSecond: number;
  serverCpuMsPerRequest: number;
}

export interface HttpResult {
  accounts: number;
  concurrency: number;
  health: HttpRate;
  wrong: HttpRate;
  right: HttpRate;
}

/** The cheapest argon2id the config allows, as bench:push: the password is not what is measured. */
const ARGON2 = { memoryKiB: 8192, iterations: 1, parallelism: 1 };
const PIN = '5739';
const CSRF = '__Host-sesame-csrf';
/** Transactions per account per phase: 5 wrong codes in a row would block the device. */
const PER_ACCOUNT = 4;

interface Transaction {
  cookies: Map<string, string>;
  right: string;
  wrong: string;
}

/**
 * Runs `once` over `items` with `concurrency` loops; returns the rate and the server's CPU per
 * item (the server process's own /proc/<pid>/stat, stable on a busy machine).
 */
async function drive<T>(
  items: readonly T[],
  concurrency: number,
  cpuMs: () => number,
  once: (item: T) => Promise<void>,
): Promise<HttpRate> {
  let next = 0;
  const c0 = cpuMs();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await once(items[next++]!);
    }),
  );
  const ms = performance.now() - t0;
  return {
    count: items.length,
    perSecond: (items.length / ms) * 1000,
    serverCpuMsPerRequest: (cpuMs() - c0) / items.length,
  };
}

/**
 * The typed code over HTTP, POST /login/qr against a server in its own process (the embedded
 * default: SQLite, in-memory ephemeral store). `accounts` accounts are seeded, each enrols an
 * app (authenticator-core in this process) through the portal; then `4 × accounts` browsers
 * (cookie jars) each sign in with the password and "Sésame app with QR code", read the QR from
 * the page's image and get the app's code (all not measured). Measured, with `concurrency`
 * clients: the wrong codes (401, the page again: each counts a failure, 4 per device so none is
 * blocked), then the right codes (303, the session opened), next to GET /health.
 */
export async function measureOverHttp(accounts: number, concurrency: number, warmUp: number): Promise<HttpResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-bench-offline-http-'));
  const client = new LoadClient(concurrency);
  const database = `sqlite:${join(dir, 'bench.db')}`;
  let stop: () => Promise<void> = async () => {};
  try {
    const seeded = await seedAccounts(database, accounts, ARGON2);
    const server = await startServerProcess({
      DATABASE_URL: database,
      SESAME_ARGON2_MEMORY_KIB: String(ARGON2.memoryKiB),
      SESAME_ARGON2_ITERATIONS: String(ARGON2.iterations),
      SESAME_ARGON2_PARALLELISM: String(ARGON2.parallelism),
      SESAME_DEMO_ACCOUNTS: 'false',
    });
    stop = () => server.stop();
    const base = server.url;
    const devices: BenchDevice[] = [];
    await drive(
      seeded,
      4,
      () => 0,
      async (account) => {
        const device = await BenchDevice.create();
        await enrolThroughPortal(client, base, account, device, { pin: PIN, name: 'Bench-CLI' });
        devices[seeded.indexOf(account)] = device;
      },
    );

    /** One browser at the "QR code" step, and the codes its QR gives (the right one from the app). */
    const open = async (i: number): Promise<Transaction> => {
      const account = seeded[i % accounts]!;
      const cookies = new Map<string, string>();
      await client.request(`${base}/login`, { cookies });
      const _csrf = cookies.get(CSRF)!;
      await client.request(`${base}/login`, { cookies, form: { email: account.email, _csrf } });
      const step = await client.request(`${base}/login/password`, {
        cookies,
        form: { password: account.password, method: 'PASSWORD_SOFTWARE_TOKEN', _csrf },
      });
      if (step.status !== 303 || step.location !== '/login/qr') {
        throw new Error(`password step: ${step.status} ${step.location ?? step.body.slice(0, 200)}`);
      }
      const page = await client.request(`${base}/login/qr`, { cookies });
      const { code } = await devices[i % accounts]!.authenticator.offlineCode(
        qrTextInPage(page.body, 'sign-in-qr'),
        PIN,
      );
      const wrong = String((Number(code) + 1) % 1e8).padStart(8, '0');
      return { cookies, right: code, wrong };
    };
    const prepare = async (count: number) => {
      const out: Transaction[] = [];
      await drive(
        Array.from({ length: count }, (_, i) => i),
        4,
        () => 0,
        async (i) => void (out[i] = await open(i)),
      );
      return out;
    };
    const post = async (t: Transaction, code: string, status: number) => {
      const res = await client.request(`${base}/login/qr`, {
        cookies: t.cookies,
        form: { code, _csrf: t.cookies.get(CSRF)! },
      });
      if (res.status !== status) throw new Error(`POST /login/qr: ${res.status}, expected ${status}`);
    };
    const wrongCodes = (ts: Transaction[]) => drive(ts, concurrency, server.cpuMs, (t) => post(t, t.wrong, 401));
    const rightCodes = (ts: Transaction[]) => drive(ts, concurrency, server.cpuMs, (t) => post(t, t.right, 303));

    const warm = await prepare(Math.min(warmUp, accounts * PER_ACCOUNT));
    await wrongCodes(warm);
    await rightCodes(warm);
    const transactions = await prepare(accounts * PER_ACCOUNT);
    const health = await drive(transactions, concurrency, server.cpuMs, async () => {
      const res = await client.request(`${base}/health`);
      if (res.status !== 200) throw new Error(`/health: ${res.status}`);
    });
    const wrong = await wrongCodes(transactions);
    const right = await rightCodes(transactions);
    return { accounts, concurrency, health, wrong, right };
  } finally {
    client.close();
    await stop();
    await rm(dir, { recursive: true, force: true });
  }
}
