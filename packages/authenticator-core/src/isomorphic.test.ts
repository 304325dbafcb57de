/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';

// Everything but the CLI runs unchanged in the PWA and in Node: Web Crypto, TextEncoder, fetch,
// URL only, and no dependency but @sesame/protocol (the protocol package's own check, extended).
const sources = import.meta.glob(['./**/*.ts', '!./**/*.test.ts', '!./test-fixtures.ts', '!./cli/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('@sesame/authenticator-core stays isomorphic outside cli/', () => {
  it('finds the sources', () => {
    expect(Object.keys(sources)).toContain('./secret/sealed-secret.ts');
    expect(Object.keys(sources).some((path) => path.startsWith('./cli/'))).toBe(false);
  });
  for (const [path, text] of Object.entries(sources)) {
    it(`${path} uses no Node-only API`, () => {
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(
        /from\s+['"]node:|require\(|\bBuffer\b|\bprocess\.|from\s+['"](crypto|fs|path|os|util)['"]/,
      );
      for (const [, specifier] of code.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        expect(specifier).toMatch(/^(\.\.?\/|@sesame\/protocol$)/);
      }
    });
  }
});
