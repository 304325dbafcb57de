import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { preparedQuery } from './prepared-query';

interface Db {
  things: { id: string; name: string; size: number; note: string | null };
}

const open = async () => {
  const db = new Kysely<Db>({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) });
  await db.schema
    .createTable('things')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  opened.push(db);
  return db;
};
const opened: Kysely<Db>[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

const insert = preparedQuery((db: Kysely<Db>, id: string, name: string, size: number, note: string | null) =>
  db.insertInto('things').values({ id, name, size, note }),
);
const byName = preparedQuery((db: Kysely<Db>, name: string) =>
  db.selectFrom('things').selectAll().where('name', '=', name).where('size', '>', 0).orderBy('id'),
);
const grow = preparedQuery((db: Kysely<Db>, id: string, by: number) =>
  db
    .updateTable('things')
    .set((eb) => ({ size: eb('size', '+', by) }))
    .where('id', '=', id)
    .returning(['size']),
);

describe('preparedQuery (compiled once per database, run with each call’s values)', () => {
  it('gives what the builder gives, call after call, with each call’s values', async () => {
    const db = await open();
    await insert(db, 'a', 'box', 1, null);
    await insert(db, 'b', 'box', 2, 'fragile');
    await insert(db, 'c', 'bag', 3, null);
    expect((await byName(db, 'box')).rows).toEqual(
      await db.selectFrom('things').selectAll().where('name', '=', 'box').where('size', '>', 0).orderBy('id').execute(),
    );
    expect((await byName(db, 'bag')).rows).toEqual([{ id: 'c', name: 'bag', size: 3, note: null }]);
    expect((await byName(db, 'none')).rows).toEqual([]);
    expect((await grow(db, 'a', 10)).rows).toEqual([{ size: 11 }]);
    expect((await grow(db, 'zz', 10)).rows).toEqual([]);
  });

  it('keeps values as bound parameters: a value that looks like SQL is just text', async () => {
    const db = await open();
    const hostile = "x' or '1'='1";
    await insert(db, 'a', 'box', 1, null);
    expect((await byName(db, hostile)).rows).toEqual([]);
    await insert(db, 'b', hostile, 1, null);
    expect((await byName(db, hostile)).rows).toEqual([{ id: 'b', name: hostile, size: 1, note: null }]);
  });

  it('runs inside a transaction on its connection, and on another database of its own', async () => {
    const db = await open();
    await expect(
      db.transaction().execute(async (trx) => {
        await insert(trx, 'a', 'box', 1, null);
        expect((await byName(trx, 'box')).rows).toHaveLength(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await byName(db, 'box')).rows).toEqual([]);
    const other = await open();
    await insert(other, 'z', 'box', 5, null);
    expect((await byName(other, 'box')).rows).toHaveLength(1);
    expect((await byName(db, 'box')).rows).toEqual([]);
  });

  it('refuses, at the first call, an argument that does not become a parameter', async () => {
    const db = await open();
    const unused = preparedQuery((db: Kysely<Db>, _id: string) => db.selectFrom('things').selectAll());
    await expect(unused(db, 'a')).rejects.toThrow(/argument 1 is not a parameter/);
    const lookedInto = preparedQuery((db: Kysely<Db>, name: string) =>
      db.selectFrom('things').selectAll().where('name', '=', name.toUpperCase()),
    );
    await expect(lookedInto(db, 'a')).rejects.toThrow(/argument 1 is not a parameter/);
  });
});
