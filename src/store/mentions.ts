import type { ExtractedIncident, Mention, Span } from "../domain/index.js";
import { newId, nowIso } from "./ids.js";
import { fromJson, toJson } from "./json.js";
import type { Db } from "./open.js";
import type { MentionsTable } from "./schema.js";

export function rowToMention(r: MentionsTable): Mention {
  return {
    id: r.id, report_id: r.report_id, incident_id: r.incident_id, ordinal: r.ordinal,
    values: fromJson<Record<string, unknown>>(r.values_json, {}),
    evidence: fromJson<Record<string, Span[]>>(r.evidence_json, {}),
    confidence: fromJson<Record<string, number>>(r.confidence_json, {}),
    report_version: r.report_version, extractor: r.extractor, created_at: r.created_at,
  };
}

/**
 * The mentions row for what one report says about one incident, and the Mention it stands for (without a JSON
 * round trip), for callers that insert many at once.
 */
export function newMentionRow(m: { report_id: string; report_version: number; ordinal: number; extracted: ExtractedIncident; extractor: string }): { row: MentionsTable; mention: Mention } {
  const { field_evidence, confidence, adm2_gazetteer, ...rest } = m.extracted;
  // the record names a district by the gazetteer's name; the report's own spelling stays beside it
  const values: Record<string, unknown> = adm2_gazetteer ? { ...rest, adm2: adm2_gazetteer, adm2_reported: rest.adm2 } : rest;
  const evidence: Record<string, Span[]> = { ...(field_evidence ?? {}) };
  if (m.extracted.evidence.length) evidence.incident = m.extracted.evidence;
  const conf = confidence ?? {};
  const row: MentionsTable = {
    id: newId("men"), report_id: m.report_id, incident_id: null, ordinal: m.ordinal,
    values_json: toJson(values), evidence_json: toJson(evidence), confidence_json: toJson(conf),
    report_version: m.report_version, extractor: m.extractor, created_at: nowIso(),
  };
  const mention: Mention = {
    id: row.id, report_id: m.report_id, incident_id: null, ordinal: m.ordinal, values, evidence, confidence: conf,
    report_version: m.report_version, extractor: m.extractor, created_at: row.created_at,
  };
  return { row, mention };
}

/** Stores what one report says about one incident, with the evidence behind each value. */
export async function insertMention(
  db: Db,
  m: { report_id: string; report_version: number; ordinal: number; extracted: ExtractedIncident; extractor: string },
): Promise<Mention> {
  const { row } = newMentionRow(m);
  await db.insertInto("mentions").values(row).execute();
  return rowToMention(row);
}

export async function mentionsOfIncident(db: Db, incidentId: string): Promise<Mention[]> {
  const rows = await db.selectFrom("mentions").selectAll().where("incident_id", "=", incidentId).orderBy("created_at").execute();
  return rows.map(rowToMention);
}

export async function mentionsOfReport(db: Db, reportId: string): Promise<Mention[]> {
  const rows = await db.selectFrom("mentions").selectAll().where("report_id", "=", reportId).orderBy("ordinal").execute();
  return rows.map(rowToMention);
}
