import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/**/*.test.ts', 'apps/**/*.test.ts', 'apps/**/*.test.tsx', 'tools/**/*.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 20_000,
          // Two files at a time on CI's two cores: a unit file waits on PostgreSQL, Redis, argon2's
          // thread pool or a child process as much as it computes (Vitest's default, cores − 1,
          // left one core idle). Every file has its own schema, key prefix, ports and folders.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts', 'bench/**/*.smoke.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // What a page shows after a scan, a push or a mail can take seconds on a loaded machine:
          // expect.poll waits up to 15 s here (Vitest's default, 1 s, failed a forged-QR check in
          // a run beside another e2e file).
          expect: { poll: { timeout: 15_000 } },
          // One at a time: each file starts its own stack and Chromium, and waits on what they show.
          // Two at a time (in the unit files' pool) was tried: faster, but a file's two browsers
          // under load failed a sign-in in one CI run (stop 23).
          fileParallelism: false,
          // The files share one worker and its loaded modules (the server, Playwright, the stacks):
          // each file still starts its own stack and browser, but the ~7 s of importing them is paid
          // once instead of per file (5 files: 118 s → 71 s).
          isolate: false,
        },
      },
    ],
  },
});
