import { spawn } from 'node:child_process';
import type { Argon2Parameters } from '@sesame/server';

/** The baseline of a sign-in rate: raw argon2id verifications, nothing around them. */
export interface Argon2Rate {
  hashesPerSecond: number;
  /** The measuring process's CPU milliseconds per verification (all its threads). */
  cpuMsPerHash: number;
}

/**
 * The server's hasher, by its path in a checkout: `@sesame/server` exports it too, but loading the
 * whole server through tsx took ~20 s on the loaded machine; this module imports only
 * @node-rs/argon2 and the concurrency limit.
 */
const HASHER = 'apps/server/src/security/argon2-hasher.ts';

/**
 * What the child runs (plain JavaScript, evaluated with `--import tsx` in the checkout whose server
 * is measured): that checkout's hasher (createArgon2Hasher: the same library, parameters and
 * bound on hashes in flight), verifying a stored hash as a sign-in does, with `concurrency`
 * callers, for `seconds`; prints one JSON line.
 */
const CHILD = `
const { pathToFileURL } = await import('node:url');
const { createArgon2Hasher } = await import(pathToFileURL(process.cwd() + '/${HASHER}').href);
const { seconds, concurrency, params } = JSON.parse(process.env.SESAME_BENCH_ARGON2 ?? '{}');
const hasher = createArgon2Hasher(params);
const stored = await hasher.hash('correct horse battery staple');
for (let i = 0; i < concurrency; i++) await hasher.verify(stored, 'correct horse battery staple');
const cpu = process.cpuUsage();
const end = Date.now() + seconds * 1000;
let done = 0;
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (Date.now() < end) {
    if (!(await hasher.verify(stored, 'correct horse battery staple'))) throw new Error('argon2id did not verify');
    done++;
  }
}));
const used = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify({ done, cpuMs: (used.user + used.system) / 1000 }) + '\\n');
`;

/**
 * Raw argon2id for `seconds` with `concurrency` callers, measured in a process of its own as the
 * server runs (issue 12 point 5, docs/adr/0024 "A fair baseline"):
 *
 * - through the server's own hasher, so with the same bound on verifications in flight (the cores)
 *   over the same libuv pool (this process's environment, UV_THREADPOOL_SIZE included): on a
 *   shared machine a process gets CPU by its runnable threads, and the raw rate measured with 8 in
 *   flight over libuv's 4 threads had more of the cores than the server's 3 could get;
 * - with `env` (the systemd unit's MALLOC_ARENA_MAX and NODE_OPTIONS, as the server gets them);
 * - in the checkout at `root` (a baseline checkout's hasher for its own column);
 * - its CPU that of a process doing nothing else (the bench process holds the apps' streams).
 */
export async function rawArgon2Rate(
  params: Argon2Parameters,
  seconds: number,
  concurrency: number,
  { env = {}, root }: { env?: Record<string, string>; root?: string | undefined } = {},
): Promise<Argon2Rate> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], {
    cwd: root ?? process.cwd(),
    env: { ...process.env, ...env, SESAME_BENCH_ARGON2: JSON.stringify({ seconds, concurrency, params }) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const line = out.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`the argon2id rate's process failed (exit ${code}): ${out}`);
  const { done, cpuMs } = JSON.parse(line) as { done: number; cpuMs: number };
  return { hashesPerSecond: done / seconds, cpuMsPerHash: cpuMs / done };
}
