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
          // One at a time: each file starts its own stack and Chromium, and waits on what they show.
          fileParallelism: false,
        },
      },
    ],
  },
});
