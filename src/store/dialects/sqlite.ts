import SQLite from "better-sqlite3";
import { SqliteDialect, type DatabaseConnection, type SqliteDatabase, type SqliteStatement } from "kysely";

/** Statements kept compiled per connection (queries with IN lists of many lengths make many distinct texts). */
const STATEMENT_CACHE = 400;

/** Where the connection's statement-caching handle hangs (see `sqliteHandle`). */
const HANDLE = Symbol("frontier.sqlite");

/**
 * The better-sqlite3 database as kysely sees it, with compiled statements cached by SQL text: kysely's driver
 * calls prepare() for every query, and compiling costs more than running a small insert or lookup (a dataset
 * import or a link rebuild runs the same few statements hundreds of thousands of times).
 */
export class CachingSqlite implements SqliteDatabase {
  private readonly cache = new Map<string, SQLite.Statement>();

  constructor(readonly raw: SQLite.Database) {}

  prepare(sql: string): SqliteStatement & SQLite.Statement {
    let st = this.cache.get(sql);
    if (st) {
      // a statement still iterating (kysely's streamQuery) cannot run again: give that caller its own
      if (st.busy) return this.raw.prepare(sql);
      // most recently used last, so that the oldest is evicted first
      this.cache.delete(sql);
      this.cache.set(sql, st);
      return st;
    }
    st = this.raw.prepare(sql);
    this.cache.set(sql, st);
    if (this.cache.size > STATEMENT_CACHE) this.cache.delete(this.cache.keys().next().value!);
    return st;
  }

  close(): void {
    this.cache.clear();
    this.raw.close();
  }
}

/** WAL size at which SQLite checkpoints it into the database (see sqliteDialect). */
export const WAL_CHECKPOINT_BYTES = 64 * 1024 * 1024;

/** wal_autocheckpoint counts pages: WAL_CHECKPOINT_BYTES in this database's pages (4 KB in older files, 16 KB in new ones). */
export const walCheckpointPages = (db: SQLite.Database): number =>
  Math.max(1, Math.floor(WAL_CHECKPOINT_BYTES / (db.pragma("page_size", { simple: true }) as number)));

/** The embedded default: one file, WAL mode so that readers (the dashboard) never block the writer (ingest). */
export function sqliteDialect(path: string): SqliteDialect {
  let handle: CachingSqlite | undefined;
  return new SqliteDialect({
    database: async () => {
      const db = new SQLite(path);
      // A NEW database gets 16 KB pages (SQLite's default is 4 KB): a dataset import appends some 3 KB per row to
      // a dozen B-trees, and with pages four times larger it writes a quarter of the WAL frames (one write per
      // frame) and splits and allocates a quarter of the pages; the same rows cost about 12-18% less CPU in a bare
      // insert loop (8 paired runs). An existing database keeps its page size (the pragma only acts before the
      // first table is made).
      db.pragma("page_size = 16384");
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 10000");
      // 32 MB of page cache (the default is 2 MB): a bulk import's index pages stay in memory between chunks
      db.pragma("cache_size = -32768");
      db.pragma("temp_store = MEMORY");
      // Checkpoint the WAL every 64 MB instead of every 4 MB (1,000 pages of 4 KB): each checkpoint copies the pages the
      // WAL holds into the database and syncs it, and a bulk import re-dirties the same index pages chunk after
      // chunk, so frequent checkpoints copied (and synced) them again and again — about a third of a dataset
      // import's time went into them. Durability is the same: a commit is in the WAL either way; after a
      // checkpoint the WAL file is cut back to the same 64 MB.
      db.pragma(`wal_autocheckpoint = ${walCheckpointPages(db)}`);
      db.pragma(`journal_size_limit = ${WAL_CHECKPOINT_BYTES}`);
      handle = new CachingSqlite(db);
      return handle;
    },
    onCreateConnection: async (connection) => {
      (connection as unknown as Record<symbol, unknown>)[HANDLE] = handle;
    },
  });
}

/** The statement-caching better-sqlite3 handle behind a kysely SQLite connection, or undefined for PostgreSQL. */
export const sqliteHandle = (connection: DatabaseConnection): CachingSqlite | undefined =>
  (connection as unknown as Record<symbol, CachingSqlite | undefined>)[HANDLE];
