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
 * The three JSON columns of a mention row, made from the incident the report's reader extracted. A dataset reader's
 * worker thread makes them beside the row (src/ingest/datasets/row-worker.ts), so that the thread storing the rows
 * neither builds them nor receives the incident as an object tree to rebuild.
 */
export interface MentionJson {
  values_json: string;
  evidence_json: string;
  confidence_json: string;
}

/** The mention's values (the incident without its evidence and confidence), evidence and confidence, as stored. */
function mentionParts(extracted: ExtractedIncident): { values: Record<string, unknown>; evidence: Record<string, Span[]>; confidence: Record<string, number> } {
  const { field_evidence, confidence, adm2_gazetteer, ...rest } = extracted;
  // the record names a district by the gazetteer's name; the report's own spelling stays beside it
  const values: Record<string, unknown> = adm2_gazetteer ? { ...rest, adm2: adm2_gazetteer, adm2_reported: rest.adm2 } : rest;
  const evidence: Record<string, Span[]> = { ...(field_evidence ?? {}) };
  if (extracted.evidence.length) evidence.incident = extracted.evidence;
  return { values, evidence, confidence: confidence ?? {} };
}

/** The stored JSON columns of one extracted incident's mention (as newMentionRow writes them). */
export function mentionJson(extracted: ExtractedIncident): MentionJson {
  const { values, evidence, confidence } = mentionParts(extracted);
  return { values_json: toJson(values), evidence_json: encodeEvidence(evidence), confidence_json: toJson(confidence) };
}

/**
 * Whether extractedFromJson gives this incident back from its mentionJson: it cannot when the values renamed a
 * district (adm2_gazetteer) or when a field's evidence is named like the whole frame's ("incident").
 */
export const mentionJsonRoundTrips = (extracted: ExtractedIncident): boolean =>
  extracted.adm2_gazetteer === undefined && !(extracted.field_evidence && Object.hasOwn(extracted.field_evidence, "incident"));

/**
 * The extracted incident a mentionJson was made from (for one that mentionJsonRoundTrips): its values with the field
 * evidence and confidence put back. mentionJson of the result is the same JSON.
 */
export function extractedFromJson(json: MentionJson): ExtractedIncident {
  const values = JSON.parse(json.values_json) as ExtractedIncident;
  const { incident: _frame, ...field_evidence } = decodeEvidence(json.evidence_json);
  const confidence = JSON.parse(json.confidence_json) as Record<string, number>;
  const out: ExtractedIncident = { ...values, field_evidence };
  if (Object.keys(confidence).length) out.confidence = confidence;
  return out;
}

/**
 * A mention read from its stored JSON, its evidence decoded only when asked for: bulk linking reads a dataset row's
 * evidence only when the row meets a candidate incident (for its tokens), which in a one-dataset import none does.
 */
class StoredMention implements Mention {
  incident_id: string | null = null;
  private decoded: Record<string, Span[]> | undefined;
  constructor(
    readonly id: string, readonly report_id: string, readonly ordinal: number, readonly values: Record<string, unknown>,
    private readonly evidenceJson: string, readonly confidence: Record<string, number>,
    readonly report_version: number, readonly extractor: string, readonly created_at: string,
  ) {}

  get evidence(): Record<string, Span[]> {
    return (this.decoded ??= decodeEvidence(this.evidenceJson));
  }

  set evidence(e: Record<string, Span[]>) {
    this.decoded = e;
  }
}

/**
 * The mentions row for what one report says about one incident, and the Mention it stands for (without a JSON
 * round trip), for callers that insert many at once (`now`: their one timestamp, instead of a clock read per row).
 * From the extracted incident, or from its JSON columns made already (`json`, see MentionJson).
 */
export function newMentionRow(
  m: { report_id: string; report_version: number; ordinal: number; extractor: string; now?: string } & ({ extracted: ExtractedIncident; json?: undefined } | { json: MentionJson; extracted?: undefined }),
): { row: MentionsTable; mention: Mention } {
  const id = newId("men");
  const created_at = m.now ?? nowIso();
  if (m.json) {
    const { values_json, evidence_json, confidence_json } = m.json;
    const row: MentionsTable = {
      id, report_id: m.report_id, incident_id: null, ordinal: m.ordinal, values_json, evidence_json, confidence_json,
      report_version: m.report_version, extractor: m.extractor, created_at,
    };
    const confidence = confidence_json === "{}" ? {} : JSON.parse(confidence_json) as Record<string, number>;
    const mention = new StoredMention(id, m.report_id, m.ordinal, JSON.parse(values_json) as Record<string, unknown>, evidence_json, confidence, m.report_version, m.extractor, created_at);
    return { row, mention };
  }
  const { values, evidence, confidence } = mentionParts(m.extracted);
  const row: MentionsTable = {
    id, report_id: m.report_id, incident_id: null, ordinal: m.ordinal,
    values_json: toJson(values), evidence_json: encodeEvidence(evidence), confidence_json: toJson(confidence),
    report_version: m.report_version, extractor: m.extractor, created_at,
  };
  const mention: Mention = {
    id, report_id: m.report_id, incident_id: null, ordinal: m.ordinal, values, evidence, confidence,
    report_version: m.report_version, extractor: m.extractor, created_at,
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
