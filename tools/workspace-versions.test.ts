import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * One range per dependency across the monorepo (issue 12 point 4, ADR 0022): two workspaces asking
 * `fastify@^5.6.0` and `fastify@^5.12.8` read as if each could run on its own minimum, when a
 * single copy is installed. Workspaces of the monorepo itself (`*`) are left out.
 */
const root = new URL('..', import.meta.url);
const manifests = [
  'package.json',
  ...['apps', 'packages'].flatMap((dir) =>
    readdirSync(new URL(dir, root), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${dir}/${entry.name}/package.json`),
  ),
];

type Manifest = Partial<Record<'dependencies' | 'devDependencies' | 'optionalDependencies', Record<string, string>>>;

/** dependency → range → the package.json files asking for it. */
function rangesByDependency(files: Record<string, Manifest>): Map<string, Map<string, string[]>> {
  const ranges = new Map<string, Map<string, string[]>>();
  for (const [file, manifest] of Object.entries(files)) {
    for (const kind of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
      for (const [name, range] of Object.entries(manifest[kind] ?? {})) {
        if (name.startsWith('@sesame/')) continue;
        const byRange = ranges.get(name) ?? new Map<string, string[]>();
        byRange.set(range, [...(byRange.get(range) ?? []), `${file} (${kind})`]);
        ranges.set(name, byRange);
      }
    }
  }
  return ranges;
}

function disagreements(files: Record<string, Manifest>): string[] {
  return [...rangesByDependency(files)]
    .filter(([, byRange]) => byRange.size > 1)
    .map(
      ([name, byRange]) =>
        `${name}: ${[...byRange].map(([range, where]) => `${range} in ${where.join(', ')}`).join('; ')}`,
    );
}

describe('dependency ranges across workspaces', () => {
  it('are the same for a dependency wherever it is declared', () => {
    const files = Object.fromEntries(
      manifests.map((file) => [file, JSON.parse(readFileSync(new URL(file, root), 'utf8')) as Manifest]),
    );
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(7);
    expect(disagreements(files)).toEqual([]);
  });

  it('catches two ranges of one dependency, in any kind of dependency', () => {
    expect(
      disagreements({
        'apps/a/package.json': { dependencies: { fastify: '^5.6.0', '@sesame/core': '*' } },
        'apps/b/package.json': { devDependencies: { fastify: '^5.12.8', '@sesame/core': '*' } },
      }),
    ).toEqual([
      'fastify: ^5.6.0 in apps/a/package.json (dependencies); ^5.12.8 in apps/b/package.json (devDependencies)',
    ]);
  });

  it('keep, through the Node 20 overrides, the functions their callers use (ADR 0022)', () => {
    // package.json `overrides`: cookie 1.1 (Node ≥ 18) for 2.x, content-disposition 2.0 for 3.x (Node ≥ 22).
    const fromPackage = (dependent: string, dependency: string) =>
      createRequire(createRequire(new URL('../apps/server/', import.meta.url)).resolve(`${dependent}/package.json`))(
        dependency,
      ) as Record<string, unknown>;
    // light-my-request lib/cookies.js and @fastify/cookie index.js.
    expect(typeof fromPackage('light-my-request', 'cookie').stringifySetCookie).toBe('function');
    expect(typeof fromPackage('@fastify/cookie', 'cookie').parseCookie).toBe('function');
    // @fastify/static index.js: `const { create } = require('content-disposition')`.
    expect(typeof fromPackage('@fastify/static', 'content-disposition').create).toBe('function');
  });
});
