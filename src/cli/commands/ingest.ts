import type { Command } from "commander";
import { readInputs } from "../../ingest/index.js";
import { defaultStages } from "../../pipeline/defaults.js";
import { runBatch, summaryLine } from "../../pipeline/run-batch.js";
import { Progress } from "../progress.js";
import { withStore } from "../store.js";

export function register(program: Command): void {
  program
    .command("ingest")
    .description("store reports (text, Markdown, JSONL, directories) and run the extraction pipeline on them")
    .argument("<paths...>", "files or directories")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--max-mb <n>", "largest input accepted, in MB", "10")
    .option("--json", "print the summary as JSON on stdout")
    .option("-q, --quiet", "no progress bar")
    .action(async (paths: string[], opts: { db?: string; maxMb: string; json?: boolean; quiet?: boolean }) => {
      const maxBytes = Math.round(Number(opts.maxMb) * 1024 * 1024);
      if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new Error(`--max-mb: expected a positive number, got "${opts.maxMb}"`);
      await withStore(opts.db, async (store) => {
        const progress = new Progress(!opts.quiet && !opts.json, "ingest");
        const summary = await runBatch(store.db, readInputs(paths, { maxBytes }), defaultStages(), (item, out) => {
          if (out.status === "failed") progress.log(`error: ${item.origin}: ${out.error}`);
          else if (out.error) progress.log(`warning: ${item.origin}: ${out.error}`);
          progress.tick();
        });
        progress.stop();
        if (opts.json) process.stdout.write(JSON.stringify(summary) + "\n");
        process.stderr.write(summaryLine(summary) + "\n");
        if (summary.failed) process.exitCode = 1;
      });
    });
}
