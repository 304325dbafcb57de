import type { CapEvent } from '@sesame/storage';
import type { Metrics } from '../observability/metrics';
import type { StoreLog } from './store-health-log';

/**
 * What the operator sees when the in-memory store reaches `ephemeral.memoryMaxEntries`
 * (docs/adr/0021): every eviction and refusal counted by `sesame_ephemeral_evictions_total`, and
 * one warning per kind for the life of the process — not one line per write of a full store.
 */
export function reportEphemeralCap(
  counter: Metrics['ephemeralEvictions'],
  log: () => StoreLog,
  maxEntries: number,
): (event: CapEvent) => void {
  const warned = new Set<CapEvent>();
  return (event) => {
    counter.inc({ outcome: event });
    if (warned.has(event)) return;
    warned.add(event);
    const details = { store: 'memory', ephemeralCap: event, maxEntries };
    log().warn(
      details,
      event === 'evicted'
        ? `the in-memory store holds its maximum of ${maxEntries} entries: the oldest sessions and sign-ins are dropped (those people sign in again); raise ephemeral.memoryMaxEntries or use Redis`
        : `the in-memory store holds its maximum of ${maxEntries} entries and none may be dropped (counters, locks): writes are refused (503) until some expire; raise ephemeral.memoryMaxEntries or use Redis`,
    );
  };
}
