import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt, SERVER_DIST_MAIN } from './build-server';

const APP_DIST = fileURLToPath(new URL('../apps/authenticator/dist', import.meta.url));

describe('the compiled server (tools/build-server.ts)', () => {
  beforeAll(async () => {
    await ensureServerBuilt();
  }, 60_000);

  it('bundles the workspace packages and leaves npm dependencies as imports', () => {
    const bundle = readFileSync(SERVER_DIST_MAIN, 'utf8');
    expect(bundle).not.toMatch(/from ["']@sesame\//);
    expect(bundle).toMatch(/from ["']fastify["']/);
    expect(bundle).toContain('Sésame is running');
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
