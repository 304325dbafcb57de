import type { EphemeralStore } from '@sesame/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** Long enough to outlast a test's own steps, short enough to wait out. */
const SHORT_TTL = 150;
const LONG_TTL = 60_000;

/**
 * The behaviour every EphemeralStore backend must show (ports/ephemeral-store.ts). `factory`
 * returns a fresh, empty store; the suite closes it after each test. Expiry is tested with
 * real time, as a remote store cannot be handed a fake clock.
 */
export function describeEphemeralStoreConformance(
  name: string,
  factory: () => EphemeralStore | Promise<EphemeralStore>,
): void {
  describe(`EphemeralStore conformance: ${name}`, () => {
    let store: EphemeralStore;
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => {
      await store.close();
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    describe('set, get, delete', () => {
      it('gets what was set, and null for an unknown key', async () => {
        await store.set('a', 'value', LONG_TTL);
        expect(await store.get('a')).toBe('value');
        expect(await store.get('b')).toBeNull();
      });

      it('replaces the value and the TTL on a second set', async () => {
        await store.set('a', 'first', SHORT_TTL);
        await store.set('a', 'second', LONG_TTL);
        await sleep(SHORT_TTL + 100);
        expect(await store.get('a')).toBe('second');
      });

      it('forgets a value once its TTL has passed', async () => {
        await store.set('a', 'value', SHORT_TTL);
        await store.set('b', 'value', LONG_TTL);
        expect(await store.get('a')).toBe('value');
        await sleep(SHORT_TTL + 100);
        expect(await store.get('a')).toBeNull();
        expect(await store.get('b')).toBe('value');
      });

      it('deletes, and deleting an unknown key is no error', async () => {
        await store.set('a', 'value', LONG_TTL);
        await store.delete('a');
        expect(await store.get('a')).toBeNull();
        await expect(store.delete('unknown')).resolves.toBeUndefined();
      });

      it('keeps values apart by key, including empty and unicode values', async () => {
        await store.set('a', '', LONG_TTL);
        await store.set('b', 'héhé ✓', LONG_TTL);
        expect(await store.get('a')).toBe('');
        expect(await store.get('b')).toBe('héhé ✓');
      });

      it('refuses a TTL that is not a positive whole number of milliseconds', async () => {
        for (const ttl of [0, -1, 1.5, Number.NaN]) {
          await expect(store.set('a', 'value', ttl)).rejects.toThrow(RangeError);
          await expect(store.setIfAbsent('a', 'value', ttl)).rejects.toThrow(RangeError);
          await expect(store.increment('a', ttl)).rejects.toThrow(RangeError);
        }
        expect(await store.get('a')).toBeNull();
      });
    });

    describe('the evictable hint', () => {
      it('changes nothing below a cap: marked entries are read, taken, counted and expire as others', async () => {
        const evictable = { evictable: true };
        await store.set('session', 'value', LONG_TTL, evictable);
        expect(await store.get('session')).toBe('value');
        expect(await store.take('session')).toBe('value');
        expect(await store.setIfAbsent('mark', 'first', LONG_TTL, evictable)).toBe(true);
        expect(await store.setIfAbsent('mark', 'second', LONG_TTL, evictable)).toBe(false);
        expect(await store.increment('count', SHORT_TTL, evictable)).toBe(1);
        expect(await store.increment('count', SHORT_TTL)).toBe(2);
        await store.set('short', 'value', SHORT_TTL, evictable);
        await sleep(SHORT_TTL + 100);
        expect(await store.get('short')).toBeNull();
        expect(await store.get('count')).toBeNull();
        expect(await store.get('mark')).toBe('first');
      });
    });

    describe('take', () => {
      it('returns the value once, then null', async () => {
        await store.set('ticket', 'ST-1', LONG_TTL);
        expect(await store.take('ticket')).toBe('ST-1');
        expect(await store.take('ticket')).toBeNull();
        expect(await store.get('ticket')).toBeNull();
      });

      it('returns null for an unknown or expired key', async () => {
        expect(await store.take('unknown')).toBeNull();
        await store.set('ticket', 'ST-1', SHORT_TTL);
        await sleep(SHORT_TTL + 100);
        expect(await store.take('ticket')).toBeNull();
      });

      it('gives the value to exactly one of 50 concurrent callers', async () => {
        await store.set('ticket', 'ST-1', LONG_TTL);
        const results = await Promise.all(Array.from({ length: 50 }, () => store.take('ticket')));
        expect(results.filter((result) => result !== null)).toEqual(['ST-1']);
      });
    });

    describe('setIfAbsent', () => {
      it('stores only when the key is absent', async () => {
        expect(await store.setIfAbsent('a', 'first', LONG_TTL)).toBe(true);
        expect(await store.setIfAbsent('a', 'second', LONG_TTL)).toBe(false);
        expect(await store.get('a')).toBe('first');
      });

      it('stores again once the previous value has expired', async () => {
        expect(await store.setIfAbsent('a', 'first', SHORT_TTL)).toBe(true);
        await sleep(SHORT_TTL + 100);
        expect(await store.setIfAbsent('a', 'second', LONG_TTL)).toBe(true);
        expect(await store.get('a')).toBe('second');
      });

      it('lets exactly one of 50 concurrent callers win, and keeps its value', async () => {
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) => store.setIfAbsent('lock', `caller-${i}`, LONG_TTL)),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await store.get('lock')).toBe(`caller-${results.indexOf(true)}`);
      });
    });

    describe('increment', () => {
      it('counts from 1', async () => {
        expect(await store.increment('hits', LONG_TTL)).toBe(1);
        expect(await store.increment('hits', LONG_TTL)).toBe(2);
        expect(await store.increment('other', LONG_TTL)).toBe(1);
        expect(await store.increment('hits', LONG_TTL)).toBe(3);
      });

      it('loses no increment among 50 concurrent callers', async () => {
        const counts = await Promise.all(Array.from({ length: 50 }, () => store.increment('hits', LONG_TTL)));
        expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      });

      it('gives one increment back on release, keeping the window, never below 0 nor creating a counter', async () => {
        await store.increment('hits', SHORT_TTL);
        await store.increment('hits', SHORT_TTL);
        await store.release('hits');
        expect(await store.increment('hits', SHORT_TTL)).toBe(2);
        await Promise.all([store.release('hits'), store.release('hits'), store.release('hits')]);
        expect(await store.get('hits')).toBe('0');
        await store.release('never-counted');
        expect(await store.get('never-counted')).toBeNull();
        await sleep(SHORT_TTL + 100);
        expect(await store.get('hits')).toBeNull();
      });

      it('starts over once the window has passed', async () => {
        await store.increment('hits', SHORT_TTL);
        expect(await store.increment('hits', SHORT_TTL)).toBe(2);
        await sleep(SHORT_TTL + 100);
        expect(await store.increment('hits', SHORT_TTL)).toBe(1);
      });

      it('does not extend the window on later increments (a fixed window)', async () => {
        const window = 300;
        await store.increment('hits', window);
        await sleep(200);
        expect(await store.increment('hits', window)).toBe(2);
        // 400 ms after the first hit: past its window, though within 300 ms of the second.
        await sleep(200);
        expect(await store.increment('hits', window)).toBe(1);
      });
    });

    describe('touch', () => {
      it('extends a counter so that it outlives its window, keeping its count', async () => {
        await store.increment('hits', SHORT_TTL);
        await store.increment('hits', SHORT_TTL);
        await store.touch('hits', LONG_TTL);
        await sleep(SHORT_TTL + 100);
        expect(await store.increment('hits', SHORT_TTL)).toBe(3);
        await store.release('hits');
        expect(await store.get('hits')).toBe('2');
      });

      it('extends a value, keeping it', async () => {
        await store.set('lock', 'value', SHORT_TTL);
        await store.touch('lock', LONG_TTL);
        await sleep(SHORT_TTL + 100);
        expect(await store.get('lock')).toBe('value');
      });

      it('never creates an entry, nor brings back an expired one', async () => {
        await store.touch('never-written', LONG_TTL);
        expect(await store.get('never-written')).toBeNull();
        await store.increment('hits', SHORT_TTL);
        await sleep(SHORT_TTL + 100);
        await store.touch('hits', LONG_TTL);
        expect(await store.get('hits')).toBeNull();
        expect(await store.increment('hits', SHORT_TTL)).toBe(1);
      });

      it('never shortens an entry', async () => {
        await store.set('lock', 'value', LONG_TTL);
        await store.touch('lock', SHORT_TTL);
        await sleep(SHORT_TTL + 100);
        expect(await store.get('lock')).toBe('value');
      });

      it('loses no increment when touched among 50 concurrent increments', async () => {
        const counts = await Promise.all(
          Array.from({ length: 50 }, async () => {
            const count = await store.increment('hits', LONG_TTL);
            await store.touch('hits', LONG_TTL);
            return count;
          }),
        );
        expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
        expect(await store.get('hits')).toBe('50');
      });

      it('refuses a TTL that is not a positive whole number of milliseconds', async () => {
        await store.set('lock', 'value', LONG_TTL);
        await expect(store.touch('lock', 0)).rejects.toThrow(RangeError);
        await expect(store.touch('lock', 1.5)).rejects.toThrow(RangeError);
      });
    });

    describe('publish and subscribe', () => {
      it('delivers messages in order, asynchronously, to every subscriber of the channel', async () => {
        const first = inbox();
        const second = inbox();
        const elsewhere = inbox();
        await store.subscribe('events', first.onMessage);
        await store.subscribe('events', second.onMessage);
        await store.subscribe('other', elsewhere.onMessage);

        const published = Promise.all(['a', 'b', 'c'].map((message) => store.publish('events', message)));
        expect(first.messages).toEqual([]);
        await published;

        await first.waitFor(3);
        await second.waitFor(3);
        expect(first.messages).toEqual(['a', 'b', 'c']);
        expect(second.messages).toEqual(['a', 'b', 'c']);
        await sleep(50);
        expect(elsewhere.messages).toEqual([]);
      });

      it('stops delivering to a subscription once it has ended, and only to that one', async () => {
        const ended = inbox();
        const kept = inbox();
        const unsubscribe = await store.subscribe('events', ended.onMessage);
        await store.subscribe('events', kept.onMessage);

        await unsubscribe();
        await store.publish('events', 'after');
        await kept.waitFor(1);
        await sleep(50);
        expect(ended.messages).toEqual([]);
        expect(kept.messages).toEqual(['after']);
      });

      it('delivers nothing once unsubscribe is called, even a message already on its way', async () => {
        const box = inbox();
        const unsubscribe = await store.subscribe('events', box.onMessage);
        const published = store.publish('events', 'in flight');
        await unsubscribe();
        await published;
        await sleep(50);
        expect(box.messages).toEqual([]);
      });

      it('counts the same handler subscribed twice as two subscriptions', async () => {
        const box = inbox();
        const unsubscribe = await store.subscribe('events', box.onMessage);
        await store.subscribe('events', box.onMessage);
        await store.publish('events', 'one');
        await box.waitFor(2);

        await unsubscribe();
        await store.publish('events', 'two');
        await box.waitFor(3);
        await sleep(50);
        expect(box.messages).toEqual(['one', 'one', 'two']);
      });

      it('delivers to a channel subscribed again after its last subscription ended', async () => {
        const before = inbox();
        await (
          await store.subscribe('events', before.onMessage)
        )();
        const after = inbox();
        await store.subscribe('events', after.onMessage);
        await store.publish('events', 'back');
        await after.waitFor(1);
        expect(after.messages).toEqual(['back']);
        expect(before.messages).toEqual([]);
      });
    });
  });
}

/** Collects messages; `waitFor(n)` resolves once n have arrived, or fails after 2 s. */
function inbox() {
  const messages: string[] = [];
  return {
    messages,
    onMessage: (message: string) => {
      messages.push(message);
    },
    async waitFor(count: number) {
      const deadline = Date.now() + 2_000;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} messages, got ${messages.length}`);
        await sleep(5);
      }
    },
  };
}

/** What a bounded store is built with: its cap, a listener of what happens there, a fake clock. */
export interface CapTestOptions {
  maxEntries: number;
  onCap: (event: 'evicted' | 'refused') => void;
  clock: () => number;
}

/**
 * A store with a cap on its entries (the memory store, docs/adr/0021; Redis has none of its own
 * and must run with `maxmemory-policy noeviction`). At the cap a new key drops an expired entry,
 * else the evictable entry that expires soonest, else is refused with STORE_UNAVAILABLE: never a
 * counter, a lock or an unmarked entry, whose loss would give an attacker another try.
 */
export function describeEphemeralStoreCap(
  name: string,
  factory: (
    options: CapTestOptions,
  ) => EphemeralStore & { stats(): { entries: number; channels: number }; sweepExpired(): void },
): void {
  describe(`EphemeralStore cap: ${name}`, () => {
    let time: number;
    let events: string[];
    let store: ReturnType<typeof factory>;
    const open = (maxEntries: number) => {
      store = factory({ maxEntries, onCap: (event) => events.push(event), clock: () => time });
      return store;
    };
    beforeEach(() => {
      time = 1_000_000;
      events = [];
    });
    afterEach(async () => {
      await store.close();
    });
    const refused = (promise: Promise<unknown>) => expect(promise).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });

    it('evicts the evictable entry created first, and only one, to make room for a new key', async () => {
      open(3);
      await store.set('session-old', 'a', 60_000, { evictable: true });
      await store.set('session', 'b', 60_000, { evictable: true });
      // A ticket about to be validated expires sooner, but is newer: it stays.
      await store.set('ticket', 'c', 10_000, { evictable: true });
      // Written again, an entry keeps its place: the old session is still the oldest.
      await store.set('session-old', 'a2', 60_000, { evictable: true });
      await store.set('session-new', 'd', 60_000, { evictable: true });
      expect(await store.get('session-old')).toBeNull();
      expect(await store.get('session')).toBe('b');
      expect(await store.get('ticket')).toBe('c');
      expect(await store.get('session-new')).toBe('d');
      expect(events).toEqual(['evicted']);
      expect(store.stats().entries).toBe(3);
      // Then the next oldest, one per new key.
      await store.set('session-newer', 'e', 60_000, { evictable: true });
      expect(await store.get('session')).toBeNull();
      expect(events).toEqual(['evicted', 'evicted']);
    });

    it('evicts a session before the entries written for it afterwards (its applications, for single logout)', async () => {
      open(3);
      await store.set('sess:1', 'session', 60_000, { evictable: true });
      await store.increment('sess:1:n', 600_000, { evictable: true });
      await store.set('sess:1:p:1', 'app', 600_000, { evictable: true });
      // Touched (written again) later: still the first created.
      await store.set('sess:1', 'session touched', 60_000, { evictable: true });
      await store.set('sess:2', 'session', 60_000, { evictable: true });
      expect(await store.get('sess:1')).toBeNull();
      expect(await store.get('sess:1:n')).toBe('1');
      expect(await store.get('sess:1:p:1')).toBe('app');
    });

    it('never evicts a counter, a setIfAbsent mark or an unmarked entry, even when they are older', async () => {
      open(4);
      expect(await store.increment('guard:failures', 5_000)).toBe(1);
      expect(await store.setIfAbsent('code:used', '1', 5_000)).toBe(true);
      await store.set('lock', '1', 5_000);
      await store.set('session', 's', 60_000, { evictable: true });
      // A counter's new key at the cap takes the session's room, not another counter's.
      expect(await store.increment('throttle:ip', 5_000)).toBe(1);
      expect(events).toEqual(['evicted']);
      expect(await store.get('session')).toBeNull();
      expect(await store.increment('guard:failures', 5_000)).toBe(2);
      expect(await store.setIfAbsent('code:used', '2', 5_000)).toBe(false);
      expect(await store.get('lock')).toBe('1');
    });

    it('refuses a new key with STORE_UNAVAILABLE when nothing is evictable, and keeps counting what it holds', async () => {
      open(2);
      await store.increment('guard:failures', 60_000);
      await store.set('lock', '1', 60_000);
      await refused(store.set('session', 's', 60_000, { evictable: true }));
      await refused(store.increment('guard:other', 60_000));
      await refused(store.setIfAbsent('code:used', '1', 60_000));
      expect(events).toEqual(['refused', 'refused', 'refused']);
      expect(await store.get('session')).toBeNull();
      // Keys it already holds are still written: the counter goes on, it never starts over.
      expect(await store.increment('guard:failures', 60_000)).toBe(2);
      await store.set('lock', '1', 60_000);
      expect(store.stats().entries).toBe(2);
    });

    it('keeps a counter that a later increment asks to keep, though first written as evictable', async () => {
      open(2);
      await store.increment('counter', 60_000, { evictable: true });
      await store.increment('counter', 60_000);
      await store.set('session', 's', 120_000, { evictable: true });
      await store.set('other', 'o', 120_000, { evictable: true });
      expect(await store.get('counter')).toBe('2');
      expect(await store.get('session')).toBeNull();
    });

    it('drops an expired entry, of any kind, before evicting a live one', async () => {
      open(2);
      await store.increment('counter', 1_000);
      await store.set('session', 's', 60_000, { evictable: true });
      time += 1_000;
      await store.set('new', 'n', 60_000);
      expect(events).toEqual([]);
      expect(await store.get('session')).toBe('s');
      expect(await store.get('new')).toBe('n');
    });

    it('counts a key written again after its expiry as new, last in the eviction order', async () => {
      open(3);
      await store.set('first', '1', 1_000, { evictable: true });
      await store.set('second', '2', 60_000, { evictable: true });
      time += 1_000;
      await store.set('first', 'again', 60_000, { evictable: true });
      await store.set('third', '3', 60_000, { evictable: true });
      await store.set('fourth', '4', 60_000, { evictable: true });
      expect(await store.get('second')).toBeNull();
      expect(await store.get('first')).toBe('again');
    });

    it('touches at the cap without evicting: a touched entry keeps its kind and its place', async () => {
      open(2);
      await store.set('session', 's', 60_000, { evictable: true });
      await store.increment('guard:failures', 1_000);
      await store.touch('guard:failures', 120_000);
      await store.touch('session', 120_000);
      expect(events).toEqual([]);
      time += 60_000;
      // The counter outlived its window; the session is still the evictable one, and the first.
      await store.set('new', 'n', 60_000, { evictable: true });
      expect(events).toEqual(['evicted']);
      expect(await store.get('session')).toBeNull();
      expect(await store.get('guard:failures')).toBe('1');
    });

    it('evicts nothing to replace a key it holds', async () => {
      open(2);
      await store.set('a', '1', 60_000, { evictable: true });
      await store.set('b', '1', 60_000, { evictable: true });
      await store.set('a', '2', 60_000, { evictable: true });
      await store.increment('b', 60_000);
      expect(events).toEqual([]);
      expect(await store.get('a')).toBe('2');
    });

    it('frees every expired entry on a sweep, values and counters alike, and ended channels', async () => {
      open(1_000);
      for (let i = 0; i < 300; i++) {
        await store.set(`session:${i}`, 'value', 1_000 + i, { evictable: true });
        await store.increment(`counter:${i}`, 1_000 + i);
        await store.set(`mark:${i}`, '1', 1_000 + i);
        await store.set(`session:${i}`, 'replaced', 1_000 + i, { evictable: true });
      }
      await (
        await store.subscribe('events', () => {})
      )();
      await store.set('kept', 'k', 60_000);
      time += 1_300;
      store.sweepExpired();
      expect(store.stats()).toEqual({ entries: 1, channels: 0 });
      // The room freed is usable, and nothing was counted as an eviction.
      for (let i = 0; i < 999; i++) await store.set(`again:${i}`, 'value', 60_000);
      expect(events).toEqual([]);
    });
  });
}
