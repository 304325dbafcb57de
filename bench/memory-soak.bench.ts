/**
 * Memory soak (issue 12 point 6; the work itself is support/memory-soak.ts, shared with targets.bench.ts): creates BENCH_SOAK_SESSIONS (100 000) SSO sessions and prints
 * the RSS every tenth of the way, beside the target "flat" (before the bounded memory store, the
 * server grew to 514 MiB). Two modes, BENCH_SOAK_MODE:
 *
 * - `http` (default): password sign-ins through the whole HTTP flow (support/sign-in-flow.ts)
 *   against a server in its own process on the embedded defaults (memory store), argon2id at the
 *   configuration's minimum (m=8 MiB, t=1) so that 100 000 sign-ins take minutes, with
 *   BENCH_CONCURRENCY (8) clients; evictions are read from its /metrics.
 * - `store`: in this process, what a sign-in leaves in the memory store and nothing else (a login
 *   transaction saved then ended, a session created), to tell the store's share from the rest.
 *
 * BENCH_SOAK_MAX_ENTRIES sets `ephemeral.memoryMaxEntries` (default: the configuration's), so
 * that a short run can show the plateau too.
 *
 *   npm run bench:soak                                  (100 000 sessions over HTTP)
 *   BENCH_SOAK_SESSIONS=2000 BENCH_SOAK_MAX_ENTRIES=1000 npm run bench:soak
 */
import { DEFAULT_MEMORY_MAX_ENTRIES } from '@sesame/storage';
import { ensureServerBuilt } from '../tools/build-server';
import { printSoakSamples, secondHalfGrowthMiB, soakInStore, soakOverHttp } from './support/memory-soak';

const sessions = Number(process.env.BENCH_SOAK_SESSIONS ?? 100_000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const mode = process.env.BENCH_SOAK_MODE ?? 'http';
const maxEntries = Number(process.env.BENCH_SOAK_MAX_ENTRIES ?? DEFAULT_MEMORY_MAX_ENTRIES);

if (mode !== 'http' && mode !== 'store') throw new Error(`BENCH_SOAK_MODE must be http or store, got ${mode}`);
// The compiled build that `npm start` runs (docs/adr/0025), as `npm run bench` does; BENCH_SERVER=tsx: the sources.
const compiled = process.env.BENCH_SERVER !== 'tsx';
if (compiled && mode === 'http') await ensureServerBuilt();
const options = { sessions, concurrency, maxEntries };
const { samples, start } = mode === 'http' ? await soakOverHttp({ ...options, compiled }) : await soakInStore(options);
console.log(
  `memory soak (${mode}${mode === 'http' ? (compiled ? ', compiled build' : ', sources through tsx') : ''}): ${sessions} sessions, ${concurrency} concurrent, ephemeral.memoryMaxEntries=${maxEntries}; target: RSS flat once the cap is reached (before: grew to 514 MiB)`,
);
console.log(`RSS after start: ${start.toFixed(0)} MiB`);
printSoakSamples(samples);
const growth = secondHalfGrowthMiB(samples);
if (growth !== undefined) {
  console.log(`RSS growth over the second half: ${growth.toFixed(0)} MiB (target: flat once evictions have begun)`);
}
