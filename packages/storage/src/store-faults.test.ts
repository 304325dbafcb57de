import { isSesameError, SesameError, type EphemeralStore } from '@sesame/core';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { withBackend } from '../test/backends';
import { startTcpProxy, targetOf, throughProxy } from '../test/tcp-proxy';
import { createTemporaryPostgresStore, createTemporaryRedisStore } from '../test/temporary-stores';
import { isStoreFault } from './store-errors';
import { createStoreHealth, type StoreTransition } from './store-health';
import { createDurableStore } from './durable/create-durable-store';
import { createRedisEphemeralStore } from './ephemeral/redis-ephemeral-store';

/** Issue 10 finding 5: store faults become STORE_UNAVAILABLE at the adapters, and never kill the process. */

const unavailable = (error: unknown) => isSesameError(error, 'STORE_UNAVAILABLE');

async function answersAgain(probe: () => Promise<unknown>, timeout = 10_000) {
  await expect
    .poll(
      () =>
        probe().then(
          () => true,
          () => false,
        ),
      { timeout, interval: 100 },
    )
    .toBe(true);
}

function tracker() {
  const transitions: StoreTransition[] = [];
  const health = createStoreHealth({ onChange: (t) => transitions.push(t), probeIntervalMs: 200, settleMs: 0 });
  return { health, transitions, states: () => transitions.map((t) => `${t.store} ${t.state}`) };
}

describe('isStoreFault', () => {
  it('recognises drivers saying the store is not there, and nothing else', () => {
    const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
    for (const fault of [
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      withCode('terminating connection due to administrator command', '57P01'),
      withCode('the database system is starting up', '57P03'),
      withCode('sorry, too many clients already', '53300'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Connection is closed.'),
      Object.assign(new Error('Command timed out'), { name: 'Error' }),
      Object.assign(new Error('LOADING Redis is loading the dataset in memory'), { name: 'ReplyError' }),
      withCode('database is locked', 'SQLITE_BUSY'),
      new SesameError('STORE_UNAVAILABLE'),
    ]) {
      expect(isStoreFault(fault), fault.message).toBe(true);
    }
    for (const other of [
      withCode('duplicate key value violates unique constraint "users_email_key"', '23505'),
      withCode('syntax error at or near "selec"', '42601'),
      Object.assign(new Error('WRONGTYPE Operation against a key holding the wrong kind of value'), {
        name: 'ReplyError',
      }),
      new SesameError('INVALID_CREDENTIALS'),
      new Error('boom'),
      'ECONNREFUSED',
    ]) {
      expect(isStoreFault(other), String(other)).toBe(false);
    }
  });
});

describe('createStoreHealth', () => {
  it('reports a transition once, however many calls fail or answer', () => {
    const { health, states, transitions } = tracker();
    for (let i = 0; i < 100; i++) health.failed('redis', new Error('Connection is closed.'));
    health.answered('database');
    for (let i = 0; i < 100; i++) health.answered('redis');
    expect(states()).toEqual(['redis down', 'redis up']);
    expect(transitions[0]?.reason).toBe('Connection is closed.');
    health.close();
  });

  it('says "back" only once the store has answered for settleMs without a failure', () => {
    let now = 0;
    const transitions: StoreTransition[] = [];
    const health = createStoreHealth({ onChange: (t) => transitions.push(t), settleMs: 1_000, now: () => now });
    // One restart: the dropped connections fail one after another, new ones answer in between.
    for (let i = 0; i < 3; i++) {
      health.failed('database', new Error('Connection terminated unexpectedly'));
      now += 100;
      health.answered('database');
    }
    expect(transitions.map((t) => t.state)).toEqual(['down']);
    now += 1_000;
    health.answered('database');
    expect(transitions.map((t) => t.state)).toEqual(['down', 'up']);
    health.close();
  });

  it('never puts a password in the reason', () => {
    const { health, transitions } = tracker();
    health.failed('database', new Error('cannot reach postgres://sesame:hunter2@db:5432/sesame'));
    expect(transitions[0]?.reason).not.toContain('hunter2');
    health.close();
  });
});

withBackend('postgres', (url) => {
  describe('PostgreSQL faults', () => {
    const openThrough = async (proxyPort: number | undefined, health: ReturnType<typeof tracker>['health']) => {
      const name = `sesame-test-${randomBytes(4).toString('hex')}`;
      const base = new URL(url);
      if (proxyPort !== undefined) {
        base.hostname = '127.0.0.1';
        base.port = String(proxyPort);
      }
      base.searchParams.set('application_name', name);
      const schema = `sesame_test_${randomBytes(6).toString('hex')}`;
      // Creates the schema, and drops it on close().
      const schemaStore = await createTemporaryPostgresStore(url, schema);
      // The same schema, named, through the proxy if any, with the health tracker: under test.
      const store = await createDurableStore(base.toString(), { schema, health });
      return { name, store, schemaStore };
    };

    it('survives pg_terminate_backend of its connections and serves again by itself', async () => {
      const { health, states } = tracker();
      const { name, store, schemaStore } = await openThrough(undefined, health);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        // Several idle connections in the pool.
        await Promise.all(Array.from({ length: 4 }, () => store.users.findByEmail('nobody@example.org')));
        const { rowCount } = await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
          [name],
        );
        expect(rowCount).toBeGreaterThan(0);
        // Without the pool's 'error' listener the process dies here (an uncaught 'error' event).
        await new Promise((resolve) => setTimeout(resolve, 200));
        const outcomes = await Promise.allSettled(
          Array.from({ length: 4 }, () => store.users.findByEmail('nobody@example.org')),
        );
        for (const outcome of outcomes) {
          if (outcome.status === 'rejected') expect(unavailable(outcome.reason)).toBe(true);
        }
        await answersAgain(() => store.users.findByEmail('nobody@example.org'), 5_000);
        expect(states().at(-1)).toBe('database up');
      } finally {
        await admin.end();
        await store.close();
        await schemaStore.close();
        health.close();
      }
    });

    it('rejects with STORE_UNAVAILABLE while the database is unreachable, then answers again', async () => {
      const proxy = await startTcpProxy(targetOf(url, 5432));
      const { health, states } = tracker();
      const { store, schemaStore } = await openThrough(proxy.port, health);
      try {
        await store.ping();
        await proxy.down();
        const started = Date.now();
        const error = await store.users.findByEmail('nobody@example.org').catch((e: unknown) => e);
        expect(unavailable(error)).toBe(true);
        expect(Date.now() - started).toBeLessThan(6_000);
        // A transaction too (begin on a dead connection).
        expect(
          unavailable(await store.transaction(async (tx) => tx.users.findById('x')).catch((e: unknown) => e)),
        ).toBe(true);
        expect(states()).toEqual(['database down']);
        await proxy.up();
        await answersAgain(() => store.ping());
        expect(states()).toEqual(['database down', 'database up']);
      } finally {
        await store.close();
        await schemaStore.close();
        await proxy.close();
        health.close();
      }
    });

    it('leaves a unique violation as it is (the repositories read it)', async () => {
      const { health } = tracker();
      const { store, schemaStore } = await openThrough(undefined, health);
      try {
        const user = {
          id: 'u1',
          email: 'dup@example.org',
          firstName: 'A',
          lastName: 'B',
          emailLocale: 'fr' as const,
          passwordHash: 'x',
          organisation: null,
          roles: [],
          createdAt: new Date(),
        };
        await store.users.create(user);
        const error = await store.users.create({ ...user, id: 'u2' }).catch((e: unknown) => e);
        expect(isSesameError(error, 'EMAIL_UNAVAILABLE')).toBe(true);
        expect(unavailable(error)).toBe(false);
      } finally {
        await store.close();
        await schemaStore.close();
        health.close();
      }
    });
  });
});

withBackend('redis', (url) => {
  describe('Redis faults', () => {
    it('is back by itself after CLIENT KILL of its connections', async () => {
      const name = `sesame-test-${randomBytes(4).toString('hex')}`;
      const named = new URL(url);
      named.searchParams.set('connectionName', name);
      const { health, states } = tracker();
      const store: EphemeralStore = createRedisEphemeralStore(named.toString(), { health });
      const admin = new Redis(url);
      try {
        await store.set('k', 'v', 60_000);
        const list = (await admin.client('LIST')) as string;
        const ids = list
          .split('\n')
          .filter((line) => line.includes(` name=${name}`))
          .map((line) => /id=(\d+)/.exec(line)?.[1]);
        expect(ids.length).toBe(2);
        for (const id of ids) await admin.client('KILL', 'ID', id!);
        await answersAgain(() => store.get('k'));
        expect(await store.get('k')).toBe('v');
        expect(states().filter((s) => s === 'redis down').length).toBeLessThanOrEqual(1);
        await store.delete('k');
      } finally {
        await store.close();
        admin.disconnect();
        health.close();
      }
    });

    it('rejects with STORE_UNAVAILABLE at once while Redis is unreachable, then is back by itself', async () => {
      const proxy = await startTcpProxy(targetOf(url, 6379));
      const { health, states } = tracker();
      const store = createTemporaryRedisStore(throughProxy(url, proxy));
      const watched = createRedisEphemeralStore(throughProxy(url, proxy), { health });
      try {
        await watched.ping();
        await proxy.down();
        const started = Date.now();
        const outcomes = await Promise.allSettled([watched.get('a'), watched.set('a', 'b', 1000), watched.ping()]);
        for (const outcome of outcomes) {
          expect(outcome.status).toBe('rejected');
          if (outcome.status === 'rejected') expect(unavailable(outcome.reason)).toBe(true);
        }
        expect(Date.now() - started).toBeLessThan(3_000);
        expect(states()).toEqual(['redis down']);
        await proxy.up();
        await answersAgain(() => watched.ping());
        expect(states()).toEqual(['redis down', 'redis up']);
      } finally {
        await watched.close();
        await store.close();
        await proxy.close();
        health.close();
      }
    });
  });
});
