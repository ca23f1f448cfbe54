import type { ExtractionResult, InputDoc, NewReport, Report } from "../domain/index.js";
import type { Linker } from "../link/api.js";
import {
  fromJson, insertClaim, insertMention, matchReport, recordAudit, saveReport, type Db, type SaveStatus,
} from "../store/index.js";

/** The stages one report passes through after it has been read. */
export interface PipelineStages {
  /** May answer later (the default stages load the extractor on its first text: a dataset import never does). */
  extract: (doc: InputDoc) => ExtractionResult | Promise<ExtractionResult>;
  linker: Linker;
  /** Name and version of the extractor, stored with every mention. */
  extractor: string;
}

export interface IngestOutcome {
  status: SaveStatus;
  report: Report | null;
  incidents: string[];
  claims: number;
  /** Set when the extractor could not read the text; the report is still stored. */
  warning?: string;
}

/** Values read without text extraction (dataset rows), and the name of the mapping that read them. */
export interface Precomputed {
  result: ExtractionResult;
  extractor: string;
}

/**
 * Stores one report and what extraction reads from it, in ONE transaction: a process killed midway leaves
 * no half-written report, mention or incident, and re-running the same input completes the work.
 * Unchanged reports (same identity, same text) are skipped before any extraction work.
 */
export async function ingestReport(db: Db, input: NewReport, stages: PipelineStages, precomputed?: Precomputed): Promise<IngestOutcome> {
  const match = await matchReport(db, input);
  if (match.status === "unchanged") return { status: "unchanged", report: match.existing, incidents: [], claims: 0 };

  const extractor = precomputed?.extractor ?? stages.extractor;
  const result = precomputed?.result ?? await stages.extract({
    id: match.existing?.id ?? "new",
    text: input.text,
    published: input.published ?? null,
    title: input.title ?? null,
    url: input.url ?? null,
    source: input.outlet ?? null,
  });

  return db.transaction().execute(async (trx) => {
    const report = await saveReport(trx, input, match);
    if (match.status === "updated") {
      // The new version's reading replaces the old one's; incidents it touched are recomputed by linking.
      await recordAudit(trx, {
        actor: "machine:ingest", action: "report.new_version", entity: "report", entity_id: report.id,
        field: "version", old_value: String(report.version - 1), new_value: String(report.version), reason: "source text changed",
      });
    }
    const touched = match.status === "updated" ? await dropOldMentions(trx, report.id) : [];
    const incidents: string[] = [];
    await linkNewMentions(trx, report, result, extractor, stages, touched, incidents);
    return { status: match.status, report, incidents, claims: result.claims.length, warning: result.error };
  });
}

/**
 * Stores a report version's mentions and claims, links the mentions, and refreshes (or retracts) incidents the
 * superseded version fed. `incidents` receives the linked incident ids. Shared by text and dataset ingestion.
 */
export async function linkNewMentions(
  trx: Db, report: Report, result: ExtractionResult, extractor: string, stages: PipelineStages, touched: string[], incidents: string[],
): Promise<void> {
  for (const [ordinal, extracted] of result.incidents.entries()) {
    const mention = await insertMention(trx, {
      report_id: report.id, report_version: report.version, ordinal, extracted, extractor,
    });
    const outcome = await stages.linker.linkMention(trx, mention, report);
    incidents.push(outcome.incident_id);
  }
  for (const c of result.claims) {
    const span = c.evidence?.[0];
    const linked = c.incident != null ? incidents[c.incident] : undefined;
    await insertClaim(trx, {
      kind: c.kind, by: c.by, against: c.against ?? [], value: c.value ?? null, text: c.text ?? null,
      report_id: report.id, span_start: span?.start ?? null, span_end: span?.end ?? null,
      claimed_on: report.published, origin: "extraction", confidence: c.confidence ?? null,
      created_by: `machine:${extractor}`, incident_ids: linked ? [linked] : [],
    });
  }
  for (const id of touched) {
    if (incidents.includes(id)) continue;
    const left = await trx.selectFrom("mentions").select("id").where("incident_id", "=", id).executeTakeFirst();
    if (left) await stages.linker.refreshIncident(trx, id);
    else await orphan(trx, id, report.id);
  }
}

/** Removes the superseded version's mentions and machine claims; returns the incidents they fed. */
export async function dropOldMentions(db: Db, reportId: string): Promise<string[]> {
  const old = await db.selectFrom("mentions").select(["id", "incident_id"]).where("report_id", "=", reportId).execute();
  await db.deleteFrom("mentions").where("report_id", "=", reportId).execute();
  await db.deleteFrom("claims").where("report_id", "=", reportId).where("origin", "=", "extraction").execute();
  return [...new Set(old.map((m) => m.incident_id).filter((x): x is string => x != null))];
}

/** An incident whose only source no longer reports it is retracted, not deleted: its history stays. */
async function orphan(db: Db, incidentId: string, reportId: string): Promise<void> {
  const row = await db.selectFrom("incidents").select(["status", "locked_fields"]).where("id", "=", incidentId).executeTakeFirst();
  if (!row) return;
  // A reviewer's status stands: the machine only records that the incident lost its last source.
  const locked = fromJson<string[]>(row.locked_fields, []).includes("status");
  await db.updateTable("incidents").set(locked ? { source_count: 0 } : { status: "retracted", source_count: 0 }).where("id", "=", incidentId).execute();
  await recordAudit(db, {
    actor: "machine:ingest", action: locked ? "incident.orphaned" : "incident.retract", entity: "incident", entity_id: incidentId,
    field: locked ? "source_count" : "status", old_value: locked ? null : row.status, new_value: locked ? "0" : "retracted",
    reason: `the new version of report ${reportId} no longer reports it${locked ? " (status kept: a reviewer set it)" : ""}`,
  });
}
