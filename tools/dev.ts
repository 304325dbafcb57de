import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/**
 * `npm run dev`: Sésame (with the demo accounts, the development pages and the demo relying
 * apps registered) and the demo relying app "TRACES NT (démo)", side by side, each line of
 * output prefixed with its name. Ctrl+C (or SIGTERM) stops both; if one stops on its own, the
 * other is stopped too and the launcher exits with the first one's code.
 */

interface Program {
  name: string;
  script: string;
  env: Record<string, string>;
}

const DEMO_RP_PORT = process.env.DEMO_RP_PORT || '8081';
const SESAME_PORT = process.env.PORT || '8080';

export const PROGRAMS: Program[] = [
  {
    name: 'sesame',
    script: 'apps/server/src/main.ts',
    env: {
      SESAME_DEMO_ACCOUNTS: 'true',
      SESAME_DEV_PAGES: 'true',
      SESAME_RELYING_APPS: process.env.SESAME_RELYING_APPS || 'config/demo-relying-apps.json',
    },
  },
  {
    name: 'demo-rp',
    script: 'apps/demo-rp/src/main.ts',
    env: {
      DEMO_RP_PORT,
      SESAME_URL: process.env.SESAME_PUBLIC_URL || `http://localhost:${SESAME_PORT}`,
    },
  },
];

/** Copies each line of `from` to `to`, prefixed with the program's name padded to `width`. */
export function prefixLines(from: Readable, to: Writable, name: string, width: number): void {
  const prefix = `[${name}]`.padEnd(width + 2);
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => to.write(`${prefix} ${line}\n`));
}

function main() {
  const width = Math.max(...PROGRAMS.map((p) => p.name.length));
  const children = new Map<string, ChildProcess>();
  let exitCode: number | null = null;
  let stopping = false;

  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const child of children.values()) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };

  for (const program of PROGRAMS) {
    const child = spawn(process.execPath, ['--import', 'tsx', program.script], {
      env: { ...process.env, ...program.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.set(program.name, child);
    prefixLines(child.stdout!, process.stdout, program.name, width);
    prefixLines(child.stderr!, process.stderr, program.name, width);
    child.on('exit', (code, signal) => {
      children.delete(program.name);
      if (!stopping) {
        console.error(`[dev] ${program.name} stopped (${signal ?? `exit code ${code}`}): stopping the others.`);
        exitCode = code ?? 1;
        stopAll('SIGTERM');
      }
      if (children.size === 0) process.exit(exitCode ?? 0);
    });
  }

  // Ctrl+C reaches the children too (same process group); forwarding is for `kill <launcher pid>`.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(signal));

  process.stdout.write(
    [
      '',
      `  Starting Sésame on http://localhost:${SESAME_PORT} and the demo app TRACES NT (démo) on http://localhost:${DEMO_RP_PORT}/`,
      `  Open the demo app:  http://localhost:${DEMO_RP_PORT}/   (stop both with Ctrl+C)`,
      '',
    ].join('\n') + '\n',
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
