import type { ExtractionResult, Mention, NewReport, Report } from "../domain/index.js";
import type { LinkSession } from "../link/api.js";
import {
  bulkInsert, contentHash, extractedFromJson, findDatasetReports, insertNewReports, newMentionRow, recordAudit, saveReport,
  type Db, type MentionJson,
} from "../store/index.js";
import type { MentionsTable } from "../store/schema.js";
import { dropOldMentions, linkNewMentions, type PipelineStages } from "./ingest-report.js";

/** One dataset row ready to store: its report and its values, read without text extraction. */
export interface DatasetRowInput {
  report: NewReport & { dataset: string; dataset_key: string };
  /** Its values (one of `extraction` and `mentionJson` must be given). */
  extraction?: ExtractionResult;
  /** Its mentions' stored JSON, made by the reader (ReadItem.mentionJson): stored as they are, for new rows. */
  mentionJson?: MentionJson[];
  /** contentHash(report.text), when the reader made it already. */
  hash?: string;
}

export interface DatasetRowOutcome {
  status: "new" | "updated" | "unchanged";
  incidents: string[];
}

export interface DatasetBatchOptions {
  /** Link each row's mention to an incident (default). Off only for measuring the store path alone. */
  link?: boolean;
  /**
   * The import's bulk-linking session (Linker.session): new rows are linked in memory and stored in bulk.
   * Without one, each new row's mention is linked by linkMention (per-row queries).
   */
  session?: LinkSession;
}

/**
 * Stores a chunk of dataset rows of ONE dataset in one transaction: existing rows are found with one query per
 * few hundred keys, new reports and mentions go in with multi-row INSERTs, changed rows become a new version with
 * an audit event naming the changed columns, unchanged rows cost nothing more. Keys must be unique in the chunk.
 * A process killed midway loses only the uncommitted chunk; re-running finds the committed rows unchanged.
 */
export async function ingestDatasetRows(
  db: Db, rows: readonly DatasetRowInput[], stages: PipelineStages, options: DatasetBatchOptions = {},
): Promise<DatasetRowOutcome[]> {
  if (!rows.length) return [];
  const dataset = rows[0].report.dataset;
  const link = options.link ?? true;
  const session = link ? options.session : undefined;
  let linkedOneByOne = false;
  try {
    const outcomes = await db.transaction().execute(async (trx) => {
      const existing = await findDatasetReports(trx, dataset, rows.map((r) => r.report.dataset_key));
      const outcomes: DatasetRowOutcome[] = new Array(rows.length);
      const fresh: { i: number; hash: string }[] = [];
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        const hash = row.hash ?? contentHash(row.report.text);
        const old = existing.get(row.report.dataset_key);
        if (!old) fresh.push({ i, hash });
        else if (old.content_hash === hash && (old.title ?? null) === (row.report.title ?? null)) outcomes[i] = { status: "unchanged", incidents: [] };
        else {
          linkedOneByOne = true;
          const report = await saveReport(trx, row.report, { status: "updated", existing: old, hash });
          await recordAudit(trx, {
            actor: "machine:ingest", action: "dataset_row.update", entity: "report", entity_id: report.id, field: "version",
            old_value: String(old.version), new_value: String(report.version),
            reason: `${dataset} row ${row.report.dataset_key} changed on re-import: ${changedColumns(old.text, row.report.text)}`,
          });
          const touched = await dropOldMentions(trx, report.id);
          const incidents: string[] = [];
          await linkNewMentions(trx, report, row.extraction ?? extractionOf(row.report, row.mentionJson!), extractorOf(dataset), stages, touched, incidents);
          outcomes[i] = { status: "updated", incidents };
        }
      }
      if (!fresh.length) return outcomes;
      const reports = await insertNewReports(trx, fresh.map(({ i, hash }) => ({ input: rows[i].report, hash })));
      const items: { row: MentionsTable; mention: Mention; report: Report }[] = [];
      const now = reports[0].created_at;
      const extractor = extractorOf(dataset);
      const owners: number[] = [];
      for (let k = 0; k < fresh.length; k++) {
        const i = fresh[k].i;
        const report = reports[k];
        outcomes[i] = { status: "new", incidents: [] };
        const json = rows[i].mentionJson;
        const incidents = json ? undefined : rows[i].extraction!.incidents;
        const n = json ? json.length : incidents!.length;
        for (let ordinal = 0; ordinal < n; ordinal++) {
          const { row, mention } = json
            ? newMentionRow({ report_id: report.id, report_version: 1, ordinal, extractor, now, json: json[ordinal] })
            : newMentionRow({ report_id: report.id, report_version: 1, ordinal, extractor, now, extracted: incidents![ordinal] });
          items.push({ row, mention, report });
          owners.push(i);
        }
      }
      if (session) {
        const linked = await session.storeFresh(trx, items);
        for (let j = 0; j < linked.length; j++) outcomes[owners[j]].incidents.push(linked[j].incident_id);
        return outcomes;
      }
      await bulkInsert(trx, "mentions", items.map((x) => x.row));
      if (link) {
        linkedOneByOne = true;
        for (const [j, { mention, report }] of items.entries()) {
          const out = await stages.linker.linkMention(trx, mention, report);
          outcomes[owners[j]].incidents.push(out.incident_id);
        }
      }
      return outcomes;
    });
    // incidents changed outside the session: it reloads what it needs from the database
    if (linkedOneByOne) session?.reset();
    return outcomes;
  } catch (e) {
    // the chunk was rolled back: what the session learnt from it is not in the database
    session?.reset();
    throw e;
  }
}

export const extractorOf = (dataset: string): string => `dataset:${dataset}`;

/** A dataset row's extraction from its mentions' JSON (ReadItem.mentionJson), as the dataset reader made it (rowItem). */
export const extractionOf = (report: NewReport, json: readonly MentionJson[]): ExtractionResult => ({
  id: `${report.dataset}:${report.dataset_key}`, incidents: json.map(extractedFromJson), claims: [],
});

/** "fatalities: 3 → 5; notes changed" from two row texts ("column: value" lines). */
export function changedColumns(oldText: string, newText: string): string {
  const parse = (t: string) => new Map(t.split("\n").slice(1).map((l) => {
    const at = l.indexOf(": ");
    return [l.slice(0, at), l.slice(at + 2)] as [string, string];
  }));
  const a = parse(oldText), b = parse(newText);
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? "", y = b.get(k) ?? "";
    if (x === y) continue;
    out.push(x.length <= 40 && y.length <= 40 ? `${k}: "${x}" → "${y}"` : `${k} changed`);
  }
  return out.join("; ") || "title changed";
}
