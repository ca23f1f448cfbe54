import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate, openStore, type Store } from "../../src/store/index.js";

/** Admin connection used to create and drop throw-away test databases. */
const PG_ADMIN = process.env.FRONTIER_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export interface StoreTarget {
  name: "sqlite" | "postgres";
  /** A fresh, migrated, empty store; `dispose` drops it. */
  open(): Promise<Store & { dispose(): Promise<void> }>;
}

const sqliteTarget: StoreTarget = {
  name: "sqlite",
  async open() {
    const store = openStore(":memory:");
    await migrate(store.db);
    return Object.assign(store, { dispose: () => store.close() });
  },
};

const postgresTarget: StoreTarget = {
  name: "postgres",
  async open() {
    const name = `frontier_test_${process.pid}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(PG_ADMIN);
    url.pathname = `/${name}`;
    const store = openStore(url.toString());
    await migrate(store.db);
    return Object.assign(store, {
      async dispose() {
        await store.close();
        const a = new pg.Client({ connectionString: PG_ADMIN });
        await a.connect();
        // pg's pool.end() resolves while its clients are still closing: a forced drop then reaches a client that
        // has stopped listening for errors (an unhandled 57P01 that fails the run). Wait for them to be gone first.
        for (let i = 0; i < 100; i++) {
          const { rows } = await a.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
          if (rows[0].n === 0) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    });
  },
};

/**
 * The stores every store-level test runs against. PostgreSQL is skipped with a visible message when it is
 * not reachable, unless FRONTIER_REQUIRE_PG=1 (set by .ci/run), where its absence is a failure.
 */
export async function storeTargets(): Promise<StoreTarget[]> {
  if (await pgReachable()) return [sqliteTarget, postgresTarget];
  if (process.env.FRONTIER_REQUIRE_PG === "1") throw new Error(`PostgreSQL required but not reachable at ${PG_ADMIN}`);
  console.warn(`\n[frontier tests] PostgreSQL not reachable at ${PG_ADMIN}: PostgreSQL store tests SKIPPED\n`);
  return [sqliteTarget];
}
