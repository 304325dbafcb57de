import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../support/stack';

/**
 * The Sésame server as operators run it (`node --import tsx apps/server/src/main.ts`), in a
 * process of its own, configured only through its environment and a relying-apps file: the
 * attacker suite sees it through HTTP and its mails, nothing else. Embedded SQLite and the
 * in-memory ephemeral store in a throw-away directory, so that a CI's DATABASE_URL/REDIS_URL
 * (shared backends whose rate-limit windows outlive a run) never reach it.
 */
export interface SesameProcess {
  /** `http://localhost:<port>` (no trailing slash). */
  url: string;
  /** Everything the process printed, for a failure's message. */
  output(): string;
  stop(): Promise<void>;
}

/** How long the process may take to say "Sésame is running" (it creates its key rings first). */
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/** Only what node needs from the caller's environment: no store URL, no Sésame setting leaks in. */
function baseEnvironment(): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'SystemRoot']) {
    const value = process.env[name];
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

export async function startSesameProcess(options: {
  smtpUrl: string;
  relyingApps: unknown[];
  /** The README's demo accounts, whose passwords are published (the admin attacks start from them). */
  demoAccounts?: boolean;
}): Promise<SesameProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'sesame-attacker-'));
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const relyingAppsFile = join(dir, 'relying-apps.json');
  await writeFile(relyingAppsFile, JSON.stringify(options.relyingApps));
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: new URL('../../../', import.meta.url).pathname,
    env: {
      ...baseEnvironment(),
      HOST: '127.0.0.1',
      PORT: String(port),
      SESAME_PUBLIC_URL: url,
      DATABASE_URL: `sqlite:${join(dir, 'sesame.db')}`,
      SMTP_URL: options.smtpUrl,
      SESAME_OUTBOX_DIR: join(dir, 'outbox'),
      SESAME_OIDC_KEYS_FILE: join(dir, 'oidc-keys.json'),
      SESAME_DEVICE_KEYS_FILE: join(dir, 'device-keys.json'),
      SESAME_RELYING_APPS: relyingAppsFile,
      // Web Push is not reachable from a test machine; the app's event stream and polling remain.
      SESAME_WEB_PUSH_ENABLED: 'false',
      SESAME_ARGON2_MEMORY_KIB: '8192',
      SESAME_ARGON2_ITERATIONS: '1',
      SESAME_DEFAULT_LOCALE: 'en',
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'error',
      ...(options.demoAccounts ? { SESAME_DEMO_ACCOUNTS: 'true' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

  // Should the test runner itself end without its teardown, the server and its files go with it.
  const onExit = () => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  const stop = async () => {
    process.removeListener('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Sésame did not start within ${START_TIMEOUT_MS} ms:\n${out}`)),
        START_TIMEOUT_MS,
      );
      const check = () => {
        if (!out.includes('Sésame is running')) return;
        clearTimeout(timer);
        resolve();
      };
      child.stdout.on('data', check);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`Sésame exited before it started (${child.exitCode ?? child.signalCode}):\n${out}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => out, stop };
}
