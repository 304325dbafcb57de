import type { EphemeralStore } from '@sesame/core';
import { createMemoryEphemeralStore as createCoreTestDouble } from '@sesame/core/testing';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { withBackend } from '../../test/backends';
import { describeEphemeralStoreCap, describeEphemeralStoreConformance } from '../../test/ephemeral-conformance';
import { createTemporaryRedisStore } from '../../test/temporary-stores';
import { createEphemeralStore } from './create-ephemeral-store';
import { createMemoryEphemeralStore } from './memory-ephemeral-store';
import { createRedisEphemeralStore } from './redis-ephemeral-store';

describeEphemeralStoreConformance('memory', () => createMemoryEphemeralStore());
// Core's test double (ADR 0026 §1.4) passes the same suite, so core's tests see a real store's behaviour.
describeEphemeralStoreConformance('core test double', () => createCoreTestDouble());
describeEphemeralStoreCap('memory', (options) => createMemoryEphemeralStore(options));
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

    withBackend('redis', (url) => {
      it('when Redis goes away after connecting, and runs no rejected command once it is back', async () => {
        const proxy = await startProxy(url);
        const store = createTemporaryRedisStore(proxy.url);
        try {
          await store.set('before', 'kept', 60_000);
          proxy.cut();
          await Promise.all([failsFast(store), expect(store.set('during', 'lost', 60_000)).rejects.toThrow()]);

          proxy.resume();
          await expect
            .poll(
              () =>
                store.ping().then(
                  () => true,
                  () => false,
                ),
              { timeout: 10_000 },
            )
            .toBe(true);
          expect(await store.get('before')).toBe('kept');
          expect(await store.get('during')).toBeNull();
        } finally {
          await store.close();
          await proxy.close();
        }
      });
    });

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

  it('gives the memory store its cap and its listener', async () => {
    const events: string[] = [];
    const store = track(createEphemeralStore('memory:', { memoryMaxEntries: 1_000, onCap: (e) => events.push(e) }));
    for (let i = 0; i < 1_000; i++) await store.increment(`counter:${i}`, 60_000);
    await expect(store.increment('counter:1000', 60_000)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(events).toEqual(['refused']);
    await expect(store.get('counter:1000')).resolves.toBeNull();
  });

  it('uses Redis for redis:// and rediss://', () => {
    expect(track(createEphemeralStore('redis://127.0.0.1:1')).kind).toBe('redis');
    expect(track(createEphemeralStore('rediss://127.0.0.1:1')).kind).toBe('redis');
  });

  it('refuses another scheme without echoing the URL', () => {
    expect(() => createEphemeralStore('memcached://user:secret@cache')).toThrow(/^(?!.*secret).*"memcached:"/);
  });
});

/**
 * A TCP proxy to Redis. `cut()` drops every connection and holds new ones unanswered, as a
 * vanished host does; `resume()` forwards the held ones, so anything queued on them would run.
 */
async function startProxy(target: string) {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const held: Socket[] = [];
  let open = true;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => {}).on('close', () => sockets.delete(socket));
  };
  const forward = (client: Socket) => {
    const upstream = connect(Number(port || 6379), hostname);
    track(upstream);
    client.pipe(upstream).pipe(client);
  };
  const server = createServer((client) => {
    track(client);
    if (open) forward(client);
    else held.push(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(target);
  proxied.hostname = '127.0.0.1';
  proxied.port = String((server.address() as { port: number }).port);
  return {
    url: proxied.href,
    cut() {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    resume() {
      open = true;
      held.splice(0).forEach(forward);
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
