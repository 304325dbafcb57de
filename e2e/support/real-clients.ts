import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/**
 * Unmodified third-party relying clients, as Debian ships them (issue 15 "Done when", ADR 0046):
 * Apache with `mod_auth_cas` and `mod_auth_openidc`, and phpCAS under PHP's built-in server. Each
 * runs as a process of its own on free loopback ports, in a temporary folder removed at `stop()`.
 */

/** Debian's paths: `apt-get install apache2 libapache2-mod-auth-cas libapache2-mod-auth-openidc php-cli php-cas php-curl php-xml`. */
export const APACHE = '/usr/sbin/apache2';
export const APACHE_MODULES = '/usr/lib/apache2/modules';
export const PHP = '/usr/bin/php';
export const PHPCAS = '/usr/share/php/CAS.php';

/** The SESAME_REQUIRE_BACKENDS names of these clients (`.ci/run` installs and requires them). */
export type RealClient = 'apache' | 'phpcas';

/** True when `name` is in SESAME_REQUIRE_BACKENDS: missing, its tests must fail, not be skipped. */
export function clientRequired(name: RealClient): boolean {
  return (process.env.SESAME_REQUIRE_BACKENDS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .includes(name);
}

/** Apache and both authentication modules are installed. */
export function apacheAvailable(): boolean {
  return (
    existsSync(APACHE) &&
    existsSync(join(APACHE_MODULES, 'mod_auth_cas.so')) &&
    existsSync(join(APACHE_MODULES, 'mod_auth_openidc.so'))
  );
}

/** PHP's command line, Debian's phpCAS, and the curl and DOM extensions phpCAS needs. */
export function phpCasAvailable(): boolean {
  if (!existsSync(PHP) || !existsSync(PHPCAS)) return false;
  const modules = spawnSync(PHP, ['-m'], { encoding: 'utf8' }).stdout ?? '';
  return /^curl$/m.test(modules) && /^dom$/m.test(modules);
}

/** Run the client's tests when it is installed, or when CI requires it (then a missing one fails). */
export function runClientTests(name: RealClient): boolean {
  return (name === 'apache' ? apacheAvailable() : phpCasAvailable()) || clientRequired(name);
}

/** A throw-away folder readable by Apache's `www-data` children (Apache drops root for them). */
export function clientDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

export interface TestCertificate {
  key: string;
  cert: string;
  /** The certificate's file: the CA the clients trust (it is its own CA). */
  certFile: string;
}

/**
 * A self-signed certificate for `localhost` and 127.0.0.1, made for this run and written to
 * `dir`: Sésame serves HTTPS with it and each client trusts it as its only CA
 * (CASCertificatePath, OIDCCABundlePath, phpCAS::setCasServerCACert).
 */
export async function testCertificate(dir: string): Promise<TestCertificate> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const certFile = join(dir, 'sesame-ca.pem');
  writeFileSync(certFile, pems.cert, { mode: 0o644 });
  return { key: pems.private, cert: pems.cert, certFile };
}

/** A process of ours: stopped by its id (SIGTERM, then SIGKILL after 5 s). */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Resolves when `port` accepts HTTP on 127.0.0.1, rejects with the process's output if it exits or 10 s pass. */
async function waitForHttp(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${output()}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`not listening on ${port} after 10 s:\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export interface ClientServer {
  /** `http://localhost:<port>` (no trailing slash). */
  url: string;
  /** What the server logged so far (Apache's error log, PHP's output): shown when a step fails. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * The CGI script behind every protected location: what the module hands the application, one
 * `NAME=value` a line — REMOTE_USER, mod_auth_cas's attribute headers (`CAS-<name>` →
 * `HTTP_CAS_<NAME>`; Apache 2.4 drops headers with `_` from a CGI's environment) and
 * mod_auth_openidc's `OIDC_CLAIM_<name>` variables.
 */
const WHOAMI_CGI = `#!/bin/sh
printf 'Content-Type: text/plain; charset=utf-8\\n\\n'
printf 'REMOTE_USER=%s\\n' "$REMOTE_USER"
env | grep -E '^(HTTP_CAS_|OIDC_CLAIM_)' | sort
`;

/**
 * Apache (Debian's `apache2`, prefork, in the foreground) on `port` (see `freePort`) with its own
 * ServerRoot, PidFile, logs and runtime folder under `dir`, loading mod_auth_cas and
 * mod_auth_openidc; `site(cgi)` is the configuration of the protected locations, which run
 * `cgi` (WHOAMI_CGI) through `ScriptAlias`.
 */
export async function startApache(dir: string, port: number, site: (cgi: string) => string): Promise<ClientServer> {
  if (!apacheAvailable()) {
    throw new Error(
      `Apache with mod_auth_cas and mod_auth_openidc not found (${APACHE}, ${APACHE_MODULES}): install Debian's ` +
        'apache2 libapache2-mod-auth-cas libapache2-mod-auth-openidc (.ci/run does).',
    );
  }
  const url = `http://localhost:${port}`;
  const cgi = join(dir, 'cgi', 'whoami');
  mkdirSync(join(dir, 'cgi'), { mode: 0o755 });
  mkdirSync(join(dir, 'run'), { mode: 0o755 });
  writeFileSync(cgi, WHOAMI_CGI, { mode: 0o755 });
  const errorLog = join(dir, 'error.log');
  const modules = ['mpm_prefork', 'authn_core', 'authz_core', 'authz_user', 'alias', 'cgi', 'auth_cas', 'auth_openidc'];
  const conf = join(dir, 'httpd.conf');
  writeFileSync(
    conf,
    [
      `ServerRoot ${dir}`,
      `ServerName localhost:${port}`,
      `Listen 127.0.0.1:${port}`,
      `PidFile ${join(dir, 'run', 'httpd.pid')}`,
      `DefaultRuntimeDir ${join(dir, 'run')}`,
      `Mutex file:${join(dir, 'run')} default`,
      `ErrorLog ${errorLog}`,
      'LogLevel warn auth_cas:info auth_openidc:info',
      ...modules.map((name) => `LoadModule ${name}_module ${join(APACHE_MODULES, `mod_${name}.so`)}`),
      // As root (CI), the children run as Debian's www-data; otherwise as the user running the test.
      'User www-data',
      'Group www-data',
      'StartServers 1',
      'MinSpareServers 1',
      'MaxSpareServers 3',
      `DocumentRoot ${join(dir, 'cgi')}`,
      site(cgi),
      '',
    ].join('\n'),
  );
  const check = spawnSync(APACHE, ['-t', '-f', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`apache2 -t refused ${conf}:\n${check.stdout}${check.stderr}`);
  // A process group of its own: prefork's parent signals its whole group when it stops, which
  // would otherwise be the test runner's.
  const child = spawn(APACHE, ['-f', conf, '-DFOREGROUND'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => output + (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  try {
    await waitForHttp(port, child, log);
  } catch (error) {
    await stopProcess(child);
    throw new Error(`Apache did not start: ${(error as Error).message}`);
  }
  return { url, log, stop: () => stopProcess(child) };
}

/**
 * PHP's built-in web server (`php -S`) on `port`, serving `index.php` from `dir`,
 * with its sessions (phpCAS keeps the sign-in there) in `dir` too.
 */
export async function startPhp(
  dir: string,
  port: number,
  indexPhp: string,
  /** More pages beside index.php, by file name. */
  otherPages: Record<string, string> = {},
): Promise<ClientServer> {
  if (!phpCasAvailable()) {
    throw new Error(
      `PHP with phpCAS, curl and DOM not found (${PHP}, ${PHPCAS}): install Debian's php-cli php-cas php-curl ` +
        'php-xml (.ci/run does).',
    );
  }
  const root = join(dir, 'www');
  mkdirSync(root);
  mkdirSync(join(dir, 'sessions'));
  writeFileSync(join(root, 'index.php'), indexPhp);
  for (const [name, page] of Object.entries(otherPages)) writeFileSync(join(root, name), page);
  const child = spawn(
    PHP,
    ['-d', `session.save_path=${join(dir, 'sessions')}`, '-S', `127.0.0.1:${port}`, '-t', root],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForHttp(port, child, () => output);
  } catch (error) {
    await stopProcess(child);
    throw new Error(`php -S did not start: ${(error as Error).message}`);
  }
  return { url: `http://localhost:${port}`, log: () => output, stop: () => stopProcess(child) };
}

/** Removes a folder of `clientDir`, whatever is in it. */
export function removeClientDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** The `NAME=value` lines of the whoami page, as an object. */
export function parseWhoami(text: string): Record<string, string> {
  const entries = text
    .split('\n')
    .filter((line) => line.includes('='))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
  return Object.fromEntries(entries);
}
