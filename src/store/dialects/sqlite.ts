import SQLite from "better-sqlite3";
import { SqliteDialect } from "kysely";

/** The embedded default: one file, WAL mode so that readers (the dashboard) never block the writer (ingest). */
export function sqliteDialect(path: string): SqliteDialect {
  return new SqliteDialect({
    database: async () => {
      const db = new SQLite(path);
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 10000");
      return db;
    },
  });
}
