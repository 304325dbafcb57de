import type { DurableRepositories, DurableStore, EphemeralStore, MailRequest } from '@sesame/core';

/**
 * Wrappers that journal every change a request makes to the stores, so the fuzz suite can say
 * "this rejected request changed nothing" — or name exactly what it changed. Only real changes
 * are journalled: a `take` or `delete` of a missing key, a refused `setIfAbsent`, reads and
 * subscriptions are not changes.
 */

export type Change =
  | { store: 'ephemeral'; op: 'set' | 'setIfAbsent'; key: string; before: string | null; after: string }
  | { store: 'ephemeral'; op: 'take' | 'delete'; key: string; before: string }
  | { store: 'ephemeral'; op: 'increment'; key: string; after: number }
  | { store: 'ephemeral'; op: 'release'; key: string; before: string | null }
  | { store: 'ephemeral'; op: 'publish'; key: string; after: string }
  | { store: 'durable'; op: string; args: unknown[] }
  | { store: 'mail'; op: 'send'; template: string };

export class ChangeJournal {
  private changes: Change[] = [];
  record(change: Change): void {
    this.changes.push(change);
  }
  /** The changes since the last call, and a fresh journal. */
  drain(): Change[] {
    const drained = this.changes;
    this.changes = [];
    return drained;
  }
}

export function recordingEphemeral(inner: EphemeralStore, journal: ChangeJournal): EphemeralStore {
  return {
    kind: inner.kind,
    async set(key, value, ttlMs) {
      const before = await inner.get(key);
      await inner.set(key, value, ttlMs);
      journal.record({ store: 'ephemeral', op: 'set', key, before, after: value });
    },
    async setIfAbsent(key, value, ttlMs) {
      const stored = await inner.setIfAbsent(key, value, ttlMs);
      if (stored) journal.record({ store: 'ephemeral', op: 'setIfAbsent', key, before: null, after: value });
      return stored;
    },
    get: (key) => inner.get(key),
    async take(key) {
      const value = await inner.take(key);
      if (value !== null) journal.record({ store: 'ephemeral', op: 'take', key, before: value });
      return value;
    },
    async delete(key) {
      const before = await inner.get(key);
      await inner.delete(key);
      if (before !== null) journal.record({ store: 'ephemeral', op: 'delete', key, before });
    },
    async increment(key, ttlMs) {
      const count = await inner.increment(key, ttlMs);
      journal.record({ store: 'ephemeral', op: 'increment', key, after: count });
      return count;
    },
    async release(key) {
      const before = await inner.get(key);
      await inner.release(key);
      journal.record({ store: 'ephemeral', op: 'release', key, before });
    },
    // Changes no value: a TTL is not part of what the journal compares.
    touch: (key, ttlMs) => inner.touch(key, ttlMs),
    async publish(channel, message) {
      await inner.publish(channel, message);
      journal.record({ store: 'ephemeral', op: 'publish', key: channel, after: message });
    },
    subscribe: (channel, onMessage) => inner.subscribe(channel, onMessage),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
}

/** Repository methods that only read; every other method is journalled as a write. */
const READS = /^(find|list|count|get|has|is|active|all|children|subtreeIds|accountOrganisation|search)/;

function recordingRepository<T extends object>(repository: T, name: string, journal: ChangeJournal): T {
  return new Proxy(repository, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string' || READS.test(property)) return value;
      return async (...args: unknown[]) => {
        const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        // false, 0 or null answer "no such row" (update, deleteAllOfUser, recordFailedAnswer).
        if (result !== false && result !== 0 && result !== null)
          journal.record({ store: 'durable', op: `${name}.${property}`, args: structuredClone(args) });
        return result;
      };
    },
  });
}

function recordingRepositories(repositories: DurableRepositories, journal: ChangeJournal): DurableRepositories {
  return {
    users: recordingRepository(repositories.users, 'users', journal),
    devices: recordingRepository(repositories.devices, 'devices', journal),
    audit: recordingRepository(repositories.audit, 'audit', journal),
    outbox: recordingRepository(repositories.outbox, 'outbox', journal),
    credentials: recordingRepository(repositories.credentials, 'credentials', journal),
    accountOptions: recordingRepository(repositories.accountOptions, 'accountOptions', journal),
    organisations: recordingRepository(repositories.organisations, 'organisations', journal),
    roles: recordingRepository(repositories.roles, 'roles', journal),
    directory: recordingRepository(repositories.directory, 'directory', journal),
    migration: recordingRepository(repositories.migration, 'migration', journal),
    campaign: recordingRepository(repositories.campaign, 'campaign', journal),
    eidLinks: recordingRepository(repositories.eidLinks, 'eidLinks', journal),
  };
}

export function recordingDurable(inner: DurableStore, journal: ChangeJournal): DurableStore {
  return {
    kind: inner.kind,
    ...recordingRepositories(inner, journal),
    async transaction(work) {
      // A transaction that rolls back changed nothing: its writes count once it commits.
      const pending = new ChangeJournal();
      const result = await inner.transaction((tx) => work(recordingRepositories(tx, pending)));
      for (const change of pending.drain()) journal.record(change);
      return result;
    },
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
}

/** A mail the domain asked to send is a change too (it leaves the building). */
export function journalMails(sent: readonly MailRequest[], from: number, journal: ChangeJournal): number {
  for (const mail of sent.slice(from)) journal.record({ store: 'mail', op: 'send', template: mail.template });
  return sent.length;
}
