import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { keyholeIconPng } from './png-icon.js';

/** The placeholder in src/sw.ts that the build replaces by the precache list. */
export const PRECACHE_PLACEHOLDER = '__SESAME_PRECACHE_MANIFEST__';
const SERVICE_WORKER = 'sw.js';

/** W3C Web App Manifest: what makes the app installable, in its own scope /app/. */
function webManifest(base: string) {
  return {
    name: 'Sésame',
    short_name: 'Sésame',
    description: 'Sésame — confirm your sign-ins / confirmez vos connexions',
    id: base,
    start_url: base,
    scope: base,
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#ffffff',
    theme_color: '#0b4f8a',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * The installable shell: emits the manifest and its PNG icons, then writes into dist/sw.js the
 * list of every built file and a version (SHA-256 of their contents), so the service worker
 * precaches the whole shell and the app opens offline; a new build is a new version, hence a new
 * service worker (Service Workers §4.4: an update is a byte-different script).
 */
export function pwaShell(): Plugin {
  let base = '/';
  let outDir = 'dist';
  return {
    name: 'sesame-pwa-shell',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      outDir = join(config.root, config.build.outDir);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: JSON.stringify(webManifest(base)) });
      this.emitFile({ type: 'asset', fileName: 'icons/icon-192.png', source: keyholeIconPng(192) });
      this.emitFile({ type: 'asset', fileName: 'icons/icon-512.png', source: keyholeIconPng(512) });
      this.emitFile({ type: 'asset', fileName: 'icons/icon-maskable-512.png', source: keyholeIconPng(512) });
    },
    async writeBundle() {
      const files = (await listFiles(outDir)).filter((file) => file !== SERVICE_WORKER && !file.endsWith('.map'));
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(await readFile(join(outDir, file)));
      const manifest = { version: hash.digest('hex').slice(0, 16), files };
      const swPath = join(outDir, SERVICE_WORKER);
      const sw = await readFile(swPath, 'utf8');
      const placeholder = new RegExp(`(["'\`])${PRECACHE_PLACEHOLDER}\\1`);
      if (!placeholder.test(sw)) throw new Error(`${SERVICE_WORKER}: the precache placeholder is missing`);
      await writeFile(swPath, sw.replace(placeholder, JSON.stringify(JSON.stringify(manifest))));
    },
  };
}
