import { defineConfig } from 'vitest/config';

/** The unit files that replace a module with vi.mock: each runs with a module registry of its own. */
const MOCKING = ['apps/server/src/http/qr-image.test.ts', 'apps/authenticator/src/push/web-push.test.ts'];

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/**/*.test.ts', 'apps/**/*.test.ts', 'apps/**/*.test.tsx', 'tools/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...MOCKING],
          testTimeout: 20_000,
          // A beforeEach that builds the whole server cold (the CAS route tests) took 14 s at a load
          // average of 17: the default 10 s failed it, not the code.
          hookTimeout: 30_000,
          // Two files at a time on CI's two cores: a unit file waits on PostgreSQL, Redis, argon2's
          // thread pool or a child process as much as it computes (Vitest's default, cores − 1,
          // left one core idle). Every file has its own schema, key prefix, ports and folders.
          maxWorkers: 2,
          // The files of a worker share its loaded modules: the server and its dependencies are
          // imported once per worker, not once per file (a third of the unit run's time). Every file
          // builds its own portal, stores, ports and folders, so nothing else is shared.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Files that replace a module (vi.mock) need a module registry of their own.
          name: 'unit-mocking',
          include: MOCKING,
          testTimeout: 20_000,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // After the unit files (group 0): one file at a time is another pool size, and Vitest runs
          // projects of different pool sizes in groups of their own, in this order.
          sequence: { groupOrder: 1 },
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
