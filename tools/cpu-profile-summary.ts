/**
 * Where a server's CPU went: sums a V8 .cpuprofile (`node --cpu-prof`, as the benches write with
 * BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR") by module and by function, self and
 * inclusive time, optionally only between two instants of the monotonic clock (what
 * `process.hrtime.bigint()` reads in any process, in µs: the bench prints each phase's window).
 *
 *   node --import tsx tools/cpu-profile-summary.ts FILE.cpuprofile [--top 40] [--from µs --to µs | --windows FILE.json] [--grep text]
 *
 * Only the main thread is sampled: argon2 in libuv's pool and the GC helpers are not in it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '40' },
    from: { type: 'string' },
    to: { type: 'string' },
    windows: { type: 'string' },
    grep: { type: 'string' },
  },
});
const file = positionals[0];
if (!file) throw new Error('usage: cpu-profile-summary.ts FILE.cpuprofile [--top N] [--from µs --to µs] [--grep text]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
/** The instants kept: --from/--to, or a JSON file of [from, to] pairs (--windows). */
const windows: Array<[number, number]> = values.windows
  ? (JSON.parse(readFileSync(values.windows, 'utf8')) as Array<[number, number]>)
  : [
      [
        values.from === undefined ? -Infinity : Number(values.from),
        values.to === undefined ? Infinity : Number(values.to),
      ],
    ];
const kept = (t: number) => windows.some(([from, to]) => from <= t && t <= to);

/** node_modules package, or the path from apps/ or packages/, or node's own module. */
const moduleOf = (url: string) => {
  if (!url) return '(native / V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return pkg ? pkg[1]! : url.replace(/^file:\/\//, '').replace(/.*\/(apps|packages)\//, '$1/');
};
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parents = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${moduleOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

// Self time per node, within the window (timestamps: startTime + the running sum of the deltas).
const self = new Map<number, number>();
let at = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i] ?? 0;
  const next = profile.timeDeltas[i + 1] ?? 0;
  if (!kept(at)) continue;
  self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + next);
}
const busy = [...self].filter(([id]) => nodes.get(id)!.callFrame.functionName !== '(idle)');
const total = busy.reduce((sum, [, t]) => sum + t, 0);

const add = (map: Map<string, number>, key: string, t: number) => map.set(key, (map.get(key) ?? 0) + t);
const byModule = new Map<string, number>();
const byFunction = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, t] of busy) {
  const node = nodes.get(id)!;
  add(byModule, moduleOf(node.callFrame.url), t);
  add(byFunction, label(node), t);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parents.get(cur)) {
    const key = label(nodes.get(cur)!);
    if (!seen.has(key)) add(inclusive, key, t);
    seen.add(key);
  }
}
const top = Number(values.top);
const show = (title: string, map: Map<string, number>) => {
  console.log(`\n== ${title} (busy main thread: ${(total / 1000).toFixed(0)} ms)`);
  for (const [key, t] of [...map]
    .filter(([k]) => !values.grep || k.includes(values.grep))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)) {
    console.log(`${(t / 1000).toFixed(1).padStart(9)} ms ${((100 * t) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
};
show('self time by module', byModule);
show('self time by function', byFunction);
show('inclusive time by function', inclusive);
