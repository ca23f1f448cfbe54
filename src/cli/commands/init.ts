import type { Command } from "commander";
import { withStore } from "../store.js";

export function register(program: Command): void {
  program
    .command("init")
    .description("create or migrate the database (SQLite file by default; PostgreSQL with FRONTIER_DATABASE_URL)")
    .option("--db <url>", "database: a SQLite file path or postgres:// URL (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .action(async (opts: { db?: string }) => {
      await withStore(opts.db, async (store) => {
        process.stderr.write(`init: ${store.dialect} database at ${store.location} is at the latest schema\n`);
      });
    });
}
