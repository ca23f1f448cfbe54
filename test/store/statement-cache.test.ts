import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CachingSqlite, sqliteHandle } from "../../src/store/dialects/sqlite.js";
import { migrate, openStore, type Store } from "../../src/store/index.js";

describe("the SQLite statement cache", () => {
  it("gives the same compiled statement for the same SQL text, and another for another text", () => {
    const db = new CachingSqlite(new SQLite(":memory:"));
    const a = db.prepare("select 1 as x");
    expect(db.prepare("select 1 as x")).toBe(a);
    expect(db.prepare("select 2 as x")).not.toBe(a);
    expect(a.get()).toEqual({ x: 1 });
    db.close();
  });

  it("is bounded: past its size the least recently used text is compiled again, a recently used one is kept", () => {
    const db = new CachingSqlite(new SQLite(":memory:"));
    const first = db.prepare("select 0 as n");
    const kept = db.prepare("select -1 as n");
    for (let i = 1; i <= 1000; i++) {
      db.prepare(`select ${i} as n`);
      // used again now and then: never the oldest
      if (i % 50 === 0) expect(db.prepare("select -1 as n")).toBe(kept);
    }
    expect(db.prepare("select -1 as n")).toBe(kept);
    const again = db.prepare("select 0 as n");
    expect(again).not.toBe(first);
    expect(again.get()).toEqual({ n: 0 });
    db.close();
  });

  it("gives a statement still being iterated to nobody else", () => {
    const db = new CachingSqlite(new SQLite(":memory:"));
    db.raw.exec("create table t (v integer); insert into t values (1), (2), (3)");
    const st = db.prepare("select v from t order by v");
    const seen: number[] = [];
    for (const row of st.iterate() as Iterable<{ v: number }>) {
      // the same text while the first is busy: its own statement, which runs to the end on its own
      const other = db.prepare("select v from t order by v");
      expect(other).not.toBe(st);
      expect((other.all() as { v: number }[]).map((r) => r.v)).toEqual([1, 2, 3]);
      seen.push(row.v);
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(db.prepare("select v from t order by v")).toBe(st);
    db.close();
  });
});

describe("the SQLite statement cache behind kysely", () => {
  let store: Store;
  beforeAll(async () => {
    store = openStore(":memory:");
    await migrate(store.db);
  });
  afterAll(async () => {
    await store?.close();
  });

  it("serves kysely's queries inside and outside transactions with one statement per text, and a rollback keeps nothing", async () => {
    const handle = await store.db.getExecutor().provideConnection(async (c) => sqliteHandle(c));
    expect(handle).toBeInstanceOf(CachingSqlite);
    const text = 'select count(*) as "n" from "meta"';
    const count = async (db = store.db) => Number((await sql<{ n: number }>`select count(*) as "n" from "meta"`.execute(db)).rows[0].n);
    expect(await count()).toBe(0);
    const st = handle!.prepare(text);
    // from here on, every compile of that text by the connection is counted
    const raw = handle!.raw;
    const compile = raw.prepare.bind(raw);
    let compiled = 0;
    raw.prepare = ((s: string) => {
      if (s === text) compiled++;
      return compile(s);
    }) as typeof raw.prepare;
    await store.db.transaction().execute(async (trx) => {
      await trx.insertInto("meta").values({ key: "a", value: "1" }).execute();
      expect(await count(trx)).toBe(1);
      expect(handle!.prepare(text)).toBe(st);
    });
    await expect(store.db.transaction().execute(async (trx) => {
      await trx.insertInto("meta").values({ key: "b", value: "2" }).execute();
      expect(await count(trx)).toBe(2);
      throw new Error("roll back");
    })).rejects.toThrow("roll back");
    expect(await count()).toBe(1);
    expect(handle!.prepare(text)).toBe(st);
    // four runs of the query (outside, in a committed and in a rolled-back transaction, outside): never compiled again
    expect(compiled).toBe(0);
    raw.prepare = compile as typeof raw.prepare;
  });
});
