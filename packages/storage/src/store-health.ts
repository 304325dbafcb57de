import { faultReason, type StoreName } from './store-errors';

/**
 * What the storage adapters tell about each call to a store: it answered, or it did not (a
 * fault isStoreFault recognises). Called on every call, so it must be cheap.
 */
export interface StoreHealthReporter {
  answered(store: StoreName): void;
  failed(store: StoreName, error: unknown): void;
}

export interface StoreTransition {
  store: StoreName;
  state: 'down' | 'up';
  /** For `down`: the driver's short reason (no stack, no password). */
  reason?: string;
  /** For `up`: how long the store was down, in milliseconds. */
  downForMs?: number;
}

export interface StoreHealth extends StoreHealthReporter {
  /** The stores seen down and not seen answering since. */
  down(): StoreName[];
  /**
   * Probes a store while it is down, so that "back" is known (and said) without waiting for a
   * request; the probe's own answer goes through answered/failed like any call.
   */
  watch(store: StoreName, probe: () => Promise<void>): void;
  /** Stops the probes. */
  close(): void;
}

export interface StoreHealthOptions {
  /** Called once per change of state: the log says once that a store is down, once that it is back. */
  onChange(transition: StoreTransition): void;
  /** Time between two probes of a store that is down. */
  probeIntervalMs?: number;
  /**
   * A store is back once it answers after this long without a failure: the connections dropped
   * by one restart fail one after another, and the answers in between must not make the log say
   * "back" and "down" again for each of them.
   */
  settleMs?: number;
  now?: () => number;
}

/**
 * Tracks each store's state from the calls the adapters make, and reports only transitions: an
 * outage seen by a thousand requests is one "down" and one "up", not a thousand stack traces.
 */
export function createStoreHealth(options: StoreHealthOptions): StoreHealth {
  const now = options.now ?? Date.now;
  const downSince = new Map<StoreName, number>();
  const lastFailure = new Map<StoreName, number>();
  const settleMs = options.settleMs ?? 1_000;
  const probes = new Map<StoreName, () => Promise<void>>();
  const timers = new Map<StoreName, NodeJS.Timeout>();

  const stopProbe = (store: StoreName) => {
    clearInterval(timers.get(store));
    timers.delete(store);
  };
  const startProbe = (store: StoreName) => {
    const probe = probes.get(store);
    if (!probe || timers.has(store)) return;
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      // The probe reports through the wrapped store; its rejection is that report.
      probe()
        .catch(() => {})
        .finally(() => {
          running = false;
        });
    }, options.probeIntervalMs ?? 2_000);
    // A probe never keeps the process alive.
    timer.unref();
    timers.set(store, timer);
  };

  return {
    answered(store) {
      const since = downSince.get(store);
      if (since === undefined) return;
      if (now() - (lastFailure.get(store) ?? since) < settleMs) return;
      downSince.delete(store);
      stopProbe(store);
      options.onChange({ store, state: 'up', downForMs: now() - since });
    },
    failed(store, error) {
      lastFailure.set(store, now());
      if (downSince.has(store)) return;
      downSince.set(store, now());
      startProbe(store);
      options.onChange({ store, state: 'down', reason: faultReason(error) });
    },
    down: () => [...downSince.keys()],
    watch(store, probe) {
      probes.set(store, probe);
      if (downSince.has(store)) startProbe(store);
    },
    close() {
      for (const store of [...timers.keys()]) stopProbe(store);
    },
  };
}

/** Reports nothing: for stores opened without a health tracker (tests, tools). */
export const IGNORE_HEALTH: StoreHealthReporter = { answered: () => {}, failed: () => {} };
