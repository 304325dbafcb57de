import { build, type Plugin } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `npm run build` (after the app's Vite build): the server and the workspace packages bundled
 * into one ES module, apps/server/dist/main.js, that plain `node` runs (no tsx loader, no
 * TypeScript at start; docs/adr/0025-compiled-build-and-production-setup.md). npm dependencies
 * stay external (node_modules next to it), so native modules (argon2, better-sqlite3) and
 * lazily loaded drivers are resolved as usual.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_DIST_DIR = join(ROOT, 'apps/server/dist');
export const SERVER_DIST_MAIN = join(SERVER_DIST_DIR, 'main.js');
const ENTRY = join(ROOT, 'apps/server/src/main.ts');

/** What the bundle is made of: a change under one of these makes dist/ stale. */
const SOURCES = ['apps/server/src', 'packages/core/src', 'packages/storage/src', 'packages/protocol/src'].map((dir) =>
  join(ROOT, dir),
);

/**
 * Data files read next to their module (`new URL('./data/…', import.meta.url)`), copied into
 * dist/ so the bundle carries them; every other `new URL(…, import.meta.url)` (public/, the
 * app's dist/, docs/images/) is re-aimed from dist/ at the file it named in the sources.
 */
const COPIED_DIRS = [join(ROOT, 'packages/core/src/accounts/data')];

const ASSET_URL = /new URL\((['"])(\.{1,2}\/[^'"]*)\1,\s*import\.meta\.url\)/g;

/** Rewrites `new URL('<relative>', import.meta.url)` so it still names the same file once bundled. */
function assetPathsPlugin(): Plugin {
  return {
    name: 'sesame-asset-paths',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.tsx?$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const contents = source.replace(ASSET_URL, (whole, quote: string, target: string) => {
          const absolute = resolve(dirname(args.path), target);
          const copied = COPIED_DIRS.find((dir) => absolute === dir || absolute.startsWith(dir + sep));
          const inDist = copied ? join(SERVER_DIST_DIR, 'data', relative(copied, absolute)) : absolute;
          let fromDist = relative(SERVER_DIST_DIR, inDist).split(sep).join('/');
          if (!fromDist.startsWith('.')) fromDist = `./${fromDist}`;
          if (target.endsWith('/') && !fromDist.endsWith('/')) fromDist += '/';
          return `new URL(${quote}${fromDist}${quote}, import.meta.url)`;
        });
        return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
      });
    },
  };
}

/** Bare imports stay imports (node_modules), except the workspace's own packages (TypeScript sources). */
function externalNpmPlugin(): Plugin {
  return {
    name: 'sesame-external-npm',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('@sesame/') || args.path.startsWith('node:')) return undefined;
        return { path: args.path, external: true };
      });
    },
  };
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** True when dist/main.js exists and is newer than every source it was built from. */
export function serverBuildIsFresh(): boolean {
  return existsSync(SERVER_DIST_MAIN) && statSync(SERVER_DIST_MAIN).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
}

/**
 * Each output is written beside its place and renamed over it (atomic): a test or a node reading
 * dist/ while another process builds sees the previous bundle or the new one, never half of one.
 */
export async function buildServer(): Promise<void> {
  const result = await build({
    entryPoints: [ENTRY],
    outfile: SERVER_DIST_MAIN,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    write: false,
    plugins: [externalNpmPlugin(), assetPathsPlugin()],
  });
  const replace = (path: string, contents: Uint8Array) => {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  };
  for (const dir of COPIED_DIRS)
    for (const name of readdirSync(dir)) replace(join(SERVER_DIST_DIR, 'data', name), readFileSync(join(dir, name)));
  // main.js last: its time stamp says the whole build is fresh.
  const outputs = [...result.outputFiles].sort((a) => (a.path === SERVER_DIST_MAIN ? 1 : -1));
  for (const output of outputs) replace(output.path, output.contents);
}

/** Builds only when dist/ is missing or older than the sources (tests, `npm start`); true when it built. */
export async function ensureServerBuilt(): Promise<boolean> {
  if (serverBuildIsFresh()) return false;
  await buildServer();
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const built = process.argv.includes('--if-stale') ? await ensureServerBuilt() : (await buildServer(), true);
  const where = relative(process.cwd(), SERVER_DIST_MAIN) || SERVER_DIST_MAIN;
  console.log(
    built ? `Server built: ${where} (${Math.round(performance.now() - started)} ms)` : `Server up to date: ${where}`,
  );
}
