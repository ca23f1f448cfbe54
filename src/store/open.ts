import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Kysely, Migrator, PostgresAdapter, type MigrationResultSet } from "kysely";
import { SEED_ACTORS } from "../domain/index.js";
import { sqliteDialect } from "./dialects/sqlite.js";
import { postgresDialect } from "./dialects/postgres.js";
import { toJson } from "./json.js";
import { MIGRATIONS } from "./migrations/index.js";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;

/** An open database: the Kysely handle plus what kind it is. */
export interface Store {
  db: Db;
  dialect: "sqlite" | "postgres";
  /** Where it lives: a file path or a URL with the password removed. */
  location: string;
  close(): Promise<void>;
}

/** Default location: FRONTIER_DATABASE_URL, else ./frontier.db. */
export function defaultDatabaseUrl(): string {
  return process.env.FRONTIER_DATABASE_URL || "frontier.db";
}

/** Opens (without migrating) a SQLite file, ":memory:", or a postgres:// URL. */
export function openStore(url: string = defaultDatabaseUrl()): Store {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const db = new Kysely<Database>({ dialect: postgresDialect(url) });
    return { db, dialect: "postgres", location: url.replace(/:[^:@/]*@/, ":***@"), close: () => db.destroy() };
  }
  const path = url.replace(/^sqlite:(\/\/)?/, "");
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Kysely<Database>({ dialect: sqliteDialect(path) });
  return { db, dialect: "sqlite", location: path, close: () => db.destroy() };
}

/** Brings the schema to the latest migration and seeds the canonical actors. */
export async function migrate(db: Db): Promise<MigrationResultSet> {
  // Unordered: a database made while a later-numbered migration landed first must still accept the earlier one.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, allowUnorderedMigrations: true });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  await seedActors(db);
  return result;
}

async function seedActors(db: Db): Promise<void> {
  for (const a of SEED_ACTORS) {
    await db
      .insertInto("actors")
      .values({ id: a.id, name: a.name, aliases: toJson(a.aliases), kind: a.kind, country: a.country })
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
  }
}

/** Opens and migrates: what every command that touches the record calls. */
export async function openMigrated(url?: string): Promise<Store> {
  const store = openStore(url);
  try {
    await migrate(store.db);
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}

export const isPostgres = (db: Db): boolean => db.getExecutor().adapter instanceof PostgresAdapter;
