import type { Claim } from "../domain/index.js";
import { newId, nowIso } from "./ids.js";
import { fromJson, toJson } from "./json.js";
import type { Db } from "./open.js";
import type { ClaimsTable } from "./schema.js";

export function rowToClaim(r: ClaimsTable): Claim {
  return {
    id: r.id, kind: r.kind as Claim["kind"], by: fromJson<string[]>(r.by_actors, []), against: fromJson<string[]>(r.against_actors, []),
    value: r.value, text: r.text, report_id: r.report_id, span_start: r.span_start, span_end: r.span_end,
    claimed_on: r.claimed_on, origin: r.origin as Claim["origin"], confidence: r.confidence,
    created_by: r.created_by, created_at: r.created_at,
  };
}

export type NewClaim = Omit<Claim, "id" | "created_at"> & { incident_ids?: string[] };

export async function insertClaim(db: Db, c: NewClaim): Promise<Claim> {
  const row: ClaimsTable = {
    id: newId("clm"), kind: c.kind, by_actors: toJson(c.by), against_actors: toJson(c.against), value: c.value,
    text: c.text, report_id: c.report_id, span_start: c.span_start, span_end: c.span_end, claimed_on: c.claimed_on,
    origin: c.origin, confidence: c.confidence, created_by: c.created_by, created_at: nowIso(),
  };
  await db.insertInto("claims").values(row).execute();
  const links = [...new Set(c.incident_ids ?? [])];
  if (links.length) {
    await db.insertInto("claim_incidents").values(links.map((incident_id) => ({ claim_id: row.id, incident_id }))).execute();
  }
  return rowToClaim(row);
}

export interface ClaimFilter {
  kind?: string;
  by?: string;
  against?: string;
  incidentId?: string;
  since?: string;
  until?: string;
  limit?: number;
}

export async function listClaims(db: Db, f: ClaimFilter = {}): Promise<(Claim & { incident_ids: string[] })[]> {
  let q = db.selectFrom("claims").selectAll();
  if (f.kind) q = q.where("kind", "=", f.kind);
  // JSON arrays are text: match the quoted id, which cannot be a prefix of another id.
  if (f.by) q = q.where("by_actors", "like", `%"${f.by.toUpperCase()}"%`);
  if (f.against) q = q.where("against_actors", "like", `%"${f.against.toUpperCase()}"%`);
  if (f.since) q = q.where("claimed_on", ">=", f.since);
  if (f.until) q = q.where("claimed_on", "<=", f.until);
  if (f.incidentId) q = q.where("id", "in", (eb) => eb.selectFrom("claim_incidents").select("claim_id").where("incident_id", "=", f.incidentId!));
  q = q.orderBy("claimed_on", "desc").orderBy("id");
  if (f.limit) q = q.limit(f.limit);
  const rows = await q.execute();
  const links = rows.length
    ? await db.selectFrom("claim_incidents").selectAll().where("claim_id", "in", rows.map((r) => r.id)).execute()
    : [];
  return rows.map((r) => ({ ...rowToClaim(r), incident_ids: links.filter((l) => l.claim_id === r.id).map((l) => l.incident_id) }));
}
