import { SesameError, type DurableStore } from '@sesame/core';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBackend } from '../../test/backends';
import { withSchemaLock } from '../../test/temporary-stores';
import { createDurableStore } from './create-durable-store';

/**
 * A query stuck on PostgreSQL (a lock another session holds, an overloaded server) is cancelled
 * after the statement timeout and answers STORE_UNAVAILABLE — the request gets a 503 — instead
 * of keeping the user, and a pool connection, waiting forever (open-postgres.ts).
 */
describe('PostgreSQL statement timeout', () => {
  withBackend('postgres', (url) => {
    const schema = `sesame_test_${randomBytes(6).toString('hex')}`;
    let store: DurableStore | undefined;
    let locker: pg.Client | undefined;

    beforeAll(async () => {
      store = await withSchemaLock(url, 'shared', () => createDurableStore(url, { schema, statementTimeoutMs: 300 }));
      locker = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
      await locker.connect();
    });
    afterAll(async () => {
      await locker?.query('rollback').catch(() => undefined);
      await locker?.end();
      await store?.close();
      await withSchemaLock(url, 'exclusive', (client) => client.query(`drop schema if exists ${schema} cascade`));
    });

    it('answers STORE_UNAVAILABLE while a lock holds the table, and serves again once it is released', async () => {
      expect(await store!.users.findByEmail('nobody@example.org')).toBeNull();
      await locker!.query('begin');
      await locker!.query('lock table users in access exclusive mode');
      const stuck = await store!.users.findByEmail('nobody@example.org').then(
        () => 'answered',
        (error: unknown) => error,
      );
      expect(stuck instanceof SesameError && stuck.code).toBe('STORE_UNAVAILABLE');
      await locker!.query('rollback');
      expect(await store!.users.findByEmail('nobody@example.org')).toBeNull();
    });
  });
});
