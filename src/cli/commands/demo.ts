import { existsSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { readInputs } from "../../ingest/index.js";
import { stagesFor } from "../../pipeline/defaults.js";
import { runBatch, summaryLine } from "../../pipeline/run-batch.js";
import { openMigrated } from "../../store/index.js";
import { Progress } from "../progress.js";
import { serveStore, type ServeOptions } from "./serve.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const DEMO_DIR = join(ROOT, "data", "demo");

export function register(program: Command): void {
  program
    .command("demo")
    .description("build a fresh database from the bundled demo reports (data/demo) and start `serve` on it")
    .option("--db <path>", "SQLite file to (re)build", "frontier-demo.db")
    .option("--host <host>", "address to listen on", process.env.FRONTIER_HOST ?? "127.0.0.1")
    .option("--port <port>", "port", process.env.FRONTIER_PORT ?? "8080")
    .option("--no-serve", "build the database and exit")
    .action(async (opts: ServeOptions & { db: string; serve: boolean }) => {
      if (/^postgres/.test(opts.db)) throw new Error("--db: the demo rebuilds a SQLite file; point `frontier ingest` at PostgreSQL instead");
      for (const suffix of ["", "-wal", "-shm"]) if (existsSync(opts.db + suffix)) rmSync(opts.db + suffix);
      const store = await openMigrated(opts.db);
      try {
        const progress = new Progress(true, "demo");
        const summary = await runBatch(store.db, readInputs([DEMO_DIR]), await stagesFor(store.db), (item, out) => {
          if (out.status === "failed") progress.log(`error: ${item.origin}: ${out.error}`);
          progress.tick();
        });
        progress.summary(summaryLine(summary));
        if (opts.serve) await serveStore(store, opts);
      } finally {
        await store.close();
      }
    });
}
