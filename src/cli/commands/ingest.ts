import type { Command } from "commander";
import { emptyNotes, HostPolicy, readInputs, type ReadNotes } from "../../ingest/index.js";
import { DATASETS } from "../../ingest/datasets/index.js";
import { stagesFor } from "../../pipeline/defaults.js";
import { DATASET_CHUNK, runBatch, summaryLine, type BatchSummary } from "../../pipeline/run-batch.js";
import { Progress } from "../progress.js";
import { withStore } from "../store.js";
import { parseDuration } from "../duration.js";

const collect = (v: string, prev: string[]): string[] => [...prev, v];

/** The closing summary as JSON: counts, failures with reasons, warnings and unmapped actor names. */
export function summaryJson(summary: BatchSummary, notes: ReadNotes) {
  return {
    ...summary,
    warnings: notes.warnings,
    unmapped_actors: [...notes.unmappedActors].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count),
  };
}

/** Warnings and unmapped actor names, for stderr after the summary line. */
export function notesLines(notes: ReadNotes): string[] {
  const lines = notes.warnings.map((w) => `warning: ${w}`);
  if (notes.unmappedActors.size) {
    const list = [...notes.unmappedActors].sort((a, b) => b[1] - a[1]);
    lines.push(`unmapped actor names (${list.length}; rows kept, actor left out): ` + list.slice(0, 30).map(([n, c]) => `${n} ×${c}`).join(", ") + (list.length > 30 ? ", …" : ""));
  }
  return lines;
}

export function register(program: Command): void {
  program
    .command("ingest")
    .description("store reports (text, Markdown, HTML, PDF, JSONL, dataset CSVs, directories, URLs) and run the pipeline on them")
    .argument("<inputs...>", "files, directories or http(s) URLs")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--max-mb <n>", "largest input (file or fetched body) accepted, in MB", "10")
    .option("--dataset <name>", `read CSV files as this dataset instead of detecting it from the header (${DATASETS.map((d) => d.name).join(", ")})`)
    .option("--allow-host <host>", "allow fetching from this host or address although it is private/loopback/link-local (repeatable)", collect, [])
    .option("--timeout <duration>", "per-URL fetch timeout (e.g. 20s)", "20s")
    .option("--chunk <n>", "dataset rows stored per transaction", String(DATASET_CHUNK))
    .option("--json", "print the summary as JSON on stdout")
    .option("-q, --quiet", "no progress bar")
    .action(async (inputs: string[], opts: { db?: string; maxMb: string; dataset?: string; allowHost: string[]; timeout: string; chunk: string; json?: boolean; quiet?: boolean }) => {
      const chunk = Number(opts.chunk);
      if (!Number.isInteger(chunk) || chunk < 1) throw new Error(`--chunk: expected a positive whole number, got "${opts.chunk}"`);
      const maxBytes = Math.round(Number(opts.maxMb) * 1024 * 1024);
      if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new Error(`--max-mb: expected a positive number, got "${opts.maxMb}"`);
      if (opts.dataset && !DATASETS.some((d) => d.name === opts.dataset)) {
        throw new Error(`--dataset: unknown dataset "${opts.dataset}" (expected ${DATASETS.map((d) => d.name).join(", ")})`);
      }
      const timeoutMs = parseDuration(opts.timeout, "--timeout");
      const notes = emptyNotes();
      await withStore(opts.db, async (store) => {
        const progress = new Progress(!opts.quiet && !opts.json, "ingest");
        const items = readInputs(inputs, { maxBytes, notes, dataset: opts.dataset, policy: new HostPolicy(opts.allowHost), timeoutMs });
        const summary = await runBatch(store.db, items, await stagesFor(store.db), (item, out) => {
          if (out.status === "failed") progress.log(`error: ${item.origin}: ${out.error}`);
          else if (out.error) progress.log(`warning: ${item.origin}: ${out.error}`);
          progress.tick();
        }, { datasetChunk: chunk });
        progress.stop();
        if (opts.json) process.stdout.write(JSON.stringify(summaryJson(summary, notes)) + "\n");
        process.stderr.write(summaryLine(summary) + "\n");
        for (const line of notesLines(notes)) process.stderr.write(line + "\n");
        if (summary.failed) process.exitCode = 1;
      });
    });
}
