import { createMemoryEphemeralStore } from '../../testing';
import { describe, expect, it } from 'vitest';
import { isSesameError } from '../errors';
import { Throttle } from './throttle';

describe('Throttle', () => {
  it('lets `limit` hits per key through in a window, then refuses with the time to wait', async () => {
    let now = 1_000_000;
    const store = createMemoryEphemeralStore({ clock: () => now });
    const throttle = new Throttle(store, 'test', 2, 60_000);
    await throttle.hit('ip:1', 'mail:a');
    await throttle.hit('ip:1', 'mail:b');
    const refused = await throttle.hit('ip:1', 'mail:c').catch((error: unknown) => error);
    expect(isSesameError(refused, 'TOO_MANY_REQUESTS')).toBe(true);
    expect((refused as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBe(60);
    await throttle.hit('ip:2', 'mail:z'); // other keys are unaffected
    now += 60_001;
    await throttle.hit('ip:1', 'mail:a'); // a new window
    await store.close();
  });
});
