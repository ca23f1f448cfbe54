import type { ReadItem } from "../ingest/api.js";
import type { Db } from "../store/index.js";
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

export const emptySummary = (): BatchSummary => ({ new: 0, updated: 0, unchanged: 0, failed: 0, incidents: 0, claims: 0, failures: [] });

/**
 * Ingests items one by one, each report in its own transaction: a failure (bad input, a database error)
 * is recorded for that item and the batch goes on.
 */
export async function runBatch(
  db: Db,
  items: AsyncIterable<ReadItem>,
  stages: PipelineStages,
  onItem?: (item: ReadItem, outcome: { status: string; error?: string }) => void,
): Promise<BatchSummary> {
  const s = emptySummary();
  for await (const item of items) {
    if (!item.ok) {
      s.failed++;
      s.failures.push({ origin: item.origin, error: item.error });
      onItem?.(item, { status: "failed", error: item.error });
      continue;
    }
    try {
      const out = await ingestReport(db, item.report, stages);
      s[out.status]++;
      s.incidents += out.incidents.length;
      s.claims += out.claims;
      onItem?.(item, { status: out.status, error: out.warning });
    } catch (e) {
      s.failed++;
      const error = (e as Error).message;
      s.failures.push({ origin: item.origin, error });
      onItem?.(item, { status: "failed", error });
    }
  }
  return s;
}

export function summaryLine(s: BatchSummary): string {
  return `ingest: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed; ${s.incidents} incident mentions, ${s.claims} claims`;
}
