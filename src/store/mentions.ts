import type { ExtractedIncident, Mention, Span } from "../domain/index.js";
import { newId, nowIso } from "./ids.js";
import { fromJson, toJson } from "./json.js";
import type { Db } from "./open.js";
import type { MentionsTable } from "./schema.js";

export function rowToMention(r: MentionsTable): Mention {
  return {
    id: r.id, report_id: r.report_id, incident_id: r.incident_id, ordinal: r.ordinal,
    values: fromJson<Record<string, unknown>>(r.values_json, {}),
    evidence: decodeEvidence(r.evidence_json),
    confidence: fromJson<Record<string, number>>(r.confidence_json, {}),
    report_version: r.report_version, extractor: r.extractor, created_at: r.created_at,
  };
}

/** Each field name as a JSON string, quoted once (a dataset import writes the same dozen names for every row). */
const quotedKeys = new Map<string, string>();

/**
 * A mention's evidence as stored: field path → its spans as flat [start, end, start, end, …] arrays
 * ({"date":[59,69],"perpetrators":[189,220]}). Half the bytes of [{"start":59,"end":69}], and written without
 * building that tree for JSON.stringify: a dataset row's mention is a dozen fields of one span each.
 * decodeEvidence also reads the earlier form, which rows stored before keep.
 */
export function encodeEvidence(evidence: Record<string, readonly Span[]>): string {
  let out = "{";
  for (const field in evidence) {
    const spans = evidence[field];
    let key = quotedKeys.get(field);
    if (key === undefined) {
      key = JSON.stringify(field);
      if (quotedKeys.size < 1000) quotedKeys.set(field, key);
    }
    out += (out.length > 1 ? "," : "") + key + ":[";
    for (let i = 0; i < spans.length; i++) out += (i ? "," : "") + spans[i].start + "," + spans[i].end;
    out += "]";
  }
  return out + "}";
}

/** The evidence of a mentions row, in either stored form (flat number pairs, or span objects). */
export function decodeEvidence(text: string | null | undefined): Record<string, Span[]> {
  const raw = fromJson<Record<string, unknown[]>>(text, {});
  const out: Record<string, Span[]> = {};
  for (const field in raw) {
    const list = raw[field];
    if (!Array.isArray(list) || !list.length || typeof list[0] !== "number") {
      out[field] = list as Span[];
      continue;
    }
    const spans: Span[] = [];
    for (let i = 0; i + 1 < list.length; i += 2) spans.push({ start: list[i] as number, end: list[i + 1] as number });
    out[field] = spans;
  }
  return out;
}

/**
 * The mentions row for what one report says about one incident, and the Mention it stands for (without a JSON
 * round trip), for callers that insert many at once (`now`: their one timestamp, instead of a clock read per row).
 */
export function newMentionRow(m: { report_id: string; report_version: number; ordinal: number; extracted: ExtractedIncident; extractor: string; now?: string }): { row: MentionsTable; mention: Mention } {
  const { field_evidence, confidence, adm2_gazetteer, ...rest } = m.extracted;
  // the record names a district by the gazetteer's name; the report's own spelling stays beside it
  const values: Record<string, unknown> = adm2_gazetteer ? { ...rest, adm2: adm2_gazetteer, adm2_reported: rest.adm2 } : rest;
  const evidence: Record<string, Span[]> = { ...(field_evidence ?? {}) };
  if (m.extracted.evidence.length) evidence.incident = m.extracted.evidence;
  const conf = confidence ?? {};
  const row: MentionsTable = {
    id: newId("men"), report_id: m.report_id, incident_id: null, ordinal: m.ordinal,
    values_json: toJson(values), evidence_json: encodeEvidence(evidence), confidence_json: toJson(conf),
    report_version: m.report_version, extractor: m.extractor, created_at: m.now ?? nowIso(),
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
