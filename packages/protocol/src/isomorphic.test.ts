/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';

// The package runs unchanged in Node and in browsers (the app is a PWA): Web Crypto, TextEncoder,
// URL, atob/btoa only. Vite's import.meta.glob reads the sources in both test environments
// without a file-system API.
const sources = import.meta.glob(['./**/*.ts', '!./**/*.test.ts', '!./**/test-fixtures.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('@sesame/protocol stays isomorphic', () => {
  it('finds the sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(Object.keys(sources)).toContain('./ocra/compute.ts');
  });
  for (const [path, text] of Object.entries(sources)) {
    it(`${path} uses no Node-only API`, () => {
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(
        /from\s+['"]node:|require\(|\bBuffer\b|\bprocess\.|from\s+['"](crypto|fs|path|os|util)['"]/,
      );
      // No third-party import either: the package has no dependencies.
      for (const [, specifier] of code.matchAll(/from\s+['"]([^'"]+)['"]/g)) expect(specifier).toMatch(/^\.\.?\//);
    });
  }
});
