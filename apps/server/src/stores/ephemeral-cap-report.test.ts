import { createMemoryEphemeralStore } from '@sesame/storage';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../observability/metrics';
import { reportEphemeralCap } from './ephemeral-cap-report';

describe('reportEphemeralCap', () => {
  it('counts every eviction and refusal, and warns once of each', async () => {
    const metrics = createMetrics();
    const lines: { details: object; message: string }[] = [];
    const report = reportEphemeralCap(
      metrics.ephemeralEvictions,
      () => ({ warn: (details, message) => lines.push({ details, message }) }),
      2,
    );
    const store = createMemoryEphemeralStore({ maxEntries: 2, onCap: report });
    try {
      for (let i = 0; i < 5; i++) await store.set(`sess:${i}`, 'session', 60_000, { evictable: true });
      await store.increment('counter:a', 60_000);
      await store.increment('counter:b', 60_000);
      await expect(store.increment('counter:c', 60_000)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      await expect(store.set('sess:5', 'session', 60_000, { evictable: true })).rejects.toMatchObject({
        code: 'STORE_UNAVAILABLE',
      });
    } finally {
      await store.close();
    }
    const exposed = await metrics.registry.metrics();
    expect(exposed).toContain('sesame_ephemeral_evictions_total{outcome="evicted"} 5');
    expect(exposed).toContain('sesame_ephemeral_evictions_total{outcome="refused"} 2');
    expect(lines.map((line) => line.details)).toEqual([
      { store: 'memory', ephemeralCap: 'evicted', maxEntries: 2 },
      { store: 'memory', ephemeralCap: 'refused', maxEntries: 2 },
    ]);
    expect(lines[0]!.message).toMatch(/ephemeral\.memoryMaxEntries/);
  });
});
