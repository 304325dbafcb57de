import type { FastifyInstance } from 'fastify';

/**
 * A job every node runs on a timer while the app is up (the retention purge, the dashboard's
 * snapshot): a first run `firstDelayMs` after the app is ready, then one every `intervalMs`. The
 * timers are unref'd (they never keep the process alive); a run never overlaps the previous one;
 * closing the app stops the timers and waits for a run in progress. `run` handles its own errors
 * (a store that does not answer is logged and tried again at the next tick).
 */
export function periodicJob(
  app: FastifyInstance,
  options: { firstDelayMs: number; intervalMs: number; run: () => Promise<void> },
): void {
  let first: NodeJS.Timeout | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= options.run().finally(() => (running = undefined));
  };
  app.addHook('onReady', async () => {
    first = setTimeout(tick, options.firstDelayMs);
    first.unref();
    timer = setInterval(tick, options.intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  });
}
