import {
  type AuditEvent,
  type AuditEventType,
  type DurableStore,
  type EphemeralStore,
  purgeExpired,
  type PurgeDeps,
} from '@sesame/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDurableStore, createMemoryEphemeralStore } from '../../src';
import { withBackend } from '../backends';
import { createTemporaryRedisStore } from '../temporary-stores';

/** The retention purge of docs/adr/0014 on a real SQLite store and the memory ephemeral store. */

const DAY = 86_400_000;
const NOW = new Date('2026-12-06T12:00:00.000Z');
const POLICY = { signInEventsDays: 365, auditDays: 730, mailOutboxDays: 7, pendingCredentialHours: 24 };

let durable: DurableStore;
let ephemeral: EphemeralStore;
let clockMs = NOW.getTime();

beforeEach(async () => {
  durable = await createDurableStore('sqlite::memory:');
  clockMs = NOW.getTime();
  ephemeral = createMemoryEphemeralStore({ clock: () => clockMs });
});
afterEach(async () => {
  await ephemeral.close();
  await durable.close();
});

const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

async function event(type: AuditEventType, ageDays: number, tag: string): Promise<void> {
  const e: AuditEvent = { type, userId: 'n0025vuz', ip: null, userAgent: null, at: daysAgo(ageDays), details: { tag } };
  await durable.audit.append(e);
}

const tags = async () =>
  (await durable.audit.list({ limit: 100 }))
    .filter((e) => e.type !== 'audit.purged')
    .map((e) => e.details.tag)
    .reverse();

function deps(overrides: Partial<PurgeDeps> = {}): PurgeDeps {
  return { durable, ephemeral, policy: POLICY, nodeId: 'node-a', ...overrides };
}

it('deletes what is past its period and keeps the rest, each type by its own period', async () => {
  await event('sign_in.succeeded', 366, 'old sign-in');
  await event('sign_in.failed', 400, 'old failure');
  await event('sign_out', 366, 'old sign-out');
  await event('sign_in.succeeded', 364, 'recent sign-in');
  await event('password.changed', 366, 'password a year ago');
  await event('device.enrolled', 731, 'device two years ago');
  await event('account.recovery_started', 729, 'recovery under two years');
  await durable.outbox.append({ to: 'a@example.eu', subject: 'old', text: '', html: '', createdAt: daysAgo(8) });
  await durable.outbox.append({ to: 'a@example.eu', subject: 'new', text: '', html: '', createdAt: daysAgo(6) });

  const counts = await purgeExpired(deps(), NOW);

  expect(counts).toMatchObject({ signInEvents: 3, auditEvents: 1, outboxMails: 1 });
  expect(await tags()).toEqual(['recent sign-in', 'password a year ago', 'recovery under two years']);
  expect((await durable.outbox.list(10)).map((m) => m.subject)).toEqual(['new']);
  // The purge is audited (docs/adr/0038): the counts and the cut-offs, newest event of the log.
  const [purged] = await durable.audit.list({ limit: 1 });
  expect(purged).toMatchObject({
    type: 'audit.purged',
    userId: null,
    at: NOW,
    details: {
      signInEvents: 3,
      auditEvents: 1,
      outboxMails: 1,
      signInEventsBefore: daysAgo(365).toISOString(),
      auditEventsBefore: daysAgo(730).toISOString(),
      node: 'node-a',
    },
  });
});

it('leaves no audit line when nothing was past its period', async () => {
  await event('sign_in.succeeded', 10, 'recent');
  expect(await purgeExpired(deps(), NOW)).toMatchObject({ signInEvents: 0, auditEvents: 0, outboxMails: 0 });
  expect((await durable.audit.list({ limit: 10 })).map((e) => e.type)).toEqual(['sign_in.succeeded']);
});

it('honours periods other than the defaults', async () => {
  await event('sign_in.succeeded', 31, 'a month ago');
  await event('device.deleted', 91, 'three months ago');
  await event('device.deleted', 89, 'under three months');

  const counts = await purgeExpired(
    deps({ policy: { signInEventsDays: 30, auditDays: 90, mailOutboxDays: 1, pendingCredentialHours: 1 } }),
    NOW,
  );

  expect(counts).toMatchObject({ signInEvents: 1, auditEvents: 1, outboxMails: 0 });
  expect(await tags()).toEqual(['under three months']);
});

it('deletes the authenticator-app enrolments never confirmed past pendingCredentialHours, and counts them (docs/adr/0051)', async () => {
  await durable.users.create({
    id: 'n0025vuz',
    email: 'agent@example.eu',
    firstName: 'Ana',
    lastName: 'Agent',
    emailLocale: 'fr',
    passwordHash: 'x',
    organisation: null,
    roles: [],
    createdAt: daysAgo(30),
    externalId: null,
    deactivatedAt: null,
  });
  const totp = (id: string, status: 'pending' | 'active', hoursAgo: number) =>
    durable.credentials.create({
      id,
      userId: 'n0025vuz',
      kind: 'totp',
      name: id,
      externalId: null,
      secret: { keyId: 'k1', ciphertext: 'sealed' },
      data: '{}',
      counter: 0,
      status,
      createdAt: new Date(NOW.getTime() - hoursAgo * 3_600_000),
      lastUsedAt: null,
    });
  await totp('abandoned', 'pending', 25);
  await totp('in-progress', 'pending', 23);
  await totp('confirmed-long-ago', 'active', 24 * 400);

  const counts = await purgeExpired(deps(), NOW);

  expect(counts).toMatchObject({ signInEvents: 0, auditEvents: 0, outboxMails: 0, pendingCredentials: 1 });
  expect((await durable.credentials.listByUser('n0025vuz')).map((c) => c.id).sort()).toEqual([
    'confirmed-long-ago',
    'in-progress',
  ]);
  const [purged] = await durable.audit.list({ limit: 1 });
  expect(purged).toMatchObject({ type: 'audit.purged', userId: null, details: { pendingCredentials: 1 } });
});

it('deletes in bounded batches: 5 old events with a batch of 2 go in 3 statements of at most 2', async () => {
  for (let n = 1; n <= 5; n++) await event('sign_in.failed', 400, `failure ${n}`);
  const sizes: number[] = [];
  const audit = {
    ...durable.audit,
    deleteBefore: async (...args: Parameters<DurableStore['audit']['deleteBefore']>) => {
      const deleted = await durable.audit.deleteBefore(...args);
      if (args[2] !== 2) throw new Error(`batch of ${args[2]}`);
      sizes.push(deleted);
      return deleted;
    },
  };

  const counts = await purgeExpired(
    deps({ durable: { audit, outbox: durable.outbox, credentials: durable.credentials }, batchSize: 2 }),
    NOW,
  );

  // Sign-in events: 2, 2, 1; then one short statement for the other types.
  expect(sizes).toEqual([2, 2, 1, 0]);
  expect(counts).toEqual({ signInEvents: 5, auditEvents: 0, outboxMails: 0, pendingCredentials: 0, batches: 6 });
  expect(await tags()).toEqual([]);
});

it('runs on one node at a time: of two purges started together one runs, the other waits for the lease to end', async () => {
  await event('sign_in.succeeded', 400, 'old');
  let statements = 0;
  const counting = (durableStore: DurableStore): PurgeDeps['durable'] => ({
    audit: { ...durableStore.audit, deleteBefore: (...a) => (statements++, durableStore.audit.deleteBefore(...a)) },
    outbox: durableStore.outbox,
    credentials: durableStore.credentials,
  });

  const [a, b] = await Promise.all([
    purgeExpired(deps({ durable: counting(durable), nodeId: 'node-a', leaseMs: 60_000 }), NOW),
    purgeExpired(deps({ durable: counting(durable), nodeId: 'node-b', leaseMs: 60_000 }), NOW),
  ]);

  expect([a, b].filter((result) => result === null)).toHaveLength(1);
  expect([a, b].find((result) => result !== null)?.signInEvents).toBe(1);
  expect(statements).toBe(2);
  expect(await ephemeral.get('purge:lease')).toMatch(/^node-[ab]$/);

  // While the lease lasts, no node runs again; once it is over, the next tick does.
  expect(await purgeExpired(deps({ nodeId: 'node-b', leaseMs: 60_000 }), NOW)).toBeNull();
  clockMs += 60_001;
  expect(await purgeExpired(deps({ nodeId: 'node-b', leaseMs: 60_000 }), NOW)).not.toBeNull();
});

withBackend('redis', (url) => {
  it('on Redis too, of five nodes purging at once exactly one runs', async () => {
    const redis = createTemporaryRedisStore(url);
    try {
      await event('sign_in.succeeded', 400, 'old');
      const results = await Promise.all(
        ['a', 'b', 'c', 'd', 'e'].map((node) => purgeExpired(deps({ ephemeral: redis, nodeId: node }), NOW)),
      );
      expect(results.filter((result) => result !== null)).toHaveLength(1);
      expect(await tags()).toEqual([]);
    } finally {
      await redis.close();
    }
  });
});
