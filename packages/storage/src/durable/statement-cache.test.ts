import BetterSqlite3 from 'better-sqlite3';
import { type Generated, Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withStatementCache } from './statement-cache';

const opened: BetterSqlite3.Database[] = [];
function database() {
  const db = new BetterSqlite3(':memory:');
  opened.push(db);
  db.exec('create table t (id integer primary key, name text)');
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

describe('withStatementCache', () => {
  it('prepares each SQL text once and gives the same statement back', () => {
    const db = database();
    const prepare = vi.spyOn(db, 'prepare');
    const cached = withStatementCache(db);
    const first = cached.prepare('select * from t where id = ?');
    expect(cached.prepare('select * from t where id = ?')).toBe(first);
    expect(cached.prepare('select name from t')).not.toBe(first);
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('keeps at most maxSize statements, the least recently used leaving first', () => {
    const db = database();
    const prepare = vi.spyOn(db, 'prepare');
    const cached = withStatementCache(db, 2);
    const a = cached.prepare('select 1');
    cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a);
    cached.prepare('select 3');
    expect(cached.cachedStatements).toBe(2);
    expect(cached.prepare('select 1')).toBe(a);
    prepare.mockClear();
    cached.prepare('select 2');
    expect(prepare).toHaveBeenCalledOnce();
  });

  it('gives a fresh statement while the cached one is being iterated', () => {
    const db = database();
    db.prepare('insert into t (name) values (?), (?)').run('a', 'b');
    const cached = withStatementCache(db);
    const text = 'select name from t order by id';
    const iterating = cached.prepare(text).iterate([]);
    expect(iterating.next().value).toEqual({ name: 'a' });
    const other = cached.prepare(text);
    expect(other.all([])).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(iterating.next().value).toEqual({ name: 'b' });
    iterating.return?.();
  });

  it('closes the database', () => {
    const db = database();
    withStatementCache(db).close();
    expect(db.open).toBe(false);
  });

  it('answers Kysely queries, reads, writes and streams, as the raw database does', async () => {
    const db = database();
    const kysely = new Kysely<{ t: { id: Generated<number>; name: string } }>({
      dialect: new SqliteDialect({ database: withStatementCache(db) }),
    });
    try {
      for (const name of ['a', 'b', 'c']) {
        const { insertId } = await kysely.insertInto('t').values({ name }).executeTakeFirstOrThrow();
        expect(insertId).toBeTypeOf('bigint');
      }
      const names = async () =>
        (await kysely.selectFrom('t').select('name').orderBy('id').execute()).map((r) => r.name);
      expect(await names()).toEqual(['a', 'b', 'c']);
      const { numUpdatedRows } = await kysely
        .updateTable('t')
        .set({ name: 'z' })
        .where('id', '=', 2)
        .executeTakeFirst();
      expect(numUpdatedRows).toBe(1n);
      expect(await names()).toEqual(['a', 'z', 'c']);
      const streamed: string[] = [];
      for await (const row of kysely.selectFrom('t').select('name').orderBy('id').stream()) streamed.push(row.name);
      expect(streamed).toEqual(['a', 'z', 'c']);
      // A schema change after a statement was cached: SQLite prepares it again by itself.
      const first = () => kysely.selectFrom('t').selectAll().where('id', '=', 1).execute();
      expect(await first()).toEqual([{ id: 1, name: 'a' }]);
      await sql`alter table t add column note text`.execute(kysely);
      expect(await first()).toEqual([{ id: 1, name: 'a', note: null }]);
    } finally {
      await kysely.destroy();
    }
  });
});
