import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { withBackend } from '../../test/backends';
import { describeDurableStoreConformance } from '../../test/durable-conformance';
import { createTemporaryPostgresStore, createTemporarySqliteStore } from '../../test/temporary-stores';
import { createDurableStore } from './create-durable-store';

describeDurableStoreConformance('sqlite in memory', () => createDurableStore('sqlite::memory:'));
describeDurableStoreConformance('sqlite file', createTemporarySqliteStore);
withBackend('postgres', (url) => describeDurableStoreConformance('postgres', () => createTemporaryPostgresStore(url)));

describe('createDurableStore', () => {
  it('refuses an unknown scheme without echoing the URL', async () => {
    await expect(createDurableStore('mysql://root:secret@db/sesame')).rejects.toThrow(/^(?!.*secret).*"mysql:"/);
  });

  it('refuses a schema for SQLite', async () => {
    await expect(createDurableStore('sqlite::memory:', { schema: 'sesame' })).rejects.toThrow(/PostgreSQL only/);
  });

  it('creates the SQLite file’s directory and reopens it with its data', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'sesame-sqlite-'));
    const url = `sqlite:${join(directory, 'nested', 'dir', 'sesame.db')}`;
    try {
      const first = await createDurableStore(url);
      expect(first.kind).toBe('sqlite');
      await first.outbox.append({ to: 'a@example.eu', subject: 's', text: 't', html: 'h', createdAt: new Date() });
      await first.close();

      const second = await createDurableStore(url);
      expect(await second.outbox.list(10)).toHaveLength(1);
      await second.close();
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  withBackend('postgres', (url) => {
    it('works in the given schema, creating it once and reopening it with its data', async () => {
      const schema = `sesame_test_${randomBytes(6).toString('hex')}`;
      const first = await createTemporaryPostgresStore(url, schema);
      try {
        expect(first.kind).toBe('postgres');
        await first.outbox.append({ to: 'a@example.eu', subject: 's', text: 't', html: 'h', createdAt: new Date() });
        const second = await createTemporaryPostgresStore(url, schema);
        expect(await second.outbox.list(10)).toHaveLength(1);

        const tables = await query(url, `select tablename from pg_tables where schemaname = '${schema}' order by 1`);
        expect(tables.map((row) => row.tablename)).toEqual([
          'account_options',
          'audit_events',
          'campaign_agents',
          'campaign_settings',
          'credentials',
          'devices',
          'eid_links',
          'kysely_migration',
          'kysely_migration_lock',
          'migration_snapshots',
          'migration_subtree_snapshots',
          'organisations',
          'outbox_mail',
          'reminder_sends',
          'role_assignments',
          'users',
        ]);
        await second.close();
      } finally {
        await first.close();
      }
    });

    it('migrates its schema while another schema already holds Kysely’s migration tables', async () => {
      const other = await createTemporaryPostgresStore(url);
      try {
        const store = await createTemporaryPostgresStore(url);
        expect(await store.users.count()).toBe(0);
        await store.close();
      } finally {
        await other.close();
      }
    });

    it('refuses a schema name that would need quoting', async () => {
      await expect(createDurableStore(url, { schema: 'x; drop table users' })).rejects.toThrow(/schema name/);
    });
  });
});

async function query(url: string, text: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}
