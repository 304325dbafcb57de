import { it } from 'vitest';

const ENV_VARIABLE = { postgres: 'DATABASE_URL', redis: 'REDIS_URL' } as const;

export type Backend = keyof typeof ENV_VARIABLE;

/**
 * Defines a backend's tests with its URL from the environment. Without the URL they are skipped,
 * unless SESAME_REQUIRE_BACKENDS (a comma list such as `postgres,redis`) names the backend: then
 * a test fails and says what is missing, so that CI cannot pass by skipping.
 */
export function withBackend(backend: Backend, define: (url: string) => void): void {
  const variable = ENV_VARIABLE[backend];
  const url = process.env[variable];
  if (url) {
    define(url);
    return;
  }
  const required = (process.env.SESAME_REQUIRE_BACKENDS ?? '').split(',').map((name) => name.trim());
  if (required.includes(backend)) {
    it(`${backend} is available`, () => {
      throw new Error(`SESAME_REQUIRE_BACKENDS names ${backend}, but ${variable} is not set`);
    });
  } else {
    it.skip(`${backend} (set ${variable} to run)`, () => {});
  }
}
