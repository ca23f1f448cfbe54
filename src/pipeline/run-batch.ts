import type { ReadItem } from "../ingest/api.js";
import type { Db } from "../store/index.js";
import { extractionOf, extractorOf, ingestDatasetRows, type DatasetRowInput } from "./ingest-dataset.js";
import { ingestReport, type PipelineStages } from "./ingest-report.js";

export interface BatchSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  incidents: number;
  claims: number;
  failures: { origin: string; error: string }[];
}

/** Dataset rows per transaction unless told otherwise (see BatchOptions.datasetChunk). */
export const DATASET_CHUNK = 500;

export const emptySummary = (): BatchSummary => ({ new: 0, updated: 0, unchanged: 0, failed: 0, incidents: 0, claims: 0, failures: [] });

export interface BatchOptions {
  /**
   * Dataset rows stored per transaction (default 500). Smaller chunks keep less alive at once: with 2,000 rows a
   * chunk's objects outlived the young generation and were copied through it, and a 30,000-row import cost some
   * 10-15% more CPU (measured 250 / 500 / 1,000 / 2,000 in paired runs); much smaller, the commits add up.
   */
  datasetChunk?: number;
  /** Link dataset rows' mentions (default true; off only for measurements). */
  linkDatasetRows?: boolean;
}

type OnItem = (item: ReadItem, outcome: { status: string; error?: string }) => void;
type DatasetItem = Extract<ReadItem, { ok: true }>;

/**
 * Ingests items in order. Reports go one by one, each in its own transaction; dataset rows (items with
 * precomputed values: `extraction`, or `mentionJson` from a worker thread) are stored in chunks, one transaction per chunk. A failure (bad input, a database
 * error) is recorded for that item (or, for a chunk, for each of its rows) and the batch goes on.
 */
export async function runBatch(
  db: Db, items: AsyncIterable<ReadItem>, stages: PipelineStages, onItem?: OnItem, options: BatchOptions = {},
): Promise<BatchSummary> {
  const s = emptySummary();
  const chunkSize = options.datasetChunk ?? DATASET_CHUNK;
  // one bulk-linking session per batch: incidents stay in memory across its dataset chunks
  const session = options.linkDatasetRows === false ? undefined : stages.linker.session?.();
  let chunk: DatasetItem[] = [];
  let keys = new Set<string>();

  const fail = (item: ReadItem, error: string) => {
    s.failed++;
    s.failures.push({ origin: item.origin, error });
    onItem?.(item, { status: "failed", error });
  };
  const flush = async () => {
    if (!chunk.length) return;
    const items = chunk;
    chunk = [];
    keys = new Set();
    try {
      const outs = await ingestDatasetRows(db, items.map((i): DatasetRowInput => ({ report: i.report as DatasetRowInput["report"], extraction: i.extraction, mentionJson: i.mentionJson, hash: i.contentHash })), stages, { link: options.linkDatasetRows, session });
      for (const [k, out] of outs.entries()) {
        s[out.status]++;
        s.incidents += out.incidents.length;
        onItem?.(items[k], { status: out.status });
      }
    } catch (e) {
      for (const item of items) fail(item, (e as Error).message);
    }
  };

  for await (const item of items) {
    if (!item.ok) {
      fail(item, item.error);
      continue;
    }
    if ((item.extraction || item.mentionJson) && item.report.dataset && item.report.dataset_key) {
      const key = `${item.report.dataset}\u0000${item.report.dataset_key}`;
      // One dataset per chunk and unique keys in it: a repeated key is stored after the earlier row.
      if (keys.has(key) || (chunk.length && chunk[0].report.dataset !== item.report.dataset)) await flush();
      chunk.push(item as DatasetItem);
      keys.add(key);
      if (chunk.length >= chunkSize) await flush();
      continue;
    }
    await flush();
    try {
      const result = item.extraction ?? (item.mentionJson && extractionOf(item.report, item.mentionJson));
      const precomputed = result ? { result, extractor: extractorOf(item.report.dataset ?? "import") } : undefined;
      const out = await ingestReport(db, item.report, stages, precomputed);
      // linked one by one, outside the session: it must not trust what it holds about incidents
      if (out.status !== "unchanged") session?.reset();
      s[out.status]++;
      s.incidents += out.incidents.length;
      s.claims += out.claims;
      onItem?.(item, { status: out.status, error: out.warning });
    } catch (e) {
      fail(item, (e as Error).message);
    }
  }
  await flush();
  return s;
}

export function summaryLine(s: BatchSummary): string {
  return `ingest: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed; ${s.incidents} incident mentions, ${s.claims} claims`;
}
