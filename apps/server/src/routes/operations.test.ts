import type { DurableStore, EphemeralStore } from '@sesame/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

const down = () => Promise.reject(new Error('connection refused'));

describe('operations endpoints', () => {
  let portal: TestPortal | undefined;
  afterEach(async () => {
    await portal?.close();
    portal = undefined;
  });

  it('/health answers 200', async () => {
    portal = await createTestPortal();
    const res = await portal.app.inject('/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('/ready answers 200 when both stores answer', async () => {
    portal = await createTestPortal();
    const res = await portal.app.inject('/ready');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', durable: 'ok', ephemeral: 'ok' });
  });

  it('/ready answers 503 when the durable store does not answer', async () => {
    portal = await createTestPortal({ wrapDurable: (store): DurableStore => ({ ...store, ping: down }) });
    const res = await portal.app.inject('/ready');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', durable: 'unavailable', ephemeral: 'ok' });
  });

  it('/ready answers 503 when the ephemeral store does not answer', async () => {
    portal = await createTestPortal({ wrapEphemeral: (store): EphemeralStore => ({ ...store, ping: down }) });
    const res = await portal.app.inject('/ready');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', durable: 'ok', ephemeral: 'unavailable' });
  });

  it('does not put the portal cookies on operator endpoints', async () => {
    portal = await createTestPortal();
    for (const path of ['/health', '/ready', '/metrics']) {
      expect((await portal.app.inject(path)).cookies).toEqual([]);
    }
  });
});
