import type { EphemeralStore } from '@sesame/core';
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { withBackend } from '../../test/backends';
import { describeEphemeralStoreConformance } from '../../test/ephemeral-conformance';
import { createTemporaryRedisStore } from '../../test/temporary-stores';
import { createEphemeralStore } from './create-ephemeral-store';
import { createMemoryEphemeralStore } from './memory-ephemeral-store';
import { createRedisEphemeralStore } from './redis-ephemeral-store';

describeEphemeralStoreConformance('memory', () => createMemoryEphemeralStore());
withBackend('redis', (url) => describeEphemeralStoreConformance('redis', () => createTemporaryRedisStore(url)));

const opened: EphemeralStore[] = [];
function track<T extends EphemeralStore>(store: T): T {
  opened.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

describe('memory store', () => {
  it('expires by the clock it is given', async () => {
    let now = 1_000_000;
    const store = track(createMemoryEphemeralStore({ clock: () => now }));
    await store.set('a', 'value', 1_000);
    await store.increment('hits', 1_000);

    now += 999;
    expect(await store.get('a')).toBe('value');
    expect(await store.increment('hits', 1_000)).toBe(2);
    now += 1;
    expect(await store.get('a')).toBeNull();
    expect(await store.increment('hits', 1_000)).toBe(1);
  });
});

describe('redis store', () => {
  withBackend('redis', (url) => {
    it('keeps keys and channels of different prefixes apart', async () => {
      const one = track(createTemporaryRedisStore(url));
      const two = track(createTemporaryRedisStore(url));
      await one.set('a', 'one', 60_000);
      await one.increment('hits', 60_000);
      expect(await two.get('a')).toBeNull();
      expect(await two.take('a')).toBeNull();
      expect(await two.increment('hits', 60_000)).toBe(1);
      expect(await one.get('a')).toBe('one');

      const received: string[] = [];
      await two.subscribe('events', (message) => received.push(message));
      await one.publish('events', 'from one');
      await two.publish('events', 'from two');
      await expect.poll(() => received).toEqual(['from two']);
    });
  });

  // EphemeralStore: "every method rejects when the store does not answer; callers fail closed".
  describe('fails closed within 5 s', () => {
    const failsFast = async (store: EphemeralStore) => {
      const started = Date.now();
      const outcomes = await Promise.allSettled([
        store.ping(),
        store.get('a'),
        store.take('a'),
        store.set('a', 'value', 1_000),
        store.increment('hits', 1_000),
        store.subscribe('events', () => {}),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(6).fill('rejected'));
      expect(Date.now() - started).toBeLessThan(5_000);
    };

    it('when nothing listens on the port', async () => {
      await failsFast(track(createRedisEphemeralStore('redis://127.0.0.1:1')));
    });

    it('when the server accepts connections but never answers', async () => {
      const sockets = new Set<Socket>();
      const silent: Server = createServer((socket) => sockets.add(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as { port: number };
      try {
        await failsFast(track(createRedisEphemeralStore(`redis://127.0.0.1:${port}`)));
      } finally {
        for (const socket of sockets) socket.destroy();
        await new Promise((resolve) => silent.close(resolve));
      }
    });
  });
});

describe('createEphemeralStore', () => {
  it('keeps state in memory without a URL or with memory:', () => {
    expect(track(createEphemeralStore(undefined)).kind).toBe('memory');
    expect(track(createEphemeralStore('memory:')).kind).toBe('memory');
  });

  it('uses Redis for redis:// and rediss://', () => {
    expect(track(createEphemeralStore('redis://127.0.0.1:1')).kind).toBe('redis');
    expect(track(createEphemeralStore('rediss://127.0.0.1:1')).kind).toBe('redis');
  });

  it('refuses another scheme without echoing the URL', () => {
    expect(() => createEphemeralStore('memcached://user:secret@cache')).toThrow(/^(?!.*secret).*"memcached:"/);
  });
});
