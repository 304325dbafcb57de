import type { AuditEventType } from '@sesame/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../test/test-portal';
import { retentionPurge } from './retention-purge';

const DAY = 86_400_000;
let portal: TestPortal;
let schedulers: FastifyInstance[] = [];

beforeEach(async () => {
  portal = await createTestPortal({ config: { 'retention.signInEventsDays': 30, 'retention.auditDays': 60 } });
});
afterEach(async () => {
  for (const scheduler of schedulers) await scheduler.close();
  schedulers = [];
  await portal.close();
});

async function event(type: AuditEventType, ageDays: number): Promise<void> {
  const at = new Date(portal.clock.now().getTime() - ageDays * DAY);
  await portal.services.durable.audit.append({ type, userId: 'n0025vuz', ip: null, userAgent: null, at, details: {} });
}

/** A Fastify instance of its own running the purge timers, and the JSON lines it logs. */
async function scheduler(): Promise<{ lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const app = Fastify({ logger: { level: 'info', stream } });
  schedulers.push(app);
  retentionPurge(app, portal.services, { firstDelayMs: 20, intervalMs: 60_000, batchSize: 2, leaseMs: 60_000 });
  await app.ready();
  return { lines };
}

const types = async () => (await portal.services.durable.audit.list({ limit: 100 })).map((e) => e.type);

it('the server purges by the configured periods a moment after start, and logs one line with the counts', async () => {
  for (let n = 0; n < 5; n++) await event('sign_in.failed', 31);
  await event('sign_in.succeeded', 29);
  await event('password.changed', 31);
  await event('device.enrolled', 61);

  const { lines } = await scheduler();

  await expect.poll(() => lines.filter((l) => l.msg === 'retention purge done'), { timeout: 2_000 }).toHaveLength(1);
  expect(lines.find((l) => l.msg === 'retention purge done')).toMatchObject({
    signInEvents: 5,
    auditEvents: 1,
    outboxMails: 0,
    pendingCredentials: 0,
    batches: 3 + 1 + 1 + 1,
  });
  // The purge audited itself (docs/adr/0038), and the audit page can show it.
  expect(await types()).toEqual(['audit.purged', 'password.changed', 'sign_in.succeeded']);
});

it('two nodes: only the one holding the lease purges', async () => {
  await event('sign_in.failed', 31);
  const [a, b] = await Promise.all([scheduler(), scheduler()]);

  await expect.poll(() => types(), { timeout: 2_000 }).toEqual(['audit.purged']);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const done = [...a.lines, ...b.lines].filter((l) => l.msg === 'retention purge done');
  expect(done).toHaveLength(1);
});
