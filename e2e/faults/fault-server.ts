import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real server (apps/server/src/main.ts) in a child process, for faults no in-process test can make. */
export interface FaultServer {
  url: string;
  /** The server process's id (its memory and CPU in /proc). */
  pid: number;
  stdout(): string;
  stderr(): string;
  /** pino's JSON lines so far. */
  logLines(): Array<Record<string, unknown> & { msg?: string }>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  alive(): boolean;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * The environment of a server on `databaseUrl` and `redisUrl` (usually through the faults' TCP
 * proxies), listening on `port`, its key files and outbox in `dir`, with the demo accounts and
 * relying apps, the cheapest argon2id the config allows (the password is not what is measured)
 * and the default log level (what an operator gets).
 */
export function faultServerEnv(options: {
  port: number;
  databaseUrl: string;
  redisUrl: string;
  dir: string;
}): Record<string, string> {
  const { port, dir } = options;
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    SESAME_PUBLIC_URL: `http://localhost:${port}`,
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    SESAME_OUTBOX_DIR: join(dir, 'outbox'),
    SESAME_OIDC_KEYS_FILE: join(dir, 'oidc-keys.json'),
    SESAME_DEVICE_KEYS_FILE: join(dir, 'device-keys.json'),
    SESAME_VAPID_KEYS_FILE: join(dir, 'vapid-keys.json'),
    SESAME_RELYING_APPS: join(ROOT, 'config/demo-relying-apps.json'),
    SESAME_DEMO_ACCOUNTS: 'true',
    SESAME_ARGON2_MEMORY_KIB: '8192',
    SESAME_ARGON2_ITERATIONS: '1',
    SESAME_STORE_STARTUP_TIMEOUT_SECONDS: '10',
    LOG_LEVEL: 'info',
  };
}

/**
 * Spawns the server with exactly `env` on top of PATH/HOME (never the developer's DATABASE_URL
 * or SESAME_CONFIG). With `waitRunning`, resolves once it says "Sésame is running" and rejects
 * if it exits first; without, resolves at once (for a start that must fail).
 */
export async function spawnServer(
  env: Record<string, string>,
  options: { waitRunning?: boolean; timeoutMs?: number } = {},
): Promise<FaultServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const server: FaultServer = {
    url: env.SESAME_PUBLIC_URL ?? '',
    pid: child.pid!,
    stdout: () => out,
    stderr: () => err,
    logLines: () =>
      out
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as Record<string, unknown>];
          } catch {
            return [];
          }
        }),
    exited,
    alive: () => child.exitCode === null && child.signalCode === null,
    async kill(signal) {
      if (server.alive()) child.kill(signal);
      await exited;
    },
  };
  if (options.waitRunning === false) return server;
  const timeoutMs = options.timeoutMs ?? 60_000;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server not running after ${timeoutMs} ms:\n${err}`)), timeoutMs);
      const check = () => {
        if (out.includes('Sésame is running')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', check);
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${err}`));
      });
    });
  } catch (error) {
    await server.kill('SIGKILL');
    throw error;
  }
  return server;
}

/** A response as a test reads it. */
export interface HttpPage {
  status: number;
  location: string | undefined;
  body: string;
  headers: Headers;
}

/**
 * A minimal browser over real HTTP: a cookie jar (the server's `__Host-` cookies are Secure,
 * which browsers accept on http://localhost), forms with the CSRF token and the Origin, no
 * automatic redirects.
 */
export class HttpBrowser {
  private readonly jar = new Map<string, string>();

  constructor(
    readonly base: string,
    private readonly language = 'fr',
  ) {}

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  get(path: string): Promise<HttpPage> {
    return this.request('GET', path);
  }

  post(path: string, form: Record<string, string>, csrfCookie = '__Host-sesame-csrf'): Promise<HttpPage> {
    const csrf = this.jar.get(csrfCookie);
    const body = new URLSearchParams({ ...form, ...(csrf ? { _csrf: csrf } : {}) }).toString();
    return this.request('POST', path, body, {
      'content-type': 'application/x-www-form-urlencoded',
      origin: new URL(this.base).origin,
    });
  }

  private async request(
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<HttpPage> {
    const cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(new URL(path, this.base), {
      method,
      redirect: 'manual',
      headers: {
        'accept-language': this.language,
        accept: 'text/html',
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body } : {}),
      signal: AbortSignal.timeout(15_000),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=(0|-)/i.test(a)) || value === '';
      if (expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return {
      status: response.status,
      location: response.headers.get('location') ?? undefined,
      body: await response.text(),
      headers: response.headers,
    };
  }
}
