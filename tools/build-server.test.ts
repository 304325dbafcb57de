import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { LOCALES } from '@sesame/protocol';
import { ensureServerBuilt, SERVER_DIST_DIR, SERVER_DIST_MAIN } from './build-server';

const APP_DIST = fileURLToPath(new URL('../apps/authenticator/dist', import.meta.url));

describe('the compiled server (tools/build-server.ts)', () => {
  beforeAll(async () => {
    await ensureServerBuilt();
  }, 60_000);

  it('bundles the workspace packages and leaves npm dependencies as imports', () => {
    const bundle = readFileSync(SERVER_DIST_MAIN, 'utf8');
    expect(bundle).not.toMatch(/from ["']@sesame\//);
    expect(bundle).toMatch(/from ["']fastify["']/);
    expect(bundle).toContain('S\\xE9same is running');
    // One byte a character in V8's copy of the source (docs/adr/0056).
    expect(bundle).not.toMatch(/[\u0080-\uffff]/);
  });

  it('writes each catalogue it does not bundle to dist/i18n/, equal to its source (docs/adr/0056)', async () => {
    const bundle = readFileSync(SERVER_DIST_MAIN, 'utf8');
    for (const locale of LOCALES) {
      const file = join(SERVER_DIST_DIR, 'i18n', `${locale}.json`);
      if (locale === 'fr' || locale === 'en') {
        expect(existsSync(file), file).toBe(false);
        continue;
      }
      const source = (await import(`../apps/server/src/i18n/${locale}.ts`)) as Record<string, unknown>;
      expect(JSON.parse(readFileSync(file, 'utf8')), locale).toEqual(source[locale]);
      // Not in the bundle: a message only that language has.
      expect(bundle).not.toContain(JSON.stringify((source[locale] as { layout: { tagline: string } }).layout.tagline));
    }
  });

  it('aims every file the sources read next to themselves at an existing file from dist/', () => {
    const bundle = readFileSync(SERVER_DIST_MAIN, 'utf8');
    const targets = [...bundle.matchAll(/new URL\("([^"]+)", import\.meta\.url\)/g)].map((m) =>
      fileURLToPath(new URL(m[1]!, pathToFileURL(SERVER_DIST_MAIN))).replace(/\/$/, ''),
    );
    // public/ (static), docs/images (help), the app's dist/, and core's copied password list.
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const target of targets) {
      // The app is built by `npm run build:app`; the server starts without it (and says so).
      if (target === APP_DIST) continue;
      expect(existsSync(target), target).toBe(true);
    }
    expect(targets).toContain(APP_DIST);
    expect(targets).toContain(fileURLToPath(new URL('../apps/server/dist/data/common-passwords.txt', import.meta.url)));
  });
});
