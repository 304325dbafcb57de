export interface LatencySummary {
  p50: number;
  p99: number;
  max: number;
  count: number;
}

/** Nearest-rank percentiles (with few samples p99 is close to the maximum: `count` says how few). */
export function summarise(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return { p50: rank(50), p99: rank(99), max: sorted.at(-1) ?? Number.NaN, count: sorted.length };
}

/** Runs `once` `count` times with `workers` in parallel; returns each call's duration in ms. */
export async function timeMany(count: number, workers: number, once: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  let started = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (started < count) {
        started++;
        const t = performance.now();
        await once();
        durations.push(performance.now() - t);
      }
    }),
  );
  return durations;
}
