import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_DIST_MAIN } from './build-server';
import { mainThreadCpuMs, processCpuMs, processRssMiB } from './process-stats';

/** A Sésame server in its own process (benchmarks, start-up tests): its CPU time and memory are its own. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** What the server printed on stdout so far. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** User + system CPU time of the server process, in milliseconds (from /proc/<pid>/stat). */
  cpuMs(): number;
  /** The same, of its main thread only (the event loop): the rest is libuv's pool and V8's helpers. */
  mainThreadCpuMs(): number;
  /** Resident set size in MiB (from /proc/<pid>/status). */
  rssMiB(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcessOptions {
  /** Run the compiled bundle (apps/server/dist/main.js, `npm run build`) with plain node instead of the sources through tsx. */
  compiled?: boolean;
  /** The port to listen on (default: a free one). */
  port?: number;
  /** The checkout whose server runs (default: the current directory; a bench compares with another checkout's server this way). */
  root?: string;
}

/**
 * Starts the server of the checkout at `options.root` (sources through tsx, or the compiled
 * bundle), its files in a temporary directory unless `env` names others; resolves once it printed
 * "Sésame is running".
 */
export async function startServerProcess(
  env: Record<string, string> = {},
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const { root } = options;
  const port = options.port ?? (await freePort());
  const url = `http://localhost:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'sesame-bench-'));
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // Relative to the checkout that runs (its cwd): a baseline checkout runs its own bundle.
  const script = options.compiled
    ? [root ? join(root, 'apps/server/dist/main.js') : SERVER_DIST_MAIN]
    : ['--import', 'tsx', 'apps/server/src/main.ts'];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...script], {
    env: {
      ...process.env,
      PORT: String(port),
      SESAME_PUBLIC_URL: url,
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dir, 'bench.db')}`,
      SESAME_OUTBOX_DIR: join(dir, 'outbox'),
      SESAME_OIDC_KEYS_FILE: join(dir, 'oidc-keys.json'),
      SESAME_DEVICE_KEYS_FILE: join(dir, 'device-keys.json'),
      SESAME_DEMO_ACCOUNTS: 'true',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    ...(root ? { cwd: root } : {}),
  });
  let out = '';
  // The temporary directory goes with the process, however it ends (a test leaves nothing behind).
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolve(code);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Sésame is running')) resolve();
    });
    void exited.then((code) => reject(new Error(`server exited with ${code}`)));
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    output: () => out,
    exited,
    cpuMs: () => processCpuMs(pid),
    mainThreadCpuMs: () => mainThreadCpuMs(pid),
    rssMiB: () => processRssMiB(pid),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
